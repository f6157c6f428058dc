import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { DEMO, signIn, startTestServer, type TestServer } from "../support/test-server";
import {
  assertClientBuilt,
  expectNoSeriousAxeViolations,
  heading,
  launchBrowser,
  newPage,
  plainText,
  watchPageErrors,
} from "./support/browser";
import { signInAs } from "./support/accounts";

/**
 * The office's afternoon, read back: a call made with every field of its form, an application moved
 * along, and the audit log showing each step, narrowed by kind, organisation, person and period.
 */
let server: TestServer;
let browser: Browser;
let page: Page;
let pageErrors: string[];
let coordinatorCookie: string;
const ids: Record<string, string> = {};

const CALL_TITLE = "Sprache und Beruf 2031";
const SIZES = [
  { width: 390, height: 844 },
  { width: 1366, height: 800 },
];

const fact = (name: string) =>
  page.locator(".call-facts > div").filter({ has: page.locator("dt", { hasText: new RegExp(`^${name}$`) }) });

async function noSidewaysScroll(label: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${label}: sideways scroll`).toBeLessThanOrEqual(0);
}

async function atBothSizes(label: string, check: () => Promise<void>): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await check();
    await noSidewaysScroll(`${label} at ${size.width}`);
    await expectNoSeriousAxeViolations(page, `${label} at ${size.width}x${size.height}`);
  }
}

async function api<T>(document: string, variables: Record<string, unknown>): Promise<T> {
  const res = await server.graphql<T>(document, variables, { cookie: coordinatorCookie });
  if (!res.data || res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

const titles = async () => (await page.locator("article.audit-entry h2").allTextContents()).map(plainText);

beforeAll(async () => {
  assertClientBuilt();
  server = await startTestServer();
  coordinatorCookie = await signIn(server, DEMO.coordinator);
  for (const row of (await server.dataSource.query(`SELECT id, slug FROM organisation`)) as {
    id: string;
    slug: string;
  }[])
    ids[row.slug] = row.id;
  browser = await launchBrowser();
  page = await newPage(browser);
  pageErrors = watchPageErrors(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the office's workflow, read back in the audit log", () => {
  it("creates a call with its period, budget range and documents; opening it dates its publication", async () => {
    await signInAs(page, server.url, DEMO.coordinator, "/ausschreibungen/neu");
    await expect.poll(() => heading(page).textContent()).toBe("Neue Ausschreibung");
    await atBothSizes("call form", async () => {
      await page.getByLabel("Förderbeginn").waitFor();
    });
    await page.locator("#call-title").fill(CALL_TITLE);
    await page.locator("#call-deadline").fill("2031-03-31");
    await page.getByLabel(/^Offen/).check();
    await page.getByLabel("Förderbeginn").fill("2031-07-01");
    await page.getByLabel("Förderende").fill("2032-06-30");
    await page.getByLabel("Fördersumme mindestens (Euro)").fill("50000");
    await page.getByLabel("Fördersumme höchstens (Euro)").fill("150000");
    await page.getByRole("button", { name: "Dokument hinzufügen" }).click();
    // "add" puts the focus into the new row.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("call-documents-label-0");
    await page.keyboard.type("Förderrichtlinie");
    await page.getByLabel("Webadresse von Dokument 1").fill("https://www.example.org/richtlinie.pdf");
    await page.locator("#call-topics-key-0").selectOption({ index: 1 });
    await page.getByRole("button", { name: "Anlegen" }).click();

    await page.waitForURL(/\/ausschreibungen\/[0-9a-f-]{36}$/);
    ids.call = new URL(page.url()).pathname.split("/").pop()!;
    await expect.poll(() => heading(page).textContent()).toBe(CALL_TITLE);
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(new Date());
    const [stored] = (await server.dataSource.query(
      `SELECT published_on::text AS p FROM call_for_proposals WHERE id = $1`,
      [ids.call],
    )) as [{ p: string }];
    expect(stored.p).toBe(today);
    await atBothSizes("call page", async () => {
      const published = plainText(await fact("Veröffentlicht").locator("dd").textContent());
      expect(published).not.toBe("keine Angabe");
      expect(published).toContain(today.slice(0, 4));
      expect(plainText(await fact("Fördersumme").locator("dd").textContent())).toBe("50.000 € bis 150.000 €");
      expect(plainText(await fact("Förderzeitraum").locator("dd").textContent())).toContain("2031");
      const link = fact("Dokumente").getByRole("link", { name: "Förderrichtlinie" });
      expect(await link.getAttribute("href")).toBe("https://www.example.org/richtlinie.pdf");
    });
  });

  it("shows a milestone's kind once, also when the title says it", async () => {
    const created = await api<{ createApplication: { id: string; version: number } }>(
      `mutation($input: CreateApplicationInput!) { createApplication(input: $input) { id version } }`,
      {
        input: {
          callId: ids.call,
          title: "Tandem kargah und VHS",
          requestedAmount: 120000,
          tandems: [
            { migrantOrganisationId: ids.kargah, educationalInstitutionId: ids["vhs-hannover"], budgetShare: 120000 },
          ],
        },
      },
    );
    ids.application = created.createApplication.id;
    await api(
      `mutation($id: ID!) { addMilestone(applicationId: $id, input: { kind: INTERNAL_DEADLINE, title: "Interne Frist", dueAt: "2031-03-15T10:00:00Z" }) { id } }`,
      { id: ids.application },
    );
    await api(
      `mutation($id: ID!, $v: Int!) { transitionApplication(id: $id, to: IN_PREPARATION, expectedVersion: $v) { id } }`,
      { id: ids.application, v: created.createApplication.version },
    );
    await page.goto(`${server.url}/antraege/${ids.application}`);
    await expect.poll(() => heading(page).textContent()).toBe("Tandem kargah und VHS");
    const milestones = page.locator(".milestones__title");
    await expect.poll(() => milestones.count()).toBe(2);
    const texts = (await milestones.allTextContents()).map(plainText);
    expect(texts).toContain("Interne Frist");
    expect(texts).toContain(`Einreichung: ${CALL_TITLE}`);
    for (const text of texts) expect(text).not.toMatch(/(Interne Frist|Einreichung): \1/);
  });

  it("/protokoll shows each step and narrows by kind, organisation, person and period", async () => {
    await page.goto(`${server.url}/protokoll`);
    await expect.poll(() => heading(page).textContent()).toBe("Änderungsprotokoll");
    await page.locator("article.audit-entry").first().waitFor();
    await expect.poll(titles).toContain(`Angelegt: ${CALL_TITLE}`);
    const all = await titles();
    expect(all).toContain("Status geändert: Tandem kargah und VHS");
    expect(all).toContain("Angelegt: Interne Frist (Tandem kargah und VHS)");
    expect(all).toContain("Angelegt: Tandem kargah und VHS");
    // The call's entry lists its fields, before → after.
    const callEntry = page.locator("article.audit-entry").filter({ hasText: `Angelegt: ${CALL_TITLE}` });
    expect(plainText(await callEntry.locator('tr[data-field="budgetMax"] td').nth(1).textContent())).toBe("150000");
    expect(plainText(await callEntry.locator('tr[data-field="budgetMax"] th').textContent())).toBe("Budget höchstens");

    // Kind of entry.
    await page.getByLabel("Art des Eintrags").selectOption({ label: "Ausschreibung" });
    await page.getByRole("button", { name: "Filtern" }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("type")).toBe("CALL");
    await expect
      .poll(async () => {
        const shown = await titles();
        return shown.length > 0 && shown.every((title) => title.endsWith(CALL_TITLE));
      })
      .toBe(true);

    // Organisation, by its name in the picker (not an id): kargah's application, its milestone, its move.
    await page.getByLabel("Art des Eintrags").selectOption({ label: "Alle Arten" });
    const picker = page.getByRole("combobox", { name: "Organisation" });
    await picker.fill("kargah");
    await page.getByRole("option", { name: /^kargah e\.V\./ }).click();
    await page.getByRole("button", { name: "Filtern" }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("organisation")).toBe(ids.kargah);
    await expect.poll(titles).toContain("Status geändert: Tandem kargah und VHS");
    expect(await titles()).not.toContain(`Angelegt: ${CALL_TITLE}`);

    // Person: the office's own entries (kargah's partner made none).
    await page.getByLabel("Person").selectOption({ label: "Koordinationsstelle ALBuM (Demo)" });
    // Period: today only.
    const today = await page.evaluate(() => {
      const now = new Date();
      const pad = (n: number) => String(n).padStart(2, "0");
      return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
    });
    await page.getByLabel("Von (Datum)").fill(today);
    await page.getByLabel("Bis (Datum)").fill(today);
    await page.getByRole("button", { name: "Filtern" }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("from")).toBe(today);
    await expect.poll(titles).toContain("Status geändert: Tandem kargah und VHS");
    await atBothSizes("audit log, filtered", async () => {
      await page
        .getByRole("status")
        .filter({ hasText: /Einträge?/ })
        .first()
        .waitFor();
    });

    // A period ending before it starts is named at the field, not sent.
    await page.getByLabel("Von (Datum)").fill("2031-01-02");
    await page.getByLabel("Bis (Datum)").fill("2031-01-01");
    await page.getByRole("button", { name: "Filtern" }).click();
    await page.getByText("Das Bis-Datum darf nicht vor dem Von-Datum liegen.").waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("audit-to");
    expect(new URL(page.url()).searchParams.get("from")).toBe(today);

    // Reset shows everything again.
    await page.getByRole("button", { name: "Filter zurücksetzen" }).click();
    await expect.poll(() => new URL(page.url()).search).toBe("");
    await expect.poll(titles).toContain(`Angelegt: ${CALL_TITLE}`);
    expect(pageErrors).toEqual([]);
  });
});
