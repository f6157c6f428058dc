/**
 * The bench's child processes and their message protocol. Each worker is its own entry file
 * (seed-worker, load-worker, postgraphile-worker, postgraphile5-worker), so that a child loads only
 * what its job needs: the load generator and PostGraphile do not carry TypeORM and the entities in
 * their memory.
 *
 * Only the compiled build can fork them (`tests/bench/dist/tests/bench/*.js`, `npm run bench`).
 */
import { fork, type ChildProcess } from "node:child_process";
import path from "node:path";
import type { SeedSyntheticResult } from "../../seeds/synthetic";

export interface SeedJob {
  kind: "seed";
  databaseUrl: string | null;
  dataDir: string;
  organisations: number;
  seed: number;
  progress: boolean;
}

export interface SeedReply {
  kind: "seeded";
  result: SeedSyntheticResult;
  /** Opening the database and running the migrations. */
  openMs: number;
  /** Planning + writing, in one transaction. */
  seedMs: number;
  /** ANALYZE after seeding, so that the planner has statistics (as autovacuum would give a live database). */
  analyzeMs: number;
}

export interface LoadJob {
  kind: "load";
  url: string;
  body: string;
  connections: number;
  duration: number;
}

export interface LoadSummary {
  requestsPerSecond: number;
  requestsTotal: number;
  latencyMs: { p50: number; p90: number; p99: number; average: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  ok2xx: number;
  durationSeconds: number;
}

export interface LoadReply {
  kind: "loaded";
  summary: LoadSummary;
}

export interface PostGraphileJob {
  kind: "postgraphile";
  /** The bench's database (a PostgreSQL server; PostGraphile cannot serve PGlite). */
  databaseUrl: string;
  /** Size of PostGraphile's `pg` pool: the same as the ALBuM server's (10). */
  poolSize: number;
}

/** The ALBuM app alone in a child (`app-server-worker.js`), for figures that are the server's own. */
export interface AppServerJob {
  kind: "app-server";
  databaseUrl: string | null;
  dataDir: string;
}

export interface PostGraphileListening {
  kind: "listening";
  port: number;
  /** Introspection and schema build. */
  startMs: number;
  rssMb: number;
}

export interface PostGraphileStop {
  kind: "stop";
}

export interface PostGraphileStopped {
  kind: "stopped";
  maxRssMb: number;
  maxHeapUsedMb: number;
}

export interface FailedReply {
  kind: "failed";
  message: string;
}

/** The heap bound of the server process, as `npm start` and the Dockerfile set it (README "Memory"). */
export const SERVER_HEAP_MB = Number(process.env.SERVER_HEAP_MB ?? 256);

function forkWorker(file: string): ChildProcess {
  // execArgv: [] keeps the parent's --expose-gc out; NODE_ENV etc. come with the environment.
  // The app's own process gets the heap bound it is shipped with (npm start, Dockerfile).
  const execArgv = file === "app-server-worker.js" ? [`--max-old-space-size=${SERVER_HEAP_MB}`] : [];
  return fork(path.join(__dirname, file), [], { stdio: "inherit", execArgv });
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/** Runs one job in a fresh child process and resolves with its one answer. */
export function runInChild<R extends { kind: string }>(
  file: string,
  job: SeedJob | LoadJob,
  expected: R["kind"],
): Promise<R> {
  return new Promise((resolve, reject) => {
    const child = forkWorker(file);
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

/** In a worker file: answers the parent's one job, then exits. */
export function answerOneJob<J, R>(work: (job: J) => Promise<R>): void {
  process.once("message", (job: J) => {
    work(job)
      .then((reply) => process.send?.(reply, () => process.exit(0)))
      .catch((error: unknown) => {
        const reply: FailedReply = { kind: "failed", message: describe(error) };
        process.send?.(reply, () => process.exit(1));
      });
  });
}

export interface PostGraphileChild {
  url: string;
  /** The child's process id, for its CPU time (cpuSecondsOf). */
  pid: number;
  startMs: number;
  rssMb: number;
  /** Asks the child to close and reports its memory; kills it if it does not answer in time. Idempotent. */
  stop(): Promise<PostGraphileStopped | null>;
}

/**
 * Starts PostGraphile 4 (or PostGraphile 5, `postgraphile5-worker.js`, or the floor, `floor-worker.js`,
 * same protocol) in a child process on a free loopback port.
 */
export function startPostGraphileChild(
  job: PostGraphileJob | AppServerJob,
  file:
    | "postgraphile-worker.js"
    | "postgraphile5-worker.js"
    | "floor-worker.js"
    | "app-server-worker.js" = "postgraphile-worker.js",
): Promise<PostGraphileChild> {
  return new Promise((resolve, reject) => {
    const child = forkWorker(file);
    let exited = false;
    child.once("exit", (code) => {
      exited = true;
      reject(new Error(`${file} exited with code ${code} before listening`));
    });
    child.once("error", reject);
    child.once("message", (reply: PostGraphileListening | FailedReply) => {
      if (reply.kind !== "listening") {
        reject(new Error(`${file} failed: ${reply.message}`));
        return;
      }
      let stopping: Promise<PostGraphileStopped | null> | null = null;
      const stop = (): Promise<PostGraphileStopped | null> =>
        new Promise((done) => {
          if (exited || !child.connected) {
            done(null);
            return;
          }
          const timer = setTimeout(() => {
            child.kill("SIGKILL");
            done(null);
          }, 10_000);
          child.once("message", (stopped: PostGraphileStopped) => {
            clearTimeout(timer);
            done(stopped);
          });
          const message: PostGraphileStop = { kind: "stop" };
          child.send(message);
        });
      resolve({
        url: `http://127.0.0.1:${reply.port}/graphql`,
        pid: child.pid!,
        startMs: reply.startMs,
        rssMb: reply.rssMb,
        stop: () => (stopping ??= stop()),
      });
    });
    child.send(job);
  });
}
