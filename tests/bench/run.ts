/**
 * `npm run bench`: the figures of DESIGN.md §7 on a fresh synthetic network (see tests/bench/README.md).
 *
 * 1. A child process builds a synthetic network (default 10,000 organisations) in a fresh database:
 *    a temporary PGlite directory, or a fresh database on DATABASE_URL's server (dropped afterwards).
 * 2. This process opens that database and starts the real app (`buildApp`) on a free port, with the
 *    SQL statement counter header switched on.
 * 3. The nested network query is loaded with autocannon for page sizes 10 and 100. autocannon runs in
 *    a child process, so that its CPU and memory stay out of the server's figures; this process
 *    samples its own RSS (server + embedded PGlite) meanwhile. With DATABASE_URL, PostGraphile 4 (in
 *    another child process, on the same database) is loaded right after each run with the closest
 *    equivalent query and the same settings, then PostGraphile 5 (a third child) where the bench's
 *    Node is ≥ 22.
 * 4. The graph query (`network`) and a typo-tolerant search are timed with a few sequential requests.
 * 5. Matching over HTTP: an OPEN call, a coordinator and a partner user are written into the
 *    database; signed in through `login`, the bench times `tandemSuggestions` (whole network and the
 *    partner's own organisation) and `tandemPlan` (25 tandems): first, cold and warm requests.
 * 6. A table goes to stdout, a JSON summary to tests/bench/results/latest.json (and latest-<database>.json).
 *
 * Flags: --organisations N (10000), --duration S (10), --connections C (10), --warmup S (3),
 *        --samples K (7), --seed S (42), --matching-samples K (30), --matching-warmup K (3),
 *        --matching-cold K (3), --skip-postgraphile, --postgraphile-order id|name (id),
 *        --only nested (stop after the nested query; for quick iterations, writes no summary),
 *        --only path (only the connection finder, right after the server is up; no summary),
 *        --only import (only the spreadsheet import of issue 16, import-bench.ts),
 *        --only graph-tti (only /netzwerk in Chromium: time until the graph is interactive, JS loaded).
 */
// Measure like production: graphql-js picks its slower development checks (instanceOf) when
// NODE_ENV is not "production" at load time, so this must run before graphql is required.
process.env.NODE_ENV ??= "production";
import "reflect-metadata";
import { randomBytes } from "node:crypto";
import { isDeepStrictEqual } from "node:util";
import fs from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import v8 from "node:v8";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import pino from "pino";
import { findRepoRoot, loadConfig } from "../../server/src/config";
import { createDataSource, openDatabase } from "../../server/src/db/data-source";
import { entities } from "../../server/src/modules/entities";
import { buildApp } from "../../server/src/app";
import { sqlCounterStorage } from "../../server/src/db/sql-counter";
import {
  runInChild,
  startPostGraphileChild,
  type LoadJob,
  type LoadReply,
  type LoadSummary,
  type PostGraphileChild,
  type SeedReply,
} from "./children";
import { measurePaths, printPaths } from "./path-bench";
import { runImportBench } from "./import-bench";
import { runGraphTti } from "./graph-tti";
import { assertOk, cpuSecondsOf, post, round, sampleMemory, table, timeSequential, type GraphQLReply } from "./http";
import {
  BENCH_CALL,
  createMatchingFixture,
  measureMatching,
  PLAN_TANDEMS,
  SUGGESTIONS_FIRST,
  type MatchingTiming,
} from "./matching-http";
import {
  GRAPH_QUERY,
  NESTED_QUERY,
  POSTGRAPHILE_PROFILE_QUERY,
  POSTGRAPHILE5_PROFILE_QUERY,
  postGraphile5NestedQuery,
  postGraphileNestedQuery,
  PROFILE_QUERY,
  SEARCH_QUERY,
  type PostGraphileOrder,
} from "./queries";

const PAGE_SIZES = [10, 100] as const;
const EMPTY_LOAD: LoadSummary = {
  requestsPerSecond: 0,
  requestsTotal: 0,
  latencyMs: { p50: 0, p90: 0, p99: 0, average: 0, max: 0 },
  errors: 0,
  timeouts: 0,
  non2xx: 0,
  ok2xx: 0,
  durationSeconds: 0,
};
const RSS_TARGET_MB = 512;
/** DESIGN.md §7 and the matching issue: p50 of the warm requests. */
const MATCHING_TARGETS_MS: Record<MatchingTiming["key"], number> = {
  suggestions: 150,
  suggestionsForOrganisation: 50,
  plan: 1000,
};
/** The ALBuM server's `pg` pool (data-source.ts); PostGraphile gets the same. */
const POOL_SIZE = 10;
const MB = 1024 * 1024;
/** Pairs of organisations the connection finder is timed on. */
const PATH_PAIRS = 20;
/** PostGraphile 5 (postgraphile5-worker.ts) needs Node ≥ 22; the bench forks it with the Node that runs the bench. */
const POSTGRAPHILE5_NODE_MAJOR = 22;
const NODE_MAJOR = Number(process.versions.node.split(".")[0]);

// ---------------------------------------------------------------------------------------------
// Bench database: a temporary PGlite directory, or a fresh database on DATABASE_URL's server
// ---------------------------------------------------------------------------------------------

interface BenchDatabase {
  label: "pglite" | "postgresql";
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
// Nested query answers of both servers, reduced to comparable counts
// ---------------------------------------------------------------------------------------------

interface AnswerSize {
  organisations: number;
  names: string[];
  relations: number;
  partners: number;
  applications: number;
}

interface AlbumNode {
  name: string;
  relations: unknown[];
  partners: { name: string; applications: unknown[] }[];
}

function albumAnswer(data: unknown): AnswerSize {
  const nodes = (
    (data as { organisations?: { edges?: { node: AlbumNode }[] } } | undefined)?.organisations?.edges ?? []
  ).map((edge) => edge.node);
  return {
    organisations: nodes.length,
    names: nodes.map((node) => node.name),
    relations: nodes.reduce((sum, node) => sum + node.relations.length, 0),
    partners: nodes.reduce((sum, node) => sum + node.partners.length, 0),
    applications: nodes.reduce(
      (sum, node) => sum + node.partners.reduce((inner, partner) => inner + partner.applications.length, 0),
      0,
    ),
  };
}

interface PostGraphilePartner {
  name: string;
  applicationParticipantsByOrganisationIdList: unknown[];
}

interface PostGraphileNode {
  name: string;
  relationsBySourceIdList: { organisationByTargetId: PostGraphilePartner | null }[];
  relationsByTargetIdList: { organisationBySourceId: PostGraphilePartner | null }[];
}

function postGraphileAnswer(data: unknown): AnswerSize {
  const nodes = (
    (data as { allOrganisations?: { edges?: { node: PostGraphileNode }[] } } | undefined)?.allOrganisations?.edges ?? []
  ).map((edge) => edge.node);
  const partnersOf = (node: PostGraphileNode): PostGraphilePartner[] => [
    ...node.relationsBySourceIdList.flatMap((relation) =>
      relation.organisationByTargetId ? [relation.organisationByTargetId] : [],
    ),
    ...node.relationsByTargetIdList.flatMap((relation) =>
      relation.organisationBySourceId ? [relation.organisationBySourceId] : [],
    ),
  ];
  return {
    organisations: nodes.length,
    names: nodes.map((node) => node.name),
    relations: nodes.reduce(
      (sum, node) => sum + node.relationsBySourceIdList.length + node.relationsByTargetIdList.length,
      0,
    ),
    partners: nodes.reduce((sum, node) => sum + partnersOf(node).length, 0),
    applications: nodes.reduce(
      (sum, node) =>
        sum +
        partnersOf(node).reduce(
          (inner, partner) => inner + partner.applicationParticipantsByOrganisationIdList.length,
          0,
        ),
      0,
    ),
  };
}

interface LoadRun {
  responseBytes: number;
  answer: AnswerSize;
  load: LoadSummary;
  /** CPU milliseconds the server process spent per request in the measured run (null: not on Linux). */
  cpuMsPerRequest: number | null;
}

/** Runs the measured load and reads the server process's CPU time around it. */
async function measuredLoad(pid: number, job: LoadJob): Promise<{ load: LoadSummary; cpuMsPerRequest: number | null }> {
  const before = cpuSecondsOf(pid);
  const reply = await runInChild<LoadReply>("load-worker.js", job, "loaded");
  const after = cpuSecondsOf(pid);
  const requests = reply.summary.requestsTotal;
  const cpuMsPerRequest =
    before === null || after === null || requests === 0 ? null : round(((after - before) * 1000) / requests, 2);
  return { load: reply.summary, cpuMsPerRequest };
}

/** Probe (checked answer), unmeasured warm-up, measured autocannon run. */
async function loadNested(
  server: string,
  pid: number,
  url: string,
  query: string,
  n: number,
  options: BenchOptions,
  reduce: (data: unknown) => AnswerSize,
): Promise<LoadRun & { probe: GraphQLReply }> {
  const probe = await post(url, query, { n });
  assertOk(`${server} nested query (first: ${n})`, probe);
  // The probe's statements are counted; switching the counter's async hooks off again keeps their
  // cost out of the load runs (the next counted request switches them back on).
  sqlCounterStorage.disable();
  const answer = reduce(probe.data);
  if (answer.organisations !== Math.min(n, options.organisations))
    throw new Error(`${server} nested query (first: ${n}) returned ${answer.organisations} organisations`);
  const body = JSON.stringify({ query, variables: { n } });
  const job = (duration: number): LoadJob => ({ kind: "load", url, body, connections: options.connections, duration });
  if (options.warmup > 0) {
    console.log(`Warming up ${server} first:${n} (${options.warmup} s) …`);
    await runInChild<LoadReply>("load-worker.js", job(options.warmup), "loaded");
  }
  console.log(`Loading ${server} first:${n} for ${options.duration} s with ${options.connections} connections …`);
  const { load, cpuMsPerRequest } = await measuredLoad(pid, job(options.duration));
  return { probe, responseBytes: probe.bytes, answer, load, cpuMsPerRequest };
}

/** Probe (checked for errors), unmeasured warm-up, measured run: for the shapes beside the nested query. */
async function loadShape(
  server: string,
  pid: number,
  url: string,
  query: string,
  variables: Record<string, unknown>,
  options: BenchOptions,
): Promise<{ probe: GraphQLReply; load: LoadSummary; cpuMsPerRequest: number | null }> {
  const probe = await post(url, query, variables);
  assertOk(`${server} ${JSON.stringify(variables)}`, probe);
  sqlCounterStorage.disable();
  const body = JSON.stringify({ query, variables });
  const job = (duration: number): LoadJob => ({ kind: "load", url, body, connections: options.connections, duration });
  if (options.warmup > 0) await runInChild<LoadReply>("load-worker.js", job(options.warmup), "loaded");
  console.log(`Loading ${server} ${JSON.stringify(variables)} for ${options.duration} s …`);
  const { load, cpuMsPerRequest } = await measuredLoad(pid, job(options.duration));
  return { probe, load, cpuMsPerRequest };
}

function failed(load: LoadSummary): boolean {
  return load.errors > 0 || load.timeouts > 0 || load.non2xx > 0;
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
  matchingSamples: number;
  matchingWarmup: number;
  matchingCold: number;
  skipPostGraphile: boolean;
  postGraphileOrder: PostGraphileOrder;
  onlyNested: boolean;
  onlyPath: boolean;
  onlyImport: boolean;
  onlyGraphTti: boolean;
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
      "matching-samples": { type: "string", default: "30" },
      "matching-warmup": { type: "string", default: "3" },
      "matching-cold": { type: "string", default: "3" },
      "skip-postgraphile": { type: "boolean", default: false },
      "postgraphile-order": { type: "string", default: "id" },
      only: { type: "string" },
    },
    strict: true,
    allowPositionals: false,
  });
  const integer = (name: string, raw: string, min: number, max: number): number => {
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max)
      throw new Error(`--${name} must be an integer between ${min} and ${max}, got "${raw}"`);
    return value;
  };
  return {
    organisations: integer("organisations", values.organisations, 100, 1_000_000),
    duration: integer("duration", values.duration, 1, 600),
    connections: integer("connections", values.connections, 1, 1000),
    warmup: integer("warmup", values.warmup, 0, 60),
    samples: integer("samples", values.samples, 1, 100),
    seed: integer("seed", values.seed, 0, 0xffffffff),
    matchingSamples: integer("matching-samples", values["matching-samples"], 1, 1000),
    matchingWarmup: integer("matching-warmup", values["matching-warmup"], 0, 100),
    matchingCold: integer("matching-cold", values["matching-cold"], 1, 100),
    skipPostGraphile: values["skip-postgraphile"],
    postGraphileOrder: postGraphileOrder(values["postgraphile-order"]),
    onlyNested: onlyPhase(values.only) === "nested",
    onlyPath: onlyPhase(values.only) === "path",
    onlyImport: onlyPhase(values.only) === "import",
    onlyGraphTti: onlyPhase(values.only) === "graph-tti",
  };
}

const ONLY_PHASES = ["nested", "path", "import", "graph-tti"] as const;

function onlyPhase(raw: string | undefined): (typeof ONLY_PHASES)[number] | null {
  if (raw === undefined) return null;
  const phase = ONLY_PHASES.find((known) => known === raw);
  if (!phase) throw new Error(`--only must be one of ${ONLY_PHASES.join(", ")}, got "${raw}"`);
  return phase;
}

function postGraphileOrder(raw: string): PostGraphileOrder {
  if (raw === "id") return "PRIMARY_KEY_ASC";
  if (raw === "name") return "NAME_ASC";
  throw new Error(`--postgraphile-order must be "id" or "name", got "${raw}"`);
}

function loadAverage(): string {
  return os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(", ");
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (options.onlyGraphTti) {
    // The graph page in a browser (graph-tti.ts); --organisations is the synthetic network's size there.
    const organisations = process.argv.includes("--organisations") ? options.organisations : 1000;
    return runGraphTti({
      samples: Math.min(options.samples, 5),
      syntheticOrganisations: organisations,
      seed: options.seed,
    });
  }
  const postGraphileQuery = postGraphileNestedQuery(options.postGraphileOrder);
  const postGraphile5Query = postGraphile5NestedQuery(options.postGraphileOrder);
  const benchStarted = Date.now();
  const repoRoot = findRepoRoot(__dirname);
  const loadAtStart = loadAverage();
  // The server's warnings are kept off the table: slow queries (> 1 s, see data-source.ts) are
  // counted and listed in the summary, anything else goes to stderr.
  const slowQueries: { ms: number; query: string }[] = [];
  const log = pino(
    { level: process.env.BENCH_LOG_LEVEL ?? "warn", timestamp: false },
    {
      write(line: string) {
        const entry = JSON.parse(line) as { msg?: string; durationMs?: number; query?: string };
        if (entry.msg === "slow query")
          slowQueries.push({
            ms: entry.durationMs ?? 0,
            query: (entry.query ?? "").replace(/\s+/g, " ").slice(0, 160),
          });
        else process.stderr.write(line);
      },
    },
  );
  if (options.onlyImport) {
    await runImportBench({
      organisations: options.organisations,
      seed: options.seed,
      createDatabase: createBenchDatabase,
      log,
    });
    return;
  }
  const database = await createBenchDatabase();
  const cleanups: (() => Promise<void>)[] = [() => database.drop()];
  try {
    console.log(
      `ALBuM bench: ${options.organisations.toLocaleString("en")} organisations on ${database.label}, node ${process.version}, ` +
        // The server runs in this process: the heap bound it runs under (npm run bench passes npm start's).
        `JS heap limit ${Math.round(v8.getHeapStatistics().heap_size_limit / MB)} MB, ` +
        `${os.cpus().length} CPUs, load average ${loadAtStart}`,
    );

    // 1. Seed in a child process, so that seeding memory does not count as the server's.
    console.log("Building the synthetic network …");
    const seeded = await runInChild<SeedReply>(
      "seed-worker.js",
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
        `database open + migrations ${(seeded.openMs / 1000).toFixed(1)} s; ANALYZE ${seeded.analyzeMs} ms): ${seeded.result.organisations} organisations, ` +
        `${seeded.result.relations} relations, ${seeded.result.applications} applications`,
    );

    // 2. The real app on that database; the matching call and users go in before it starts.
    const dataSource = createDataSource({
      databaseUrl: database.databaseUrl,
      dataDir: database.dataDir,
      log,
      entities,
    });
    const opened = Date.now();
    await openDatabase(dataSource, log);
    const serverOpenMs = Date.now() - opened;
    cleanups.unshift(() => dataSource.destroy().then(() => undefined));
    const fixture = await createMatchingFixture(dataSource);
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
    console.log(
      `Server up at ${url} (database open ${(serverOpenMs / 1000).toFixed(1)} s, RSS ${(baselineRss / MB).toFixed(0)} MB)`,
    );

    if (options.onlyPath) {
      const measured = await sampleMemory(() => measurePaths(url, dataSource, PATH_PAIRS));
      printPaths(measured.value);
      console.log(`\nRSS max during the path searches: ${round(measured.maxRss / MB)} MB`);
      return;
    }

    // PostGraphile on the same PostgreSQL database, in its own process.
    let postGraphile: PostGraphileChild | null = null;
    let postGraphileSkipped: string | null = null;
    if (database.databaseUrl === null) postGraphileSkipped = "needs a PostgreSQL server (DATABASE_URL)";
    else if (options.skipPostGraphile) postGraphileSkipped = "--skip-postgraphile";
    else {
      postGraphile = await startPostGraphileChild({
        kind: "postgraphile",
        databaseUrl: database.databaseUrl,
        poolSize: POOL_SIZE,
      });
      const child = postGraphile;
      cleanups.unshift(() => child.stop().then(() => undefined));
      console.log(
        `PostGraphile 4 up at ${postGraphile.url} (introspection ${(postGraphile.startMs / 1000).toFixed(1)} s, RSS ${postGraphile.rssMb} MB)`,
      );
    }
    // PostGraphile 5 beside it, where this Node can run it.
    let postGraphile5: PostGraphileChild | null = null;
    let postGraphile5Skipped: string | null = postGraphileSkipped;
    if (postGraphile && NODE_MAJOR < POSTGRAPHILE5_NODE_MAJOR)
      postGraphile5Skipped = `needs Node ≥ ${POSTGRAPHILE5_NODE_MAJOR}, the bench runs on ${process.version}`;
    else if (postGraphile) {
      postGraphile5 = await startPostGraphileChild(
        { kind: "postgraphile", databaseUrl: database.databaseUrl!, poolSize: POOL_SIZE },
        "postgraphile5-worker.js",
      );
      const child = postGraphile5;
      cleanups.unshift(() => child.stop().then(() => undefined));
      console.log(
        `PostGraphile 5 up at ${postGraphile5.url} (introspection ${(postGraphile5.startMs / 1000).toFixed(1)} s, RSS ${postGraphile5.rssMb} MB)`,
      );
    }

    // 3. Nested query: correctness and SQL statements per request, then load; PostGraphile right after.
    const nested: (LoadRun & { n: number; sqlStatements: number | null; maxRssMb: number; probe: GraphQLReply })[] = [];
    const postGraphileRuns: (LoadRun & { n: number; sameOrganisations: number })[] = [];
    const postGraphile5Runs: (LoadRun & { n: number; sameOrganisations: number })[] = [];
    let maxRssNested = 0;
    let maxHeapNested = 0;
    for (const n of PAGE_SIZES) {
      const measured = await sampleMemory(() =>
        loadNested("ALBuM", process.pid, url, NESTED_QUERY, n, options, albumAnswer),
      );
      maxRssNested = Math.max(maxRssNested, measured.maxRss);
      maxHeapNested = Math.max(maxHeapNested, measured.maxHeapUsed);
      const albumRun = measured.value;
      nested.push({
        ...albumRun,
        n,
        sqlStatements: albumRun.probe.sqlStatements,
        maxRssMb: round(measured.maxRss / MB),
      });
      const albumNames = new Set(albumRun.answer.names);
      if (postGraphile) {
        const run = await loadNested(
          "PostGraphile 4",
          postGraphile.pid,
          postGraphile.url,
          postGraphileQuery,
          n,
          options,
          postGraphileAnswer,
        );
        postGraphileRuns.push({
          ...run,
          n,
          sameOrganisations: run.answer.names.filter((name) => albumNames.has(name)).length,
        });
      }
      if (postGraphile5) {
        // The same document and answer shape as v4's (queries.ts).
        const run = await loadNested(
          "PostGraphile 5",
          postGraphile5.pid,
          postGraphile5.url,
          postGraphile5Query,
          n,
          options,
          postGraphileAnswer,
        );
        postGraphile5Runs.push({
          ...run,
          n,
          sameOrganisations: run.answer.names.filter((name) => albumNames.has(name)).length,
        });
      }
    }

    // 3b. The floor (one hand-written statement per request, floor-worker.ts; PostgreSQL only) and
    // the profile page's shape (one organisation by id), each beside PostGraphile and the floor.
    let floor: PostGraphileChild | null = null;
    if (database.databaseUrl !== null) {
      floor = await startPostGraphileChild(
        { kind: "postgraphile", databaseUrl: database.databaseUrl, poolSize: POOL_SIZE },
        "floor-worker.js",
      );
      const child = floor;
      cleanups.unshift(() => child.stop().then(() => undefined));
    }
    const floorRuns: { n: number; load: LoadSummary; equal: boolean; cpuMsPerRequest: number | null }[] = [];
    for (const n of floor ? PAGE_SIZES : []) {
      const run = await loadShape("floor", floor!.pid, floor!.url, NESTED_QUERY, { n }, options);
      const album = nested.find((row) => row.n === n);
      floorRuns.push({
        n,
        load: run.load,
        equal: isDeepStrictEqual(run.probe.data, album?.probe.data),
        cpuMsPerRequest: run.cpuMsPerRequest,
      });
    }
    const [profiled] = (await dataSource.query(
      `SELECT o.id FROM organisation o WHERE o.archived_at IS NULL
        ORDER BY (SELECT count(*) FROM relation r WHERE r.source_id = o.id OR r.target_id = o.id) DESC, o.id LIMIT 1`,
    )) as { id: string }[];
    const profileRuns: {
      server: string;
      sqlStatements: number | null;
      load: LoadSummary;
      note: string;
      cpuMsPerRequest?: number | null;
    }[] = [];
    {
      const measured = await sampleMemory(() =>
        loadShape("ALBuM profile", process.pid, url, PROFILE_QUERY, { id: profiled!.id }, options),
      );
      maxRssNested = Math.max(maxRssNested, measured.maxRss);
      const album = measured.value;
      profileRuns.push({
        server: "ALBuM",
        sqlStatements: album.probe.sqlStatements,
        load: album.load,
        note: "",
        cpuMsPerRequest: album.cpuMsPerRequest,
      });
      const others = [
        { server: "PostGraphile 4", child: postGraphile, query: POSTGRAPHILE_PROFILE_QUERY },
        { server: "PostGraphile 5", child: postGraphile5, query: POSTGRAPHILE5_PROFILE_QUERY },
      ];
      for (const { server, child, query } of others) {
        if (!child) continue;
        try {
          const run = await loadShape(`${server} profile`, child.pid, child.url, query, { id: profiled!.id }, options);
          profileRuns.push({
            server,
            sqlStatements: null,
            load: run.load,
            note: "",
            cpuMsPerRequest: run.cpuMsPerRequest,
          });
        } catch (error) {
          profileRuns.push({ server, sqlStatements: null, load: EMPTY_LOAD, note: String(error).slice(0, 120) });
        }
      }
      if (floor) {
        const run = await loadShape(
          "floor profile",
          floor.pid,
          floor.url,
          PROFILE_QUERY,
          { id: profiled!.id },
          options,
        );
        const equal = isDeepStrictEqual(run.probe.data, album.probe.data);
        profileRuns.push({
          server: "floor",
          sqlStatements: 1,
          load: run.load,
          note: `answer equal to ALBuM's: ${equal ? "yes" : "NO"}`,
          cpuMsPerRequest: run.cpuMsPerRequest,
        });
      }
    }
    const floorMemory = floor ? await floor.stop() : null;
    const postGraphileMemory = postGraphile ? await postGraphile.stop() : null;
    const postGraphile5Memory = postGraphile5 ? await postGraphile5.stop() : null;
    const sqlCounts = nested.map((row) => row.sqlStatements);
    const sqlStatementsEqual = sqlCounts.every((count) => count !== null && count === sqlCounts[0]);
    const compare = (runs: (LoadRun & { n: number })[]) =>
      runs.map((run) => {
        const album = nested.find((row) => row.n === run.n);
        const albumRps = album?.load.requestsPerSecond ?? 0;
        return {
          n: run.n,
          albumRps,
          postGraphileRps: run.load.requestsPerSecond,
          ratio: run.load.requestsPerSecond > 0 ? albumRps / run.load.requestsPerSecond : 0,
        };
      });
    const comparison = compare(postGraphileRuns);
    const comparison5 = compare(postGraphile5Runs);
    const verdict = (met: boolean) => (met ? "met" : "MISSED");
    const printNested = () => {
      console.log("");
      console.log(`Nested query: ${NESTED_QUERY}`);
      console.log(
        table(
          [
            "first",
            "SQL/request",
            "req/s",
            "p50 ms",
            "p90 ms",
            "p99 ms",
            "max ms",
            "requests",
            "errors",
            "non-2xx",
            "max RSS MB",
          ],
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
      if (postGraphile) {
        const withV5 = postGraphile5 !== null;
        console.log(
          `Side by side with PostGraphile 4${withV5 ? " and PostGraphile 5" : ""} on the same database (${options.connections} connections, ${options.duration} s each):`,
        );
        console.log(`PostGraphile query${withV5 ? " (v4 and v5)" : ""}: ${postGraphileQuery}`);
        if (withV5 && postGraphile5Query !== postGraphileQuery)
          console.log(`PostGraphile 5 query: ${postGraphile5Query}`);
        const same = (run: { sameOrganisations: number; answer: AnswerSize } | undefined) =>
          run ? `same organisations: ${run.sameOrganisations}/${run.answer.organisations}` : "";
        console.log(
          table(
            [
              "first",
              "server",
              "req/s",
              "p50 ms",
              "p99 ms",
              "requests",
              "errors",
              "response",
              "relations / partners / applications",
              "ALBuM ÷ PostGraphile 4",
              ...(withV5 ? ["ALBuM ÷ PostGraphile 5"] : []),
            ],
            PAGE_SIZES.flatMap((n) => {
              const album = nested.find((row) => row.n === n);
              const other = postGraphileRuns.find((row) => row.n === n);
              const other5 = postGraphile5Runs.find((row) => row.n === n);
              const ratio = comparison.find((row) => row.n === n)?.ratio ?? 0;
              const ratio5 = comparison5.find((row) => row.n === n)?.ratio ?? 0;
              const line = (server: string, run: LoadRun | undefined, last: string[]): (string | number)[] => [
                n,
                server,
                run ? run.load.requestsPerSecond.toFixed(1) : "-",
                run?.load.latencyMs.p50 ?? "-",
                run?.load.latencyMs.p99 ?? "-",
                run?.load.requestsTotal ?? "-",
                run ? run.load.errors + run.load.timeouts + run.load.non2xx : "-",
                run ? `${(run.responseBytes / 1024).toFixed(1)} KB` : "-",
                run ? `${run.answer.relations} / ${run.answer.partners} / ${run.answer.applications}` : "-",
                ...last.slice(0, withV5 ? 2 : 1),
              ];
              return [
                line("ALBuM", album, [`${ratio.toFixed(2)} (${verdict(ratio >= 1)})`, ratio5.toFixed(2)]),
                line("PostGraphile 4", other, [same(other), ""]),
                ...(withV5 ? [line("PostGraphile 5", other5, ["", same(other5)])] : []),
              ];
            }),
          ),
        );
        console.log(
          `PostGraphile 4 process: introspection ${(postGraphile.startMs / 1000).toFixed(1)} s, max RSS ${postGraphileMemory?.maxRssMb ?? "?"} MB`,
        );
        if (postGraphile5)
          console.log(
            `PostGraphile 5 process: introspection + schema ${(postGraphile5.startMs / 1000).toFixed(1)} s, max RSS ${postGraphile5Memory?.maxRssMb ?? "?"} MB`,
          );
        else console.log(`PostGraphile 5 skipped: ${postGraphile5Skipped}.`);
      } else {
        console.log(`PostGraphile comparison skipped: ${postGraphileSkipped}.`);
      }
      const rps = (load: LoadSummary | undefined) => load?.requestsPerSecond ?? 0;
      const ratio = (a: number, b: number) => (b > 0 ? (a / b).toFixed(2) : "-");
      if (floorRuns.length > 0) {
        console.log("\nThe floor (one hand-written SQL statement per request, floor-worker.ts):");
        console.log(
          table(
            [
              "first",
              "floor req/s",
              "p50 ms",
              "answer equal to ALBuM's",
              "ALBuM ÷ floor",
              "PostGraphile 4 ÷ floor",
              ...(postGraphile5 ? ["PostGraphile 5 ÷ floor"] : []),
            ],
            floorRuns.map((run) => [
              run.n,
              run.load.requestsPerSecond.toFixed(1),
              run.load.latencyMs.p50,
              run.equal ? "yes" : "NO",
              ratio(rps(nested.find((row) => row.n === run.n)?.load), run.load.requestsPerSecond),
              ratio(rps(postGraphileRuns.find((row) => row.n === run.n)?.load), run.load.requestsPerSecond),
              ...(postGraphile5
                ? [ratio(rps(postGraphile5Runs.find((row) => row.n === run.n)?.load), run.load.requestsPerSecond)]
                : []),
            ]),
          ),
        );
        console.log(`Floor process: max RSS ${floorMemory?.maxRssMb ?? "?"} MB`);
      }
      console.log(`\nProfile page: ${PROFILE_QUERY} (id ${profiled!.id}, the organisation with most relations)`);
      const albumProfile = rps(profileRuns.find((run) => run.server === "ALBuM")?.load);
      console.log(
        table(
          ["server", "SQL/request", "req/s", "p50 ms", "p99 ms", "errors", "ALBuM ÷ this", "note"],
          profileRuns.map((run) => [
            run.server,
            run.sqlStatements ?? "-",
            run.load.requestsPerSecond.toFixed(1),
            run.load.latencyMs.p50,
            run.load.latencyMs.p99,
            run.load.errors + run.load.timeouts + run.load.non2xx,
            run.server === "ALBuM" ? "" : ratio(albumProfile, run.load.requestsPerSecond),
            run.note,
          ]),
        ),
      );
      // CPU per request of each server process: steadier than req/s when the machine is shared.
      const cpu = (value: number | null | undefined) =>
        value === null || value === undefined ? "-" : value.toFixed(2);
      console.log("\nCPU of the server process per request (ms, user + system, measured runs; lower is better):");
      // One row of the CPU table; the PostGraphile 5 columns only where it ran.
      const cpuRow = (
        shape: string,
        album: number | null | undefined,
        pg4: number | null | undefined,
        pg5: number | null | undefined,
        floorCpu: number | null | undefined,
      ) => [
        shape,
        cpu(album),
        cpu(pg4),
        ...(postGraphile5 ? [cpu(pg5)] : []),
        cpu(floorCpu),
        ratio(pg4 ?? 0, album ?? 0),
        ...(postGraphile5 ? [ratio(pg5 ?? 0, album ?? 0)] : []),
        ratio(floorCpu ?? 0, album ?? 0),
      ];
      console.log(
        table(
          [
            "shape",
            "ALBuM",
            "PostGraphile 4",
            ...(postGraphile5 ? ["PostGraphile 5"] : []),
            "floor",
            "PostGraphile 4 ÷ ALBuM",
            ...(postGraphile5 ? ["PostGraphile 5 ÷ ALBuM"] : []),
            "floor ÷ ALBuM",
          ],
          [
            ...PAGE_SIZES.map((n) =>
              cpuRow(
                `first:${n}`,
                nested.find((row) => row.n === n)?.cpuMsPerRequest,
                postGraphileRuns.find((row) => row.n === n)?.cpuMsPerRequest,
                postGraphile5Runs.find((row) => row.n === n)?.cpuMsPerRequest,
                floorRuns.find((row) => row.n === n)?.cpuMsPerRequest,
              ),
            ),
            (() => {
              const of = (server: string) => profileRuns.find((run) => run.server === server)?.cpuMsPerRequest;
              return cpuRow("profile", of("ALBuM"), of("PostGraphile 4"), of("PostGraphile 5"), of("floor"));
            })(),
          ],
        ),
      );
    };
    if (options.onlyNested) {
      printNested();
      console.log(
        `\nRSS max under the nested load: ${round(maxRssNested / MB)} MB (heap used max ${round(maxHeapNested / MB)} MB)`,
      );
      if (
        nested.some((row) => failed(row.load)) ||
        postGraphileRuns.some((run) => failed(run.load)) ||
        postGraphile5Runs.some((run) => failed(run.load))
      )
        process.exitCode = 1;
      return;
    }

    // 4. Graph and search, sequentially.
    console.log(
      `Timing the network graph and the search (${options.samples} sequential requests each, after one warm-up) …`,
    );
    const graphRun = await sampleMemory(() => timeSequential("network graph", url, GRAPH_QUERY, options.samples));
    const graphData = (
      graphRun.value.last.data as
        { network?: { nodes: unknown[]; edges: unknown[]; communityCount: number } } | undefined
    )?.network;
    const searchRun = await sampleMemory(() => timeSequential("search", url, SEARCH_QUERY, options.samples));
    const pathRun = await sampleMemory(() => measurePaths(url, dataSource, PATH_PAIRS));
    const searchData = (
      searchRun.value.last.data as
        { organisations?: { totalCount: number; edges: { node: { name: string } }[] } } | undefined
    )?.organisations;

    // 5. Matching over HTTP, signed in.
    console.log(
      `Timing matching: ${fixture.eligible.migrantOrganisations} × ${fixture.eligible.educationalInstitutions} eligible organisations, ` +
        `${options.matchingSamples} sequential requests each after ${options.matchingWarmup} warm-up, ${options.matchingCold} cold …`,
    );
    const matchingRun = await sampleMemory(() =>
      measureMatching(url, dataSource, fixture, {
        samples: options.matchingSamples,
        warmup: options.matchingWarmup,
        coldSamples: options.matchingCold,
      }),
    );
    const matching = matchingRun.value;
    const maxRss = Math.max(maxRssNested, graphRun.maxRss, searchRun.maxRss, pathRun.maxRss, matchingRun.maxRss);

    // 6. Report.
    const loadAtEnd = loadAverage();
    /** One PostGraphile's part of the JSON summary (v4 and v5 alike), or why it did not run. */
    const postGraphileSummary = (
      version: "4" | "5",
      child: PostGraphileChild | null,
      query: string,
      profileQuery: string,
      memory: { maxRssMb: number } | null,
      runs: (LoadRun & { n: number; sameOrganisations: number })[],
      ratios: typeof comparison,
      skipped: string | null,
    ) =>
      child
        ? {
            version,
            order: options.postGraphileOrder,
            query,
            profileQuery,
            poolSize: POOL_SIZE,
            introspectionMs: child.startMs,
            rssMbAfterStart: child.rssMb,
            maxRssMb: memory?.maxRssMb ?? null,
            runs: runs.map((run) => ({
              pageSize: run.n,
              responseBytes: run.responseBytes,
              answer: {
                relations: run.answer.relations,
                partners: run.answer.partners,
                partnerApplications: run.answer.applications,
              },
              sameOrganisationsAsAlbum: run.sameOrganisations,
              requestsPerSecond: round(run.load.requestsPerSecond, 1),
              requestsTotal: run.load.requestsTotal,
              latencyMs: run.load.latencyMs,
              cpuMsPerRequest: run.cpuMsPerRequest,
              errors: run.load.errors,
              timeouts: run.load.timeouts,
              non2xx: run.load.non2xx,
            })),
            comparison: ratios.map((row) => ({
              ...row,
              albumRps: round(row.albumRps, 1),
              postGraphileRps: round(row.postGraphileRps, 1),
              ratio: round(row.ratio, 2),
            })),
          }
        : { skipped };
    const summary = {
      generatedAt: new Date().toISOString(),
      environment: {
        nodeEnv: process.env.NODE_ENV ?? null,
        node: process.version,
        platform: `${os.platform()} ${os.arch()}`,
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model ?? null,
        loadAverageAtStart: loadAtStart,
        loadAverageAtEnd: loadAtEnd,
      },
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
        analyzeMs: seeded.analyzeMs,
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
          answer: {
            relations: row.answer.relations,
            partners: row.answer.partners,
            partnerApplications: row.answer.applications,
          },
          requestsPerSecond: round(row.load.requestsPerSecond, 1),
          requestsTotal: row.load.requestsTotal,
          latencyMs: row.load.latencyMs,
          errors: row.load.errors,
          timeouts: row.load.timeouts,
          non2xx: row.load.non2xx,
          maxRssMb: row.maxRssMb,
        })),
      },
      postGraphile: postGraphileSummary(
        "4",
        postGraphile,
        postGraphileQuery,
        POSTGRAPHILE_PROFILE_QUERY,
        postGraphileMemory,
        postGraphileRuns,
        comparison,
        postGraphileSkipped,
      ),
      postGraphile5: postGraphileSummary(
        "5",
        postGraphile5,
        postGraphile5Query,
        POSTGRAPHILE5_PROFILE_QUERY,
        postGraphile5Memory,
        postGraphile5Runs,
        comparison5,
        postGraphile5Skipped,
      ),
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
      connectionPaths: { ...pathRun.value, maxRssMb: round(pathRun.maxRss / MB) },
      matching: {
        call: BENCH_CALL,
        partnerOrganisation: fixture.partnerOrganisation.name,
        eligible: fixture.eligible,
        suggestionsFirst: SUGGESTIONS_FIRST,
        planTandems: PLAN_TANDEMS,
        targetsP50Ms: MATCHING_TARGETS_MS,
        runs: matching,
        maxRssMb: round(matchingRun.maxRss / MB),
      },
      memory: {
        baselineRssMb: round(baselineRss / MB),
        maxRssMbNestedLoad: round(maxRssNested / MB),
        maxRssMbGraph: round(graphRun.maxRss / MB),
        maxRssMbMatching: round(matchingRun.maxRss / MB),
        maxRssMb: round(maxRss / MB),
        maxHeapUsedMb: round(
          Math.max(maxHeapNested, graphRun.maxHeapUsed, searchRun.maxHeapUsed, matchingRun.maxHeapUsed) / MB,
        ),
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
        throughputAtLeastPostGraphile: comparison.length ? comparison.every((row) => row.ratio >= 1) : null,
        suggestionsP50AtMost150Ms:
          (matching.find((run) => run.key === "suggestions")?.warm.p50Ms ?? Infinity) <=
          MATCHING_TARGETS_MS.suggestions,
        suggestionsForOrganisationP50AtMost50Ms:
          (matching.find((run) => run.key === "suggestionsForOrganisation")?.warm.p50Ms ?? Infinity) <=
          MATCHING_TARGETS_MS.suggestionsForOrganisation,
        planP50AtMost1s:
          (matching.find((run) => run.key === "plan")?.warm.p50Ms ?? Infinity) <= MATCHING_TARGETS_MS.plan,
      },
      benchSeconds: round((Date.now() - benchStarted) / 1000),
    };

    printNested();
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
    printPaths(pathRun.value);
    console.log("");
    console.log(
      `Matching over HTTP (call with ${BENCH_CALL.topics.length} topics, ${BENCH_CALL.targetGroups.length} target groups, ${BENCH_CALL.languages.length} languages, ` +
        `${BENCH_CALL.districts.length} districts; ${fixture.eligible.migrantOrganisations} × ${fixture.eligible.educationalInstitutions} eligible; ` +
        `partner: ${fixture.partnerOrganisation.name}):`,
    );
    console.log(
      table(
        [
          "request",
          "first ms",
          "cold p50 ms",
          "cold max",
          "p50 ms",
          "p95 ms",
          "min ms",
          "max ms",
          "SQL cold/warm",
          "target p50",
          "result",
        ],
        matching.map((run) => [
          run.label,
          run.firstMs,
          run.cold.p50Ms,
          run.cold.maxMs,
          run.warm.p50Ms,
          run.warm.p95Ms,
          run.warm.minMs,
          run.warm.maxMs,
          `${run.cold.sqlStatements ?? "?"}/${run.warm.sqlStatements ?? "?"}`,
          `≤ ${MATCHING_TARGETS_MS[run.key]} ms: ${verdict(run.warm.p50Ms <= MATCHING_TARGETS_MS[run.key])}`,
          run.result,
        ]),
      ),
    );
    console.log("");
    console.log(
      table(
        ["figure", "value", "target"],
        [
          ["seeding (plan + write)", `${(seeded.seedMs / 1000).toFixed(1)} s`, "well under 60 s"],
          [
            "SQL statements first:10 / first:100",
            sqlCounts.map((count) => count ?? "?").join(" / "),
            `equal: ${verdict(sqlStatementsEqual)}`,
          ],
          [
            "req/s ALBuM ÷ PostGraphile 4, first:10 / first:100",
            comparison.length ? comparison.map((row) => row.ratio.toFixed(2)).join(" / ") : "-",
            comparison.length
              ? `≥ 1: ${verdict(summary.targets.throughputAtLeastPostGraphile === true)}`
              : `skipped (${postGraphileSkipped})`,
          ],
          [
            "req/s ALBuM ÷ PostGraphile 5, first:10 / first:100",
            comparison5.length ? comparison5.map((row) => row.ratio.toFixed(2)).join(" / ") : "-",
            comparison5.length ? "" : `skipped (${postGraphile5Skipped})`,
          ],
          ["RSS baseline (after start, gc)", `${summary.memory.baselineRssMb} MB`, ""],
          [
            "RSS max under load",
            `${summary.memory.maxRssMb} MB`,
            `≤ 512 MB: ${verdict(summary.targets.rssAtMost512Mb)}`,
          ],
          [
            "heap used max",
            `${summary.memory.maxHeapUsedMb} MB`,
            `limit ${Math.round(v8.getHeapStatistics().heap_size_limit / MB)} MB`,
          ],
          ["slow queries (> 1 s) logged by the server", String(slowQueries.length), ""],
          ["load average at start / end (1, 5, 15 min)", `${loadAtStart} / ${loadAtEnd}`, `${os.cpus().length} CPUs`],
          ["bench run time", `${summary.benchSeconds} s`, ""],
        ],
      ),
    );

    const resultsDir = path.join(repoRoot, "tests", "bench", "results");
    fs.mkdirSync(resultsDir, { recursive: true });
    const json = `${JSON.stringify(summary, null, 2)}\n`;
    const resultsFile = path.join(resultsDir, "latest.json");
    fs.writeFileSync(resultsFile, json);
    fs.writeFileSync(path.join(resultsDir, `latest-${database.label}.json`), json);
    console.log(
      `\nSummary written to ${path.relative(process.cwd(), resultsFile) || resultsFile} (and latest-${database.label}.json)`,
    );

    if (
      nested.some((row) => failed(row.load)) ||
      postGraphileRuns.some((run) => failed(run.load)) ||
      postGraphile5Runs.some((run) => failed(run.load))
    ) {
      console.error("Some requests failed (errors, timeouts or non-2xx responses); see the tables.");
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

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    console.error("bench failed:", error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
