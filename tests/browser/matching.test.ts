import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { DEMO, signIn, startTestServer, type TestServer } from "../support/test-server";
import {
  assertClientBuilt,
  expectNoSeriousAxeViolations,
  heading,
  launchBrowser,
  newPage,
  watchPageErrors,
} from "./support/browser";
import { signInAs, signOut } from "./support/accounts";
import { bellButton, openBell, suggestionRow, tabTo } from "./support/matching";

let server: TestServer;
let browser: Browser;
let page: Page;
let pageErrors: string[];
let callPath = "";

const OPEN_CALL = "Sprache und Beruf im Quartier 2027";
const VHS_NAME = "Ada-und-Theodor-Lessing-Volkshochschule Hannover";
const KARGAH_NAME = "kargah e.V.";
const MESSAGE = "Wir möchten gemeinsam berufsbezogene Deutschkurse mit Beratung in Linden anbieten.";

beforeAll(async () => {
  assertClientBuilt();
  server = await startTestServer();
  browser = await launchBrowser();
  page = await newPage(browser);
  pageErrors = watchPageErrors(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("calls, tandem suggestions, requests and plans in the browser", () => {
  it("lists the open call for everyone, with status and deadline", async () => {
    await page.goto(`${server.url}/`);
    const nav = page.getByRole("navigation", { name: "Hauptnavigation" });
    await nav.getByRole("link", { name: "Ausschreibungen" }).click();
    await page.waitForURL(/\/ausschreibungen$/);
    await expect.poll(() => heading(page).textContent()).toBe("Ausschreibungen");
    // The public sees open calls only, and no requests page.
    expect(await nav.getByRole("link", { name: "Anfragen" }).count()).toBe(0);
    const card = page.locator("article.call-card").filter({ hasText: OPEN_CALL });
    await card.waitFor();
    expect(await card.textContent()).toContain("Offen");
    expect(await card.textContent()).toMatch(/noch \d+ Tage/);
    expect(await page.locator("article.call-card").count()).toBe(1);
    await expectNoSeriousAxeViolations(page, "calls list");

    await card.getByRole("link", { name: OPEN_CALL }).click();
    await page.waitForURL(/\/ausschreibungen\/[0-9a-f-]{36}$/);
    callPath = new URL(page.url()).pathname;
    await expect.poll(() => heading(page).textContent()).toBe(OPEN_CALL);
    const topics = page.locator(".call-requirements__topics li");
    await expect.poll(() => topics.count()).toBe(4);
    expect(await topics.first().textContent()).toContain("Berufsbezogene Deutschförderung");
    expect(await topics.first().textContent()).toContain("Gewicht 3");
    // Signed out: an invitation to sign in instead of suggestions.
    expect(await page.getByRole("main").textContent()).toContain("Melden Sie sich an, um passende Tandem-Partner");
  });

  it("lets kargah read why the Volkshochschule fits and send it a request, by keyboard", async () => {
    await signInAs(page, server.url, DEMO.kargah, callPath);
    await page.getByRole("heading", { name: "Passende Partner finden" }).waitFor();
    const nav = page.getByRole("navigation", { name: "Hauptnavigation" });
    expect(await nav.getByRole("link", { name: "Anfragen" }).count()).toBe(1);

    const row = suggestionRow(page, VHS_NAME);
    await row.waitFor();
    // Every row names kargah: a partner sees pairs with its own organisation only.
    const rows = page.locator("tbody.suggestion");
    expect(await rows.count()).toBeGreaterThan(1);
    for (const text of await rows.locator("tr.suggestion__main").allTextContents()) expect(text).toContain(KARGAH_NAME);
    // The score is text, not colour only.
    expect(await row.locator(".score-bar__value").textContent()).toMatch(/^0,\d\d von 1$/);

    const why = row.getByRole("button", { name: /^Warum\?/ });
    expect(await why.getAttribute("aria-expanded")).toBe("false");
    await why.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => why.getAttribute("aria-expanded")).toBe("true");
    const details = page.locator(`#${await why.getAttribute("aria-controls")}`);
    await details.waitFor();
    expect(await details.textContent()).toMatch(/Deckt \d von \d Handlungsfeldern ab/);
    expect(await details.locator('tr[data-criterion="topicCoverage"] th').textContent()).toBe("Handlungsfelder");
    expect(await details.locator('tr[data-criterion="topicCoverage"] td').first().textContent()).toMatch(/^35\s?%$/);
    await expectNoSeriousAxeViolations(page, "call page with expanded reasons");
    await page.keyboard.press("Enter");
    await expect.poll(() => why.getAttribute("aria-expanded")).toBe("false");

    // "Anfrage senden" opens a small form; the message field has focus; Tab and Enter send it.
    const send = row.getByRole("button", { name: /^Anfrage senden/ });
    await tabTo(page, send);
    await page.keyboard.press("Enter");
    const message = page.locator("#suggest-form-message");
    await expect.poll(() => message.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.type(MESSAGE);
    await page.keyboard.press("Tab");
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent?.trim()))
      .toBe("Anfrage abschicken");
    await page.keyboard.press("Enter");

    const status = page.getByRole("status").filter({ hasText: "wurde gesendet" });
    await expect.poll(() => status.textContent()).toBe(`Ihre Anfrage an ${VHS_NAME} wurde gesendet.`);
    await expect.poll(() => row.locator(".status-badge").textContent()).toBe("Ausstehend");
    expect(await row.getByRole("button", { name: /^Anfrage senden/ }).count()).toBe(0);
  });

  it("shows a refused request clearly (CONFLICT)", async () => {
    // kargah asks ARBEIT UND LEBEN; meanwhile the same request arrives by another way (a second tab).
    const [ids] = (await server.dataSource.query(
      `SELECT c.id AS "callId", m.id AS "from", e.id AS "to", e.name AS "name" FROM call_for_proposals c, organisation m, organisation e
       WHERE c.title = $1 AND m.slug = 'kargah' AND e.slug = 'arbeit-und-leben-niedersachsen-mitte'`,
      [OPEN_CALL],
    )) as { callId: string; from: string; to: string; name: string }[];
    const row = suggestionRow(page, ids!.name);
    await row.getByRole("button", { name: /^Anfrage senden/ }).click();
    const cookie = await signIn(server, DEMO.kargah);
    const sent = await server.graphql(
      `mutation($input: SendTandemRequestInput!) { sendTandemRequest(input: $input) { id } }`,
      { input: { callId: ids!.callId, fromOrganisationId: ids!.from, toOrganisationId: ids!.to } },
      { cookie },
    );
    expect(sent.errors).toBeUndefined();

    await page.getByRole("button", { name: "Anfrage abschicken" }).click();
    const alert = page.getByRole("alert").filter({ hasText: "nicht gesendet" });
    await expect.poll(() => alert.textContent()).toContain("Für dieses Paar ist schon eine Anfrage offen");
    // The server's own words follow, marked as English.
    expect(await alert.locator('[lang="en"]').textContent()).toBe("A request for this pair is pending already");
    // The row now shows the request that exists; cancelling puts focus back into the row.
    await expect.poll(() => row.locator(".status-badge").textContent()).toBe("Ausstehend");
    await page.getByRole("button", { name: "Abbrechen" }).click();
    await expect
      .poll(() =>
        row.getByRole("button", { name: /^Warum\?/ }).evaluate((element) => element === document.activeElement),
      )
      .toBe(true);
  });

  it("lets the Volkshochschule see the bell count and accept the request", async () => {
    await signOut(page);
    await signInAs(page, server.url, DEMO.vhs, "/anfragen");
    await expect.poll(() => bellButton(page).getAttribute("aria-label")).toBe("1 ungelesene Benachrichtigung");
    const panel = await openBell(page);
    await expect.poll(() => panel.textContent()).toContain("Neue Tandem-Anfrage");
    expect(await panel.textContent()).toContain(`${KARGAH_NAME} möchte mit ${VHS_NAME}`);
    await expectNoSeriousAxeViolations(page, "open notification bell");
    await page.keyboard.press("Escape");
    await expect.poll(() => bellButton(page).getAttribute("aria-expanded")).toBe("false");

    await expect.poll(() => heading(page).textContent()).toBe("Tandem-Anfragen");
    const incoming = page.getByRole("region", { name: /^Eingang/ });
    const request = incoming.locator("article.request").filter({ hasText: KARGAH_NAME });
    await request.waitFor();
    expect(await request.textContent()).toContain("Ausstehend");
    expect(await request.textContent()).toContain(MESSAGE);
    expect(await request.textContent()).toContain("Läuft ab");
    await expectNoSeriousAxeViolations(page, "requests page");

    await request.getByLabel(/^Antwort an kargah/).fill("Gern, wir melden uns.");
    await request.getByRole("button", { name: /^Annehmen/ }).click();
    const status = page.getByRole("status").filter({ hasText: "angenommen" });
    await expect
      .poll(() => status.textContent())
      .toBe(`Sie haben die Anfrage von ${KARGAH_NAME} angenommen. Das Tandem steht.`);
    await expect.poll(() => request.locator(".status-badge").textContent()).toBe("Angenommen");
    const tandems = page.getByRole("region", { name: "Tandems" });
    await expect.poll(() => tandems.textContent()).toContain(KARGAH_NAME);
    expect(await tandems.textContent()).toContain(VHS_NAME);
  });

  it("tells kargah that the request was accepted and lists the tandem", async () => {
    await signOut(page);
    await signInAs(page, server.url, DEMO.kargah, "/anfragen");
    await expect.poll(() => bellButton(page).getAttribute("aria-label")).toMatch(/^\d+ ungelesene Benachrichtigung/);
    const panel = await openBell(page);
    await expect.poll(() => panel.textContent()).toContain("Tandem-Anfrage angenommen");
    expect(await panel.textContent()).toContain(`${VHS_NAME} hat die Anfrage von ${KARGAH_NAME}`);
    await panel.getByRole("button", { name: "Alle als gelesen markieren" }).click();
    await expect.poll(() => bellButton(page).getAttribute("aria-label")).toBe("Keine ungelesenen Benachrichtigungen");
    await page.keyboard.press("Escape");

    const tandems = page.getByRole("region", { name: "Tandems" });
    await expect.poll(() => tandems.textContent()).toContain(VHS_NAME);
    const outgoing = page.getByRole("region", { name: /^Ausgang/ });
    expect(
      await outgoing.locator("article.request").filter({ hasText: VHS_NAME }).locator(".status-badge").textContent(),
    ).toBe("Angenommen");

    // kargah's tandem reached the call's limit of tandems per organisation: its other request, to
    // ARBEIT UND LEBEN, was closed with that reason instead of waiting 14 days to expire.
    const closed = outgoing.locator("article.request").filter({ hasText: "ARBEIT UND LEBEN" });
    await expect.poll(() => closed.locator(".status-badge").textContent()).toBe("Geschlossen");
    expect(await closed.textContent()).toContain("Geschlossen: eine Seite hat die Höchstzahl");
    expect(await closed.getByRole("button", { name: /^Zurückziehen/ }).count()).toBe(0);
  });

  it("lets the office build a plan of two tandems and explains an infeasible one", async () => {
    await signOut(page);
    await signInAs(page, server.url, DEMO.coordinator, `${callPath}/plan`);
    await expect.poll(() => heading(page).textContent()).toBe(`Tandem-Plan: ${OPEN_CALL}`);
    const k = page.getByLabel("Anzahl Tandems");
    expect(await k.inputValue()).toBe("3");
    await k.fill("2");
    await page.getByRole("button", { name: "Plan berechnen" }).click();
    const result = page.getByRole("region", { name: "Ergebnis" });
    await result.waitFor();
    await expect.poll(() => result.locator("tbody.suggestion").count()).toBe(2);
    expect(await result.locator(".plan-result__total").textContent()).toMatch(/^\d,\d\d$/);
    expect(await result.textContent()).toContain("Schwächstes Tandem");
    await expect.poll(() => page.getByRole("status").filter({ hasText: "Plan mit 2 Tandems" }).count()).toBe(1);
    const why = result.getByRole("button", { name: /^Warum\?/ }).first();
    await why.click();
    await expect.poll(() => why.getAttribute("aria-expanded")).toBe("true");
    await expectNoSeriousAxeViolations(page, "plan builder");

    // Pin kargah + VHS, then exclude kargah: no plan can hold both; the server says why.
    const candidates = page.getByRole("region", { name: "Vorschläge zum Festlegen und Ausschließen" });
    const pair = suggestionRow(page, VHS_NAME, candidates).filter({ hasText: KARGAH_NAME });
    await pair.first().waitFor();
    const pin = pair.first().getByRole("button", { name: /^Festlegen/ });
    await pin.click();
    await expect.poll(() => pin.getAttribute("aria-pressed")).toBe("true");
    await pair
      .first()
      .getByRole("button", { name: /^Ausschließen\s*: kargah e\.V\.$/ })
      .click();
    const selection = page.getByRole("region", { name: "Festlegungen" });
    expect(await selection.textContent()).toContain(`${KARGAH_NAME} und ${VHS_NAME}`);
    await page.getByRole("button", { name: "Plan berechnen" }).click();
    const alert = page.getByRole("alert").filter({ hasText: "kein Plan möglich" });
    await expect.poll(() => alert.textContent()).toContain("Mit diesen Vorgaben ist kein Plan möglich.");
    expect(await alert.textContent()).toContain("Meldung des Servers:");
    await expectNoSeriousAxeViolations(page, "plan builder with infeasible plan");

    // Back to a feasible plan: the pinned pair is part of it.
    await selection.getByRole("button", { name: /^Wieder aufnehmen\s*: kargah e\.V\.$/ }).click();
    await page.getByRole("button", { name: "Plan berechnen" }).click();
    await expect.poll(() => result.locator("tbody.suggestion").count()).toBe(2);
    expect(await suggestionRow(page, VHS_NAME, result).filter({ hasText: KARGAH_NAME }).textContent()).toContain(
      "Festgelegt",
    );
  });

  it("lets the office see all requests filtered by call, and drafts in the calls list", async () => {
    await page.goto(`${server.url}/anfragen`);
    await expect.poll(() => heading(page).textContent()).toBe("Tandem-Anfragen");
    const all = page.getByRole("region", { name: /^Alle Anfragen/ });
    await expect.poll(() => all.locator("article.request").count()).toBeGreaterThanOrEqual(2);
    await page.getByLabel("Ausschreibung").selectOption({ label: "Übergang Schule–Beruf: Eltern stärken" });
    await expect.poll(() => all.locator("article.request").count()).toBe(0);

    await page.goto(`${server.url}/ausschreibungen`);
    await expect.poll(() => page.locator("article.call-card").count()).toBe(3);
    await page.getByLabel("Status").selectOption("DRAFT");
    await expect.poll(() => page.locator("article.call-card").count()).toBe(1);
    expect(await page.locator("article.call-card").textContent()).toContain("Entwurf");
  });

  it("lets the office create a call with weighted topics, edit it and close it", async () => {
    await page.goto(`${server.url}/ausschreibungen`);
    await page.getByRole("link", { name: "Neue Ausschreibung" }).click();
    await page.waitForURL(/\/ausschreibungen\/neu$/);
    await expect.poll(() => heading(page).textContent()).toBe("Neue Ausschreibung");
    // Nothing filled in: a summary names the problems and takes focus.
    await page.getByRole("button", { name: "Anlegen" }).click();
    await expect.poll(() => page.locator(".error-summary:focus").count()).toBe(1);
    expect(await page.locator(".error-summary").textContent()).toContain(
      "Titel: Der Titel muss 3 bis 300 Zeichen lang sein.",
    );
    await expectNoSeriousAxeViolations(page, "call form with errors");

    await page.getByLabel("Titel").fill("Digitale Teilhabe im Stadtteil");
    await page.getByLabel("Frist").fill("2030-05-31");
    const topics = page.getByRole("group", { name: "Handlungsfelder mit Gewichtung" });
    await expect
      .poll(() => topics.getByLabel("Handlungsfeld 1", { exact: true }).locator("option").count())
      .toBeGreaterThan(5);
    await topics.getByLabel("Handlungsfeld 1", { exact: true }).selectOption({ label: "Beratung" });
    await topics.getByLabel("Gewicht für Handlungsfeld 1").fill("3");
    await topics.getByRole("button", { name: "Handlungsfeld hinzufügen" }).click();
    // The new row's choice has focus.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("call-topics-key-1");
    await topics.getByLabel("Handlungsfeld 2", { exact: true }).selectOption({ label: "Geflüchtete" });
    await page.getByRole("group", { name: "Zielgruppen" }).getByLabel("Frauen").check();
    await page.getByLabel(/^Offen/).check();
    await page.getByRole("button", { name: "Anlegen" }).click();
    await page.waitForURL(/\/ausschreibungen\/[0-9a-f-]{36}$/);
    await expect.poll(() => heading(page).textContent()).toBe("Digitale Teilhabe im Stadtteil");
    await expect.poll(() => page.getByRole("status").filter({ hasText: "wurde angelegt" }).count()).toBe(1);
    const requirements = page.locator(".call-requirements__topics");
    expect(await requirements.textContent()).toContain("Gewicht 3, Anteil 75");
    // Deadlines are 23:59 in Hanover.
    expect(await page.locator(".call-facts").textContent()).toContain("31.05.2030, 23:59");

    await page.getByRole("link", { name: "Bearbeiten" }).click();
    await page.waitForURL(/\/bearbeiten$/);
    await expect.poll(() => page.getByLabel("Titel").inputValue()).toBe("Digitale Teilhabe im Stadtteil");
    expect(await page.getByLabel("Frist").inputValue()).toBe("2030-05-31");
    // An open call cannot go back to draft.
    expect(await page.getByLabel(/^Entwurf/).isDisabled()).toBe(true);
    await page.getByLabel("Gesuchte Tandems").fill("4");
    await page.getByRole("button", { name: "Speichern" }).click();
    await page.waitForURL(/\/ausschreibungen\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.locator(".call-facts").textContent()).toContain("4");

    await page.getByRole("button", { name: "Schließen" }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim())).toBe("Abbrechen");
    await page.getByRole("button", { name: "Endgültig schließen" }).click();
    await expect.poll(() => page.getByRole("status").filter({ hasText: "geschlossen" }).count()).toBe(1);
    await expect.poll(() => page.locator(".call-facts .status-badge").textContent()).toBe("Geschlossen");
    expect(await page.getByRole("link", { name: "Bearbeiten" }).count()).toBe(0);
  });

  it("ran without script errors", () => {
    expect(pageErrors).toEqual([]);
  });
});
