import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { DEMO, startTestServer, type TestServer } from "../support/test-server";
import { albumSeed } from "../../seeds/album-network";
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

const figure = (name: string) => page.locator(`[data-figure="${name}"] dd`).first();
const reported = (key: string) => page.locator(`[data-reported="${key}"] dd`).first();

/** The platform's sums, from the seed: running and completed projects with their amounts and people. */
const published = albumSeed.projects.filter((p) => p.status === "RUNNING" || p.status === "COMPLETED");
const funding = published.reduce((sum, p) => sum + (p.approvedAmount ?? 0), 0);
const people = published.reduce((sum, p) => sum + (p.participantsReached ?? 0), 0);
const de = (value: number) => new Intl.NumberFormat("de-DE").format(value);
const withAmount = published.filter((p) => p.approvedAmount !== null).length;

/** No sideways scrolling at the page's width. */
const noSidewaysScroll = () =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

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

describe("the network in figures, for everyone", () => {
  it("opens from the main navigation without signing in and shows the report's figures beside the platform's", async () => {
    await page.goto(`${server.url}/`);
    await page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "In Zahlen" }).click();
    await page.waitForURL(/\/zahlen$/);
    await expect.poll(() => heading(page).textContent()).toBe("Das Netzwerk in Zahlen");
    // The report's figures as the report words them, with their source.
    await expect
      .poll(async () => plainText(await reported("fundingAcquired").textContent()))
      .toBe(`knapp ${de(albumSeed.figures.fundingAcquiredEuros)} €`);
    expect(plainText(await reported("peopleReached").textContent())).toBe(
      `über ${de(albumSeed.figures.peopleReached)}`,
    );
    expect(plainText(await reported("projectsInitiated").textContent())).toBe(
      String(albumSeed.figures.projectsInitiated),
    );
    expect(await page.locator('[data-reported="fundingAcquired"]').textContent()).toContain(
      "Quelle: Bericht 2015, 2. Bilanz der Arbeit",
    );
    expect(plainText(await page.locator("[data-as-of]").textContent())).toContain("Stand: 2015");
    // Beside them the platform's sums, and what is missing.
    await expect.poll(async () => plainText(await figure("funding").textContent())).toBe(`${de(funding)} €`);
    expect(plainText(await page.locator('[data-figure="funding"]').textContent())).toContain(
      `${withAmount} von ${albumSeed.figures.projectsInitiated} Projekten des Berichts mit Beträgen erfasst`,
    );
    expect(plainText(await figure("people").textContent())).toBe(de(people));
    expect(plainText(await page.locator('[data-figure="projects"]').textContent())).toContain(
      `${albumSeed.offers.length} Angebote (Kurse, Coachings, Werkstätten) zählen nicht als Projekte`,
    );
    expect(plainText(await page.locator('[data-figure="partners"]').textContent())).toContain(
      "dazu 2 im Gespräch über einen Beitritt",
    );

    // The chart's numbers are in a table behind a disclosure, reachable by keyboard.
    const programmes = page.locator("#figures-funding-programme");
    await programmes.locator("svg").first().waitFor();
    await programmes.locator("summary").focus();
    await page.keyboard.press("Enter");
    const rows = page.locator("#figures-funding-programme-table tbody tr");
    await expect
      .poll(async () => plainText(await rows.first().innerText()))
      .toBe("ESF-BAMF-Programm (berufsbezogene Deutschförderung) 5.100.000 € 1.600");
    expect(plainText(await rows.nth(1).innerText())).toContain("1.800.000 € 4.500");
    await expectNoSeriousAxeViolations(page, "figures page");
  });

  it("marks the illustrative HaDi memberships with a badge that explains itself, at phone and desktop width", async () => {
    for (const viewport of [
      { width: 390, height: 844 },
      { width: 1366, height: 800 },
    ]) {
      await page.setViewportSize(viewport);
      await page.goto(`${server.url}/zahlen`);
      const badge = page.locator('[data-detail="hadi"] [data-source="ILLUSTRATIVE"]');
      await badge.waitFor();
      expect(plainText(await badge.locator("summary").textContent())).toBe("illustrativ");
      await badge.locator("summary").focus();
      await page.keyboard.press("Enter");
      await expect.poll(() => badge.locator(".source-badge__explanation").isVisible()).toBe(true);
      expect(await badge.textContent()).toContain("nicht im Bericht");
      expect(await noSidewaysScroll(), `${viewport.width}px`).toBe(true);
      await expectNoSeriousAxeViolations(page, `figures page at ${viewport.width}px`);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it("shows a profile's illustrative values, its offers and a joint grant as the project's", async () => {
    for (const viewport of [
      { width: 390, height: 844 },
      { width: 1366, height: 800 },
    ]) {
      await page.setViewportSize(viewport);
      await page.goto(`${server.url}/organisationen/kargah`);
      await expect.poll(() => heading(page).textContent()).toBe("kargah e.V.");
      await page.locator("[data-illustrative-fields] [data-source='ILLUSTRATIVE']").waitFor();
      const offers = page.locator('[data-section="offers"]');
      await offers.locator('[data-offer="spielwelten"]').waitFor();
      expect(await offers.locator("[data-offer]").count()).toBe(
        albumSeed.offers.filter((o) => o.organisations.includes("kargah")).length,
      );
      const approved = page.locator('[data-fact="approved"]').first();
      expect(plainText(await approved.textContent())).toContain("Projekt bewilligt (Verbund)");
      expect(plainText(await approved.textContent())).toContain("nicht dieser Organisation");
      expect(plainText(await page.locator(".membership-list").textContent())).toContain("seit 01.07.2004");
      expect(await noSidewaysScroll(), `${viewport.width}px`).toBe(true);
      await expectNoSeriousAxeViolations(page, `kargah's profile at ${viewport.width}px`);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${server.url}/zahlen`);
    await expect.poll(async () => plainText(await figure("funding").textContent())).toBe(`${de(funding)} €`);
  });

  it("narrows the years by keyboard and keeps the range in the URL", async () => {
    await page.getByLabel("Von Jahr").focus();
    await page.keyboard.type("2010");
    await page.waitForURL(/von=2010/);
    await page.getByLabel("Bis Jahr").focus();
    await page.keyboard.type("2013");
    await page.waitForURL(/von=2010&bis=2013/);
    // Both projects ran in 2010–2013: ESF-BAMF's 48 months (68.000 € each), VIP's 24 (50.000 € each).
    const inRange = 48 * 68_000 + 24 * 50_000;
    await expect.poll(async () => plainText(await figure("funding").textContent())).toBe(`${de(inRange)} €`);
    await page.locator("#figures-funding-year summary").click();
    expect(plainText(await page.locator("#figures-funding-year-table tbody").innerText())).toBe(
      "2010 816.000 € 1 2011 816.000 € 0 2012 1.416.000 € 1 2013 1.416.000 € 0",
    );

    await page.reload();
    await expect.poll(async () => plainText(await figure("funding").textContent())).toBe(`${de(inRange)} €`);
    expect(await page.getByLabel("Von Jahr").inputValue()).toBe("2010");
    expect(await page.getByLabel("Bis Jahr").inputValue()).toBe("2013");
    await expectNoSeriousAxeViolations(page, "figures page with a range");

    await page.getByRole("link", { name: "Alle Jahre" }).click();
    await page.waitForURL(/\/zahlen$/);
    await expect.poll(async () => plainText(await figure("funding").textContent())).toBe(`${de(funding)} €`);
  });

  it("speaks English after the switch", async () => {
    await page.getByRole("button", { name: "English" }).click();
    await expect.poll(() => heading(page).textContent()).toBe("The network in figures");
    expect(
      await page
        .getByRole("navigation", { name: "Main navigation" })
        .getByRole("link", { name: "In figures" })
        .getAttribute("aria-current"),
    ).toBe("page");
    expect(plainText(await page.locator('[data-figure="funding"] dt').textContent())).toBe("Funding acquired");
    expect(plainText(await figure("funding").textContent())).toBe(`€${new Intl.NumberFormat("en-GB").format(funding)}`);
    expect(plainText(await reported("peopleReached").textContent())).toContain("over");
    expect(await page.getByRole("heading", { name: "Funding by programme" }).count()).toBe(1);
    expect(await page.getByLabel("From year").count()).toBe(1);
    await expectNoSeriousAxeViolations(page, "figures page in English");
    await page.getByRole("button", { name: "Deutsch" }).click();
  });

  it("tells the office there is no success rate before a decision on the platform", async () => {
    await signInAs(page, server.url, DEMO.coordinator, "/kennzahlen");
    await expect.poll(() => heading(page).textContent()).toBe("Kennzahlen");
    const success = page.locator('[data-figure="success"]');
    await expect.poll(async () => plainText(await success.textContent())).toContain("noch keine Entscheidungen");
    expect(plainText(await success.textContent())).not.toContain("100");
    await page.locator("#chart-funding-funder summary").click();
    expect(plainText(await page.locator("#chart-funding-funder-table").innerText())).toContain("nicht aufgeschlüsselt");
    // The status chart names every status of its table, on a laptop and on a phone (long ones wrapped).
    await page.locator("#chart-status summary").click();
    const statuses = (await page.locator("#chart-status-table tbody th").allTextContents()).map(plainText);
    expect(statuses.length).toBeGreaterThan(2);
    const drawn = async () => plainText((await page.locator("#chart-status svg text").allTextContents()).join(" "));
    for (const width of [1366, 390]) {
      await page.setViewportSize({ width, height: width > 400 ? 800 : 844 });
      for (const status of statuses) await expect.poll(drawn).toContain(status);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    await expectNoSeriousAxeViolations(page, "dashboard without decisions");
  });

  it("marks the demo's call and its programme as illustrative, and dates a project's status to the report", async () => {
    const [call] = (await server.dataSource.query(
      `SELECT id FROM call_for_proposals WHERE status = 'OPEN' ORDER BY title LIMIT 1`,
    )) as [{ id: string }];
    for (const viewport of [
      { width: 390, height: 844 },
      { width: 1366, height: 800 },
    ]) {
      await page.setViewportSize(viewport);
      await page.goto(`${server.url}/ausschreibungen/${call.id}`);
      const badge = page.locator('.call__title [data-source="ILLUSTRATIVE"]');
      await badge.waitFor();
      expect(plainText(await badge.locator("summary").textContent())).toBe("illustrativ");
      await badge.locator("summary").focus();
      await page.keyboard.press("Enter");
      expect(await badge.textContent()).toContain("keine Förderaufrufe");
      expect(plainText(await page.locator(".call-facts").textContent())).toContain("ESF Plus 2021–2027");
      expect(await page.locator('.call-facts [data-source="ILLUSTRATIVE"]').count()).toBe(1);
      expect(await noSidewaysScroll(), `${viewport.width}px`).toBe(true);
      await expectNoSeriousAxeViolations(page, `demo call at ${viewport.width}px`);
    }
    await page.goto(`${server.url}/ausschreibungen`);
    await page.locator('.call-card [data-source="ILLUSTRATIVE"]').first().waitFor();

    const [project] = (await server.dataSource.query(
      `SELECT id FROM application WHERE slug = 'deutsch-fuer-den-beruf'`,
    )) as [{ id: string }];
    await page.goto(`${server.url}/antraege/${project.id}`);
    const status = page.locator(".application-facts [data-as-of]");
    await status.waitFor();
    expect(plainText(await status.textContent())).toBe("Stand: 2015 (Bericht)");
    expect(await noSidewaysScroll(), "application page at 1366px").toBe(true);

    // ALBuM-VIP: the report's sub-projects, the partners with their roles, the grant as the project's.
    const [vip] = (await server.dataSource.query(`SELECT id FROM application WHERE slug = 'album-vip'`)) as [
      { id: string },
    ];
    await page.goto(`${server.url}/antraege/${vip.id}`);
    const report = page.locator('[data-section="project-report"]');
    await report.waitFor();
    expect(plainText(await report.locator('[data-fact="approved"]').textContent())).toBe(
      "Projekt bewilligt (Verbund): 1.800.000 € (Betrag des ganzen Projekts, nicht dieser Organisation)",
    );
    const partners = plainText(await report.locator(".project-report__partners").textContent());
    expect(partners).toContain("kargah e.V. – Migrantenorganisation im Tandem");
    expect(partners).toContain("Jobcenter Region Hannover – Kooperationspartner");
    expect(await report.locator('.project-report__partners [data-source="ILLUSTRATIVE"]').count()).toBeGreaterThan(0);
    expect(plainText(await report.locator(".project-report__components").textContent())).toContain(
      "Jugend hat Perspektive (JuhaP)",
    );
    expect(plainText(await report.locator(".project-report__facts").textContent())).toContain("ca. 4.500 Personen");
    expect(plainText(await page.locator("[data-tandems-in-report]").textContent())).toContain("keine Budgetaufteilung");
    await expectNoSeriousAxeViolations(page, "ALBuM-VIP's project page");
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it("ran without script errors", () => {
    expect(pageErrors).toEqual([]);
  });
});
