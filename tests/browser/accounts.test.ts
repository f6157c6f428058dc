import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import pino from "pino";
import { DEMO, startTestServer, type TestServer } from "../support/test-server";
import { startBackgroundJobs } from "../../server/src/background";
import { loadConfig } from "../../server/src/config";
import type { JobQueue } from "../../server/src/jobs/job-queue";
import {
  assertClientBuilt,
  expectNoSeriousAxeViolations,
  heading,
  launchBrowser,
  newPage,
  watchPageErrors,
} from "./support/browser";
import { openUserMenu, signInAs, signInByForm, signInByKeyboard, signOut, userMenuButton } from "./support/accounts";

let server: TestServer;
let jobs: JobQueue;
// Without SMTP_URL the app writes mails as .eml files here; the development mail page lists them.
const mailDir = fs.mkdtempSync(path.join(os.tmpdir(), "album-accounts-mail-"));
let browser: Browser;
let page: Page;
let pageErrors: string[];

const NEW_DESCRIPTION =
  "kargah e.V. berät in Linden und bringt Beratung und Stadtteilarbeit in die Tandems ein (geändert im Browsertest).";
const VHS_NAME = "Ada-und-Theodor-Lessing-Volkshochschule Hannover";
const VHS_CONTACT = "Demo Kontakt VHS Hannover";

beforeAll(async () => {
  assertClientBuilt();
  server = await startTestServer({ mailDir });
  jobs = await startBackgroundJobs(
    {
      ...loadConfig({ NODE_ENV: "test" }),
      databaseUrl: (server.dataSource.options as { url?: string }).url ?? null,
      smtpUrl: null,
      mailDir,
      appUrl: server.url,
      mailDrainSeconds: 1,
      jobPollSeconds: 1,
    },
    server.dataSource,
    pino({ level: "silent" }),
  );
  browser = await launchBrowser();
  page = await newPage(browser);
  pageErrors = watchPageErrors(page);
});

afterAll(async () => {
  await browser?.close();
  await jobs?.stop();
  await server?.close();
  fs.rmSync(mailDir, { recursive: true, force: true });
});

/** The link of the newest mail to `to` whose subject contains `subject`, read from the .eml files. */
async function mailedLink(to: string, subject: string): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(
      async () => {
        const list = (await (await fetch(`${server.url}/dev-mail/messages`)).json()) as {
          mails: { name: string; to: string; subject: string }[];
        };
        const mail = list.mails.find((m) => m.to.includes(to) && m.subject.includes(subject));
        if (!mail) return false;
        const message = (await (await fetch(`${server.url}/dev-mail/messages/${mail.name}`)).json()) as {
          text: string;
        };
        link = /https?:\/\/\S+/.exec(message.text)?.[0];
        return link !== undefined;
      },
      { timeout: 30_000 },
    )
    .toBe(true);
  return link!;
}

async function atBothSizes(label: string): Promise<void> {
  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1366, height: 800 },
  ]) {
    await page.setViewportSize(viewport);
    await expectNoSeriousAxeViolations(page, `${label} at ${viewport.width}x${viewport.height}`);
    // No sideways scrolling, and every control within the width (as tests/browser/responsive.test.ts measures).
    const layout = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const offscreen = Array.from(document.querySelectorAll("main a[href], main button, main input, main select"))
        .filter((el) => {
          const rect = el.getBoundingClientRect();
          return rect.width >= 2 && (rect.left < -1 || rect.right > width + 1);
        })
        .map((el) => el.outerHTML.slice(0, 80));
      const wide = Array.from(document.querySelectorAll("body *"))
        .filter((el) => el.getBoundingClientRect().right > width + 1 && !el.closest("thead"))
        .slice(0, 6)
        .map((el) => `${el.tagName}.${el.className}:${Math.round(el.getBoundingClientRect().right)}`);
      return { overflow: document.documentElement.scrollWidth - width, offscreen, wide };
    });
    expect(layout, `${label} at ${viewport.width}`).toEqual({ overflow: 0, offscreen: [], wide: [] });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe("accounts, roles and editing in the browser", () => {
  it("refuses a wrong password with a clear message", async () => {
    await page.goto(`${server.url}/anmelden`);
    await expect.poll(() => heading(page).textContent()).toBe("Anmelden");
    await expectNoSeriousAxeViolations(page, "sign-in");

    await page.getByLabel("E-Mail-Adresse").fill(DEMO.kargah);
    await page.getByLabel("Passwort").fill("falsches-passwort");
    await page.getByRole("main").getByRole("button", { name: "Anmelden" }).click();
    const alert = page.getByRole("alert");
    await expect.poll(() => alert.textContent()).toContain("E-Mail-Adresse oder Passwort ist falsch");
    // The password is cleared and focused for the next try.
    expect(await page.locator("#signin-password:focus").count()).toBe(1);
    expect(await page.getByLabel("Passwort").inputValue()).toBe("");
    expect(new URL(page.url()).pathname).toBe("/anmelden");
    await expectNoSeriousAxeViolations(page, "sign-in with error");
  });

  it("signs in with the keyboard alone and returns to the page that asked for it", async () => {
    await page.goto(`${server.url}/anmelden?weiter=${encodeURIComponent("/organisationen/kargah")}`);
    await expect.poll(() => heading(page).textContent()).toBe("Anmelden");
    await signInByKeyboard(page, DEMO.kargah, DEMO.password);
    await page.waitForURL(/\/organisationen\/kargah$/);
    await expect.poll(() => heading(page).textContent()).toBe("kargah e.V.");

    // The user menu: display name, role, organisation; the office's tools are not in the navigation.
    await openUserMenu(page);
    const panel = page.locator("#user-menu-panel");
    expect(await panel.textContent()).toContain("Partnerorganisation");
    expect(await panel.getByRole("link", { name: "kargah e.V." }).getAttribute("href")).toBe("/organisationen/kargah");
    expect(await panel.getByRole("button", { name: "Abmelden" }).isVisible()).toBe(true);
    await page.keyboard.press("Escape");
    await expect.poll(() => userMenuButton(page).getAttribute("aria-expanded")).toBe("false");
    const nav = page.getByRole("navigation", { name: "Hauptnavigation" });
    expect(await nav.getByRole("link", { name: "Protokoll" }).count()).toBe(0);
    expect(await nav.getByRole("link", { name: "Datenschutz" }).count()).toBe(0);
  });

  it("edits kargah's description, validating field by field, and shows the change on the profile", async () => {
    await page.goto(`${server.url}/organisationen/kargah`);
    await page.getByRole("link", { name: "Bearbeiten" }).click();
    await page.waitForURL(/\/organisationen\/kargah\/bearbeiten$/);
    await expect.poll(() => heading(page).textContent()).toBe("kargah e.V. bearbeiten");
    const description = page.getByLabel("Beschreibung");
    await expect.poll(() => description.inputValue()).toContain("Migrantenorganisation");
    // Checkbox groups are fieldsets named by their legend, filled from the taxonomies.
    const topics = page.getByRole("group", { name: "Handlungsfelder" });
    await expect.poll(() => topics.getByRole("checkbox").count()).toBeGreaterThan(5);
    expect(await topics.getByRole("checkbox", { name: "Beratung" }).isChecked()).toBe(true);
    await expectNoSeriousAxeViolations(page, "edit form");

    // Client-side validation: messages at the fields, linked by aria-describedby, and a summary.
    const postalCode = page.getByLabel("Postleitzahl");
    const website = page.getByLabel("Website");
    await postalCode.fill("304");
    await website.fill("www.kargah.de");
    await page.getByRole("button", { name: "Speichern" }).click();
    await expect.poll(() => postalCode.getAttribute("aria-invalid")).toBe("true");
    expect(await postalCode.getAttribute("aria-describedby")).toContain("org-postal-code-error");
    expect(await page.locator("#org-postal-code-error").textContent()).toContain("5 Ziffern");
    expect(await website.getAttribute("aria-invalid")).toBe("true");
    expect(await page.locator("#org-website-error").textContent()).toContain("https://");
    expect(await page.locator(".error-summary:focus").count()).toBe(1);
    await expectNoSeriousAxeViolations(page, "edit form with errors");

    await postalCode.fill("30451");
    await website.fill("https://www.kargah.de");
    await description.fill(NEW_DESCRIPTION);
    const request = page.waitForRequest(
      (r) => r.url().endsWith("/graphql") && (r.postData() ?? "").includes("UpdateOrganisation"),
    );
    await page.getByRole("button", { name: "Speichern" }).click();
    const sent = JSON.parse((await request).postData() ?? "{}") as {
      variables: { input: Record<string, unknown>; expectedVersion: number };
    };
    // Only what changed is sent, with the version the form was loaded with.
    expect(sent.variables.input).toEqual({ description: NEW_DESCRIPTION });
    expect(typeof sent.variables.expectedVersion).toBe("number");

    await page.waitForURL(/\/organisationen\/kargah$/);
    const status = page.getByRole("status").filter({ hasText: "gespeichert" });
    await expect.poll(() => status.textContent()).toBe("Die Änderungen an kargah e.V. wurden gespeichert.");
    await page.getByText(NEW_DESCRIPTION).waitFor();
    await page.reload();
    await page.getByText(NEW_DESCRIPTION).waitFor();
  });

  it("offers no edit button on another organisation and shows the 403 page for its edit URL", async () => {
    await page.goto(`${server.url}/organisationen/vhs-hannover`);
    await expect.poll(() => heading(page).textContent()).toBe(VHS_NAME);
    // Members see the contact persons; the edit button is not there for a foreign organisation.
    await page.getByText(VHS_CONTACT).waitFor();
    expect(await page.getByRole("link", { name: "Bearbeiten" }).count()).toBe(0);

    await page.goto(`${server.url}/organisationen/vhs-hannover/bearbeiten`);
    await expect.poll(() => heading(page).textContent()).toBe("Kein Zugriff");
    expect(await page.getByRole("textbox").count()).toBe(0);
    expect(await page.title()).toContain("Kein Zugriff");
    await expectNoSeriousAxeViolations(page, "403 page");

    // The office's pages are closed to partners too.
    await page.goto(`${server.url}/protokoll`);
    await expect.poll(() => heading(page).textContent()).toBe("Kein Zugriff");
  });

  it("signs out, forgetting everything private", async () => {
    await page.goto(`${server.url}/organisationen/vhs-hannover`);
    await page.getByText(VHS_CONTACT).waitFor();
    await signOut(page);
    await page.getByRole("link", { name: "Anmelden" }).waitFor();
    expect(await userMenuButton(page).count()).toBe(0);
    // The page asked again without the session: the contact person is gone, not kept from the cache.
    await expect.poll(() => page.getByText(VHS_CONTACT).count()).toBe(0);
    await expect.poll(() => heading(page).textContent()).toBe(VHS_NAME);

    await page.goto(`${server.url}/organisationen/kargah`);
    await expect.poll(() => heading(page).textContent()).toBe("kargah e.V.");
    expect(await page.getByRole("link", { name: "Bearbeiten" }).count()).toBe(0);

    // A members' page sends a signed-out visitor to the sign-in page, remembering where to return.
    await page.goto(`${server.url}/organisationen/kargah/bearbeiten`);
    await page.waitForURL(/\/anmelden\?weiter=/);
    expect(new URL(page.url()).searchParams.get("weiter")).toBe("/organisationen/kargah/bearbeiten");
    expect(await page.getByRole("main").textContent()).toContain("Bitte melden Sie sich an");
  });

  it("reports a stale edit as a conflict and reloads the current state", async () => {
    // Still on the sign-in page from the redirect: sign in, come back to the form.
    await signInByForm(page, DEMO.kargah, DEMO.password);
    await page.waitForURL(/\/organisationen\/kargah\/bearbeiten$/);
    const description = page.getByLabel("Beschreibung");
    await expect.poll(() => description.inputValue()).toBe(NEW_DESCRIPTION);
    await description.fill("Eine Änderung, die zu spät kommt.");

    // Someone else saves in the meantime.
    await server.dataSource.query(
      "UPDATE organisation SET version = version + 1, description = 'Inzwischen von anderer Stelle geändert.' WHERE slug = 'kargah'",
    );
    await page.getByRole("button", { name: "Speichern" }).click();
    const alert = page.getByRole("alert").filter({ hasText: "inzwischen geändert" });
    await expect
      .poll(() => alert.textContent())
      .toContain("Diese Organisation wurde inzwischen geändert — bitte neu laden");
    expect(new URL(page.url()).pathname).toBe("/organisationen/kargah/bearbeiten");
    await expectNoSeriousAxeViolations(page, "edit form with conflict");

    await alert.getByRole("button", { name: "Neu laden" }).click();
    await expect.poll(() => description.inputValue()).toBe("Inzwischen von anderer Stelle geändert.");
    expect(await page.getByRole("alert").filter({ hasText: "inzwischen geändert" }).count()).toBe(0);
    await expect.poll(() => page.getByRole("status").filter({ hasText: "aktuelle Stand" }).count()).toBe(1);

    // With the current version, saving works again.
    await description.fill(NEW_DESCRIPTION);
    await page.getByRole("button", { name: "Speichern" }).click();
    await page.waitForURL(/\/organisationen\/kargah$/);
    await page.getByText(NEW_DESCRIPTION).waitFor();
  });

  it("shows the 401 page when the session ends while a members' page is open", async () => {
    await page.goto(`${server.url}/organisationen/kargah/bearbeiten`);
    const description = page.getByLabel("Beschreibung");
    await expect.poll(() => description.inputValue()).toBe(NEW_DESCRIPTION);
    await description.fill("Wird nicht gespeichert.");
    // The session expires on the server (or ends in another tab).
    await server.dataSource.query("DELETE FROM user_session");
    await page.getByRole("button", { name: "Speichern" }).click();
    await expect.poll(() => heading(page).textContent()).toBe("Anmeldung erforderlich");
    const toSignIn = new URL(
      (await page.getByRole("main").getByRole("link", { name: "Zur Anmeldung" }).getAttribute("href")) ?? "",
      server.url,
    );
    expect(toSignIn.pathname).toBe("/anmelden");
    expect(toSignIn.searchParams.get("weiter")).toBe("/organisationen/kargah/bearbeiten");
    await page.getByRole("banner").getByRole("link", { name: "Anmelden" }).waitFor();
    await expectNoSeriousAxeViolations(page, "401 page");
  });

  it("shows the office the audit log with kargah's change, before and after", async () => {
    await page.goto(`${server.url}/protokoll`);
    await page.waitForURL(/\/anmelden\?weiter=/);
    await signInByForm(page, DEMO.coordinator, DEMO.password);
    await page.waitForURL(/\/protokoll$/);
    await expect.poll(() => heading(page).textContent()).toBe("Änderungsprotokoll");

    const nav = page.getByRole("navigation", { name: "Hauptnavigation" });
    await nav.getByRole("link", { name: "Protokoll" }).waitFor();
    expect(await nav.getByRole("link", { name: "Datenschutz" }).count()).toBe(1);

    const entry = page
      .locator("article.audit-entry")
      .filter({ has: page.getByRole("link", { name: "kargah e.V." }) })
      .filter({ hasText: NEW_DESCRIPTION })
      .first();
    await entry.waitFor();
    expect(await entry.textContent()).toContain("kargah e.V. (Demo)");
    const row = entry.locator('tr[data-field="description"]');
    expect(await row.locator("th").textContent()).toBe("Beschreibung");
    expect(await row.locator("td").nth(1).textContent()).toBe(NEW_DESCRIPTION);
    await expectNoSeriousAxeViolations(page, "audit log");

    // Filter by the entity: only kargah's entries remain, and the id is in the URL.
    await entry.getByRole("button", { name: /Nur diese Einträge/ }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("id")).toMatch(/^[0-9a-f-]{36}$/);
    await expect
      .poll(async () => {
        const titles = await page.locator("article.audit-entry h2").allTextContents();
        return titles.length > 0 && titles.every((title) => title.includes("kargah e.V."));
      })
      .toBe(true);

    // The profile links the office to the same filtered log.
    await page.goto(`${server.url}/organisationen/kargah`);
    await page.getByRole("link", { name: "Änderungsprotokoll" }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("answers an access request with a download and erases a person after confirmation", async () => {
    await page.goto(`${server.url}/datenschutz`);
    await expect.poll(() => heading(page).textContent()).toBe("Datenschutz: Auskunft und Löschung");
    await expectNoSeriousAxeViolations(page, "Datenschutz");

    const email = page.getByLabel("E-Mail-Adresse der Person");
    await email.fill(DEMO.kargah);
    await page.getByRole("button", { name: "Auskunft", exact: true }).click();
    const json = page.getByRole("region", { name: "Gespeicherte Daten als JSON" });
    await expect.poll(() => json.textContent()).toContain(`"email": "${DEMO.kargah}"`);
    expect(await json.textContent()).toContain('"changesMade"');
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Als Datei herunterladen" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`personendaten-${DEMO.kargah}.json`);
    await expectNoSeriousAxeViolations(page, "Datenschutz with export");

    await email.fill("demo-kontakt@vhs-hannover.example");
    const eraseButton = page.getByRole("button", { name: "Löschen …" });
    await eraseButton.click();
    const dialog = page.getByRole("dialog", { name: "Personendaten endgültig löschen?" });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain("demo-kontakt@vhs-hannover.example");
    expect(await page.locator("dialog button:focus").textContent()).toBe("Abbrechen");
    await expectNoSeriousAxeViolations(page, "Datenschutz erase dialog");
    // Escape cancels and gives focus back to the button that opened the dialog.
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    await expect.poll(() => page.locator(".privacy__actions .button--danger:focus").count()).toBe(1);

    await eraseButton.click();
    await dialog.getByRole("button", { name: "Endgültig löschen" }).click();
    await dialog.waitFor({ state: "hidden" });
    const report = page.getByRole("status").filter({ hasText: "Gelöscht:" });
    await expect.poll(() => report.locator('[data-count="contactPersonsErased"]').textContent()).toBe("1");
    expect(await report.locator('[data-count="accountsAnonymised"]').textContent()).toBe("0");

    await page.goto(`${server.url}/organisationen/vhs-hannover`);
    await expect.poll(() => heading(page).textContent()).toBe(VHS_NAME);
    await page.getByRole("heading", { name: "Profil" }).waitFor();
    // Erased: without name and consent the contact person is shown nowhere.
    expect(await page.getByText(VHS_CONTACT).count()).toBe(0);
  });

  it("ran without script errors", () => {
    expect(pageErrors).toEqual([]);
  });
});

describe("the accounts lifecycle in the browser: invitation, reset, e-mail change", () => {
  const INVITEE = "neue.partnerin@example.org";

  it("the office invites a person to kargah; the invitee opens the mail, sets a password and is signed in", async () => {
    await page.context().clearCookies();
    await signInAs(page, server.url, DEMO.coordinator, "/konten");
    await expect.poll(() => heading(page).textContent()).toBe("Konten");
    await page.locator(`tr[data-email="${DEMO.kargah}"]`).waitFor();
    await atBothSizes("account list");

    const form = page.getByRole("region", { name: "Person einladen" });
    await form.getByLabel("E-Mail-Adresse").fill(INVITEE);
    await form.getByLabel("Name").fill("Neue Partnerin");
    await form.getByRole("combobox", { name: "Organisation" }).fill("kargah");
    await page.getByRole("option", { name: /^kargah e\.V\./ }).click();
    await form.getByRole("button", { name: "Einladung senden" }).click();
    await form
      .getByRole("status")
      .filter({ hasText: `Einladung an ${INVITEE} gesendet` })
      .waitFor();
    await expect.poll(() => page.locator(`tr[data-email="${INVITEE}"]`).getAttribute("data-status")).toBe("INVITED");
    await signOut(page);

    // A new user finds the invitation on the development mail page (no mail server needed).
    await page.goto(`${server.url}/dev/mail`);
    await expect.poll(() => heading(page).textContent()).toBe("E-Mails (Entwicklung)");
    const invitation = page.getByRole("button", { name: new RegExp(`Anzeigen: .*Einladung.*${INVITEE}`) });
    await expect
      .poll(async () => {
        if ((await invitation.count()) > 0) return true;
        await page.getByRole("button", { name: "Aktualisieren" }).click();
        return false;
      })
      .toBe(true);
    await invitation.click();
    const link = page.locator("#dev-mail-message a").first();
    const href = (await link.getAttribute("href")) ?? "";
    expect(href).toContain("/einladung?token=");
    await link.click();
    await expect.poll(() => heading(page).textContent()).toBe("Einladung annehmen");
    await atBothSizes("accept invitation");

    await page.getByLabel("Ihr Name").fill("Neue Partnerin");
    await page.locator("#accept-password").fill("ein-gutes-passwort");
    await page.locator("#accept-repeat").fill("ein-gutes-passwort");
    await page.getByRole("button", { name: "Konto anlegen" }).click();
    await page.waitForURL(/\/mein-bereich$/);
    await expect.poll(() => userMenuButton(page).textContent()).toContain("Neue Partnerin");

    // The same link a second time: refused with a clear message and a way forward.
    await page.goto(href);
    await page.getByLabel("Ihr Name").fill("Noch einmal");
    await page.locator("#accept-password").fill("ein-anderes-passwort");
    await page.locator("#accept-repeat").fill("ein-anderes-passwort");
    await page.getByRole("button", { name: "Konto anlegen" }).click();
    const refused = page.getByRole("alert");
    await expect.poll(() => refused.textContent()).toContain("Dieser Link wurde bereits verwendet");
    expect(await refused.getAttribute("data-reason")).toBe("USED");
    await expectNoSeriousAxeViolations(page, "used invitation link");
  });

  it("resets the forgotten password by mail, and the used link says so", async () => {
    await signOut(page);
    await page.goto(`${server.url}/anmelden`);
    await page.getByRole("link", { name: "Passwort vergessen?" }).click();
    await expect.poll(() => heading(page).textContent()).toBe("Passwort vergessen");
    await page.getByLabel("E-Mail-Adresse").fill(INVITEE);
    await page.getByRole("button", { name: "Link senden" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: `Wenn zu ${INVITEE} ein Konto gehört` })
      .waitFor();
    await expectNoSeriousAxeViolations(page, "forgot password");

    const link = await mailedLink(INVITEE, "Passwort zurücksetzen");
    await page.goto(link);
    await expect.poll(() => heading(page).textContent()).toBe("Neues Passwort festlegen");
    await page.locator("#reset-password").fill("noch-ein-passwort");
    await page.locator("#reset-repeat").fill("noch-ein-passwort");
    await page.getByRole("button", { name: "Passwort speichern" }).click();
    await page.getByRole("link", { name: "Zur Anmeldung" }).first().click();
    await signInByForm(page, INVITEE, "noch-ein-passwort");
    await expect.poll(() => userMenuButton(page).textContent()).toContain("Neue Partnerin");

    await page.goto(link);
    await page.locator("#reset-password").fill("und-noch-eines-1");
    await page.locator("#reset-repeat").fill("und-noch-eines-1");
    await page.getByRole("button", { name: "Passwort speichern" }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("bereits verwendet");
    expect(await page.getByRole("link", { name: "Neuen Link anfordern" }).getAttribute("href")).toBe(
      "/passwort-vergessen",
    );
  });

  it("changes the e-mail address, confirmed from the new address", async () => {
    // Still signed in as the invitee from the reset.
    await page.goto(`${server.url}/konto`);
    await expect.poll(() => heading(page).textContent()).toBe("Mein Konto");
    await atBothSizes("own account");
    await page.getByLabel("Neue E-Mail-Adresse").fill("partnerin.neu@example.org");
    await page.getByLabel("Aktuelles Passwort").fill("noch-ein-passwort");
    await page.getByRole("button", { name: "Bestätigungslink senden" }).click();
    await expect.poll(() => page.getByRole("status").filter({ hasText: "Bestätigungslink an" }).count()).toBe(1);

    const link = await mailedLink("partnerin.neu@example.org", "E-Mail-Adresse bestätigen");
    await page.goto(link);
    await expect.poll(() => heading(page).textContent()).toBe("Neue E-Mail-Adresse bestätigen");
    await page.getByRole("button", { name: "Adresse bestätigen" }).click();
    await page.getByRole("link", { name: "Mein Konto" }).last().click();
    await expect.poll(() => page.locator('[data-field="email"]').textContent()).toBe("partnerin.neu@example.org");
    expect(pageErrors).toEqual([]);
  });
});
