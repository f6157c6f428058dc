import { createHash } from "node:crypto";
import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRes,
  type RateLimiterAbstract,
} from "rate-limiter-flexible";
import type { DataSource } from "typeorm";
import { DomainError, ErrorCode } from "./errors";

/** Too many attempts; carries the seconds to wait, sent as Retry-After. */
export class TooManyAttemptsError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super(ErrorCode.TOO_MANY_REQUESTS, `Too many sign-in attempts. Try again in ${retryAfterSeconds} seconds.`, {
      retryAfterSeconds,
      http: { status: 429, headers: new Map([["retry-after", String(retryAfterSeconds)]]) },
    });
  }
}

export interface LoginRateLimitOptions {
  /** Failed attempts per source address and window, whatever the account. */
  perIp: number;
  /** Failed attempts per account from one source address and window. */
  perAccount: number;
  windowSeconds: number;
  /**
   * Failed attempts per account from all sources together before each further attempt on it is
   * slowed down (never refused): the delay doubles per failure up to `maxDelayMs`.
   */
  delayAfter?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginRateLimitOptions = {
  perIp: 30,
  perAccount: 5,
  windowSeconds: 15 * 60,
  delayAfter: 10,
  baseDelayMs: 250,
  maxDelayMs: 8_000,
};

/** An attempt that holds its places in the budgets until the password check has an outcome. */
export interface LoginAttempt {
  /** Successes never count: the reserved places are given back. */
  succeeded(): Promise<void>;
  /** The reserved places stay used. */
  failed(): Promise<void>;
}

/**
 * Slows down password guessing without letting an attacker lock out the owner:
 * - failures count per source address (all accounts) and per account *and* source, so guessing
 *   from elsewhere never refuses the owner's own sign-in;
 * - failures per account from all sources add a growing delay (distributed guessing), not a lock;
 * - each attempt reserves its places atomically *before* the slow password check and gets them back
 *   on success, so 40 parallel wrong passwords meet a limit of 5 exactly, and successful sign-ins
 *   behind one proxy never use up the address's budget.
 * Kept in the database (table `rate_limit`) when given a data source, so that N server processes on
 * one PostgreSQL share one budget; in process memory otherwise (unit use only).
 */
export class LoginRateLimiter {
  private readonly bySource: RateLimiterAbstract;
  private readonly byAccountAndSource: RateLimiterAbstract;
  private readonly byAccount: RateLimiterAbstract;
  private readonly delayAfter: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;

  constructor(options: LoginRateLimitOptions = DEFAULT_LOGIN_LIMITS, dataSource: DataSource | null = null) {
    const limiter = (keyPrefix: string, points: number): RateLimiterAbstract =>
      dataSource
        ? new RateLimiterPostgres({
            storeClient: sqlClient(dataSource),
            storeType: "client",
            tableName: "rate_limit",
            tableCreated: true,
            keyPrefix,
            points,
            duration: options.windowSeconds,
          })
        : new RateLimiterMemory({ keyPrefix, points, duration: options.windowSeconds });
    this.bySource = limiter("login-ip", options.perIp);
    this.byAccountAndSource = limiter("login-account-ip", options.perAccount);
    // Only counts: no attempt is refused on it (the column is an integer).
    this.byAccount = limiter("login-account", 2 ** 31 - 1);
    this.delayAfter = options.delayAfter ?? DEFAULT_LOGIN_LIMITS.delayAfter!;
    this.baseDelayMs = options.baseDelayMs ?? DEFAULT_LOGIN_LIMITS.baseDelayMs!;
    this.maxDelayMs = options.maxDelayMs ?? DEFAULT_LOGIN_LIMITS.maxDelayMs!;
  }

  /** Reserves this attempt's places, waiting first when the account is under distributed guessing. */
  async reserve(source: string, rawAccount: string): Promise<LoginAttempt> {
    // Hashed: keys stay short and free of bytes PostgreSQL text refuses, whatever was typed.
    const account = digest(rawAccount);
    const pair = digest(`${rawAccount}\u0000${source}`);
    try {
      await this.bySource.consume(source);
    } catch (rejection) {
      throw toError(rejection);
    }
    try {
      await this.byAccountAndSource.consume(pair);
    } catch (rejection) {
      await this.bySource.reward(source);
      throw toError(rejection);
    }
    const accountWide = await this.byAccount.consume(account);
    const excess = accountWide.consumedPoints - this.delayAfter;
    if (excess > 0) await sleep(Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** (excess - 1)));
    return {
      succeeded: async () => {
        await Promise.all([
          this.bySource.reward(source),
          this.byAccountAndSource.delete(pair),
          this.byAccount.reward(account),
        ]);
      },
      failed: async () => {},
    };
  }
}

function digest(value: string): string {
  return createHash("sha256").update(value).digest("base64url");
}

/**
 * The pg-client shape rate-limiter-flexible's PostgreSQL store calls, on the app's TypeORM data
 * source: the same code path on a PostgreSQL server and on embedded PGlite.
 */
function sqlClient(dataSource: DataSource) {
  return {
    async query(q: { text: string; values?: unknown[] }) {
      const runner = dataSource.createQueryRunner();
      try {
        const result = await runner.query(q.text, q.values, true);
        const rows = (result.records ?? []) as unknown[];
        return { rows, rowCount: result.affected ?? rows.length };
      } finally {
        await runner.release();
      }
    },
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function toError(rejection: unknown): Error {
  if (rejection instanceof RateLimiterRes)
    return new TooManyAttemptsError(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
  return rejection instanceof Error ? rejection : new Error(String(rejection));
}
