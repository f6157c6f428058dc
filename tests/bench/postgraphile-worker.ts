/**
 * Child process of the bench: PostGraphile v4 serving the bench's PostgreSQL database read-only on a
 * free loopback port, for the side-by-side comparison of DESIGN.md §7 (see children.ts, README.md).
 *
 * Settings as for production: no GraphiQL, no query log, no schema watching, no default mutations;
 * `simpleCollections: "both"` adds the `…List` fields next to the connections. Its `pg` pool has the
 * same size as the ALBuM server's.
 */
process.env.NODE_ENV ??= "production";
import "./single-graphql"; // before postgraphile: one graphql instance
import http from "node:http";
import type { AddressInfo } from "node:net";
import { postgraphile } from "postgraphile";
import type {
  FailedReply,
  PostGraphileJob,
  PostGraphileListening,
  PostGraphileStop,
  PostGraphileStopped,
} from "./children";

const MB = 1024 * 1024;

async function serve(job: PostGraphileJob): Promise<void> {
  let maxRss = 0;
  let maxHeapUsed = 0;
  const sample = () => {
    const usage = process.memoryUsage();
    maxRss = Math.max(maxRss, usage.rss);
    maxHeapUsed = Math.max(maxHeapUsed, usage.heapUsed);
  };
  const started = Date.now();
  const middleware = postgraphile({ connectionString: job.databaseUrl, max: job.poolSize }, "public", {
    disableDefaultMutations: true,
    simpleCollections: "both",
    legacyRelations: "omit",
    graphiql: false,
    watchPg: false,
    retryOnInitFail: false,
    disableQueryLog: true,
    enableQueryBatching: false,
    showErrorStack: false,
    setofFunctionsContainNulls: false,
  });
  await middleware.getGraphQLSchema(); // introspection + schema build before the first request
  const server = http.createServer(middleware);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const startMs = Date.now() - started;
  sample();
  const timer = setInterval(sample, 50);
  const { port } = server.address() as AddressInfo;
  const listening: PostGraphileListening = {
    kind: "listening",
    port,
    startMs,
    rssMb: Math.round(process.memoryUsage().rss / MB),
  };
  process.send?.(listening);

  const stop = async () => {
    clearInterval(timer);
    sample();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await middleware.release();
    const stopped: PostGraphileStopped = {
      kind: "stopped",
      maxRssMb: Math.round(maxRss / MB),
      maxHeapUsedMb: Math.round(maxHeapUsed / MB),
    };
    process.send?.(stopped, () => process.exit(0));
  };
  process.on("message", (message: PostGraphileStop) => {
    if (message.kind === "stop") void stop();
  });
  // The parent died or closed the channel without a stop: do not outlive it.
  process.once("disconnect", () => process.exit(0));
}

process.once("message", (job: PostGraphileJob) => {
  serve(job).catch((error: unknown) => {
    const reply: FailedReply = {
      kind: "failed",
      message: error instanceof Error ? (error.stack ?? error.message) : String(error),
    };
    process.send?.(reply, () => process.exit(1));
  });
});
