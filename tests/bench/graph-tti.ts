/**
 * `npm run bench -- --only graph-tti`: how long /netzwerk takes until the graph answers to input,
 * in headless Chromium against the real app (built client), for the seed network and a synthetic
 * one; and how much JavaScript (as transferred, gzip) `/` and `/netzwerk` load.
 *
 * "Interactive" is the page's own mark `network-graph-interactive` (NetworkCanvas.vue): the layout
 * has finished, the view is styled and labelled, its first frame is drawn, and taps, zoom and the
 * keyboard work. Its time is
 * measured from the navigation's start, in a fresh browser context each time (cold cache).
 * PGlite in a temporary directory; needs `npm run build -w client` first and Debian's chromium.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";
import pino from "pino";
import { chromium, type Browser } from "playwright-core";
import { loadConfig } from "../../server/src/config";
import { createDataSource, openDatabase } from "../../server/src/db/data-source";
import { entities } from "../../server/src/modules/entities";
import { buildApp } from "../../server/src/app";
import { seedIfEmpty } from "../../seeds/load-seed";
import { seedSyntheticNetwork } from "../../seeds/synthetic";

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const TARGET_MS = 2000;
const VIEWPORT = { width: 1366, height: 800 };

export interface GraphTtiOptions {
  samples: number;
  syntheticOrganisations: number;
  seed: number;
}

interface Scenario {
  label: string;
  nodes: number;
  edges: number;
  ttiMs: number[];
  /** Per run: until the data reached the graph, the layout, styling and labels after it. */
  phases: number[][];
}

async function withServer<T>(
  fill: (dataSource: ReturnType<typeof createDataSource>) => Promise<void>,
  run: (url: string) => Promise<T>,
): Promise<T> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "album-graph-tti-"));
  const log = pino({ level: process.env.BENCH_LOG_LEVEL ?? "error" });
  const dataSource = createDataSource({ databaseUrl: null, dataDir, log, entities });
  try {
    await openDatabase(dataSource, log);
    await fill(dataSource);
    const config = { ...loadConfig({ NODE_ENV: "production" }), port: 0, databaseUrl: null, dataDir };
    const { httpServer, apollo } = await buildApp(config, dataSource, log);
    try {
      await new Promise<void>((resolve) => httpServer.listen(0, "127.0.0.1", resolve));
      const { port } = httpServer.address() as AddressInfo;
      return await run(`http://127.0.0.1:${port}`);
    } finally {
      await apollo.stop();
    }
  } finally {
    await dataSource.destroy();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Milliseconds from navigation start to the graph's interactive mark, and the graph's size. */
async function timeGraph(
  browser: Browser,
  url: string,
): Promise<{ ms: number; phases: number[]; nodes: number; edges: number }> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: "de-DE" });
  try {
    const page = await context.newPage();
    await page.goto(`${url}/netzwerk`);
    await page.locator('[data-state="ready"]').waitFor({ timeout: 60_000 });
    await page.waitForFunction(() => performance.getEntriesByName("network-graph-interactive").length > 0);
    const [data, layout, ms] = await page.evaluate(() =>
      ["network-graph-data", "network-graph-layout", "network-graph-interactive"].map(
        (name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN,
      ),
    );
    const label = (await page.getByRole("img", { name: /Netzwerkgraph mit/ }).getAttribute("aria-label")) ?? "";
    const [, nodes = "0", edges = "0"] = /mit (\d+) Organisationen und (\d+) Verbindungen/.exec(label) ?? [];
    return { ms: ms!, phases: [data!, layout! - data!, ms! - layout!], nodes: Number(nodes), edges: Number(edges) };
  } finally {
    await context.close();
  }
}

/** JavaScript bytes as transferred (the server compresses) for a first visit of a page. */
async function javaScriptLoaded(browser: Browser, url: string, pathname: string): Promise<number> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: "de-DE" });
  try {
    const page = await context.newPage();
    const sizes: Promise<number>[] = [];
    page.on("requestfinished", (request) => {
      if (request.resourceType() === "script") sizes.push(request.sizes().then((s) => s.responseBodySize));
    });
    await page.goto(`${url}${pathname}`, { waitUntil: "networkidle" });
    if (pathname === "/netzwerk") await page.locator('[data-state="ready"]').waitFor({ timeout: 60_000 });
    return (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
  } finally {
    await context.close();
  }
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

export async function runGraphTti(options: GraphTtiOptions): Promise<void> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const scenarios: Scenario[] = [];
  let js: { home: number; network: number } | null = null;
  try {
    const measure = async (label: string, url: string): Promise<Scenario> => {
      await timeGraph(browser, url); // warm-up: the server's first graph query computes the metrics
      const runs = [];
      for (let i = 0; i < options.samples; i++) runs.push(await timeGraph(browser, url));
      return {
        label,
        nodes: runs[0]!.nodes,
        edges: runs[0]!.edges,
        ttiMs: runs.map((run) => run.ms),
        phases: runs.map((run) => run.phases),
      };
    };
    await withServer(
      (dataSource) => seedIfEmpty(dataSource, pino({ level: "error" }), { demoAccounts: false }).then(() => undefined),
      async (url) => {
        js = {
          home: await javaScriptLoaded(browser, url, "/"),
          network: await javaScriptLoaded(browser, url, "/netzwerk"),
        };
        scenarios.push(await measure("seed network", url));
      },
    );
    await withServer(
      async (dataSource) => {
        await seedSyntheticNetwork(dataSource, { organisations: options.syntheticOrganisations, seed: options.seed });
        await dataSource.query("ANALYZE");
      },
      async (url) => {
        scenarios.push(await measure(`synthetic ${options.syntheticOrganisations}`, url));
      },
    );
  } finally {
    await browser.close();
  }
  const measuredJs = js as { home: number; network: number } | null;
  if (measuredJs) {
    console.log("\nJavaScript loaded on a first visit (bytes as transferred, Brotli):");
    console.log(`  /          ${(measuredJs.home / 1024).toFixed(1)} KiB`);
    console.log(`  /netzwerk  ${(measuredJs.network / 1024).toFixed(1)} KiB`);
  }
  console.log(
    `\nTime until the graph is interactive (${VIEWPORT.width}×${VIEWPORT.height}, cold cache, target ≤ ${TARGET_MS} ms):`,
  );
  for (const scenario of scenarios) {
    const p50 = median(scenario.ttiMs);
    console.log(
      `  ${scenario.label.padEnd(16)} ${String(scenario.nodes).padStart(5)} nodes ${String(scenario.edges).padStart(6)} edges  ` +
        `p50 ${p50.toFixed(0)} ms  (runs: ${scenario.ttiMs.map((ms) => ms.toFixed(0)).join(", ")})  ${p50 <= TARGET_MS ? "ok" : "OVER TARGET"}`,
    );
    const phase = (i: number) => median(scenario.phases.map((p) => p[i]!)).toFixed(0);
    console.log(
      `    p50 phases: data in the graph ${phase(0)} ms, layout ${phase(1)} ms, style + labels + first frame ${phase(2)} ms`,
    );
  }
}
