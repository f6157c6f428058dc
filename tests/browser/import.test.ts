import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { DEMO, startTestServer, type TestServer } from "../support/test-server";
import { signInAs } from "./support/accounts";
import {
  assertClientBuilt,
  expectNoSeriousAxeViolations,
  heading,
  launchBrowser,
  newPage,
  plainText,
  watchPageErrors,
} from "./support/browser";

let server: TestServer;
let browser: Browser;
let page: Page;
let pageErrors: string[];

const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1366, height: 800 },
] as const;

// German Excel's CSV: semicolons, German headings. Row 3 names a topic key that does not exist.
const ORGANISATIONS = [
  "Schlüssel;Name;Art;Themen;Sprachen;Ort",
  "IMP-1;Brückenbauer Linden e.V.;MIGRANT_ORGANISATION;beratung, ausbildung;de, tr;Hannover",
  "IMP-2;Lernwerkstatt Vahrenwald;EDUCATIONAL_INSTITUTION;ausbildung, beratng;de;Hannover",
].join("\r\n");
const RELATIONS = ["Von;Zu;Art;Seit", "IMP-1;kargah;COOPERATION;2024-02-01"].join("\r\n");

const noSidewaysScroll = () =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
const count = (table: string, kind: string, action: string) =>
  page.locator(`[data-counts="${table}"] tr[data-kind="${kind}"] td[data-action="${action}"]`).textContent();

async function checkLayouts(label: string): Promise<void> {
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    const wide = await page.evaluate(() =>
      Array.from(document.querySelectorAll("body *"))
        .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .slice(0, 8)
        .map((el) => `${el.tagName}.${el.className} ${Math.round(el.getBoundingClientRect().right)}`),
    );
    expect(await noSidewaysScroll(), `${label} at ${viewport.width}px: ${wide.join(" | ")}`).toBe(true);
    await expectNoSeriousAxeViolations(page, `${label} at ${viewport.width}px`);
  }
}

beforeAll(async () => {
  assertClientBuilt();
  server = await startTestServer({ loginLimits: { perIp: 1000, perAccount: 100, windowSeconds: 60 } });
  browser = await launchBrowser();
  page = await newPage(browser);
  pageErrors = watchPageErrors(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the office brings organisations in from a spreadsheet", () => {
  it("is the office's page: a partner sees neither the link nor the page", async () => {
    const partnerPage = await newPage(browser);
    await signInAs(partnerPage, server.url, DEMO.kargah, "/mein-bereich");
    const nav = partnerPage.getByRole("navigation", { name: "Hauptnavigation" });
    await nav.getByRole("link", { name: "Verzeichnis" }).waitFor({ state: "attached" });
    expect(await nav.getByRole("link", { name: "Import" }).count()).toBe(0);
    await partnerPage.goto(`${server.url}/import`);
    await partnerPage.locator("#forbidden-title").waitFor();
    await partnerPage.context().close();
  });

  it("uploads, reads the dry run, fixes the refused row, imports and finds the new organisations", async () => {
    await signInAs(page, server.url, DEMO.coordinator, "/mein-bereich");
    await page.setViewportSize(VIEWPORTS[1]);
    await page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Import" }).click();
    await page.waitForURL(/\/import$/);
    await expect.poll(() => heading(page).textContent()).toBe("Netzwerk importieren und exportieren");
    // Templates in both languages and the export in the same columns.
    expect(await page.locator('a[href="/import/template/organisations.xlsx?lang=en"]').count()).toBe(1);
    expect(await page.locator('a[href="/export/network/relations.csv?lang=de"]').count()).toBe(1);
    await checkLayouts("import page");

    await page.locator("#import-file-organisations").setInputFiles({
      name: "organisationen.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(ORGANISATIONS, "utf8"),
    });
    await page.locator("#import-file-relations").setInputFiles({
      name: "beziehungen.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(RELATIONS, "utf8"),
    });
    expect(await page.getByText("Gewählt: organisationen.csv").count()).toBe(1);
    await page.getByRole("button", { name: "Probelauf", exact: true }).click();

    // The dry run: one organisation new, one refused with the closest known key, nothing saved.
    await page.locator("#import-report-title").waitFor();
    expect(await count("dry-run", "organisations", "CREATE")).toContain("1");
    expect(await count("dry-run", "organisations", "REFUSE")).toContain("1");
    expect(await count("dry-run", "relations", "CREATE")).toContain("1");
    expect(plainText(await page.locator('[data-summary="refused"]').textContent())).toContain("1 Zeile abgelehnt");
    expect(await page.getByRole("button", { name: "Importieren" }).isDisabled()).toBe(true);
    // The filter starts on the refused rows; the refused row says why and what was probably meant.
    expect(await page.getByLabel("nur abgelehnte (1)").isChecked()).toBe(true);
    const refused = page.locator('tr[data-row="organisations-3"]');
    expect(await refused.getAttribute("data-action")).toBe("REFUSE");
    expect(plainText(await refused.textContent())).toContain("Themen: Unbekannter Schlüssel „beratng“");
    const fix = refused.getByLabel("Zeile 3, Spalte „Themen“: neuer Inhalt");
    expect(await fix.inputValue()).toBe("ausbildung, beratng");
    await page.getByLabel("alle (3)").check();
    expect(await page.locator("tr[data-row]").count()).toBe(3);
    await page.getByLabel("nur abgelehnte (1)").check();
    expect(await page.locator("tr[data-row]").count()).toBe(1);
    expect(await server.dataSource.query(`SELECT 1 FROM organisation WHERE external_key LIKE 'IMP-%'`)).toHaveLength(0);
    await checkLayouts("dry run with a refused row");

    // The fix: take the suggestion by keyboard, then the dry run again on the corrected content.
    const suggestion = refused.getByRole("button", { name: "„beratung“ einsetzen" });
    await suggestion.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => fix.inputValue()).toBe("ausbildung, beratung");
    expect(plainText(await page.locator(".import-page__corrections").textContent())).toContain(
      "1 Korrektur wird beim nächsten Probelauf und beim Import angewandt.",
    );
    expect(await page.getByRole("button", { name: "Importieren" }).isDisabled()).toBe(true);
    await page.getByRole("button", { name: "Probelauf wiederholen" }).first().click();
    await expect.poll(() => count("dry-run", "organisations", "CREATE")).toContain("2");
    expect(await count("dry-run", "organisations", "REFUSE")).toContain("0");
    expect(plainText(await page.locator('[data-summary="ready"]').textContent())).toContain(
      "Alle Zeilen sind in Ordnung",
    );
    expect(await page.getByLabel("alle (3)").isChecked()).toBe(true);

    // Confirm by keyboard; the result shows the server's last progress and the counts.
    const run = page.getByRole("button", { name: "Importieren" });
    await run.focus();
    await page.keyboard.press("Enter");
    await page.locator("#import-result-title").waitFor();
    expect(plainText(await page.locator('[data-progress="write"]').textContent())).toBe(
      "Einträge geschrieben: 3 von 3",
    );
    expect(await count("result", "organisations", "CREATE")).toContain("2");
    expect(await count("result", "relations", "CREATE")).toContain("1");
    const rows = (await server.dataSource.query(
      `SELECT name, topic_keys FROM organisation WHERE external_key LIKE 'IMP-%' ORDER BY external_key`,
    )) as { name: string; topic_keys: string[] }[];
    expect(rows.map((row) => row.name)).toEqual(["Brückenbauer Linden e.V.", "Lernwerkstatt Vahrenwald"]);
    expect([...rows[1]!.topic_keys].sort()).toEqual(["ausbildung", "beratung"]);
    await checkLayouts("import result");
    const link = page.locator(".import-page__new").getByRole("link", { name: "Lernwerkstatt Vahrenwald" });
    await link.click();
    await page.waitForURL(/\/organisationen\/lernwerkstatt-vahrenwald$/);
    await expect.poll(() => heading(page).textContent()).toBe("Lernwerkstatt Vahrenwald");

    // In the directory's search and in the graph's table of nodes.
    await page.goto(`${server.url}/organisationen`);
    await page.getByLabel("Organisation suchen").fill("Brückenbauer");
    await page.getByRole("main").getByRole("link", { name: "Brückenbauer Linden e.V." }).waitFor();
    await page.goto(`${server.url}/netzwerk`);
    const nodes = page.locator("#network-table-caption").locator("xpath=..");
    await nodes.getByRole("link", { name: "Brückenbauer Linden e.V." }).waitFor();
    expect(await nodes.getByRole("link", { name: "Lernwerkstatt Vahrenwald" }).count()).toBe(1);
    expect(pageErrors).toEqual([]);
  });
});
