import fs from "node:fs";
import path from "node:path";

/** Process configuration, parsed and validated once from the environment. */
export interface AppConfig {
  port: number;
  databaseUrl: string | null;
  dataDir: string;
  production: boolean;
  logLevel: string;
  /** Serve the built client from this directory, when it exists. */
  clientDist: string;
  /** Expose the number of SQL statements per request in a response header (benchmarks, tests). */
  exposeSqlCount: boolean;
  /** express "trust proxy" setting (e.g. "1" behind one load balancer); unset: trust none. */
  trustProxy: string | number | false;
  /** How long a SIGTERM waits for requests in flight before it cuts the remaining connections. */
  shutdownTimeoutMs: number;
  /** PostgreSQL statement_timeout for the server's queries. */
  statementTimeoutMs: number;
}

export class ConfigError extends Error {}

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw === "") return 4000;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be an integer between 0 and 65535, got "${raw}"`);
  }
  return port;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const production = env.NODE_ENV === "production";
  const repoRoot = findRepoRoot(__dirname);
  return {
    port: parsePort(env.PORT),
    databaseUrl: env.DATABASE_URL && env.DATABASE_URL.trim() !== "" ? env.DATABASE_URL : null,
    dataDir: path.resolve(env.DATA_DIR ?? path.join(process.cwd(), "data", "pglite")),
    production,
    logLevel: env.LOG_LEVEL ?? (production ? "info" : "debug"),
    clientDist: path.resolve(env.CLIENT_DIST ?? path.join(repoRoot, "client", "dist")),
    exposeSqlCount: env.EXPOSE_SQL_COUNT === "1" || !production,
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    shutdownTimeoutMs: parseMilliseconds("SHUTDOWN_TIMEOUT_MS", env.SHUTDOWN_TIMEOUT_MS, 10_000),
    statementTimeoutMs: parseMilliseconds("STATEMENT_TIMEOUT_MS", env.STATEMENT_TIMEOUT_MS, 15_000),
  };
}

/** The repository root, found from this file whether it runs from source or from dist/. */
export function findRepoRoot(start: string): string {
  let dir = start;
  while (path.dirname(dir) !== dir) {
    if (fs.existsSync(path.join(dir, "seeds")) && fs.existsSync(path.join(dir, "client"))) return dir;
    dir = path.dirname(dir);
  }
  return process.cwd();
}

function parseMilliseconds(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === "") return fallback;
  const ms = Number(raw);
  if (!Number.isInteger(ms) || ms < 0 || ms > 600_000)
    throw new ConfigError(`${name} must be an integer between 0 and 600000 (milliseconds), got "${raw}"`);
  return ms;
}

function parseTrustProxy(raw: string | undefined): string | number | false {
  if (!raw) return false;
  return /^\d+$/.test(raw) ? Number(raw) : raw;
}
