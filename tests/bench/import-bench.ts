/**
 * `npm run bench -- --only import`: the network import of issue 16 at the size of a whole second
 * network — the synthetic generator's organisations (default 10,000, with its 15,000 relations)
 * written as the import's CSV files, then `POST /import/dry-run` and `POST /import/run` against the
 * real app on a database that holds only the taxonomies and one office account. The app runs alone
 * in a child process (`app-server-worker.ts`), so that its figures are the server's own, not the
 * bench's files, generator and parsed answers. Each request is timed at the client (upload to the
 * last NDJSON line), with the server process's CPU time (its work, and on PGlite the database's; a
 * figure less at the mercy of other processes on a shared machine than the wall time); the
 * server's RSS (app and, on PGlite, the embedded database) is sampled every 50 ms and its kernel
 * high-water mark read at the end. Targets: each under 60 s, RSS under 512 MB. Afterwards a second
 * dry run of the same files must find every row unchanged.
 */
import { randomBytes } from "node:crypto";
import os from "node:os";
import { stringify } from "csv-stringify/sync";
import type { Logger } from "pino";
import { createDataSource, openDatabase } from "../../server/src/db/data-source";
import { entities } from "../../server/src/modules/entities";
import { hashPassword } from "../../server/src/modules/accounts/accounts.service";
import { COLUMNS } from "../../server/src/modules/import/import-columns";
import { loadTaxonomies } from "../../seeds/load-seed";
import { albumTaxonomies } from "../../seeds/taxonomies";
import { planSyntheticNetwork, type SyntheticNetworkPlan } from "../../seeds/synthetic";
import { SERVER_HEAP_MB, startPostGraphileChild } from "./children";
import { cpuSecondsOf, residentSetOf, round, table } from "./http";
import { signIn } from "./matching-http";

const MB = 1024 * 1024;
const TARGET_MS = 60_000;
const TARGET_RSS_MB = 512;

export interface ImportBenchDatabase {
  label: string;
  databaseUrl: string | null;
  dataDir: string;
  drop(): Promise<void>;
}

export interface ImportBenchOptions {
  organisations: number;
  seed: number;
  createDatabase(): Promise<ImportBenchDatabase>;
  log: Logger;
}

type Action = "CREATE" | "UPDATE" | "UNCHANGED" | "REFUSE";
interface ImportAnswer {
  status: number;
  ms: number;
  progressLines: number;
  lastProgress: { phase: string; done: number; total: number } | null;
  counts?: Record<"organisations" | "relations", Record<Action, number>>;
  /** The first refused rows, to say why when a count is off. */
  refused: unknown[];
  error?: unknown;
  bytes: number;
}

/**
 * The generator writes a few values the organisation form (and so the import) rightly refuses:
 * host labels over DNS's 63 characters or ending in a hyphen, short names over 40 characters. An
 * office's file would hold a real address and a short name; the bench shortens them the same way.
 */
const validWebsite = (url: string | null) =>
  url?.replace(
    /^(https:\/\/www\.)([^.]+)/,
    (_all, prefix: string, label: string) => prefix + label.slice(0, 63).replace(/-+$/, ""),
  ) ?? "";
const validShortName = (name: string | null) => (name ?? "").slice(0, 40).trim();

/** The synthetic plan in the import's columns; organisations carry a key (SYN-<index>) the relations name. */
export function syntheticImportFiles(plan: SyntheticNetworkPlan): { organisations: Buffer; relations: Buffer } {
  const key = (index: number) => `SYN-${index + 1}`;
  const organisationRows = plan.organisations.map((o, index) => ({
    key: key(index),
    slug: o.slug,
    name: o.name,
    short_name: validShortName(o.shortName),
    kind: o.kind,
    description: o.description,
    website: validWebsite(o.website),
    street: o.street,
    postal_code: o.postalCode,
    city: o.city,
    district: o.district,
    districts_served: o.districtsServed.join(", "),
    topics: o.topics.join(", "),
    offers: o.offers.join(", "),
    needs: o.needs.join(", "),
    target_groups: o.targetGroups.join(", "),
    languages: o.languages.join(", "),
    capacity: String(o.capacity),
    memberships: o.memberships
      .map((m) => (m.since || m.until ? `${m.kind} ${m.since ?? ""}..${m.until ?? ""}` : m.kind))
      .join(", "),
    show_exchange_participation: "no",
  }));
  const relationRows = plan.relations.map((r) => ({
    source: key(r.source),
    target: key(r.target),
    type: r.type,
    since: r.since ?? "",
    until: r.until ?? "",
    note: r.note ?? "",
  }));
  // German Excel's CSV: semicolons, German headings.
  const write = (kind: "organisations" | "relations", rows: Record<string, string>[]) =>
    Buffer.from(
      stringify([COLUMNS[kind].map((c) => c.de), ...rows.map((row) => COLUMNS[kind].map((c) => row[c.key] ?? ""))], {
        delimiter: ";",
        record_delimiter: "\r\n",
      }),
      "utf8",
    );
  return { organisations: write("organisations", organisationRows), relations: write("relations", relationRows) };
}

async function upload(
  baseUrl: string,
  mode: "dry-run" | "run",
  cookie: string,
  files: Record<string, Buffer>,
): Promise<ImportAnswer> {
  const body = JSON.stringify({
    files: Object.fromEntries(Object.entries(files).map(([kind, data]) => [kind, data.toString("base64")])),
  });
  const started = performance.now();
  const response = await fetch(`${baseUrl}/import/${mode}`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body,
  });
  // Read the NDJSON stream as it comes, as the page does, counting progress lines.
  let progressLines = 0;
  let lastProgress: ImportAnswer["lastProgress"] = null;
  let result: { counts: ImportAnswer["counts"]; rows: { action: string }[] } | undefined;
  let error: unknown;
  let bytes = 0;
  let pieces: string[] = [];
  const decoder = new TextDecoder();
  const take = (line: string) => {
    if (line.trim() === "") return;
    const parsed = JSON.parse(line) as { progress?: ImportAnswer["lastProgress"]; result?: unknown; error?: unknown };
    if (parsed.progress) {
      progressLines += 1;
      lastProgress = parsed.progress;
    }
    if (parsed.result) result = parsed.result as typeof result;
    if (parsed.error) error = parsed.error;
  };
  if (!response.body) throw new Error(`${mode}: no body`);
  const reader = response.body.getReader();
  for (;;) {
    const { value: chunk, done } = await reader.read();
    if (done) break;
    bytes += chunk.byteLength;
    // The result is one line of megabytes in many chunks: split only what arrived, never the whole line again.
    const text = decoder.decode(chunk, { stream: true });
    if (!text.includes("\n")) {
      pieces.push(text);
      continue;
    }
    const lines = text.split("\n");
    lines[0] = pieces.join("") + lines[0];
    pieces = [lines.pop() ?? ""];
    for (const line of lines) {
      if (response.headers.get("content-type")?.startsWith("application/x-ndjson")) take(line);
      else error = line;
    }
  }
  const buffered = pieces.join("");
  if (buffered.trim() !== "") {
    if (response.headers.get("content-type")?.startsWith("application/x-ndjson")) take(buffered);
    else error = buffered;
  }
  return {
    status: response.status,
    ms: performance.now() - started,
    progressLines,
    lastProgress,
    counts: result?.counts,
    refused: (result?.rows ?? []).filter((row) => row.action === "REFUSE").slice(0, 5),
    error,
    bytes,
  };
}

function expectCounts(
  label: string,
  answer: ImportAnswer,
  organisations: Action,
  relations: Action,
  n: number,
  m: number,
) {
  if (answer.status !== 200 || answer.error || !answer.counts)
    throw new Error(`${label}: HTTP ${answer.status} ${JSON.stringify(answer.error).slice(0, 1000)}`);
  const { counts } = answer;
  if (counts.organisations[organisations] !== n || counts.relations[relations] !== m)
    throw new Error(
      `${label}: expected ${n} organisations ${organisations}, ${m} relations ${relations}, got ${JSON.stringify(counts)}; refused ${JSON.stringify(answer.refused)}`,
    );
}

export async function runImportBench(options: ImportBenchOptions): Promise<void> {
  const database = await options.createDatabase();
  const cleanups: (() => Promise<void>)[] = [() => database.drop()];
  try {
    const planned = Date.now();
    const plan = planSyntheticNetwork(options.organisations, options.seed);
    const files = syntheticImportFiles(plan);
    console.log(
      `ALBuM import bench: ${plan.organisations.length.toLocaleString("en")} organisations and ` +
        `${plan.relations.length.toLocaleString("en")} relations on ${database.label}, node ${process.version}, ` +
        `server heap bound ${SERVER_HEAP_MB} MB, ${os.cpus().length} CPUs, load average ${os
          .loadavg()
          .map((v) => v.toFixed(2))
          .join(", ")}`,
    );
    console.log(
      `  files: organisations ${round(files.organisations.length / MB, 1)} MB, relations ${round(files.relations.length / MB, 1)} MB ` +
        `(planned and written in ${Date.now() - planned} ms)`,
    );

    const setup = createDataSource({
      databaseUrl: database.databaseUrl,
      dataDir: database.dataDir,
      log: options.log,
      entities,
    });
    await openDatabase(setup, options.log);
    // A second network starts from its taxonomies and the office's account, nothing else.
    const password = `bench-${randomBytes(12).toString("hex")}`;
    const email = `bench-office-${randomBytes(4).toString("hex")}@album-bench.example`;
    try {
      await setup.transaction((db) => loadTaxonomies(db, albumTaxonomies));
      await setup.query(
        `INSERT INTO app_user (email, display_name, password_hash, role) VALUES ($1, 'Bench Koordination', $2, 'COORDINATOR'::user_role)`,
        [email, await hashPassword(password)],
      );
    } finally {
      // PGlite's directory belongs to one process at a time: the server's from here on.
      await setup.destroy();
    }

    const server = await startPostGraphileChild(
      { kind: "app-server", databaseUrl: database.databaseUrl, dataDir: database.dataDir },
      "app-server-worker.js",
    );
    cleanups.unshift(() => server.stop().then(() => undefined));
    const baseUrl = server.url.replace(/\/graphql$/, "");
    const cookie = await signIn(server.url, { email, password });
    const baselineRss = residentSetOf(server.pid)?.rss ?? 0;

    const n = plan.organisations.length;
    const m = plan.relations.length;
    const rows: (string | number)[][] = [];
    let maxRss = baselineRss;
    const measure = async (label: string, mode: "dry-run" | "run", organisations: Action, relations: Action) => {
      console.log(`  ${label} …`);
      const cpuBefore = cpuSecondsOf(server.pid);
      let requestMaxRss = residentSetOf(server.pid)?.rss ?? 0;
      const timer = setInterval(() => {
        requestMaxRss = Math.max(requestMaxRss, residentSetOf(server.pid)?.rss ?? 0);
      }, 50);
      let answer: ImportAnswer;
      try {
        answer = await upload(baseUrl, mode, cookie, files);
      } finally {
        clearInterval(timer);
      }
      const cpuAfter = cpuSecondsOf(server.pid);
      expectCounts(label, answer, organisations, relations, n, m);
      maxRss = Math.max(maxRss, requestMaxRss);
      const ms = answer.ms;
      rows.push([
        label,
        round(ms / 1000, 1),
        ms < TARGET_MS ? "met" : "MISSED",
        cpuBefore === null || cpuAfter === null ? "n/a" : round(cpuAfter - cpuBefore, 1),
        round(requestMaxRss / MB),
        answer.progressLines,
        round(answer.bytes / MB, 1),
      ]);
    };
    await measure("dry run", "dry-run", "CREATE", "CREATE");
    await measure("import", "run", "CREATE", "CREATE");
    await measure("dry run again (all unchanged)", "dry-run", "UNCHANGED", "UNCHANGED");
    const stopped = await server.stop();
    const peakRss = Math.max(maxRss, (stopped?.maxRssMb ?? 0) * MB);

    const check = createDataSource({
      databaseUrl: database.databaseUrl,
      dataDir: database.dataDir,
      log: options.log,
      entities,
    });
    await openDatabase(check, options.log);
    try {
      const [written] = (await check.query(
        `SELECT (SELECT count(*)::int FROM organisation) AS organisations, (SELECT count(*)::int FROM relation) AS relations`,
      )) as [{ organisations: number; relations: number }];
      if (written.organisations !== n || written.relations !== m)
        throw new Error(`the import wrote ${JSON.stringify(written)}, expected ${n} organisations and ${m} relations`);
    } finally {
      await check.destroy();
    }

    console.log(
      `\n${table(["request", "seconds", `< ${TARGET_MS / 1000} s`, "server CPU s", "server max RSS MB (sampled)", "progress lines", "answer MB"], rows)}`,
    );
    console.log(
      `server RSS after start and sign-in ${round(baselineRss / MB)} MB; peak ${round(peakRss / MB)} MB ` +
        `(kernel high-water mark, from the start on; target < ${TARGET_RSS_MB} MB: ` +
        `${peakRss / MB < TARGET_RSS_MB ? "met" : "MISSED"}); server heap used max ${stopped?.maxHeapUsedMb ?? "n/a"} MB`,
    );
    if (rows.some((row) => row[2] === "MISSED") || peakRss / MB >= TARGET_RSS_MB) process.exitCode = 1;
  } finally {
    for (const cleanup of cleanups) await cleanup().catch((error: unknown) => console.error(error));
  }
}
