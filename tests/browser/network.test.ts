import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { startTestServer, type TestServer } from "../support/test-server";
import {
  assertClientBuilt,
  expectNoSeriousAxeViolations,
  launchBrowser,
  newPage,
  watchPageErrors,
} from "./support/browser";

let server: TestServer;
let browser: Browser;
let page: Page;
let pageErrors: string[];

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

describe("network client in a browser", () => {
  it("reaches the skip link first and the search box by keyboard", async () => {
    await page.goto(`${server.url}/`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("de");

    await page.keyboard.press("Tab");
    const first = page.locator(":focus");
    await expect.poll(() => first.textContent()).toBe("Zum Inhalt springen");
    expect(await first.getAttribute("href")).toBe("#main");

    // Tab on until the search box has focus (header links and language switch come first).
    let reached = false;
    for (let i = 0; i < 15 && !reached; i++) {
      await page.keyboard.press("Tab");
      reached = (await page.locator("#directory-search:focus").count()) === 1;
    }
    expect(reached).toBe(true);
  });

  it("finds kargah with a typo and opens its profile", async () => {
    await page.goto(`${server.url}/`);
    await expect
      .poll(() =>
        page
          .getByRole("status")
          .filter({ hasText: /Organisationen$/ })
          .count(),
      )
      .toBeGreaterThan(0);
    await expectNoSeriousAxeViolations(page, "directory");

    await page.getByLabel("Organisation suchen").fill("kargha");
    const result = page.getByRole("link", { name: "kargah e.V." });
    await result.waitFor();
    await expect.poll(() => new URL(page.url()).searchParams.get("q")).toBe("kargha");
    expect(
      await page
        .getByRole("status")
        .filter({ hasText: /Organisation/ })
        .first()
        .textContent(),
    ).toMatch(/Organisation/);
    await expectNoSeriousAxeViolations(page, "directory with search");

    await result.click();
    await page.waitForURL(/\/organisationen\/kargah$/);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("kargah e.V.");
    await page.getByText("Niedrigschwellige Deutschförderung").first().waitFor();
    expect(await page.title()).toContain("kargah e.V.");
    await expectNoSeriousAxeViolations(page, "profile");
  });

  it("loads the next page and filters by facet, keeping the filter in the URL", async () => {
    await page.goto(`${server.url}/organisationen`);
    const cards = page.locator("article.org-card");
    await cards.first().waitFor();
    const firstPage = await cards.count();
    const more = page.getByRole("button", { name: "Weitere laden" });
    if (await more.count()) {
      await more.click();
      await expect.poll(() => cards.count()).toBeGreaterThan(firstPage);
    }
    await page
      .getByRole("group", { name: /Art der Organisation/ })
      .getByLabel("Migrantenorganisation")
      .check();
    await expect.poll(() => new URL(page.url()).searchParams.getAll("kind")).toEqual(["MIGRANT_ORGANISATION"]);
    await expect
      .poll(async () =>
        (await page.locator(".kind-badge").allTextContents()).every((k) => k === "Migrantenorganisation"),
      )
      .toBe(true);
    await page.reload();
    await expect.poll(() => page.getByLabel("Migrantenorganisation").first().isChecked()).toBe(true);
  });

  it("shows a 404 for an unknown organisation", async () => {
    await page.goto(`${server.url}/organisationen/gibt-es-nicht`);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Organisation nicht gefunden");
  });

  it("draws the network graph with an accessible node list", async () => {
    await page.goto(`${server.url}/netzwerk`);
    await page.locator("canvas").first().waitFor({ state: "attached" });
    const graph = page.getByRole("img", { name: /Netzwerkgraph mit \d+ Organisationen/ });
    expect(await graph.count()).toBe(1);
    const table = page.getByRole("table", { name: "Alle Organisationen im Graphen" });
    await table.getByRole("link", { name: "kargah e.V." }).waitFor();
    expect(await table.locator("tbody tr").count()).toBeGreaterThan(10);
    await expectNoSeriousAxeViolations(page, "network graph");

    // Keyboard: focus the graph, select the first node, Enter opens its profile.
    await graph.focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/organisationen\/[a-z0-9-]+$/);
  });

  it("switches to English and remembers it", async () => {
    await page.goto(`${server.url}/`);
    await page.locator("article.org-card").first().waitFor();
    // After the switch the active queries are refetched with the new language.
    const englishRequest = page.waitForRequest(
      (r) => r.url().endsWith("/graphql") && r.method() === "POST" && r.headers()["accept-language"] === "en",
      { timeout: 10_000 },
    );
    await page.getByRole("button", { name: "English" }).click();
    await englishRequest;
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Organisations in the network");
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await page.reload();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Organisations in the network");
    await expectNoSeriousAxeViolations(page, "directory in English");
    await page.getByRole("button", { name: "Deutsch" }).click();
  });

  it("ran without script errors", () => {
    expect(pageErrors).toEqual([]);
  });
});
