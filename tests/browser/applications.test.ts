import { parse } from "csv-parse/sync";
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
import { signInAs, signOut } from "./support/accounts";
import { boardCard, boardColumn, isFocused, makeAcceptedTandems, moveButton, moveDialog } from "./support/applications";

let server: TestServer;
let browser: Browser;
let page: Page;
let pageErrors: string[];
let officeCookie = "";
let applicationPath = "";
let applicationId = "";
let baselineFunding = 0;
/** The second tandem (the best suggested pair without kargah and the Volkshochschule). */
let otherPair = { mo: "", ei: "" };

const OPEN_CALL = "Sprache und Beruf im Quartier 2027";
const TITLE = `${OPEN_CALL} – Tandem-Antrag`;
const RENAMED = `${TITLE} (überarbeitet)`;
const VHS_NAME = "Ada-und-Theodor-Lessing-Volkshochschule Hannover";
const KARGAH_NAME = "kargah e.V.";

const euro = (amount: number) =>
  plainText(
    new Intl.NumberFormat("de-DE", { style: "currency", currency: "EUR", maximumFractionDigits: 0 }).format(amount),
  );

const SIZES = [
  { width: 390, height: 844 },
  { width: 1366, height: 800 },
];

/** At a phone's and a laptop's width: nothing scrolls sideways, the action is reachable, axe finds nothing serious. */
async function atBothSizes(label: string, action: () => ReturnType<Page["locator"]>): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${label} at ${size.width}px scrolls sideways`).toBeLessThanOrEqual(0);
    const target = action();
    await target.scrollIntoViewIfNeeded();
    expect(await target.isVisible(), `${label}: action at ${size.width}px`).toBe(true);
    await expectNoSeriousAxeViolations(page, `${label} at ${size.width}px`);
  }
  await page.setViewportSize({ width: 1366, height: 800 });
}

async function fundingAcquired(): Promise<number> {
  const answer = await server.graphql<{ networkStatistics: { fundingAcquired: number } }>(
    `{ networkStatistics { fundingAcquired } }`,
    {},
    { cookie: officeCookie },
  );
  return answer.data!.networkStatistics.fundingAcquired;
}

beforeAll(async () => {
  assertClientBuilt();
  server = await startTestServer();
  const pair = await makeAcceptedTandems(server, OPEN_CALL, {
    kargah: DEMO.kargah,
    vhs: DEMO.vhs,
    coordinator: DEMO.coordinator,
  });
  otherPair = { mo: pair.migrantOrganisation.name, ei: pair.educationalInstitution.name };
  officeCookie = await signIn(server, DEMO.coordinator);
  baselineFunding = await fundingAcquired();
  browser = await launchBrowser();
  page = await newPage(browser);
  pageErrors = watchPageErrors(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("funding applications in the browser", () => {
  it("lets the office create an application from accepted tandems, with a budget split that must add up", async () => {
    await signInAs(page, server.url, DEMO.coordinator, "/anfragen");
    await page.getByRole("link", { name: `Antrag aus 2 Tandems erstellen: ${OPEN_CALL}` }).click();
    await page.waitForURL(/\/antraege\/neu\?anfragen=/);
    await expect.poll(() => heading(page).textContent()).toBe("Neuer Antrag");

    const title = page.getByLabel("Titel");
    await expect.poll(() => title.inputValue()).toBe(TITLE);
    const requested = page.getByLabel("Beantragter Betrag (€)");
    const vhsShare = page.getByLabel(`Anteil für ${KARGAH_NAME} + ${VHS_NAME} (€)`);
    const otherShare = page.getByLabel(`Anteil für ${otherPair.mo} + ${otherPair.ei} (€)`);
    const state = page.locator("#budget-split-state");
    // The call's budget, split evenly.
    expect(await requested.inputValue()).toBe("300000");
    expect([await vhsShare.inputValue(), await otherShare.inputValue()]).toEqual(["150000", "150000"]);
    await expect.poll(() => state.textContent()).toBe("Die Anteile ergeben genau den beantragten Betrag.");
    await expectNoSeriousAxeViolations(page, "create application page");

    // A new amount is split again, to the cent, the odd cent on the first tandem.
    await requested.fill("100.000,01");
    const shares = async () => [await vhsShare.inputValue(), await otherShare.inputValue()].sort();
    await expect.poll(shares).toEqual(["50000", "50000,01"]);

    // Shares that do not add up: the difference shows while typing, and submitting is refused.
    const first = (await vhsShare.inputValue()) === "50000,01" ? vhsShare : otherShare;
    await first.fill("40000");
    await expect.poll(async () => plainText(await state.textContent())).toBe("Noch zu verteilen: 10.000,01 €");
    expect(plainText(await page.locator(".budget-split__difference").textContent())).toBe("10.000,01 €");
    await page.getByRole("button", { name: "Antrag anlegen" }).click();
    await expect.poll(() => page.locator(".error-summary:focus").count()).toBe(1);
    expect(plainText(await page.locator(".error-summary").textContent())).toContain(
      "Budgetaufteilung: Die Anteile ergeben nicht den beantragten Betrag (Differenz: 10.000,01 €).",
    );
    expect(await first.getAttribute("aria-invalid")).toBe("true");
    expect(new URL(page.url()).pathname).toBe("/antraege/neu");
    await expectNoSeriousAxeViolations(page, "create application page with errors");

    await page.getByRole("button", { name: "Gleichmäßig aufteilen" }).click();
    await expect.poll(() => state.textContent()).toBe("Die Anteile ergeben genau den beantragten Betrag.");
    await page.getByRole("button", { name: "Antrag anlegen" }).click();
    await page.waitForURL(/\/antraege\/[0-9a-f-]{36}$/);
    applicationPath = new URL(page.url()).pathname;
    applicationId = applicationPath.split("/").pop() ?? "";
    await expect.poll(() => heading(page).textContent()).toBe(TITLE);
    await expect.poll(() => page.getByRole("status").filter({ hasText: "als Entwurf angelegt" }).count()).toBe(1);

    const tandems = page.getByRole("table", { name: "Budgetaufteilung auf die Tandems" });
    expect(await tandems.getByRole("link", { name: VHS_NAME }).count()).toBe(1);
    expect(await tandems.getByRole("link", { name: otherPair.ei }).count()).toBe(1);
    expect(plainText(await tandems.locator("tfoot").textContent())).toContain("100.000,01 €");
    expect(await page.getByRole("region", { name: "Verlauf" }).textContent()).toContain("Angelegt als „Entwurf“");
    // The submission deadline comes from the call.
    // Named once: the kind, then the call's title (no "Einreichung: Einreichung: …").
    const milestones = plainText(await page.getByRole("region", { name: "Meilensteine und Fristen" }).textContent());
    expect(milestones).toContain(`Einreichung: ${OPEN_CALL}`);
    expect(milestones).not.toContain("Einreichung: Einreichung");
    await expectNoSeriousAxeViolations(page, "application page");
  });

  it("offers the office the call's tandems on the call page, to start an application from all or one", async () => {
    const [{ callId }] = (await server.dataSource.query(
      `SELECT id AS "callId" FROM call_for_proposals WHERE title = $1`,
      [OPEN_CALL],
    )) as [{ callId: string }];
    const accepted = (await server.dataSource.query(
      `SELECT r.id, f.name AS "from", t.name AS "to" FROM tandem_request r JOIN organisation f ON f.id = r.from_organisation_id JOIN organisation t ON t.id = r.to_organisation_id
        WHERE r.call_id = $1 AND r.status = 'ACCEPTED'`,
      [callId],
    )) as { id: string; from: string; to: string }[];
    expect(accepted).toHaveLength(2);
    await page.goto(`${server.url}/ausschreibungen/${callId}`);
    await expect.poll(() => heading(page).textContent()).toBe(OPEN_CALL);
    const tandems = page.getByRole("region", { name: "Tandems dieser Ausschreibung" });
    await expect.poll(() => tandems.locator("li.tandems__item").count()).toBe(2);
    expect(plainText(await tandems.textContent())).toContain(`${KARGAH_NAME} + ${VHS_NAME}`);
    expect(plainText(await tandems.textContent())).toContain(`${otherPair.mo} + ${otherPair.ei}`);

    const all = tandems.getByRole("link", { name: `Antrag aus 2 Tandems erstellen: ${OPEN_CALL}` });
    const allHref = new URL((await all.getAttribute("href")) ?? "", server.url);
    expect(allHref.pathname).toBe("/antraege/neu");
    expect(allHref.searchParams.get("anfragen")?.split(",").sort()).toEqual(
      accepted.map((request) => request.id).sort(),
    );
    await expectNoSeriousAxeViolations(page, "call page with tandems");

    const kargahTandem = accepted.find((request) => request.from === KARGAH_NAME)!;
    await tandems.getByRole("link", { name: `Antrag nur mit diesem Tandem: ${KARGAH_NAME} + ${VHS_NAME}` }).click();
    await page.waitForURL(
      (url) => url.pathname === "/antraege/neu" && url.searchParams.get("anfragen") === kargahTandem.id,
    );
    await expect.poll(() => heading(page).textContent()).toBe("Neuer Antrag");
    await expect.poll(() => page.getByLabel(`Anteil für ${KARGAH_NAME} + ${VHS_NAME} (€)`).count()).toBe(1);
    expect(await page.getByLabel(`Anteil für ${otherPair.mo} + ${otherPair.ei} (€)`).count()).toBe(0);
    await page.goto(`${server.url}${applicationPath}`);
    await expect.poll(() => heading(page).textContent()).toBe(TITLE);
  });

  it("splits the budget per organisation on the application page, checking the sum while typing", async () => {
    const section = page.getByRole("region", { name: "Budget je Organisation" });
    await section.getByText("Noch keine Aufteilung je Organisation.").waitFor();
    await section.getByRole("button", { name: "Aufteilung bearbeiten" }).click();
    // The form starts with every participating organisation: the lead and the four tandem partners.
    await expect.poll(() => section.locator("tbody tr").count()).toBe(5);
    await expect.poll(() => isFocused(section.getByLabel("Förderanteil in Zeile 1 (Euro)"))).toBe(true);
    const names: string[] = [];
    for (let n = 1; n <= 5; n += 1)
      names.push(
        (
          await section.getByLabel(`Organisation in Zeile ${n}`).evaluate((el) => {
            const select = el as HTMLSelectElement;
            return select.selectedOptions[0]?.text ?? "";
          })
        ).trim(),
      );
    const row = (name: string) => names.indexOf(name) + 1;
    const funder = (name: string) => section.getByLabel(`Förderanteil in Zeile ${row(name)} (Euro)`);
    await funder(KARGAH_NAME).fill("40.000");
    await section.getByLabel(`Eigenanteil in Zeile ${row(KARGAH_NAME)} (Euro)`).fill("5.000");
    await funder(VHS_NAME).fill("20.000");
    await funder(otherPair.mo).fill("20.000");
    await funder(otherPair.ei).fill("18.000");
    const state = section.locator("#budget-share-state");
    await expect
      .poll(async () => plainText(await state.textContent()))
      .toBe("Summe 98.000 € von 100.000,01 € — 2.000,01 € fehlen");
    // Saving a split that does not add up is refused here, before the server sees it.
    await section.getByRole("button", { name: "Aufteilung speichern" }).click();
    await expect.poll(() => page.locator("#budget-problem:focus").count()).toBe(1);
    expect(plainText(await section.textContent())).toContain(
      "Die Förderanteile müssen zusammen genau 100.000,01 € ergeben.",
    );
    await funder(otherPair.ei).fill("20.000,01");
    await expect
      .poll(async () => plainText(await state.textContent()))
      .toBe("Summe 100.000,01 € von 100.000,01 € — stimmt.");
    // The office itself takes no share here: its row goes.
    const lead = names.findIndex((name) => ![KARGAH_NAME, VHS_NAME, otherPair.mo, otherPair.ei].includes(name)) + 1;
    await section.getByRole("button", { name: `Zeile ${lead} entfernen` }).click();
    await expect.poll(() => section.locator("tbody tr").count()).toBe(4);
    await atBothSizes("budget per organisation, editing", () =>
      section.getByRole("button", { name: "Aufteilung speichern" }),
    );
    // Enter in an amount saves, as in any form.
    await section.getByLabel(/^Förderanteil in Zeile 1/).press("Enter");
    await expect
      .poll(() => section.getByRole("status").textContent())
      .toBe("Die Aufteilung je Organisation ist gespeichert.");
    const table = section.getByRole("table", { name: "Aufteilung der beantragten Summe: 100.000,01 €" });
    await expect.poll(() => table.locator("tbody tr").count()).toBe(4);
    const kargahRow = plainText(await table.locator("tbody tr").filter({ hasText: KARGAH_NAME }).innerText());
    expect(kargahRow).toContain("40.000 €");
    expect(kargahRow).toContain("45.000 €");
    expect(plainText(await table.locator("tfoot").innerText())).toContain("105.000,01 €");
    expect(plainText(await section.textContent())).toContain("Summe 100.000,01 € von 100.000,01 € — stimmt.");
    await atBothSizes("budget per organisation", () => section.getByRole("button", { name: "Aufteilung bearbeiten" }));
  });

  it("lets the office keep milestones and edit the draft", async () => {
    const milestones = page.getByRole("region", { name: "Meilensteine und Fristen" });
    await milestones.getByRole("button", { name: "Meilenstein hinzufügen" }).click();
    await expect.poll(() => isFocused(milestones.getByLabel("Art", { exact: true }))).toBe(true);
    // Escape cancels the form and puts focus back on the button.
    await page.keyboard.press("Escape");
    const add = milestones.getByRole("button", { name: "Meilenstein hinzufügen" });
    await expect.poll(() => isFocused(add)).toBe(true);
    await add.click();
    await milestones.getByLabel("Bezeichnung").fill("Konzept an die Tandems");
    await milestones.getByLabel("Fällig am").fill("2027-01-15");
    await milestones.getByRole("button", { name: "Speichern" }).click();
    await expect
      .poll(() => milestones.getByRole("status").textContent())
      .toBe("Der Meilenstein „Konzept an die Tandems“ wurde hinzugefügt.");
    const item = milestones.locator("li").filter({ hasText: "Konzept an die Tandems" });
    expect(plainText(await item.textContent())).toContain("Interne Frist: Konzept an die Tandems");
    expect(plainText(await item.textContent())).toContain("Fällig am 15.01.2027");

    await item.getByRole("button", { name: "Als erledigt markieren: Konzept an die Tandems" }).click();
    await expect.poll(() => item.textContent()).toContain("Erledigt am");
    const [before] = (await server.dataSource.query(
      `SELECT id FROM application_milestone WHERE application_id = $1 AND title = 'Konzept an die Tandems'`,
      [applicationId],
    )) as [{ id: string }];
    await item.getByRole("button", { name: "Ändern: Konzept an die Tandems" }).click();
    await expect.poll(() => isFocused(milestones.getByLabel("Art", { exact: true }))).toBe(true);
    await milestones.getByLabel("Art", { exact: true }).selectOption({ label: "Zwischenbericht" });
    await milestones.getByLabel("Bezeichnung").fill("Konzept mit den Tandems abgestimmt");
    await milestones.getByLabel("Fällig am").fill("2027-01-22");
    await milestones.getByRole("button", { name: "Speichern" }).click();
    await expect
      .poll(() => milestones.getByRole("status").textContent())
      .toBe("Der Meilenstein „Konzept mit den Tandems abgestimmt“ wurde geändert.");
    const changed = milestones.locator("li").filter({ hasText: "Konzept mit den Tandems abgestimmt" });
    await expect.poll(() => changed.textContent()).toContain("Erledigt am");
    expect(plainText(await changed.textContent())).toContain("Zwischenbericht: Konzept mit den Tandems abgestimmt");
    expect(plainText(await changed.textContent())).toContain("Fällig am 22.01.2027");
    expect(await milestones.locator("li").filter({ hasText: "Konzept an die Tandems" }).count()).toBe(0);
    // Changed in place: the same milestone, no copy added and the old one removed.
    const after = (await server.dataSource.query(
      `SELECT id, title FROM application_milestone WHERE application_id = $1 AND title LIKE 'Konzept%'`,
      [applicationId],
    )) as { id: string; title: string }[];
    expect(after).toEqual([{ id: before.id, title: "Konzept mit den Tandems abgestimmt" }]);
    await changed.getByRole("button", { name: "Entfernen: Konzept mit den Tandems abgestimmt" }).click();
    await expect.poll(() => milestones.locator("li").filter({ hasText: "Konzept mit den Tandems" }).count()).toBe(0);

    await page.getByRole("link", { name: "Bearbeiten" }).click();
    await page.waitForURL(/\/bearbeiten$/);
    await expect.poll(() => heading(page).textContent()).toBe(`„${TITLE}“ bearbeiten`);
    await expect.poll(() => page.getByLabel("Titel").inputValue()).toBe(TITLE);
    await page.getByLabel("Beschreibung").fill("Berufsbezogene Deutschkurse mit Beratung in zwei Stadtteilen.");
    await page.getByLabel("Beginn des Förderzeitraums").fill("2027-09-01");
    await page.getByLabel("Ende des Förderzeitraums").fill("2027-08-31");
    await page.getByRole("button", { name: "Speichern" }).click();
    await expect.poll(() => page.locator(".error-summary:focus").count()).toBe(1);
    expect(await page.locator(".error-summary").textContent()).toContain(
      "Ende des Förderzeitraums: Das Ende darf nicht vor dem Beginn liegen.",
    );
    await expectNoSeriousAxeViolations(page, "edit application page with errors");
    await page.getByLabel("Ende des Förderzeitraums").fill("2029-08-31");
    await page.getByRole("button", { name: "Speichern" }).click();
    await page.waitForURL((url) => url.pathname === applicationPath);
    await expect.poll(() => page.getByRole("status").filter({ hasText: "wurden gespeichert" }).count()).toBe(1);
    expect(await page.locator(".lead").textContent()).toBe(
      "Berufsbezogene Deutschkurse mit Beratung in zwei Stadtteilen.",
    );
    expect(plainText(await page.locator(".application-facts").innerText())).toContain("01.09.2027 – 31.08.2029");
  });

  it("moves the application on the board by keyboard, with comments", async () => {
    await page.getByRole("link", { name: "Zurück zu den Anträgen" }).click();
    await page.waitForURL(/\/antraege$/);
    await expect.poll(() => heading(page).textContent()).toBe("Förderanträge");
    const card = boardCard(page, TITLE);
    await card.waitFor();
    expect(await boardColumn(page, "Entwurf").filter({ has: card }).count()).toBe(1);
    await expectNoSeriousAxeViolations(page, "pipeline board");

    // The dialog opens by keyboard and Escape closes it; focus returns to the button.
    const toPreparation = moveButton(card, "In Vorbereitung");
    await toPreparation.focus();
    await page.keyboard.press("Enter");
    const dialog = moveDialog(page);
    await dialog.waitFor();
    await expect.poll(() => isFocused(page.getByLabel("Kommentar"))).toBe(true);
    await expectNoSeriousAxeViolations(page, "move dialog");
    await page.keyboard.press("Escape");
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => isFocused(toPreparation)).toBe(true);

    await page.keyboard.press("Enter");
    await dialog.waitFor();
    await page.keyboard.type("Tandems stehen, das Konzept wird geschrieben.");
    await dialog.getByRole("button", { name: "Verschieben" }).click();
    await expect
      .poll(() => page.getByRole("status").filter({ hasText: "ist jetzt" }).textContent())
      .toBe(`„${TITLE}“ ist jetzt: In Vorbereitung.`);
    await expect.poll(() => boardColumn(page, "In Vorbereitung").filter({ has: card }).count()).toBe(1);
    // Focus follows the card into its new column.
    await expect.poll(() => isFocused(card.getByRole("link", { name: TITLE }))).toBe(true);

    await moveButton(card, "Eingereicht").click();
    await page.getByLabel("Kommentar").fill("Fristgerecht beim Fördermittelgeber eingereicht.");
    await dialog.getByRole("button", { name: "Verschieben" }).click();
    await expect.poll(() => boardColumn(page, "Eingereicht").filter({ has: card }).count()).toBe(1);
  });

  it("says when the application changed meanwhile, reloads it, and approves it on the second try", async () => {
    const card = boardCard(page, TITLE);
    await moveButton(card, "Bewilligt").click();
    const dialog = moveDialog(page);
    const amount = dialog.getByLabel("Bewilligter Betrag (€)");
    // Prefilled with the requested amount, focused first.
    await expect.poll(() => isFocused(amount)).toBe(true);
    expect(await amount.inputValue()).toBe("100000,01");
    await amount.fill("95.000");
    await dialog.getByLabel("Kommentar").fill("Bescheid ist da.");

    // Meanwhile a colleague renames the application.
    const [{ version }] = (await server.dataSource.query(`SELECT version FROM application WHERE id = $1`, [
      applicationId,
    ])) as [{ version: number }];
    const renamed = await server.graphql(
      `mutation($id: ID!, $v: Int!) { updateApplication(id: $id, expectedVersion: $v, input: { title: "${RENAMED}" }) { version } }`,
      { id: applicationId, v: version },
      { cookie: officeCookie },
    );
    expect(renamed.errors).toBeUndefined();

    // 95,000 € is not what the split adds up to: the dialog proposes the split of the approved amount.
    await dialog.getByRole("button", { name: "Verschieben" }).click();
    const split = dialog.getByRole("region", { name: "Aufteilung der bewilligten Summe" });
    await split.waitFor();
    await expect
      .poll(() => isFocused(split.getByRole("heading", { name: "Aufteilung der bewilligten Summe" })))
      .toBe(true);
    expect(plainText(await split.textContent())).toContain(
      "Bewilligt sind 95.000 €, die bisherige Aufteilung ergibt 100.000,01 €.",
    );
    const proposed = (name: string) => split.locator("tbody tr").filter({ hasText: name }).getByRole("textbox").first();
    // In proportion, to the cent by largest remainder: 40,000 / 20,000 / 20,000 / 20,000.01 of 100,000.01.
    expect(await proposed(KARGAH_NAME).inputValue()).toBe("37999,99");
    expect(await proposed(VHS_NAME).inputValue()).toBe("19000");
    expect(await proposed(otherPair.mo).inputValue()).toBe("19000");
    expect(await proposed(otherPair.ei).inputValue()).toBe("19000,01");
    const splitState = split.locator("#move-split-state");
    expect(plainText(await splitState.textContent())).toBe("Summe 95.000 € von 95.000 € — stimmt.");
    // The office rounds kargah's share up and the other institution's down.
    await proposed(KARGAH_NAME).fill("38000");
    await expect
      .poll(async () => plainText(await splitState.textContent()))
      .toBe("Summe 95.000,01 € von 95.000 € — 0,01 € zu viel");
    await proposed(otherPair.ei).fill("19000");
    await expect
      .poll(async () => plainText(await splitState.textContent()))
      .toBe("Summe 95.000 € von 95.000 € — stimmt.");
    const confirm = dialog.getByRole("button", { name: "Aufteilung bestätigen und bewilligen" });
    await atBothSizes("approval with the split of the approved amount", () => confirm);

    await confirm.click();
    const alert = dialog.getByRole("alert");
    await expect.poll(() => alert.textContent()).toContain("Inzwischen geändert");
    // The card shows the current data; the dialog the current title, and the split as the office left it.
    await boardCard(page, RENAMED).waitFor();
    await expect.poll(() => dialog.textContent()).toContain(RENAMED);
    expect(await proposed(KARGAH_NAME).inputValue()).toBe("38000");

    await confirm.click();
    await expect
      .poll(() => page.getByRole("status").filter({ hasText: "ist jetzt" }).textContent())
      .toBe(`„${RENAMED}“ ist jetzt: Bewilligt.`);
    const approved = boardCard(page, RENAMED);
    await expect.poll(() => boardColumn(page, "Bewilligt").filter({ has: approved }).count()).toBe(1);
    expect(plainText(await approved.innerText())).toContain("Bewilligt 95.000 €");
    // Approved applications move on only to "running".
    expect((await approved.getByRole("button").allTextContents()).map(plainText)).toEqual([
      "→ Verschieben nach Laufend",
    ]);
  });

  it("offers the exports and a private calendar link that can be renewed", async () => {
    const csv = page.getByRole("link", { name: "Anträge als CSV herunterladen" });
    expect(await csv.getAttribute("href")).toBe("/export/applications.csv");
    const download = await page.request.get(`${server.url}/export/applications.csv`);
    expect(download.status()).toBe(200);
    expect(await download.text()).toContain(RENAMED);
    expect(
      await page.getByRole("link", { name: "Anträge als Excel-Datei (XLSX) herunterladen" }).getAttribute("href"),
    ).toBe("/export/applications.xlsx");
    expect(await page.locator("#export-links-hint").textContent()).toBe(
      "Der Export enthält alle Anträge, die Sie sehen dürfen.",
    );

    // The links carry the board's filter, and the file holds just those applications.
    await page.getByLabel("Status", { exact: true }).selectOption({ label: "Bewilligt" });
    await page.waitForURL((url) => url.searchParams.get("status") === "APPROVED");
    await expect.poll(() => csv.getAttribute("href")).toBe("/export/applications.csv?status=APPROVED");
    expect(
      await page.getByRole("link", { name: "Anträge als Excel-Datei (XLSX) herunterladen" }).getAttribute("href"),
    ).toBe("/export/applications.xlsx?status=APPROVED");
    expect(await page.locator("#export-links-hint").textContent()).toContain("den gewählten Filtern oben entsprechen");
    const filtered = await page.evaluate(
      async (href) => {
        const response = await fetch(href, { credentials: "same-origin" });
        return { status: response.status, text: await response.text() };
      },
      (await csv.getAttribute("href")) ?? "",
    );
    expect(filtered.status).toBe(200);
    const statuses = (
      parse(filtered.text, { bom: true, columns: true, delimiter: ";" }) as Record<string, string>[]
    ).map((row) => row.Status);
    const [{ approved }] = (await server.dataSource.query(
      `SELECT count(*)::int AS approved FROM application WHERE status = 'APPROVED'`,
    )) as [{ approved: number }];
    expect(statuses).toHaveLength(approved);
    expect(new Set(statuses)).toEqual(new Set(["APPROVED"]));
    expect(filtered.text).toContain(RENAMED);
    await page.getByRole("button", { name: "Filter zurücksetzen" }).click();
    await expect.poll(() => csv.getAttribute("href")).toBe("/export/applications.csv");

    const link = page.getByLabel("Privater Kalender-Link");
    await expect
      .poll(() => link.inputValue())
      .toMatch(new RegExp(`^${server.url.replace(/\./g, "\\.")}/calendar/deadlines\\.ics\\?token=`));
    const before = await link.inputValue();
    const feed = await fetch(before);
    expect(feed.status).toBe(200);

    const renew = page.getByRole("button", { name: "Link erneuern" });
    await renew.click();
    await expect.poll(() => isFocused(page.getByRole("button", { name: "Abbrechen" }))).toBe(true);
    await page.getByRole("button", { name: "Abbrechen" }).click();
    await expect.poll(() => isFocused(page.getByRole("button", { name: "Link erneuern" }))).toBe(true);
    await page.getByRole("button", { name: "Link erneuern" }).click();
    await page.getByRole("button", { name: "Ja, neuen Link erzeugen" }).click();
    await expect
      .poll(() => page.getByRole("status").filter({ hasText: "neuer Link" }).textContent())
      .toBe("Ein neuer Link wurde erzeugt. Der alte funktioniert nicht mehr.");
    await expect.poll(() => link.inputValue()).not.toBe(before);
    expect((await fetch(before)).status).not.toBe(200);
    expect((await fetch(await link.inputValue())).status).toBe(200);
  });

  it("shows who moved the application when, from where to where and why", async () => {
    await page.goto(`${server.url}${applicationPath}`);
    await expect.poll(() => heading(page).textContent()).toBe(RENAMED);
    const history = page.getByRole("region", { name: "Verlauf" });
    await expect.poll(() => history.locator("li").count()).toBe(4);
    const entries = (await history.locator("li").allTextContents()).map(plainText);
    expect(entries[1]).toContain("Entwurf → In Vorbereitung");
    expect(entries[1]).toContain("von Koordinationsstelle ALBuM (Demo)");
    expect(entries[1]).toContain("Tandems stehen, das Konzept wird geschrieben.");
    expect(entries[3]).toContain("Eingereicht → Bewilligt");
    expect(entries[3]).toContain("Bescheid ist da.");
    expect(plainText(await page.locator(".application-facts__approved").textContent())).toBe("95.000 €");
    // The split of the approved amount, as the office confirmed it.
    const budget = page.getByRole("table", { name: "Aufteilung der bewilligten Summe: 95.000 €" });
    expect(plainText(await budget.locator("tbody tr").filter({ hasText: KARGAH_NAME }).innerText())).toContain(
      "38.000 €",
    );
    expect(plainText(await budget.locator("tbody tr").filter({ hasText: otherPair.ei }).innerText())).toContain(
      "19.000 €",
    );
    expect(plainText(await page.getByRole("region", { name: "Budget je Organisation" }).textContent())).toContain(
      "Summe 95.000 € von 95.000 € — stimmt.",
    );
    // Submitting met the submission deadline.
    expect(await page.getByRole("region", { name: "Meilensteine und Fristen" }).textContent()).toContain("Erledigt am");
    await expectNoSeriousAxeViolations(page, "approved application page");

    // The audit trail reads back both steps: the split as set, and its re-split with the approval.
    await page.goto(`${server.url}/protokoll`);
    await expect.poll(() => heading(page).textContent()).toBe("Änderungsprotokoll");
    const splitEntries = page
      .locator("article.audit-entry")
      .filter({ has: page.locator('tr[data-field="budgetSplit"]') });
    await expect.poll(() => splitEntries.count()).toBe(2);
    const approval = splitEntries.filter({
      has: page.getByRole("heading", { name: `Status geändert: ${RENAMED}`, exact: true }),
    });
    const row = approval.locator('tr[data-field="budgetSplit"]');
    expect(plainText(await row.locator("th").textContent())).toBe("Budget je Organisation");
    expect(plainText(await row.locator("td").nth(0).textContent())).toContain("funderShare: 40000");
    expect(plainText(await row.locator("td").nth(1).textContent())).toContain("funderShare: 38000");
    const setStep = page.getByRole("heading", { name: `Geändert: ${TITLE}`, exact: true });
    expect(await splitEntries.filter({ has: setStep }).count()).toBe(1);
    await atBothSizes("audit trail with the budget split", () => approval.locator('tr[data-field="budgetSplit"]'));
  });

  it("counts the approved amount on the dashboard", async () => {
    const total = await fundingAcquired();
    expect(total - baselineFunding).toBe(95_000);
    await page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Kennzahlen" }).click();
    await page.waitForURL(/\/kennzahlen$/);
    await expect.poll(() => heading(page).textContent()).toBe("Kennzahlen");
    const funding = page.locator('[data-figure="funding"] .key-figures__value');
    await expect.poll(async () => plainText(await funding.textContent())).toBe(euro(total));
    await page.locator("#chart-funding-year svg").waitFor();

    // The year the funding period starts: its row holds the approval (the seed has nothing in that year).
    // The amount spreads pro rata by months over the funding period: that year holds its months' share.
    const [{ year, starts, ends }] = (await server.dataSource.query(
      `SELECT extract(year FROM starts_on)::int AS year, starts_on::text AS starts, coalesce(ends_on, starts_on)::text AS ends FROM application WHERE id = $1`,
      [applicationId],
    )) as [{ year: number; starts: string; ends: string }];
    const month = (day: string) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
    const months = month(ends) - month(starts) + 1;
    const inYear = Math.min(month(ends), year * 12 + 11) - month(starts) + 1;
    const cents = 9_500_000;
    const base = Math.floor(cents / months);
    const share = (base * inYear + Math.min(inYear, cents - base * months)) / 100;
    const shareText = new Intl.NumberFormat("de-DE", {
      style: "currency",
      currency: "EUR",
      minimumFractionDigits: Number.isInteger(share) ? 0 : 2,
      maximumFractionDigits: 2,
    }).format(share);
    await page.getByLabel("Von Jahr").selectOption(String(year));
    await page.getByLabel("Bis Jahr").selectOption(String(year));
    await expect.poll(async () => plainText(await funding.textContent())).toBe(plainText(shareText));
    const table = page.locator("#chart-funding-year-table");
    await page.locator("#chart-funding-year summary").click();
    await expect
      .poll(async () => plainText(await table.locator("tbody tr").first().innerText()))
      .toBe(`${year} ${plainText(shareText)}`);
    await page.locator("#chart-status summary").click();
    expect(plainText(await page.locator("#chart-status-table").innerText())).toContain("Bewilligt 1");
    await expectNoSeriousAxeViolations(page, "dashboard");
  });

  it("shows a partner its application read-only, without move buttons", async () => {
    await signOut(page);
    await signInAs(page, server.url, DEMO.kargah, "/antraege");
    await expect.poll(() => heading(page).textContent()).toBe("Förderanträge");
    const card = boardCard(page, RENAMED);
    await card.waitFor();
    expect(await page.locator(".lead").textContent()).toContain("Den Status ändert die Koordinationsstelle.");
    expect(await page.getByRole("button", { name: /^Verschieben nach/ }).count()).toBe(0);
    await card.getByRole("link", { name: RENAMED }).click();
    await page.waitForURL((url) => url.pathname === applicationPath);
    await expect.poll(() => heading(page).textContent()).toBe(RENAMED);
    expect(await page.getByRole("main").textContent()).toContain("Sie sehen diesen Antrag nur lesend");
    expect(await page.getByRole("button", { name: /^Verschieben nach/ }).count()).toBe(0);
    expect(await page.getByRole("link", { name: "Bearbeiten" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Meilenstein hinzufügen" }).count()).toBe(0);
    await expectNoSeriousAxeViolations(page, "application page for a partner");

    // Another organisation's application stays closed to kargah.
    const [other] = (await server.dataSource.query(
      `SELECT a.id FROM application a WHERE NOT EXISTS (
         SELECT 1 FROM application_participant p JOIN organisation o ON o.id = p.organisation_id WHERE p.application_id = a.id AND o.slug = 'kargah')
       AND a.lead_organisation_id NOT IN (SELECT id FROM organisation WHERE slug = 'kargah') LIMIT 1`,
    )) as [{ id: string }];
    await page.goto(`${server.url}/antraege/${other.id}`);
    await expect.poll(() => heading(page).textContent()).toBe("Antrag nicht gefunden");

    // On the call's page kargah sees its own tandem, not the others', and cannot start an application.
    const [{ callId }] = (await server.dataSource.query(
      `SELECT id AS "callId" FROM call_for_proposals WHERE title = $1`,
      [OPEN_CALL],
    )) as [{ callId: string }];
    await page.goto(`${server.url}/ausschreibungen/${callId}`);
    await expect.poll(() => heading(page).textContent()).toBe(OPEN_CALL);
    const own = page.getByRole("region", { name: "Ihre Tandems in dieser Ausschreibung" });
    await expect.poll(() => own.locator("li.tandems__item").count()).toBe(1);
    expect(plainText(await own.textContent())).toContain(`${KARGAH_NAME} + ${VHS_NAME}`);
    expect(plainText(await own.textContent())).not.toContain(otherPair.mo);
    expect(await own.getByRole("link", { name: /^Antrag/ }).count()).toBe(0);
    await expectNoSeriousAxeViolations(page, "call page for a partner");
  });

  it("ran without script errors", () => {
    expect(pageErrors).toEqual([]);
  });
});
