import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import type { Browser, Locator, Page } from "playwright-core";
import Graph from "graphology";
import { parse as parseGraphML } from "graphology-graphml";
import { startTestServer, type TestServer } from "../support/test-server";
import {
  assertClientBuilt,
  expectNoSeriousAxeViolations,
  launchBrowser,
  newPage,
  plainText,
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

  it("draws the network graph above the fold with an accessible node list", async () => {
    await page.setViewportSize({ width: 1366, height: 800 });
    await page.goto(`${server.url}/netzwerk`);
    const graph = page.getByRole("img", { name: /Netzwerkgraph mit \d+ Organisationen/ });
    await page.locator('[data-state="ready"]').waitFor();
    expect(await graph.count()).toBe(1);
    // Most of the graph is on the first screen at 1366 × 800.
    const box = await graph.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeLessThan(300);
    expect(Math.min(box!.y + box!.height, 800) - box!.y).toBeGreaterThan(400);
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

  it("search focuses a node; a click shows its panel and stays, a double-click opens the profile", async () => {
    await openGraph(page);
    const search = page.getByRole("combobox", { name: "Organisation im Graphen finden" });
    await search.fill("karg");
    await page.getByRole("listbox", { name: "Organisation im Graphen finden" }).getByRole("option").first().waitFor();
    await search.press("Enter");
    const panel = page.getByRole("complementary", { name: "kargah e.V." });
    await panel.waitFor();
    expect(await panel.getByRole("link", { name: "Profil öffnen" }).getAttribute("href")).toBe(
      "/organisationen/kargah",
    );
    await panel.getByText("Migrantenorganisation").waitFor();

    // The search centred kargah: clear the selection, then click the centre of the graph.
    await panel.getByRole("button", { name: "Auswahl aufheben" }).click();
    await expect.poll(() => panel.count()).toBe(0);
    await page.waitForTimeout(300); // the centring animation (200 ms)
    const centre = await graphCentre(page);
    await page.mouse.click(centre.x, centre.y);
    await panel.waitFor();
    expect(new URL(page.url()).pathname).toBe("/netzwerk");
    await expectNoSeriousAxeViolations(page, "network graph with the panel open");

    await page.mouse.dblclick(centre.x, centre.y);
    await page.waitForURL(/\/organisationen\/kargah$/);
  });

  it("colours by community with a legend that matches the API", async () => {
    const api = await server.graphql<{ network: { communityCount: number; nodes: { community: number }[] } }>(
      "{ network { communityCount nodes { community } } }",
    );
    const counts = new Map<number, number>();
    for (const node of api.data!.network.nodes) counts.set(node.community, (counts.get(node.community) ?? 0) + 1);
    const expected = [...counts.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([community, count]) => `Gruppe ${community + 1}: ${count} Organisationen`);
    expect(expected).toHaveLength(api.data!.network.communityCount);

    await openGraph(page);
    await page.getByRole("group", { name: "Farbe nach" }).getByLabel("Gruppe").check();
    const legend = page.getByTestId("community-legend").getByRole("listitem");
    await expect.poll(async () => (await legend.allTextContents()).map(plainText)).toEqual(expected);
  });

  it("exports the whole network as GraphML that a GraphML reader parses into the API's graph", async () => {
    const api = await server.graphql<{
      network: { nodes: { organisation: { id: string } }[]; edges: { source: string; target: string; type: string }[] };
    }>("{ network { nodes { organisation { id } } edges { source target type } } }");
    const { nodes, edges } = api.data!.network;

    await openGraph(page);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: /als GraphML/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("album-netzwerk.graphml");
    const file = await download.path();
    const graph = parseGraphML(Graph, readFileSync(file, "utf8"));
    expect(graph.order).toBe(nodes.length);
    expect(graph.size).toBe(edges.length);
    expect(new Set(graph.nodes())).toEqual(new Set(nodes.map((node) => node.organisation.id)));
    const exported = graph.mapEdges(
      (_edge, attributes, source, target) => `${source}|${target}|${String(attributes.type)}`,
    );
    const sortedPairs = (list: string[]) =>
      list.map((key) => {
        const [a, b, type] = key.split("|");
        return type === "JOINT_PROJECT" ? [[a, b].sort().join("|"), type].join("|") : key;
      });
    expect(sortedPairs(exported).sort()).toEqual(
      sortedPairs(edges.map((edge) => `${edge.source}|${edge.target}|${edge.type}`)).sort(),
    );

    const [svg] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: /als SVG/ }).click(),
    ]);
    expect(readFileSync(await svg.path(), "utf8")).toContain("<svg");
  });

  it("filters by relation type, year and topic, and says so in the status line", async () => {
    await openGraph(page);
    const status = page.getByTestId("network-status");
    const full = await counts(status);
    expect(full.nodes).toBe(full.totalNodes);
    expect(full.edges).toBe(full.totalEdges);

    // The filters are a disclosure (open on wide screens, closed on phones).
    const filters = page.locator("details", { has: page.getByText("Filter", { exact: true }) });
    if ((await filters.getAttribute("open")) === null) await filters.getByText("Filter", { exact: true }).click();
    const types = page.getByRole("group", { name: "Art der Verbindung" });
    await types.getByLabel("Koordination", { exact: true }).uncheck();
    await expect.poll(async () => (await counts(status)).edges).toBeLessThan(full.edges);
    expect((await counts(status)).nodes).toBe(full.nodes);
    await types.getByLabel("Koordination", { exact: true }).check();
    await expect.poll(async () => (await counts(status)).edges).toBe(full.edges);

    // The coordination office coordinates AWO only since 2014: in 2010 that link is hidden.
    await page.getByLabel("Jahr").selectOption("2010");
    await expect.poll(async () => (await counts(status)).edges).toBeLessThan(full.edges);
    await page.getByLabel("Jahr").selectOption("");

    // A topic the coordination office does not work on keeps it as the hub, and no dots are left alone.
    await page.getByLabel("Handlungsfeld").selectOption("berufsorientierung");
    await expect
      .poll(() => status.textContent())
      .toContain("Koordinationsstelle ALBuM bleibt als Knotenpunkt sichtbar");
    const topic = await counts(status);
    expect(topic.nodes).toBeLessThan(full.nodes);
    expect(topic.edges).toBeGreaterThan(0);
    const table = page.getByRole("table", { name: "Alle Organisationen im Graphen" });
    expect(await table.locator("tbody tr").count()).toBe(topic.nodes);
    await table.getByRole("link", { name: "Koordinationsstelle ALBuM" }).waitFor();
    expect(new URL(page.url()).searchParams.get("topic")).toBe("berufsorientierung");
  });

  it("works on a phone: labels, a bottom sheet, no sideways scroll, axe clean", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openGraph(page);
    await page.getByRole("combobox", { name: "Organisation im Graphen finden" }).fill("kargah");
    await page.getByRole("combobox", { name: "Organisation im Graphen finden" }).press("Enter");
    const panel = page.getByRole("complementary", { name: "kargah e.V." });
    await panel.waitFor();
    const sheet = await panel.boundingBox();
    expect(sheet!.x).toBe(0);
    expect(Math.round(sheet!.y + sheet!.height)).toBe(844);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectNoSeriousAxeViolations(page, "network graph on a phone");
    await page.setViewportSize({ width: 1366, height: 800 });
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

async function openGraph(target: Page): Promise<void> {
  await target.goto(`${server.url}/netzwerk`);
  await target.locator('[data-state="ready"]').waitFor();
}

async function graphCentre(target: Page): Promise<{ x: number; y: number }> {
  const box = await target.getByRole("img", { name: /Netzwerkgraph mit/ }).boundingBox();
  return { x: box!.x + box!.width / 2, y: box!.y + box!.height / 2 };
}

/** The counts of the graph's status line ("Sichtbar: 12 von 40 Organisationen, 30 von 80 Verbindungen …"). */
async function counts(status: Locator) {
  const text = plainText(await status.textContent());
  const match = /Sichtbar: (\d+) von (\d+) Organisationen, (\d+) von (\d+) Verbindungen/.exec(text);
  if (!match) throw new Error(`unexpected status line: ${text}`);
  const [nodes, totalNodes, edges, totalEdges] = match.slice(1).map(Number) as [number, number, number, number];
  return { nodes, totalNodes, edges, totalEdges };
}
