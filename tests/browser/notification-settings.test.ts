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
  watchPageErrors,
} from "./support/browser";

let server: TestServer;
let browser: Browser;
let page: Page;
let pageErrors: string[];

const SETTINGS = "/einstellungen/benachrichtigungen";
const noSidewaysScroll = () =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

/** Axe and the width check at the phone's and the desk's size, back at the desk's afterwards. */
async function checkBothSizes(label: string): Promise<void> {
  for (const size of [
    { width: 390, height: 844 },
    { width: 1366, height: 800 },
  ]) {
    await page.setViewportSize(size);
    expect(await noSidewaysScroll(), `${label} at ${size.width}px scrolls sideways`).toBe(true);
    await expectNoSeriousAxeViolations(page, `${label} at ${size.width}px`);
  }
}

async function stored(kind: string): Promise<string | undefined> {
  const rows = (await server.dataSource.query(
    `SELECT p.delivery FROM notification_preference p JOIN app_user u ON u.id = p.user_id
      WHERE u.email = $1 AND p.kind = $2`,
    [DEMO.kargah, kind],
  )) as { delivery: string }[];
  return rows[0]?.delivery;
}

beforeAll(async () => {
  assertClientBuilt();
  server = await startTestServer();
  browser = await launchBrowser();
  page = await newPage(browser);
  pageErrors = watchPageErrors(page);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("mail settings and contact persons", () => {
  it("sets a kind to the daily digest by keyboard and keeps it", async () => {
    await signInAs(page, server.url, DEMO.kargah, SETTINGS);
    await expect.poll(() => heading(page).textContent()).toBe("Benachrichtigungen per E-Mail");
    const group = page.getByRole("group", { name: "Neue Tandem-Anfrage" });
    await expect.poll(() => group.getByRole("radio", { name: "Sofort" }).isChecked()).toBe(true);
    await checkBothSizes("mail settings");

    // Arrow keys move within a radio group; Tab leaves it for the next one, up to the main action.
    await group.getByRole("radio", { name: "Sofort" }).focus();
    await page.keyboard.press("ArrowRight");
    expect(await group.getByRole("radio", { name: "Tägliche Zusammenfassung" }).isChecked()).toBe(true);
    let reached = false;
    for (let i = 0; i < 30 && !reached; i++) {
      await page.keyboard.press("Tab");
      reached = (await page.locator("[data-main-action]:focus").count()) === 1;
    }
    expect(reached, "the save button is reachable with Tab").toBe(true);
    await page.keyboard.press("Enter");
    await page.getByRole("status").filter({ hasText: "Ihre Einstellungen sind gespeichert." }).waitFor();
    expect(await stored("TANDEM_REQUEST_RECEIVED")).toBe("DAILY_DIGEST");

    await page.reload();
    await expect
      .poll(() =>
        page
          .getByRole("group", { name: "Neue Tandem-Anfrage" })
          .getByRole("radio", { name: "Tägliche Zusammenfassung" })
          .isChecked(),
      )
      .toBe(true);
  });

  it("adds, edits and removes a contact person on the own profile's edit page, with consents", async () => {
    await page.goto(`${server.url}/organisationen/kargah/bearbeiten`);
    const section = page.getByRole("region", { name: "Kontaktpersonen" });
    await section.getByLabel("Name").waitFor();
    await section.getByLabel("Name").fill("Aylin Test");
    await section.getByLabel("E-Mail", { exact: true }).fill("kein-adresse");
    await section.getByRole("button", { name: "Kontaktperson hinzufügen" }).click();
    // Refused before sending: the summary takes focus and leads to the field.
    await expect.poll(() => section.locator(".field__error").first().textContent()).toContain("gültige E-Mail-Adresse");
    await checkBothSizes("contact form with an error");

    await section.getByLabel("E-Mail", { exact: true }).fill("aylin@kargah.example");
    await section.getByLabel("Darf von Unternehmen kontaktiert werden", { exact: false }).check();
    await section.getByRole("button", { name: "Kontaktperson hinzufügen" }).click();
    await section.getByRole("status").filter({ hasText: "Aylin Test ist eingetragen." }).waitFor();
    const entry = section.locator('[data-contact="Aylin Test"]');
    await expect.poll(() => entry.textContent()).toContain("Unternehmen dürfen kontaktieren");
    const [row] = (await server.dataSource.query(
      `SELECT email, consent_given_at IS NOT NULL AS network, companies_consent_at IS NOT NULL AS companies
         FROM contact_person WHERE name = 'Aylin Test'`,
    )) as [{ email: string; network: boolean; companies: boolean }];
    expect(row).toEqual({ email: "aylin@kargah.example", network: true, companies: true });

    await entry.getByRole("button", { name: "Aylin Test bearbeiten" }).click();
    await expect.poll(() => section.getByLabel("Name").inputValue()).toBe("Aylin Test");
    await section.getByLabel("Funktion").fill("Beratung");
    await section.getByLabel("Darf angemeldeten Mitgliedern", { exact: false }).uncheck();
    await section.getByLabel("Darf von Unternehmen kontaktiert werden", { exact: false }).uncheck();
    await section.getByRole("button", { name: "Änderungen übernehmen" }).click();
    await section.getByRole("status").filter({ hasText: "Aylin Test ist geändert." }).waitFor();
    await expect.poll(() => entry.textContent()).toContain("nicht sichtbar (keine Zustimmung)");
    await checkBothSizes("contact persons");

    await entry.getByRole("button", { name: "Aylin Test entfernen" }).click();
    await entry.getByRole("button", { name: "Aylin Test wirklich entfernen" }).click();
    await section.getByRole("status").filter({ hasText: "Aylin Test ist entfernt." }).waitFor();
    // The status is announced before the list re-renders from the refetched profile.
    await expect.poll(() => entry.count()).toBe(0);
    const left = (await server.dataSource.query(
      `SELECT id FROM contact_person WHERE name = 'Aylin Test'`,
    )) as unknown[];
    expect(left).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
