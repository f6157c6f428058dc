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
import { signInAs, signInByForm, signOut } from "./support/accounts";
import { tabTo } from "./support/matching";
import {
  createExchangeByApi,
  exchangeCard,
  germanMonthName,
  hanoverDay,
  joinByApi,
  nextMonthOf,
} from "./support/exchanges";

let server: TestServer;
let browser: Browser;
let page: Page;
let pageErrors: string[];

const OPEN = "Browsertest: HaDi-Austausch Mentoring";
const SMALL = "Browsertest: Kleiner Kreis Ausbildung";
const MEMBERS = "Browsertest: Nur für Mitglieder";
const ids = { open: "", small: "", members: "" };
const today = hanoverDay();
const nextMonth = nextMonthOf(today);

beforeAll(async () => {
  assertClientBuilt();
  server = await startTestServer();
  // Dates relative to today, so the test does not age with the seed's calendar.
  const office = await signIn(server, DEMO.coordinator);
  ids.open = await createExchangeByApi(server, office, {
    title: OPEN,
    day: `${nextMonth}-20`,
    capacity: 5,
    visibility: "PUBLIC",
  });
  ids.small = await createExchangeByApi(server, office, {
    title: SMALL,
    day: `${nextMonth}-15`,
    capacity: 1,
    visibility: "MEMBERS_ONLY",
  });
  ids.members = await createExchangeByApi(server, office, {
    title: MEMBERS,
    day: `${nextMonth}-10`,
    capacity: 10,
    visibility: "MEMBERS_ONLY",
  });
  // kargah takes the only seat of the small circle; kargah keeps its participation private.
  await joinByApi(server, DEMO.kargah, ids.small, "kargah");
  browser = await launchBrowser();
  page = await newPage(browser);
  pageErrors = watchPageErrors(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const isFocused = (selector: string) =>
  page.locator(selector).evaluate((element) => element === document.activeElement);

describe("exchanges in the browser", () => {
  it("shows the public neither members-only exchanges nor attendee lists", async () => {
    await page.goto(`${server.url}/`);
    await page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Austausch" }).click();
    await page.waitForURL(/\/austausch$/);
    await expect.poll(() => heading(page).textContent()).toBe("Austausch");
    await exchangeCard(page, OPEN).waitFor();
    expect(await exchangeCard(page, OPEN).textContent()).toContain("Noch 5 Plätze frei");
    expect(await exchangeCard(page, MEMBERS).count()).toBe(0);
    expect(await exchangeCard(page, SMALL).count()).toBe(0);
    await expectNoSeriousAxeViolations(page, "exchanges list (public)");

    await page.goto(`${server.url}/austausch/${ids.members}`);
    await expect.poll(() => heading(page).textContent()).toBe("Termin nicht gefunden");

    await page.goto(`${server.url}/austausch/${ids.open}`);
    await expect.poll(() => heading(page).textContent()).toBe(OPEN);
    const attendees = page.getByRole("region", { name: "Wer kommt" });
    await expect.poll(() => attendees.textContent()).toContain("Die Teilnehmerliste sehen nur angemeldete Mitglieder.");
    expect(await page.getByRole("region", { name: "Anmeldung" }).textContent()).toContain(
      "Melden Sie sich an, um Ihre Organisation anzumelden.",
    );
    expect(await page.getByRole("link", { name: "In den Kalender (.ics)" }).getAttribute("href")).toBe(
      `/calendar/exchanges/${ids.open}.ics`,
    );
    await expectNoSeriousAxeViolations(page, "exchange page (public)");
  });

  it("offers a visitor following a members-only link the sign-in, and brings them back to it", async () => {
    await page.goto(`${server.url}/austausch/${ids.members}`);
    await expect.poll(() => heading(page).textContent()).toBe("Termin nicht gefunden");
    await expectNoSeriousAxeViolations(page, "members-only exchange (signed out)");
    await page.getByRole("main").getByRole("link", { name: "Anmelden und zurückkehren" }).click();
    await page.waitForURL(/\/anmelden\?weiter=/);
    await signInByForm(page, DEMO.tui, DEMO.password);
    await page.waitForURL(new RegExp(`/austausch/${ids.members}$`));
    await expect.poll(() => heading(page).textContent()).toBe(MEMBERS);
    await signOut(page);
  });

  it("lets TUI switch to the month view and move to the next month by keyboard", async () => {
    await signInAs(page, server.url, DEMO.tui, "/austausch");
    await exchangeCard(page, MEMBERS).waitFor();
    await page.getByRole("button", { name: "Monat" }).click();
    await page.waitForURL(/view=month/);
    const grid = page.getByRole("table");
    await grid.waitFor();
    const headers = await grid.getByRole("columnheader").allTextContents();
    expect(headers).toHaveLength(7);
    // German weeks start on Monday ("Mo" or "Mo.", as the browser's ICU abbreviates).
    expect(headers[0]!.trim()).toMatch(/^Mo\.?$/);
    expect(headers[6]!.trim()).toMatch(/^So\.?$/);
    expect(await grid.locator("thead abbr").first().getAttribute("title")).toBe("Montag");
    await expect.poll(() => page.locator("#month-title").textContent()).toBe(germanMonthName(today.slice(0, 7)));
    await expectNoSeriousAxeViolations(page, "month view");

    const next = page.getByRole("button", { name: /^Nächster Monat/ });
    await tabTo(page, next);
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator("#month-title").textContent()).toBe(germanMonthName(nextMonth));
    expect(new URL(page.url()).searchParams.get("month")).toBe(nextMonth);
    const cell = grid.locator(`td[data-day="${nextMonth}-15"]`);
    await expect.poll(() => cell.getByRole("link").textContent()).toContain(SMALL);
    // The link is in the Tab order, and following it opens the exchange.
    await tabTo(page, cell.getByRole("link"), 80);
    await page.keyboard.press("Enter");
    await page.waitForURL(new RegExp(`/austausch/${ids.small}$`));
    await expect.poll(() => heading(page).textContent()).toBe(SMALL);

    // Back keeps the view and the month in the URL.
    await page.goBack();
    await expect.poll(() => page.locator("#month-title").textContent()).toBe(germanMonthName(nextMonth));

    // On a phone the month is an agenda of the days with exchanges, not a seven-column grid.
    await page.setViewportSize({ width: 390, height: 844 });
    const agenda = page.getByRole("list", { name: germanMonthName(nextMonth) });
    await expect.poll(() => agenda.isVisible()).toBe(true);
    expect(await grid.isVisible()).toBe(false);
    const days = await agenda
      .locator("> li")
      .evaluateAll((items) => items.map((item) => item.getAttribute("data-day")));
    expect(days).toEqual(expect.arrayContaining([`${nextMonth}-10`, `${nextMonth}-15`, `${nextMonth}-20`]));
    expect(days).toEqual([...days].sort());
    expect(await agenda.locator(`li[data-day="${nextMonth}-15"]`).getByRole("link").textContent()).toContain(SMALL);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectNoSeriousAxeViolations(page, "month agenda on a phone");
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it("lets TUI join an exchange, see it under 'Meine Austausche' and leave it", async () => {
    await page.goto(`${server.url}/austausch/${ids.open}`);
    await expect.poll(() => heading(page).textContent()).toBe(OPEN);
    const facts = page.getByRole("region", { name: "Auf einen Blick" });
    await expect.poll(() => facts.locator(".exchange__seats").textContent()).toBe("Noch 5 Plätze frei");
    const join = page.getByRole("region", { name: "Anmeldung" });
    expect(await join.textContent()).toContain("für TUI");
    await join.getByLabel("Wer kommt? (optional)").fill("Lena Vogel");
    await join.getByRole("button", { name: "Anmelden" }).click();
    await expect.poll(() => page.getByRole("status").filter({ hasText: "Sie sind angemeldet." }).count()).toBe(1);
    await expect.poll(() => facts.locator(".exchange__seats").textContent()).toBe("Noch 4 Plätze frei");
    expect(await join.textContent()).toContain("Es kommt: Lena Vogel");
    const attendees = page.getByRole("region", { name: "Wer kommt" });
    await expect.poll(() => attendees.textContent()).toContain("TUI");
    await expectNoSeriousAxeViolations(page, "exchange page after joining");

    await page.goto(`${server.url}/austausch`);
    await page.getByRole("link", { name: "Meine Austausche" }).click();
    await page.waitForURL(/\/austausch\/meine$/);
    await expect.poll(() => heading(page).textContent()).toBe("Meine Austausche");
    const upcoming = page.getByRole("region", { name: "Anstehend" });
    await expect.poll(() => exchangeCard(page, OPEN).count()).toBe(1);
    expect(await upcoming.locator("article.exchange-card").filter({ hasText: OPEN }).textContent()).toContain(
      "Angemeldet",
    );
    // The private calendar link: its feed holds the joined exchange, marked as such.
    const calendarLink = page.getByLabel("Privater Kalender-Link");
    await expect.poll(() => calendarLink.inputValue()).toContain("/calendar/deadlines.ics?token=");
    const feed = await page.evaluate(
      async (href) => (await fetch(href, { credentials: "omit" })).text(),
      await calendarLink.inputValue(),
    );
    // iCalendar folds long lines (RFC 5545 §3.1); unfold before reading.
    expect(feed.replace(/\r\n[ \t]/g, "")).toContain(`SUMMARY:Austausch: ${OPEN} (angemeldet)`);
    await expectNoSeriousAxeViolations(page, "my exchanges");

    await exchangeCard(page, OPEN).getByRole("link", { name: OPEN }).click();
    await page.waitForURL(new RegExp(`/austausch/${ids.open}$`));
    await page.getByRole("button", { name: "Teilnahme absagen" }).click();
    // The safe choice has focus first.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent?.trim()))
      .toBe("Angemeldet bleiben");
    expect(await page.getByRole("group").filter({ hasText: "wirklich absagen" }).textContent()).toContain(
      "Teilnahme von TUI wirklich absagen?",
    );
    await expectNoSeriousAxeViolations(page, "leave confirmation");
    await page.getByRole("button", { name: "Ja, Teilnahme absagen" }).click();
    await expect
      .poll(() => page.getByRole("status").filter({ hasText: "ist abgesagt" }).textContent())
      .toBe("Die Teilnahme von TUI ist abgesagt.");
    await expect.poll(() => page.locator(".exchange__seats").textContent()).toBe("Noch 5 Plätze frei");
    expect(await page.getByRole("button", { name: "Anmelden" }).count()).toBe(1);

    await page.goto(`${server.url}/austausch/meine`);
    await expect
      .poll(() => page.getByRole("region", { name: "Anstehend" }).textContent())
      .toContain("für keinen anstehenden Termin");
    expect(await exchangeCard(page, OPEN).count()).toBe(0);
  });

  it("puts TUI on the waitlist of a full exchange and counts private attendees", async () => {
    await page.goto(`${server.url}/austausch/${ids.small}`);
    await expect.poll(() => heading(page).textContent()).toBe(SMALL);
    await expect.poll(() => page.locator(".exchange__seats").textContent()).toBe("Ausgebucht – Warteliste");
    const attendees = page.getByRole("region", { name: "Wer kommt" });
    // kargah has not opted in: other members see a count, not the name.
    await expect
      .poll(() => attendees.textContent())
      .toContain("und 1 weitere Organisation, die ihre Teilnahme nicht zeigt");
    expect(await attendees.textContent()).not.toContain("kargah");

    await page.getByRole("button", { name: "Auf die Warteliste" }).click();
    await expect
      .poll(() => page.getByRole("status").filter({ hasText: "Warteliste" }).textContent())
      .toBe("Der Termin ist ausgebucht. Sie stehen auf der Warteliste, Platz 1.");
    await expect
      .poll(() => page.getByRole("region", { name: "Anmeldung" }).textContent())
      .toContain("Warteliste, Platz 1");
    await expect.poll(() => page.locator(".exchange__waitlist").textContent()).toBe("1 Organisation wartet");
    await expectNoSeriousAxeViolations(page, "exchange page on the waitlist");

    await page.goto(`${server.url}/austausch/meine`);
    await expect.poll(() => exchangeCard(page, SMALL).textContent()).toContain("Warteliste, Platz 1");
  });

  it("says clearly when the organisation has joined already (CONFLICT)", async () => {
    await page.goto(`${server.url}/austausch/${ids.open}`);
    const button = page.getByRole("button", { name: "Anmelden" });
    await button.waitFor();
    // Meanwhile someone else of TUI registers the organisation in another tab.
    await joinByApi(server, DEMO.tui, ids.open, "tui");
    await button.click();
    const alert = page.getByRole("alert").filter({ hasText: "schon angemeldet" });
    await expect
      .poll(() => alert.textContent())
      .toContain("TUI ist für diesen Termin schon angemeldet oder steht auf der Warteliste.");
    expect(await alert.locator('[lang="en"]').textContent()).toContain("already");
    await expect.poll(() => isFocused(".join__problem")).toBe(true);
    // The page now shows what is true.
    await expect
      .poll(() => page.getByRole("region", { name: "Anmeldung" }).textContent())
      .toContain("Sie sind angemeldet.");
  });

  it("lists the HaDi members and TUI's profile; TUI withdraws its exchange opt-in", async () => {
    await page.goto(`${server.url}/austausch`);
    await page.getByRole("link", { name: /^HaDi-Mitglieder/ }).click();
    await page.waitForURL(/\/hadi$/);
    await expect.poll(() => heading(page).textContent()).toBe("HaDi-Mitglieder");
    const card = page.locator("article.org-card").filter({ has: page.getByRole("link", { name: "TUI", exact: true }) });
    await card.waitFor();
    expect(await page.locator("article.org-card").count()).toBeGreaterThan(1);
    for (const text of await page.locator("article.org-card").allTextContents())
      expect(text).toContain("HaDi-Mitglied");
    await expectNoSeriousAxeViolations(page, "HaDi members");

    await card.getByRole("link", { name: "TUI", exact: true }).click();
    await page.waitForURL(/\/organisationen\/tui$/);
    await expect.poll(() => heading(page).textContent()).toBe("TUI");
    const interests = page.getByRole("region", { name: "Themeninteressen" });
    await expect.poll(() => interests.locator("li").count()).toBeGreaterThan(0);
    const attended = page.getByRole("region", { name: "Besuchte Austausche" });
    // Its own members always see them.
    await expect.poll(() => attended.textContent()).toContain(SMALL);
    expect(await attended.textContent()).toContain(OPEN);
    await expectNoSeriousAxeViolations(page, "company profile");

    // TUI shows its participation (the demo seed opted in); it takes that back.
    await page.getByRole("link", { name: "Bearbeiten" }).click();
    await page.waitForURL(/\/organisationen\/tui\/bearbeiten$/);
    const optIn = page.getByLabel("Teilnahme an Austauschen für andere Mitglieder sichtbar machen");
    await optIn.waitFor();
    expect(await optIn.isChecked()).toBe(true);
    expect(await optIn.getAttribute("aria-describedby")).toBe("org-show-exchange-participation-hint");
    await expectNoSeriousAxeViolations(page, "organisation form with the opt-in");
    await optIn.uncheck();
    await page.getByRole("button", { name: "Speichern" }).click();
    await page.waitForURL(/\/organisationen\/tui$/);
    await expect.poll(() => page.getByRole("status").filter({ hasText: "gespeichert" }).count()).toBe(1);
    // Its own members still see the list.
    await expect.poll(() => page.getByRole("region", { name: "Besuchte Austausche" }).textContent()).toContain(OPEN);
  });

  it("hides TUI's exchanges from kargah once TUI withdrew the opt-in", async () => {
    await signOut(page);
    await signInAs(page, server.url, DEMO.kargah, "/organisationen/tui");
    await expect.poll(() => heading(page).textContent()).toBe("TUI");
    const attended = page.getByRole("region", { name: "Besuchte Austausche" });
    await expect
      .poll(() => attended.textContent())
      .toContain("Diese Organisation zeigt ihre Teilnahme an Austauschen nicht.");
    expect(await attended.textContent()).not.toContain(OPEN);

    await page.goto(`${server.url}/austausch/${ids.small}`);
    const attendees = page.getByRole("region", { name: "Wer kommt" });
    // kargah sees itself by name and TUI (waitlisted, private) only as a count.
    await expect.poll(() => attendees.textContent()).toContain("Angemeldet (1)");
    expect(await attendees.getByRole("link", { name: "kargah e.V.", exact: true }).count()).toBe(1);
    expect(await attendees.getByRole("link", { name: "TUI", exact: true }).count()).toBe(0);
    expect(await attendees.textContent()).toContain("und 1 weitere Organisation, die ihre Teilnahme nicht zeigt");
    expect(await page.getByRole("region", { name: "Anmeldung" }).textContent()).toContain("Sie sind angemeldet.");
  });

  it("lets the office create an exchange through the form, with a field error first", async () => {
    await signOut(page);
    await signInAs(page, server.url, DEMO.coordinator, "/austausch");
    await page.getByRole("link", { name: "Neuer Termin" }).click();
    await page.waitForURL(/\/austausch\/neu$/);
    await expect.poll(() => heading(page).textContent()).toBe("Neuer Austausch-Termin");
    await page.getByLabel(/^Reihe/).selectOption({ label: "ALBuM-Blickwechsel" });
    await page.getByLabel(/^Titel/).fill("ALBuM-Blickwechsel: Mehrsprachigkeit im Betrieb");
    await page.getByLabel(/^Beginn/).fill(`${nextMonth}-22T17:00`);
    await page.getByLabel(/^Ende/).fill(`${nextMonth}-22T16:00`);
    await page.getByLabel(/^Ort/).fill("Neues Rathaus, Trammplatz 2");
    await page.getByLabel(/^Kapazität/).fill("0");
    await page.getByRole("button", { name: "Anlegen" }).click();
    await expect.poll(() => page.locator(".error-summary:focus").count()).toBe(1);
    const summary = await page.locator(".error-summary").textContent();
    expect(summary).toContain("Ende: Das Ende muss nach dem Beginn liegen.");
    expect(summary).toContain("Kapazität: Bitte eine ganze Zahl von 1 bis 10000 angeben.");
    expect(await page.getByLabel(/^Ende/).getAttribute("aria-invalid")).toBe("true");
    await expectNoSeriousAxeViolations(page, "exchange form with errors");

    await page.getByLabel(/^Ende/).fill(`${nextMonth}-22T19:30`);
    await page.getByLabel(/^Kapazität/).fill("40");
    await page.getByLabel("Öffentlich").check();
    await page.getByRole("group", { name: "Handlungsfelder" }).getByLabel("Diversity Management").check();
    await page.getByRole("button", { name: "Anlegen" }).click();
    await page.waitForURL(/\/austausch\/[0-9a-f-]{36}$/);
    await expect.poll(() => heading(page).textContent()).toBe("ALBuM-Blickwechsel: Mehrsprachigkeit im Betrieb");
    await expect.poll(() => page.getByRole("status").filter({ hasText: "wurde angelegt" }).count()).toBe(1);
    const facts = page.getByRole("region", { name: "Auf einen Blick" });
    expect(await facts.textContent()).toContain("17:00–19:30");
    expect(await facts.textContent()).toContain("40 Plätze");
    expect(await facts.textContent()).toContain("Öffentlich");
    // The office may pick the organisation to register.
    expect(await page.getByRole("combobox", { name: "Für Organisation anmelden" }).count()).toBe(1);
    await expectNoSeriousAxeViolations(page, "exchange page (office)");

    // Editing while someone else changed the exchange: a conflict, then the current state.
    const createdId = new URL(page.url()).pathname.split("/").pop()!;
    await page.getByRole("link", { name: "Bearbeiten" }).click();
    await page.waitForURL(/\/bearbeiten$/);
    const location = page.getByLabel(/^Ort/);
    await expect.poll(() => location.inputValue()).toBe("Neues Rathaus, Trammplatz 2");
    const office = await signIn(server, DEMO.coordinator);
    const changed = await server.graphql(
      `mutation($id: ID!) { updateExchange(id: $id, expectedVersion: 1, input: { capacity: 45 }) { version } }`,
      { id: createdId },
      { cookie: office },
    );
    expect(changed.errors).toBeUndefined();
    await location.fill("Neues Rathaus, Hodlersaal");
    await page.getByRole("button", { name: "Speichern" }).click();
    const conflict = page.getByRole("alert").filter({ hasText: "inzwischen geändert" });
    await expect.poll(() => conflict.textContent()).toContain("Jemand hat diesen Termin inzwischen geändert.");
    await conflict.getByRole("button", { name: "Aktuellen Stand laden" }).click();
    await expect
      .poll(() => page.getByRole("status").filter({ hasText: "aktuelle Stand" }).textContent())
      .toBe("Der aktuelle Stand wurde geladen.");
    expect(await page.getByLabel(/^Kapazität/).inputValue()).toBe("45");
    await location.fill("Neues Rathaus, Hodlersaal");
    await page.getByRole("button", { name: "Speichern" }).click();
    await page.waitForURL(new RegExp(`/austausch/${createdId}$`));
    await expect
      .poll(() => page.getByRole("region", { name: "Auf einen Blick" }).textContent())
      .toContain("Neues Rathaus, Hodlersaal");
    expect(await page.getByRole("region", { name: "Auf einen Blick" }).textContent()).toContain("45 Plätze");

    // The office sees every attendee by name.
    await page.goto(`${server.url}/austausch/${ids.small}`);
    const attendees = page.getByRole("region", { name: "Wer kommt" });
    await expect.poll(() => attendees.getByRole("link", { name: "TUI", exact: true }).count()).toBe(1);
    expect(await attendees.getByRole("link", { name: "kargah e.V.", exact: true }).count()).toBe(1);
    expect(await attendees.textContent()).not.toContain("weitere Organisation");

    // Calling an exchange off asks first and closes registration.
    await page.getByRole("button", { name: "Absagen" }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim())).toBe("Nicht absagen");
    await page.getByRole("button", { name: "Endgültig absagen" }).click();
    await expect
      .poll(() => page.getByRole("status").filter({ hasText: "abgesagt" }).textContent())
      .toBe("Der Termin wurde abgesagt.");
    await expect.poll(() => page.locator(".exchange__seats").textContent()).toBe("Abgesagt");
    expect(await page.getByRole("region", { name: "Anmeldung" }).textContent()).toContain("Anmeldung geschlossen");
  });

  it("ran without script errors", () => {
    expect(pageErrors).toEqual([]);
  });
});
