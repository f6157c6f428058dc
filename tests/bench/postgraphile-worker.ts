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
import { postgraphile } from "postgraphile";
import type { PostGraphileJob } from "./children";
import { closeHttpServer, listenOnLoopback, serveAsChild } from "./server-child";

serveAsChild(async (job: PostGraphileJob) => {
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
  return {
    port: await listenOnLoopback(server),
    async stop() {
      await closeHttpServer(server);
      await middleware.release();
    },
  };
});
