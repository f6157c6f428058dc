/**
 * `npm run bench`: the figures of DESIGN.md §7 on a fresh synthetic network (see tests/bench/README.md).
 *
 * 1. A child process builds a synthetic network (default 10,000 organisations) in a fresh database:
 *    a temporary PGlite directory, or a fresh database on DATABASE_URL's server (dropped afterwards).
 * 2. This process opens that database and starts the real app (`buildApp`) on a free port, with the
 *    SQL statement counter header switched on.
 * 3. The nested network query is loaded with autocannon for page sizes 10 and 100. autocannon runs in
 *    a child process, so that its CPU and memory stay out of the server's figures; this process
 *    samples its own RSS (server + embedded PGlite) meanwhile.
 * 4. The graph query (`network`) and a typo-tolerant search are timed with a few sequential requests.
 * 5. A table goes to stdout, a JSON summary to tests/bench/results/latest.json.
 *
 * Flags: --organisations N (10000), --duration S (10), --connections C (10), --warmup S (3),
 *        --samples K (7), --seed S (42).
 */
// Measure like production: graphql-js picks its slower development checks (instanceOf) when
// NODE_ENV is not "production" at load time, so this must run before graphql is required.
process.env.NODE_ENV ??= "production";
import "reflect-metadata";
import { fork } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import pg from "pg";
import pino from "pino";
import { findRepoRoot, loadConfig } from "../../server/src/config";
import { createDataSource, openDatabase } from "../../server/src/db/data-source";
import { buildApp } from "../../server/src/app";
import { seedSyntheticNetwork, type SeedSyntheticResult } from "../../seeds/synthetic";

const NESTED_QUERY =
  "query($n:Int){ organisations(first:$n){ edges { node { name relations { type } partners { name applications { title } } } } } }";
const GRAPH_QUERY =
  "{ network { nodes { organisation { id name kind } degree betweenness community } edges { source target type weight } density communityCount } }";
const SEARCH_QUERY = '{ organisations(filter:{search:"kargha"}, first: 20) { totalCount edges { node { id name shortName kind } } } }';
const PAGE_SIZES = [10, 100] as const;
const RSS_TARGET_MB = 512;
const MB = 1024 * 1024;

// ---------------------------------------------------------------------------------------------
// Child processes: seeding and load generation
// ---------------------------------------------------------------------------------------------

interface SeedJob {
  kind: "seed";
  databaseUrl: string | null;
  dataDir: string;
  organisations: number;
  seed: number;
  progress: boolean;
}

interface SeedReply {
  kind: "seeded";
  result: SeedSyntheticResult;
  /** Opening the database and running the migrations. */
  openMs: number;
  /** Planning + writing, in one transaction. */
  seedMs: number;
}

interface LoadJob {
  kind: "load";
  url: string;
  body: string;
  connections: number;
  duration: number;
}

interface LoadSummary {
  requestsPerSecond: number;
  requestsTotal: number;
  latencyMs: { p50: number; p90: number; p99: number; average: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  ok2xx: number;
  durationSeconds: number;
}

interface LoadReply {
  kind: "loaded";
  summary: LoadSummary;
}

interface FailedReply {
  kind: "failed";
  message: string;
}

async function seedWorker(job: SeedJob): Promise<SeedReply> {
  // big multi-row INSERTs may pass the 1 s slow-query mark; that is expected while seeding
  const log = pino({ level: process.env.BENCH_LOG_LEVEL ?? "error" });
  const dataSource = createDataSource({ databaseUrl: job.databaseUrl, dataDir: job.dataDir, log });
  const opened = Date.now();
  await openDatabase(dataSource, log);
  const openMs = Date.now() - opened;
  try {
    const started = Date.now();
    const result = await seedSyntheticNetwork(dataSource, { organisations: job.organisations, seed: job.seed, progress: job.progress });
    return { kind: "seeded", result, openMs, seedMs: Date.now() - started };
  } finally {
    await dataSource.destroy();
  }
}

async function loadWorker(job: LoadJob): Promise<LoadReply> {
  const result = await autocannon({
    url: job.url,
    method: "POST",
    headers: { "content-type": "application/json" }, // Apollo's CSRF prevention refuses other POSTs
    body: job.body,
    connections: job.connections,
    duration: job.duration,
    timeout: 30,
  });
  return {
    kind: "loaded",
    summary: {
      requestsPerSecond: result.requests.average,
      requestsTotal: result.requests.total,
      latencyMs: {
        p50: result.latency.p50,
        p90: result.latency.p90,
        p99: result.latency.p99,
        average: result.latency.average,
        max: result.latency.max,
      },
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      ok2xx: result["2xx"],
      durationSeconds: result.duration,
    },
  };
}

/** Runs in a forked copy of this file: answers one job, then exits. */
function runAsWorker(): void {
  process.once("message", (job: SeedJob | LoadJob) => {
    const work: Promise<SeedReply | LoadReply> = job.kind === "seed" ? seedWorker(job) : loadWorker(job);
    work
      .then((reply) => process.send?.(reply, () => process.exit(0)))
      .catch((error: unknown) => {
        const reply: FailedReply = { kind: "failed", message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
        process.send?.(reply, () => process.exit(1));
      });
  });
}

function inChild<R extends SeedReply | LoadReply>(job: SeedJob | LoadJob, expected: R["kind"]): Promise<R> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, ["--worker"], { stdio: "inherit", execArgv: [] });
    let settled = false;
    child.once("message", (reply: R | FailedReply) => {
      settled = true;
      if (reply.kind === expected) resolve(reply as R);
      else reject(new Error(`${job.kind} worker failed: ${"message" in reply ? reply.message : reply.kind}`));
    });
    child.once("error", reject);
    child.once("exit", (code) => {
      if (!settled) reject(new Error(`${job.kind} worker exited with code ${code} before answering`));
    });
    child.send(job);
  });
}

// ---------------------------------------------------------------------------------------------
// Bench database: a temporary PGlite directory, or a fresh database on DATABASE_URL's server
// ---------------------------------------------------------------------------------------------

interface BenchDatabase {
  label: string;
  databaseUrl: string | null;
  dataDir: string;
  drop(): Promise<void>;
}

async function createBenchDatabase(): Promise<BenchDatabase> {
  const serverUrl = process.env.DATABASE_URL?.trim();
  if (!serverUrl) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "album-bench-"));
    return {
      label: "pglite",
      databaseUrl: null,
      dataDir,
      drop: async () => fs.rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const name = `album_bench_${process.pid}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    label: "postgresql",
    databaseUrl: url.toString(),
    dataDir: "memory://",
    async drop() {
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      try {
        await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await cleanup.end();
      }
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Measuring
// ---------------------------------------------------------------------------------------------

interface GraphQLReply {
  status: number;
  sqlStatements: number | null;
  bytes: number;
  ms: number;
  data: unknown;
  errors: unknown[] | undefined;
}

async function post(url: string, query: string, variables?: Record<string, unknown>): Promise<GraphQLReply> {
  const started = performance.now();
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  const ms = performance.now() - started;
  const body = JSON.parse(text) as { data?: unknown; errors?: unknown[] };
  const header = response.headers.get("x-sql-statements");
  return { status: response.status, sqlStatements: header === null ? null : Number(header), bytes: Buffer.byteLength(text), ms, data: body.data, errors: body.errors };
}

function assertOk(label: string, reply: GraphQLReply): void {
  if (reply.status !== 200 || reply.errors?.length) {
    throw new Error(`${label}: HTTP ${reply.status} ${JSON.stringify(reply.errors ?? reply.data).slice(0, 1000)}`);
  }
}

/** Samples this process's memory while `work` runs. */
async function sampleMemory<T>(work: () => Promise<T>): Promise<{ value: T; maxRss: number; maxHeapUsed: number }> {
  let maxRss = 0;
  let maxHeapUsed = 0;
  const sample = () => {
    const usage = process.memoryUsage();
    maxRss = Math.max(maxRss, usage.rss);
    maxHeapUsed = Math.max(maxHeapUsed, usage.heapUsed);
  };
  sample();
  const timer = setInterval(sample, 50);
  try {
    const value = await work();
    sample();
    return { value, maxRss, maxHeapUsed };
  } finally {
    clearInterval(timer);
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

interface SequentialTiming {
  samples: number;
  p50Ms: number;
  minMs: number;
  maxMs: number;
  sqlStatements: number | null;
  bytes: number;
}

async function timeSequential(label: string, url: string, query: string, samples: number): Promise<{ timing: SequentialTiming; last: GraphQLReply }> {
  let last = await post(url, query); // warm-up
  assertOk(label, last);
  const times: number[] = [];
  for (let index = 0; index < samples; index += 1) {
    last = await post(url, query);
    assertOk(label, last);
    times.push(last.ms);
  }
  return {
    timing: {
      samples,
      p50Ms: round(median(times), 1),
      minMs: round(Math.min(...times), 1),
      maxMs: round(Math.max(...times), 1),
      sqlStatements: last.sqlStatements,
      bytes: last.bytes,
    },
    last,
  };
}

function round(value: number, digits = 0): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

// ---------------------------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------------------------

function table(headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows.map((row) => row.map(String))];
  const widths = headers.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? "").length)));
  const line = (row: string[]) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join("  ");
  return [line(headers), widths.map((width) => "-".repeat(width)).join("  "), ...cells.slice(1).map(line)].join("\n");
}

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------

interface BenchOptions {
  organisations: number;
  duration: number;
  connections: number;
  warmup: number;
  samples: number;
  seed: number;
}

function parseOptions(args: string[]): BenchOptions {
  const { values } = parseArgs({
    args,
    options: {
      organisations: { type: "string", default: "10000" },
      duration: { type: "string", default: "10" },
      connections: { type: "string", default: "10" },
      warmup: { type: "string", default: "3" },
      samples: { type: "string", default: "7" },
      seed: { type: "string", default: "42" },
    },
    strict: true,
    allowPositionals: false,
  });
  const integer = (name: string, raw: string, min: number, max: number): number => {
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) throw new Error(`--${name} must be an integer between ${min} and ${max}, got "${raw}"`);
    return value;
  };
  return {
    organisations: integer("organisations", values.organisations, 100, 1_000_000),
    duration: integer("duration", values.duration, 1, 600),
    connections: integer("connections", values.connections, 1, 1000),
    warmup: integer("warmup", values.warmup, 0, 60),
    samples: integer("samples", values.samples, 1, 100),
    seed: integer("seed", values.seed, 0, 0xffffffff),
  };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const benchStarted = Date.now();
  const repoRoot = findRepoRoot(__dirname);
  // The server's warnings are kept off the table: slow queries (> 1 s, see data-source.ts) are
  // counted and listed in the summary, anything else goes to stderr.
  const slowQueries: { ms: number; query: string }[] = [];
  const log = pino(
    { level: process.env.BENCH_LOG_LEVEL ?? "warn", timestamp: false },
    {
      write(line: string) {
        const entry = JSON.parse(line) as { msg?: string; time?: number; query?: string };
        if (entry.msg === "slow query") slowQueries.push({ ms: entry.time ?? 0, query: (entry.query ?? "").replace(/\s+/g, " ").slice(0, 160) });
        else process.stderr.write(line);
      },
    },
  );
  const database = await createBenchDatabase();
  const cleanups: (() => Promise<void>)[] = [() => database.drop()];
  try {
    console.log(`ALBuM bench: ${options.organisations.toLocaleString("en")} organisations on ${database.label}, node ${process.version}, ${os.cpus().length} CPUs`);

    // 1. Seed in a child process, so that seeding memory does not count as the server's.
    console.log("Building the synthetic network …");
    const seeded = await inChild<SeedReply>(
      {
        kind: "seed",
        databaseUrl: database.databaseUrl,
        dataDir: database.dataDir,
        organisations: options.organisations,
        seed: options.seed,
        progress: process.stderr.isTTY === true,
      },
      "seeded",
    );
    console.log(
      `  seeded in ${(seeded.seedMs / 1000).toFixed(1)} s (plan ${seeded.result.planMs} ms, write ${seeded.result.ms} ms; ` +
        `database open + migrations ${(seeded.openMs / 1000).toFixed(1)} s): ${seeded.result.organisations} organisations, ` +
        `${seeded.result.relations} relations, ${seeded.result.applications} applications`,
    );

    // 2. The real app on that database.
    const dataSource = createDataSource({ databaseUrl: database.databaseUrl, dataDir: database.dataDir, log });
    const opened = Date.now();
    await openDatabase(dataSource, log);
    const serverOpenMs = Date.now() - opened;
    cleanups.unshift(() => dataSource.destroy().then(() => undefined));
    const config = {
      ...loadConfig({ NODE_ENV: "production" }),
      exposeSqlCount: true,
      port: 0,
      databaseUrl: database.databaseUrl,
      dataDir: database.dataDir,
    };
    const { httpServer, apollo } = await buildApp(config, dataSource, log);
    cleanups.unshift(() => apollo.stop());
    await new Promise<void>((resolve) => httpServer.listen(0, "127.0.0.1", resolve));
    const { port } = httpServer.address() as AddressInfo;
    const url = `http://127.0.0.1:${port}/graphql`;
    globalThis.gc?.();
    const baselineRss = process.memoryUsage().rss;
    console.log(`Server up at ${url} (database open ${(serverOpenMs / 1000).toFixed(1)} s, RSS ${(baselineRss / MB).toFixed(0)} MB)`);

    // 3. Nested query: correctness and SQL statements per request, then load.
    const nested: {
      n: number;
      sqlStatements: number | null;
      responseBytes: number;
      load: LoadSummary;
      maxRssMb: number;
    }[] = [];
    let maxRssNested = 0;
    let maxHeapNested = 0;
    for (const n of PAGE_SIZES) {
      const probe = await post(url, NESTED_QUERY, { n });
      assertOk(`nested query (first: ${n})`, probe);
      const edges = (probe.data as { organisations?: { edges?: unknown[] } } | undefined)?.organisations?.edges ?? [];
      if (edges.length !== Math.min(n, options.organisations)) throw new Error(`nested query (first: ${n}) returned ${edges.length} organisations`);
      const body = JSON.stringify({ query: NESTED_QUERY, variables: { n } });
      if (options.warmup > 0) {
        console.log(`Warming up first:${n} (${options.warmup} s) …`);
        await inChild<LoadReply>({ kind: "load", url, body, connections: options.connections, duration: options.warmup }, "loaded");
      }
      console.log(`Loading first:${n} for ${options.duration} s with ${options.connections} connections …`);
      const measured = await sampleMemory(() =>
        inChild<LoadReply>({ kind: "load", url, body, connections: options.connections, duration: options.duration }, "loaded"),
      );
      maxRssNested = Math.max(maxRssNested, measured.maxRss);
      maxHeapNested = Math.max(maxHeapNested, measured.maxHeapUsed);
      nested.push({ n, sqlStatements: probe.sqlStatements, responseBytes: probe.bytes, load: measured.value.summary, maxRssMb: round(measured.maxRss / MB) });
    }
    const sqlCounts = nested.map((row) => row.sqlStatements);
    const sqlStatementsEqual = sqlCounts.every((count) => count !== null && count === sqlCounts[0]);

    // 4. Graph and search, sequentially.
    console.log(`Timing the network graph and the search (${options.samples} sequential requests each, after one warm-up) …`);
    const graphRun = await sampleMemory(() => timeSequential("network graph", url, GRAPH_QUERY, options.samples));
    const graphData = (graphRun.value.last.data as { network?: { nodes: unknown[]; edges: unknown[]; communityCount: number } } | undefined)?.network;
    const searchRun = await sampleMemory(() => timeSequential("search", url, SEARCH_QUERY, options.samples));
    const searchData = (searchRun.value.last.data as { organisations?: { totalCount: number; edges: { node: { name: string } }[] } } | undefined)
      ?.organisations;
    const maxRss = Math.max(maxRssNested, graphRun.maxRss, searchRun.maxRss);

    // 5. Report.
    const summary = {
      generatedAt: new Date().toISOString(),
      environment: { nodeEnv: process.env.NODE_ENV ?? null, node: process.version, platform: `${os.platform()} ${os.arch()}`, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? null },
      database: database.label,
      organisations: options.organisations,
      seed: options.seed,
      connections: options.connections,
      durationSeconds: options.duration,
      warmupSeconds: options.warmup,
      seeding: {
        totalMs: seeded.seedMs,
        planMs: seeded.result.planMs,
        writeMs: seeded.result.ms,
        databaseOpenMs: seeded.openMs,
        rows: {
          organisations: seeded.result.organisations,
          memberships: seeded.result.memberships,
          relations: seeded.result.relations,
          programmes: seeded.result.programmes,
          applications: seeded.result.applications,
          participants: seeded.result.participants,
        },
      },
      nestedQuery: {
        query: NESTED_QUERY,
        sqlStatementsEqual,
        runs: nested.map((row) => ({
          pageSize: row.n,
          sqlStatementsPerRequest: row.sqlStatements,
          responseBytes: row.responseBytes,
          requestsPerSecond: round(row.load.requestsPerSecond, 1),
          requestsTotal: row.load.requestsTotal,
          latencyMs: row.load.latencyMs,
          errors: row.load.errors,
          timeouts: row.load.timeouts,
          non2xx: row.load.non2xx,
          maxRssMb: row.maxRssMb,
        })),
      },
      graph: {
        query: GRAPH_QUERY,
        ...graphRun.value.timing,
        nodes: graphData?.nodes.length ?? null,
        edges: graphData?.edges.length ?? null,
        communities: graphData?.communityCount ?? null,
        maxRssMb: round(graphRun.maxRss / MB),
      },
      search: {
        query: SEARCH_QUERY,
        ...searchRun.value.timing,
        totalCount: searchData?.totalCount ?? null,
        firstHits: searchData?.edges.slice(0, 3).map((edge) => edge.node.name) ?? [],
      },
      memory: {
        baselineRssMb: round(baselineRss / MB),
        maxRssMbNestedLoad: round(maxRssNested / MB),
        maxRssMbGraph: round(graphRun.maxRss / MB),
        maxRssMb: round(maxRss / MB),
        maxHeapUsedMb: round(Math.max(maxHeapNested, graphRun.maxHeapUsed, searchRun.maxHeapUsed) / MB),
        note: "RSS of the server process; with PGlite it includes the embedded database (WASM heap)",
      },
      slowQueries: {
        thresholdMs: 1000,
        count: slowQueries.length,
        slowest: [...slowQueries].sort((a, b) => b.ms - a.ms).slice(0, 5),
      },
      targets: {
        sqlStatementsSameForPageSizes: sqlStatementsEqual,
        rssAtMost512Mb: maxRss / MB <= RSS_TARGET_MB,
      },
      benchSeconds: round((Date.now() - benchStarted) / 1000),
    };

    console.log("");
    console.log(`Nested query: ${NESTED_QUERY}`);
    console.log(
      table(
        ["first", "SQL/request", "req/s", "p50 ms", "p90 ms", "p99 ms", "max ms", "requests", "errors", "non-2xx", "max RSS MB"],
        nested.map((row) => [
          row.n,
          row.sqlStatements ?? "?",
          row.load.requestsPerSecond.toFixed(1),
          row.load.latencyMs.p50,
          row.load.latencyMs.p90,
          row.load.latencyMs.p99,
          row.load.latencyMs.max,
          row.load.requestsTotal,
          row.load.errors + row.load.timeouts,
          row.load.non2xx,
          row.maxRssMb,
        ]),
      ),
    );
    console.log("");
    console.log(
      table(
        ["sequential", "p50 ms", "min ms", "max ms", "SQL/request", "response", "result"],
        [
          [
            "network graph",
            summary.graph.p50Ms,
            summary.graph.minMs,
            summary.graph.maxMs,
            summary.graph.sqlStatements ?? "?",
            `${(summary.graph.bytes / 1024).toFixed(0)} KB`,
            `${summary.graph.nodes} nodes, ${summary.graph.edges} edges, ${summary.graph.communities} communities`,
          ],
          [
            'search "kargha"',
            summary.search.p50Ms,
            summary.search.minMs,
            summary.search.maxMs,
            summary.search.sqlStatements ?? "?",
            `${(summary.search.bytes / 1024).toFixed(1)} KB`,
            `${summary.search.totalCount} hits, e.g. ${summary.search.firstHits[0] ?? "-"}`,
          ],
        ],
      ),
    );
    console.log("");
    console.log(
      table(
        ["figure", "value", "target"],
        [
          ["seeding (plan + write)", `${(seeded.seedMs / 1000).toFixed(1)} s`, "well under 60 s"],
          ["SQL statements first:10 / first:100", sqlCounts.map((count) => count ?? "?").join(" / "), sqlStatementsEqual ? "equal: met" : "equal: MISSED"],
          ["RSS baseline (after start, gc)", `${summary.memory.baselineRssMb} MB`, ""],
          ["RSS max under load", `${summary.memory.maxRssMb} MB`, summary.targets.rssAtMost512Mb ? "≤ 512 MB: met" : "≤ 512 MB: MISSED"],
          ["heap used max", `${summary.memory.maxHeapUsedMb} MB`, ""],
          ["slow queries (> 1 s) logged by the server", String(slowQueries.length), ""],
          ["bench run time", `${summary.benchSeconds} s`, ""],
        ],
      ),
    );

    const resultsDir = path.join(repoRoot, "tests", "bench", "results");
    fs.mkdirSync(resultsDir, { recursive: true });
    const resultsFile = path.join(resultsDir, "latest.json");
    fs.writeFileSync(resultsFile, `${JSON.stringify(summary, null, 2)}\n`);
    console.log(`\nSummary written to ${path.relative(process.cwd(), resultsFile) || resultsFile}`);

    const failedRequests = nested.some((row) => row.load.errors > 0 || row.load.timeouts > 0 || row.load.non2xx > 0);
    if (failedRequests) {
      console.error("Some requests failed (errors, timeouts or non-2xx responses); see the table.");
      process.exitCode = 1;
    }
  } finally {
    for (const cleanup of cleanups) {
      try {
        await cleanup();
      } catch (error) {
        console.error("cleanup failed:", error);
      }
    }
  }
}

if (process.argv[2] === "--worker") {
  runAsWorker();
} else {
  main().then(
    () => process.exit(process.exitCode ?? 0),
    (error: unknown) => {
      console.error("bench failed:", error instanceof Error ? (error.stack ?? error.message) : error);
      process.exit(1);
    },
  );
}
