import "reflect-metadata";
import type { AddressInfo } from "node:net";
import pino, { type Logger } from "pino";
import type { DataSource } from "typeorm";
import { loadConfig } from "../../server/src/config";
import { createDataSource, openDatabase } from "../../server/src/db/data-source";
import { entities } from "../../server/src/modules/entities";
import { buildApp } from "../../server/src/app";
import { seedIfEmpty } from "../../seeds/load-seed";
import { createTestDatabase } from "./test-database";
import type { LoginRateLimitOptions } from "../../server/src/graphql/login-rate-limit";
import type { DrainResult } from "../../server/src/http/graceful-shutdown";
import type { QueryCostOptions } from "../../server/src/graphql/query-cost";

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> & { code?: string } }[];
}

export interface TestServer {
  url: string;
  dataSource: DataSource;
  /** Sends a GraphQL request over real HTTP. */
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { cookie?: string; headers?: Record<string, string> },
  ): Promise<GraphQLResponse<T>>;
  /** Drains and stops the HTTP server as SIGTERM does (the database stays open for assertions). */
  stop(): Promise<void>;
  lastDrain(): DrainResult | null;
  close(): Promise<void>;
}

/** Starts the real app on a fresh, seeded database and a free port. */
export async function startTestServer(
  options: {
    production?: boolean;
    seed?: boolean;
    loginLimits?: LoginRateLimitOptions;
    shutdownTimeoutMs?: number;
    /** express "trust proxy": lets a test speak from several client addresses via X-Forwarded-For. */
    trustProxy?: number;
    queryCost?: Partial<QueryCostOptions>;
    responseSizeCapBytes?: number;
    /** Where the file transport writes mails and the development mail page reads them. */
    mailDir?: string;
    /** The server's logger (default: silent, or TEST_LOG_LEVEL). */
    log?: Logger;
  } = {},
): Promise<TestServer> {
  const database = await createTestDatabase();
  const log = options.log ?? pino({ level: process.env.TEST_LOG_LEVEL ?? "silent" });
  const config = {
    ...loadConfig({ NODE_ENV: options.production ? "production" : "test" }),
    databaseUrl: database.databaseUrl,
    dataDir: database.dataDir,
    port: 0,
    ...(options.shutdownTimeoutMs !== undefined ? { shutdownTimeoutMs: options.shutdownTimeoutMs } : {}),
    ...(options.trustProxy !== undefined ? { trustProxy: options.trustProxy } : {}),
    ...(options.mailDir !== undefined ? { mailDir: options.mailDir } : {}),
  };
  const dataSource = createDataSource({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, log, entities });
  await openDatabase(dataSource, log);
  if (options.seed !== false) await seedIfEmpty(dataSource, log, { demoAccounts: true });
  const { httpServer, apollo, lastDrain } = await buildApp(config, dataSource, log, {
    loginLimits: options.loginLimits,
    queryCost: options.queryCost,
    responseSizeCapBytes: options.responseSizeCapBytes,
  });
  await new Promise<void>((resolve) => httpServer.listen(0, "127.0.0.1", resolve));
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    dataSource,
    async graphql(query, variables, requestOptions) {
      const response = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(requestOptions?.cookie ? { cookie: requestOptions.cookie } : {}),
          ...requestOptions?.headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: never; errors?: never };
      return { status: response.status, headers: response.headers, data: body.data, errors: body.errors };
    },
    stop: () => apollo.stop(),
    lastDrain,
    async close() {
      await apollo.stop();
      await dataSource.destroy();
      await database.drop();
    },
  };
}

export const DEMO = {
  coordinator: "koordination@album-hannover.example",
  kargah: "partner@kargah.example",
  vhs: "partner@vhs-hannover.example",
  tui: "hadi@tui.example",
  password: "album-demo-2024",
} as const;

/** Signs in over HTTP and returns the session cookie to send with later requests. */
export async function signIn(server: TestServer, email: string, password: string = DEMO.password): Promise<string> {
  const response = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: `mutation($e:String!,$p:String!){ login(email:$e,password:$p){ id } }`,
      variables: { e: email, p: password },
    }),
  });
  const setCookie = response.headers.get("set-cookie");
  if (!setCookie) throw new Error(`sign-in as ${email} failed: ${await response.text()}`);
  return setCookie.split(";")[0] ?? "";
}
