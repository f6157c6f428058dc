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
import { suggestionRow } from "./support/matching";

/**
 * The office's way from a plan to a tandem (issue 12): build a plan, save it, send it as proposals;
 * kargah and the VHS each accept, and the tandem stands. At a phone's and a laptop's width.
 */
let server: TestServer;
let browser: Browser;
let page: Page;
let pageErrors: string[];
let planPath = "";
let callId = "";

const OPEN_CALL = "Sprache und Beruf im Quartier 2027";
const VHS_NAME = "Ada-und-Theodor-Lessing-Volkshochschule Hannover";
const KARGAH_NAME = "kargah e.V.";
const NOTE = "Beide arbeiten in Linden zu Sprache und Beruf – sprechen Sie miteinander?";
const SIZES = [
  { width: 390, height: 844 },
  { width: 1366, height: 800 },
];

beforeAll(async () => {
  assertClientBuilt();
  server = await startTestServer();
  browser = await launchBrowser();
  page = await newPage(browser);
  pageErrors = watchPageErrors(page);
  const [call] = (await server.dataSource.query(`SELECT id FROM call_for_proposals WHERE title = $1`, [OPEN_CALL])) as [
    { id: string },
  ];
  callId = call.id;
  planPath = `/ausschreibungen/${call.id}/plan`;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** At both sizes: nothing scrolls sideways, the main action is on the page, and axe finds nothing serious. */
async function checkSizes(label: string, action: () => ReturnType<Page["locator"]>): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${label} at ${size.width}px scrolls sideways`).toBeLessThanOrEqual(0);
    const target = action();
    await target.scrollIntoViewIfNeeded();
    expect(await target.isVisible(), `${label}: main action at ${size.width}px`).toBe(true);
    await expectNoSeriousAxeViolations(page, `${label} at ${size.width}px`);
  }
  await page.setViewportSize({ width: 1366, height: 800 });
}

describe("from a plan to a tandem, in the browser", () => {
  it("lets the office build a plan with kargah and the VHS, save it and send it as proposals", async () => {
    await signInAs(page, server.url, DEMO.coordinator, planPath);
    await expect.poll(() => heading(page).textContent()).toBe(`Tandem-Plan: ${OPEN_CALL}`);
    await page.getByLabel("Anzahl Tandems").fill("2");
    const candidates = page.getByRole("region", { name: "Vorschläge zum Festlegen und Ausschließen" });
    const pair = suggestionRow(page, VHS_NAME, candidates).filter({ hasText: KARGAH_NAME });
    await pair.first().waitFor();
    await pair
      .first()
      .getByRole("button", { name: /^Festlegen/ })
      .click();
    await page.getByRole("button", { name: "Plan berechnen" }).click();
    const result = page.getByRole("region", { name: "Ergebnis" });
    await expect.poll(() => result.locator("tbody.suggestion").count()).toBe(2);

    // Save it under a name; a second plan with the same name is refused with the reason.
    await page.getByLabel("Name des Plans").fill("Sprache in Linden");
    await page.getByRole("button", { name: "Plan speichern" }).click();
    await expect
      .poll(() => page.getByRole("status").filter({ hasText: "„Sprache in Linden“ ist gespeichert" }).count())
      .toBe(1);
    const plans = page.getByRole("list", { name: "Gespeicherte Pläne dieser Ausschreibung" });
    const card = plans.getByRole("article", { name: "Sprache in Linden" });
    await card.waitFor();
    expect(await card.textContent()).toContain("aktuell");
    expect(await card.textContent()).toContain(`${KARGAH_NAME} + ${VHS_NAME}`);
    await page.getByLabel("Name des Plans").fill("Sprache in Linden");
    await page.getByRole("button", { name: "Plan speichern" }).click();
    await expect.poll(() => page.getByText("heißt schon so").count()).toBe(1);

    // A second plan of one tandem, and the two side by side.
    await page.getByLabel("Anzahl Tandems").fill("1");
    await page.getByRole("button", { name: "Plan berechnen" }).click();
    await expect.poll(() => result.locator("tbody.suggestion").count()).toBe(1);
    await page.getByLabel("Name des Plans").fill("Nur eins");
    await page.getByRole("button", { name: "Plan speichern" }).click();
    await plans.getByRole("article", { name: "Nur eins" }).waitFor();
    await page.getByLabel("Plan A für den Vergleich").selectOption({ label: "Sprache in Linden" });
    await page.getByLabel("Plan B für den Vergleich").selectOption({ label: "Nur eins" });
    const comparison = page.getByRole("region", { name: "Vergleich" });
    await expect.poll(() => comparison.textContent()).toContain("In beiden Plänen");
    expect(await comparison.textContent()).toContain(`${KARGAH_NAME} + ${VHS_NAME}`);
    expect(await comparison.textContent()).toContain("Nur in „Sprache in Linden“");

    // Send the saved plan: the confirmation names both pairs before anything goes out.
    await card.getByRole("button", { name: /^Als Vorschläge senden/ }).click();
    const confirm = page.getByRole("region", { name: "Vorschläge senden" });
    await confirm.waitFor();
    expect(await confirm.locator("li").count()).toBe(2);
    expect(await confirm.textContent()).toContain(`${KARGAH_NAME} + ${VHS_NAME}`);
    await checkSizes("plan builder with confirmation", () =>
      confirm.getByRole("button", { name: "2 Vorschläge senden" }),
    );
    await confirm.getByLabel("Notiz an beide Seiten (optional)").fill(NOTE);
    await confirm.getByRole("button", { name: "2 Vorschläge senden" }).click();
    await expect.poll(() => page.getByRole("status").filter({ hasText: "2 Vorschläge gesendet." }).count()).toBe(1);
    await expect.poll(() => card.textContent()).toContain("Vorschlag: Ausstehend");
  });

  it("shows kargah the proposal with note, score and reasons; kargah agrees", async () => {
    await signOut(page);
    await signInAs(page, server.url, DEMO.kargah, "/anfragen");
    const proposals = page.getByRole("region", { name: /^Vorschläge der Koordinierungsstelle/ });
    const proposal = proposals.locator("article.request").filter({ hasText: VHS_NAME });
    await proposal.waitFor();
    const text = (await proposal.textContent()) ?? "";
    expect(text).toContain(NOTE);
    expect(text).toContain("Wert");
    expect(text).toContain("Gründe");
    expect(text).toContain(`${VHS_NAME}: Antwort ausstehend`);
    await checkSizes("kargah's requests", () => proposal.getByRole("button", { name: /^Annehmen/ }));
    await proposal.getByRole("button", { name: /^Annehmen/ }).click();
    await expect.poll(() => page.getByRole("status").filter({ hasText: "Es fehlt noch die Antwort" }).count()).toBe(1);
    await expect.poll(() => proposal.textContent()).toContain(`${KARGAH_NAME}: zugestimmt`);
    expect(await proposal.getByRole("button", { name: /^Annehmen/ }).count()).toBe(0);
    expect(await proposal.locator(".status-badge").textContent()).toBe("Ausstehend");
  });

  it("lets the VHS agree too: the tandem stands", async () => {
    await signOut(page);
    await signInAs(page, server.url, DEMO.vhs, "/anfragen");
    const proposals = page.getByRole("region", { name: /^Vorschläge der Koordinierungsstelle/ });
    const proposal = proposals.locator("article.request").filter({ hasText: KARGAH_NAME });
    await proposal.waitFor();
    expect(await proposal.textContent()).toContain(`${KARGAH_NAME}: zugestimmt`);
    await proposal.getByRole("button", { name: /^Annehmen/ }).click();
    await expect.poll(() => page.getByRole("status").filter({ hasText: "Das Tandem steht" }).count()).toBe(1);
    await expect.poll(() => proposal.locator(".status-badge").textContent()).toBe("Angenommen");
    const tandems = page.getByRole("region", { name: "Tandems" });
    await expect.poll(() => tandems.textContent()).toContain(KARGAH_NAME);
    await checkSizes("the VHS's requests with the tandem", () => tandems);
    expect(pageErrors).toEqual([]);
  });

  it("names the tandem limit when an answer comes too late, and shows the closed request", async () => {
    // An institution with two requests waiting; neither side is in the plan's proposals.
    const coordinator = await signIn(server, DEMO.coordinator);
    const busy = (
      (await server.dataSource.query(
        `SELECT migrant_organisation_id AS m, educational_institution_id AS e FROM tandem_request WHERE call_id = $1`,
        [callId],
      )) as { m: string; e: string }[]
    ).flatMap((row) => [row.m, row.e]);
    const suggestions = await server.graphql<{
      tandemSuggestions: {
        migrantOrganisation: { id: string };
        educationalInstitution: { id: string; name: string };
      }[];
    }>(
      `query($callId: ID!) { tandemSuggestions(callId: $callId, first: 100) { migrantOrganisation { id } educationalInstitution { id name } } }`,
      { callId },
      { cookie: coordinator },
    );
    const free = suggestions.data!.tandemSuggestions.filter(
      (s) => !busy.includes(s.migrantOrganisation.id) && !busy.includes(s.educationalInstitution.id),
    );
    const institution = free[0]!.educationalInstitution;
    const migrants = [
      ...new Set(
        free.filter((s) => s.educationalInstitution.id === institution.id).map((s) => s.migrantOrganisation.id),
      ),
    ];
    expect(migrants.length).toBeGreaterThanOrEqual(2);
    const send = async (from: string) => {
      const res = await server.graphql<{ sendTandemRequest: { id: string } }>(
        `mutation($input: SendTandemRequestInput!) { sendTandemRequest(input: $input) { id } }`,
        { input: { callId, fromOrganisationId: from, toOrganisationId: institution.id } },
        { cookie: coordinator },
      );
      return res.data!.sendTandemRequest.id;
    };
    const winner = await send(migrants[0]!);
    const late = await send(migrants[1]!);
    const email = "partner@limit.example";
    await server.dataSource.query(
      `INSERT INTO app_user (email, display_name, password_hash, role, organisation_id)
       SELECT $1, 'Limit-Test', password_hash, 'PARTNER', $2 FROM app_user WHERE email = $3`,
      [email, institution.id, DEMO.kargah],
    );
    await signOut(page);
    await signInAs(page, server.url, email, "/anfragen");
    const incoming = page.getByRole("region", { name: /^Eingang/ });
    const lateCard = page.locator(`#anfrage-${late}`);
    await lateCard.waitFor();
    expect(await lateCard.locator(".status-badge").textContent()).toBe("Ausstehend");
    // Meanwhile a colleague accepts the other request: the institution has its one tandem.
    const colleague = await signIn(server, email);
    const accepted = await server.graphql(
      `mutation($id: ID!) { respondToTandemRequest(id: $id, accept: true) { id } }`,
      { id: winner },
      { cookie: colleague },
    );
    expect(accepted.errors).toBeUndefined();
    await lateCard.getByRole("button", { name: /^Annehmen/ }).click();
    const alert = page.getByRole("alert").filter({ hasText: "Höchstzahl an Tandems" });
    await expect.poll(() => alert.count()).toBe(1);
    expect(await alert.textContent()).not.toContain("inzwischen beantwortet");
    // The card shows what the server knows: closed, and why.
    await expect.poll(() => lateCard.locator(".status-badge").textContent()).toBe("Geschlossen");
    expect(await lateCard.textContent()).toContain("Geschlossen: eine Seite hat die Höchstzahl");
    expect(await incoming.locator("article.request").count()).toBe(2);
    await checkSizes("requests after a refused answer", () => alert);
    expect(pageErrors).toEqual([]);
  });
});
