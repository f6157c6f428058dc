import fs from "node:fs";
/**
 * Small helpers of the bench: GraphQL over HTTP, sequential timings, statistics and the text tables.
 */

export interface GraphQLReply {
  status: number;
  /** `x-sql-statements` (the ALBuM server with `exposeSqlCount`); null when the header is absent. */
  sqlStatements: number | null;
  bytes: number;
  ms: number;
  data: unknown;
  errors: unknown[] | undefined;
  headers: Headers;
}

export interface PostOptions {
  /** Sent as the `cookie` header (a session cookie from `signIn`). */
  cookie?: string;
}

export async function post(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  options: PostOptions = {},
): Promise<GraphQLReply> {
  const started = performance.now();
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(options.cookie ? { cookie: options.cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  const ms = performance.now() - started;
  let body: { data?: unknown; errors?: unknown[] };
  try {
    body = JSON.parse(text) as { data?: unknown; errors?: unknown[] };
  } catch {
    body = { errors: [`not JSON: ${text.slice(0, 300)}`] };
  }
  const header = response.headers.get("x-sql-statements");
  return {
    status: response.status,
    sqlStatements: header === null ? null : Number(header),
    bytes: Buffer.byteLength(text),
    ms,
    data: body.data,
    errors: body.errors,
    headers: response.headers,
  };
}

export function assertOk(label: string, reply: GraphQLReply): void {
  if (reply.status !== 200 || reply.errors?.length) {
    throw new Error(`${label}: HTTP ${reply.status} ${JSON.stringify(reply.errors ?? reply.data).slice(0, 1000)}`);
  }
}

/** Samples this process's memory every 50 ms until `stop`, which takes a last sample and gives the peaks. */
export function startMemorySampling(): { stop(): { maxRss: number; maxHeapUsed: number } } {
  let maxRss = 0;
  let maxHeapUsed = 0;
  const sample = () => {
    const usage = process.memoryUsage();
    maxRss = Math.max(maxRss, usage.rss);
    maxHeapUsed = Math.max(maxHeapUsed, usage.heapUsed);
  };
  sample();
  const timer = setInterval(sample, 50);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return { maxRss, maxHeapUsed };
    },
  };
}

/** Samples this process's memory while `work` runs. */
export async function sampleMemory<T>(
  work: () => Promise<T>,
): Promise<{ value: T; maxRss: number; maxHeapUsed: number }> {
  const sampling = startMemorySampling();
  let peaks: { maxRss: number; maxHeapUsed: number } | null = null;
  try {
    const value = await work();
    peaks = sampling.stop();
    return { value, ...peaks };
  } finally {
    if (!peaks) sampling.stop();
  }
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Nearest-rank percentile (p in (0, 1]): the smallest sample with at least p of the samples at or below it. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return 0;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(p * sorted.length)));
  return sorted[rank - 1] ?? 0;
}

export function round(value: number, digits = 0): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

export interface SequentialTiming {
  samples: number;
  p50Ms: number;
  minMs: number;
  maxMs: number;
  sqlStatements: number | null;
  bytes: number;
}

/** One warm-up request, then `samples` sequential ones; wall time as seen by the client. */
export async function timeSequential(
  label: string,
  url: string,
  query: string,
  samples: number,
): Promise<{ timing: SequentialTiming; last: GraphQLReply }> {
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

export function table(headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows.map((row) => row.map(String))];
  const widths = headers.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? "").length)));
  const line = (row: string[]) =>
    row
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join("  ");
  return [line(headers), widths.map((width) => "-".repeat(width)).join("  "), ...cells.slice(1).map(line)].join("\n");
}

/**
 * CPU seconds (user + system) a process has used so far, from /proc (Linux); null elsewhere.
 * Why: on a shared machine requests per second swing with the neighbours' load, while the CPU a
 * server spends per request barely moves; it compares servers fairly even when the machine is busy.
 */
export function cpuSecondsOf(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name (which may contain spaces, hence the last ")").
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // utime and stime are fields 14 and 15 of stat, in clock ticks (USER_HZ, 100 on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/**
 * The resident set of a process from /proc (Linux): now and its high-water mark (VmHWM, the true
 * peak, also between two samples). Null where /proc is not there.
 */
export function residentSetOf(pid: number | "self"): { rss: number; peak: number } | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const kilobytes = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? NaN);
    const rss = kilobytes("VmRSS") * 1024;
    const peak = kilobytes("VmHWM") * 1024;
    return Number.isFinite(rss) && Number.isFinite(peak) ? { rss, peak } : null;
  } catch {
    return null;
  }
}
