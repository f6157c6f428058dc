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
  /** smtp://user:pass@host:port (or smtps://); unset: mails are written as .eml files into mailDir. */
  smtpUrl: string | null;
  mailFrom: string;
  /** Where mails go without SMTP_URL (default: "mail" next to the PGlite data folder). */
  mailDir: string;
  /** Public base URL of the app, for links in mails. */
  appUrl: string;
  /** Seconds between looks at the mail outbox (once per slot across all processes). */
  mailDrainSeconds: number;
  /** Seconds between background sweeps: request expiry, deadline reminders, key purge. */
  sweepSeconds: number;
  /** Seconds an idle job worker waits before it looks for work again. */
  jobPollSeconds: number;
  /** A mail claimed by a process that died is sent again after this many seconds. */
  mailLeaseSeconds: number;
  /** Hour of the day (Europe/Berlin, 0–23) from which the daily digest mails go out. */
  digestHour: number;
  /** Seconds between looks whether the day's digest is due (once per slot across all processes). */
  digestCheckSeconds: number;
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
  const port = parsePort(env.PORT);
  const dataDir = path.resolve(env.DATA_DIR ?? path.join(process.cwd(), "data", "pglite"));
  return {
    port,
    databaseUrl: env.DATABASE_URL && env.DATABASE_URL.trim() !== "" ? env.DATABASE_URL : null,
    dataDir,
    production,
    logLevel: env.LOG_LEVEL ?? (production ? "info" : "debug"),
    clientDist: path.resolve(env.CLIENT_DIST ?? path.join(repoRoot, "client", "dist")),
    exposeSqlCount: env.EXPOSE_SQL_COUNT === "1" || !production,
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    shutdownTimeoutMs: parseMilliseconds("SHUTDOWN_TIMEOUT_MS", env.SHUTDOWN_TIMEOUT_MS, 10_000),
    statementTimeoutMs: parseMilliseconds("STATEMENT_TIMEOUT_MS", env.STATEMENT_TIMEOUT_MS, 15_000),
    smtpUrl: env.SMTP_URL && env.SMTP_URL.trim() !== "" ? env.SMTP_URL.trim() : null,
    mailFrom: env.MAIL_FROM ?? "ALBuM <noreply@album.localhost>",
    mailDir: path.resolve(env.MAIL_DIR ?? path.join(path.dirname(dataDir), "mail")),
    appUrl: parseAppUrl(env.APP_URL ?? `http://localhost:${port}`),
    mailDrainSeconds: parseSeconds("MAIL_DRAIN_SECONDS", env.MAIL_DRAIN_SECONDS, 5),
    sweepSeconds: parseSeconds("SWEEP_SECONDS", env.SWEEP_SECONDS, 60),
    jobPollSeconds: parseSeconds("JOB_POLL_SECONDS", env.JOB_POLL_SECONDS, 2),
    mailLeaseSeconds: parseSeconds("MAIL_LEASE_SECONDS", env.MAIL_LEASE_SECONDS, 300),
    digestHour: parseHour("DIGEST_HOUR", env.DIGEST_HOUR, 7),
    digestCheckSeconds: parseSeconds("DIGEST_CHECK_SECONDS", env.DIGEST_CHECK_SECONDS, 300),
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

function parseSeconds(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === "") return fallback;
  const seconds = Number(raw);
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > 86_400)
    throw new ConfigError(`${name} must be an integer between 1 and 86400 (seconds), got "${raw}"`);
  return seconds;
}

function parseHour(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === "") return fallback;
  const hour = Number(raw);
  if (!Number.isInteger(hour) || hour < 0 || hour > 23)
    throw new ConfigError(`${name} must be an hour between 0 and 23 (Europe/Berlin), got "${raw}"`);
  return hour;
}

function parseAppUrl(raw: string): string {
  try {
    const url = new URL(raw);
    if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error("protocol");
    return url.toString().replace(/\/$/, "");
  } catch {
    throw new ConfigError(`APP_URL must be an http(s) URL, got "${raw}"`);
  }
}

function parseTrustProxy(raw: string | undefined): string | number | false {
  if (!raw) return false;
  return /^\d+$/.test(raw) ? Number(raw) : raw;
}
