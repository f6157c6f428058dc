/**
 * Child process of the bench: PostGraphile 5 (the `postgraphile5` alias of postgraphile@5, Node ≥ 22)
 * serving the bench's PostgreSQL database read-only on a free loopback port, beside PostGraphile 4
 * (postgraphile-worker.ts, same message protocol; see children.ts, README.md).
 *
 * Settings as for production: the Amber preset, no Ruru (GraphiQL), no schema watching, no default
 * mutations, no websockets. As in v4 (`ignoreIndexes`, `ignoreRBAC` by default) relations, conditions
 * and orders are exposed whether or not an index backs them, and the `…List` fields stand next to the
 * connections (v4's `simpleCollections: "both"`, a behavior in v5). Its `pg` pool has the same size as
 * the ALBuM server's. PostGraphile 5 brings graphql 16, the root copy: no single-graphql.ts here.
 */
process.env.NODE_ENV ??= "production";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { postgraphile } from "postgraphile5";
import { PostGraphileAmberPreset } from "postgraphile5/presets/amber";
import { makePgService } from "postgraphile5/adaptors/pg";
import { grafserv } from "postgraphile5/grafserv/node";
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
  const pgl = postgraphile({
    extends: [PostGraphileAmberPreset],
    disablePlugins: [
      "PgMutationCreatePlugin",
      "PgMutationUpdateDeletePlugin",
      "PgIndexBehaviorsPlugin",
      "PgRBACPlugin",
    ],
    pgServices: [
      makePgService({ connectionString: job.databaseUrl, schemas: ["public"], poolConfig: { max: job.poolSize } }),
    ],
    schema: { defaultBehavior: "+connection +resource:connection +list +resource:list" },
    grafserv: { graphqlPath: "/graphql", graphiql: false, watch: false, websockets: false },
  });
  await pgl.getSchemaResult(); // introspection + schema build before the first request
  const server = http.createServer();
  const serv = pgl.createServ(grafserv);
  await serv.addTo(server);
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
    await pgl.release(); // releases the grafserv instance and the pg pool
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
