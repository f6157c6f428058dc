import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { startTestServer, type TestServer } from "../support/test-server";
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
  it("opens from the main navigation without signing in and shows the report's figures", async () => {
    await page.goto(`${server.url}/`);
    await page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "In Zahlen" }).click();
    await page.waitForURL(/\/zahlen$/);
    await expect.poll(() => heading(page).textContent()).toBe("Das Netzwerk in Zahlen");
    await expect.poll(async () => plainText(await figure("funding").textContent())).toBe("6.900.000 €");
    expect(plainText(await figure("people").textContent())).toBe("6.100");
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

  it("narrows the years by keyboard and keeps the range in the URL", async () => {
    await page.getByLabel("Von Jahr").focus();
    await page.keyboard.type("2010");
    await page.waitForURL(/von=2010/);
    await page.getByLabel("Bis Jahr").focus();
    await page.keyboard.type("2013");
    await page.waitForURL(/von=2010&bis=2013/);
    // Only ALBuM-VIP (2012–2014) starts in that range.
    await expect.poll(async () => plainText(await figure("funding").textContent())).toBe("1.800.000 €");
    expect(plainText(await figure("people").textContent())).toBe("4.500");
    await page.locator("#figures-funding-year summary").click();
    expect(plainText(await page.locator("#figures-funding-year-table tbody").innerText())).toBe("2012 1.800.000 € 1");

    await page.reload();
    await expect.poll(async () => plainText(await figure("funding").textContent())).toBe("1.800.000 €");
    expect(await page.getByLabel("Von Jahr").inputValue()).toBe("2010");
    expect(await page.getByLabel("Bis Jahr").inputValue()).toBe("2013");
    await expectNoSeriousAxeViolations(page, "figures page with a range");

    await page.getByRole("link", { name: "Alle Jahre" }).click();
    await page.waitForURL(/\/zahlen$/);
    await expect.poll(async () => plainText(await figure("funding").textContent())).toBe("6.900.000 €");
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
    expect(plainText(await figure("funding").textContent())).toBe("€6,900,000");
    expect(await page.getByRole("heading", { name: "Funding by programme" }).count()).toBe(1);
    expect(await page.getByLabel("From year").count()).toBe(1);
    await expectNoSeriousAxeViolations(page, "figures page in English");
    await page.getByRole("button", { name: "Deutsch" }).click();
  });

  it("ran without script errors", () => {
    expect(pageErrors).toEqual([]);
  });
});
