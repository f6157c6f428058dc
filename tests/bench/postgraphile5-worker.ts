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
import { postgraphile } from "postgraphile5";
import { PostGraphileAmberPreset } from "postgraphile5/presets/amber";
import { makePgService } from "postgraphile5/adaptors/pg";
import { grafserv } from "postgraphile5/grafserv/node";
import type { PostGraphileJob } from "./children";
import { closeHttpServer, listenOnLoopback, serveAsChild } from "./server-child";

serveAsChild(async (job: PostGraphileJob) => {
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
  await pgl.createServ(grafserv).addTo(server);
  return {
    port: await listenOnLoopback(server),
    async stop() {
      await closeHttpServer(server);
      await pgl.release(); // releases the grafserv instance and the pg pool
    },
  };
});
