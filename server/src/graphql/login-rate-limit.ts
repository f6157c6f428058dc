import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
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
 * Kept in process memory: with several processes each one limits on its own (a shared store in
 * PostgreSQL belongs with the job queue's work).
 */
export class LoginRateLimiter {
  private readonly bySource: RateLimiterMemory;
  private readonly byAccountAndSource: RateLimiterMemory;
  private readonly byAccount: RateLimiterMemory;
  private readonly delayAfter: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;

  constructor(options: LoginRateLimitOptions = DEFAULT_LOGIN_LIMITS) {
    this.bySource = new RateLimiterMemory({
      keyPrefix: "login-ip",
      points: options.perIp,
      duration: options.windowSeconds,
    });
    this.byAccountAndSource = new RateLimiterMemory({
      keyPrefix: "login-account-ip",
      points: options.perAccount,
      duration: options.windowSeconds,
    });
    // Only counts: no attempt is refused on it.
    this.byAccount = new RateLimiterMemory({
      keyPrefix: "login-account",
      points: Number.MAX_SAFE_INTEGER,
      duration: options.windowSeconds,
    });
    this.delayAfter = options.delayAfter ?? DEFAULT_LOGIN_LIMITS.delayAfter!;
    this.baseDelayMs = options.baseDelayMs ?? DEFAULT_LOGIN_LIMITS.baseDelayMs!;
    this.maxDelayMs = options.maxDelayMs ?? DEFAULT_LOGIN_LIMITS.maxDelayMs!;
  }

  /** Reserves this attempt's places, waiting first when the account is under distributed guessing. */
  async reserve(source: string, account: string): Promise<LoginAttempt> {
    const pair = `${account}\u0000${source}`;
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

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function toError(rejection: unknown): Error {
  if (rejection instanceof RateLimiterRes)
    return new TooManyAttemptsError(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
  return rejection instanceof Error ? rejection : new Error(String(rejection));
}
