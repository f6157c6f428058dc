import "reflect-metadata";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import express, { type Express } from "express";
import compression from "compression";
import expressStaticGzip from "express-static-gzip";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import type { DataSource } from "typeorm";
import type { Logger } from "pino";
import { pinoHttp } from "pino-http";
import cookieParser from "cookie-parser";
import helmet from "helmet";
import type { Request, Response } from "express";
import type { AppConfig } from "./config";
import { buildAppSchema } from "./graphql/schema";
import { compiledExecutionEnabled, compiledExecutionGateway } from "./graphql/compiled-execution";
import { resolvers } from "./modules/resolvers";
import { createRequestContext, parseLocale, type RequestContext } from "./graphql/context";
import { formatError } from "./graphql/errors";
import { SQL_COUNT_OPT_OUT, sqlCounterStorage } from "./db/sql-counter";
import { resolveSession, SESSION_COOKIE } from "./modules/accounts/accounts.service";
import { knownOperationTypes, PARSE_OPTIONS, queryLimitProtection } from "./graphql/query-limits";
import { jsonErrorHandler } from "./http/json-errors";
import { GracefulShutdown, type DrainResult } from "./http/graceful-shutdown";
import { responseStatusPlugin } from "./graphql/response-status";
import { inputHygienePlugin } from "./graphql/input-hygiene";
import { DEFAULT_QUERY_COST, queryCostPlugin, type NetworkSize, type QueryCostOptions } from "./graphql/query-cost";
import { graphqlEndpoint, headersOf, isGraphQLPath } from "./http/graphql-endpoint";
import { idempotencyPlugin } from "./graphql/idempotency";
import { DEFAULT_LOGIN_LIMITS, LoginRateLimiter, type LoginRateLimitOptions } from "./graphql/login-rate-limit";
import { exchangeCalendarRouter } from "./modules/exchanges/exchange-calendar";
import { deadlineCalendarRouter } from "./modules/applications/deadline-calendar";
import { exportsRouter } from "./http/exports";
import { networkImportRouter } from "./http/network-import";
import { devMailEnabled, devMailRouter } from "./http/dev-mail";

export interface BuiltApp {
  app: Express;
  httpServer: http.Server;
  /** `apollo.stop()` drains the HTTP server gracefully (see GracefulShutdown) before it stops. */
  apollo: ApolloServer<RequestContext>;
  /** What the last drain did: set once `apollo.stop()` has drained the server. */
  lastDrain: () => DrainResult | null;
}

/** Adds the number of SQL statements of the request as a header (N+1 checks in tests and benchmarks). */
const sqlCountPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        const counter = sqlCounterStorage.getStore();
        if (counter) response.http.headers.set("x-sql-statements", String(counter.statements));
      },
    };
  },
};

/** Builds the express + Apollo app on an open data source; tests use it without a fixed port. */
export async function buildApp(
  config: AppConfig,
  dataSource: DataSource,
  log: Logger,
  options: {
    loginLimits?: LoginRateLimitOptions;
    queryCost?: Partial<QueryCostOptions>;
    responseSizeCapBytes?: number;
  } = {},
): Promise<BuiltApp> {
  const app = express();
  // `/graphql` beside express, not through it (http/graphql-endpoint.ts); set below, once Apollo runs.
  let graphql: ((req: http.IncomingMessage, res: http.ServerResponse) => void) | null = null;
  const httpServer = http.createServer((req, res) =>
    graphql && isGraphQLPath(req.url) ? graphql(req, res) : app(req, res),
  );
  const schema = await buildAppSchema(resolvers);
  const loginRateLimiter = new LoginRateLimiter(options.loginLimits ?? DEFAULT_LOGIN_LIMITS, dataSource);
  const limits = queryLimitProtection();
  const graceful = new GracefulShutdown(httpServer);
  let lastDrain: DrainResult | null = null;
  const drainPlugin: ApolloServerPlugin<RequestContext> = {
    async serverWillStart() {
      return {
        async drainServer() {
          lastDrain = await graceful.drain({ timeoutMs: config.shutdownTimeoutMs });
        },
      };
    },
  };
  const apollo = new ApolloServer<RequestContext>({
    // The gateway hook only replaces execution (graphql-jit for queries seen before); see compiled-execution.ts.
    ...(compiledExecutionEnabled() ? { gateway: compiledExecutionGateway(schema) } : { schema }),
    validationRules: [...limits.validationRules, knownOperationTypes],
    parseOptions: PARSE_OPTIONS,
    allowBatchedHttpRequests: false,
    introspection: !config.production,
    // main.ts owns shutdown (drain, then close the database); Apollo must not race it.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: !config.production,
    formatError: (formatted, raw) =>
      formatError(formatted, raw, {
        production: config.production,
        log: (error) => log.error({ err: error }, "unexpected error"),
      }),
    plugins: [
      drainPlugin,
      // No HTTP caching of GraphQL responses here; the per-field cache hints only cost time.
      ApolloServerPluginCacheControlDisabled(),
      ...limits.plugins,
      responseStatusPlugin,
      inputHygienePlugin,
      queryCostPlugin(schema, cachedNetworkSize(dataSource), { ...DEFAULT_QUERY_COST, ...options.queryCost }),
      ...(config.exposeSqlCount ? [sqlCountPlugin] : []),
      // Last: it stores the answer as the plugins before it (status, headers) have left it.
      idempotencyPlugin,
    ],
  });
  await apollo.start();

  app.disable("x-powered-by");
  // Client IPs from X-Forwarded-For only when told that a proxy sets it.
  if (config.trustProxy) app.set("trust proxy", config.trustProxy);
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        "img-src": ["'self'", "data:", "blob:"],
        "connect-src": ["'self'"],
        "upgrade-insecure-requests": config.production ? [] : null,
      },
    },
    strictTransportSecurity: config.production,
  });
  app.use(securityHeaders);
  app.use(
    pinoHttp({
      logger: log,
      autoLogging: { ignore: (req) => req.url === "/healthz" || req.url === "/readyz" },
      // Query strings can carry secrets (the calendar token): log the path only, and no cookies.
      serializers: {
        req: (req: { id: unknown; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          path: req.url.split("?")[0],
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  );
  app.use(compression());
  app.use(cookieParser());

  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.get("/readyz", async (_req, res) => {
    try {
      await dataSource.query("SELECT 1");
      res.json({ status: "ready" });
    } catch (error) {
      log.warn({ err: error }, "database not reachable");
      res.status(503).json({ status: "database unreachable" });
    }
  });

  graphql = graphqlEndpoint({
    app,
    apollo,
    // Counting rides on AsyncLocalStorage, whose promise hooks cost every request a good part of its
    // CPU (measured: +45 % throughput on the nested directory query without them). So only where the
    // count is wanted (tests, development, the bench's probes), and not for a request that opts out.
    around: config.exposeSqlCount
      ? (req, handle) => (req.headers[SQL_COUNT_OPT_OUT] ? handle() : sqlCounterStorage.run({ statements: 0 }, handle))
      : undefined,
    // Every answer may be compressed or not depending on Accept-Encoding (see graphql-endpoint.ts).
    headers: [...headersOf(securityHeaders), ["Vary", "Accept-Encoding"]],
    parseBody: express.json({ limit: "100kb" }),
    parseCookies: cookieParser(),
    compress: compression(),
    onError: jsonErrorHandler(log),
    maxResponseBytes: options.responseSizeCapBytes ?? RESPONSE_SIZE_CAP_BYTES,
    log,
    context: async (req, res) => {
      const token = sessionTokenOf(req);
      const user = await resolveSession(dataSource, token);
      return createRequestContext(
        dataSource,
        log,
        parseLocale(req.headers["accept-language"]),
        user,
        httpExchange(req, res, token, config),
        loginRateLimiter,
      );
    },
  });

  app.use(exchangeCalendarRouter(dataSource));
  app.use(deadlineCalendarRouter(dataSource, log));
  app.use(exportsRouter(dataSource, log));
  app.use(networkImportRouter(dataSource, log));
  if (devMailEnabled(config)) app.use(devMailRouter(config.mailDir, log));
  serveClient(app, config.clientDist, log);
  app.use(jsonErrorHandler(log));
  return { app, httpServer, apollo, lastDrain: () => lastDrain };
}

/** The graph of 10,000 organisations answers ~4.4 MB; anything far beyond is a runaway query. */
const RESPONSE_SIZE_CAP_BYTES = 32 * 1024 * 1024;

/** Rows the whole-network graph returns, for its query cost; counted at most every 30 s. */
function cachedNetworkSize(dataSource: DataSource): () => Promise<NetworkSize> {
  let cached: { size: NetworkSize; at: number } | null = null;
  let pending: Promise<NetworkSize> | null = null;
  return async () => {
    if (cached && Date.now() - cached.at < 30_000) return cached.size;
    // Outside the request's SQL count: a cache refresh is no statement of the query being answered.
    pending ??= sqlCounterStorage
      .exit(() =>
        dataSource.query(
          `SELECT (SELECT count(*) FROM organisation)::int AS nodes,
                ((SELECT count(*) FROM relation) + (SELECT count(*) FROM application_participant))::int AS edges`,
        ),
      )
      .then(([row]: { nodes: number; edges: number }[]) => {
        cached = { size: row!, at: Date.now() };
        return row!;
      })
      .finally(() => {
        pending = null;
      });
    return pending;
  };
}

/** The built Vue client at `/`, with history-mode fallback, so the app is one URL. */
function serveClient(app: Express, clientDist: string, log: Logger): void {
  const indexFile = path.join(clientDist, "index.html");
  if (!fs.existsSync(indexFile)) {
    log.warn({ clientDist }, "client not built; run `npm run build` to serve the UI");
    return;
  }
  // The build writes .br and .gz beside each asset (client/vite.config.ts); compression() leaves a
  // response alone that already has its Content-Encoding.
  app.use(
    expressStaticGzip(clientDist, {
      enableBrotli: true,
      orderPreference: ["br", "gz"],
      index: false,
      serveStatic: { index: false, maxAge: "1h" },
    }),
  );
  app.get(/^\/(?!graphql|healthz|readyz|calendar|export|dev-mail\/).*/, (_req, res) => {
    res.sendFile(indexFile);
  });
}

function sessionTokenOf(req: Request): string | undefined {
  const cookies = req.cookies as Record<string, unknown> | undefined;
  const token = cookies?.[SESSION_COOKIE];
  return typeof token === "string" ? token : undefined;
}

function httpExchange(req: Request, res: Response, token: string | undefined, config: AppConfig) {
  const cookieOptions = { httpOnly: true, sameSite: "lax" as const, secure: config.production, path: "/" };
  let cookieChanged = false;
  return {
    clientIp: req.ip ?? "unknown",
    sessionToken: token,
    setSessionCookie: (value: string, expiresAt: Date) => {
      cookieChanged = true;
      res.cookie(SESSION_COOKIE, value, { ...cookieOptions, expires: expiresAt });
    },
    clearSessionCookie: () => {
      cookieChanged = true;
      res.clearCookie(SESSION_COOKIE, cookieOptions);
    },
    sessionCookieChanged: () => cookieChanged,
  };
}
