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
  /** Attempts per IP address and window. */
  perIp: number;
  /** Failed attempts per account and window. */
  perAccount: number;
  windowSeconds: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginRateLimitOptions = { perIp: 30, perAccount: 5, windowSeconds: 15 * 60 };

/**
 * Slows down password guessing: every attempt counts against the IP, failed ones against the
 * account. Kept in process memory: with several processes each one limits on its own, which still
 * bounds guessing to a small multiple.
 */
export class LoginRateLimiter {
  private readonly byIp: RateLimiterMemory;
  private readonly byAccount: RateLimiterMemory;

  constructor(options: LoginRateLimitOptions = DEFAULT_LOGIN_LIMITS) {
    this.byIp = new RateLimiterMemory({
      keyPrefix: "login-ip",
      points: options.perIp,
      duration: options.windowSeconds,
    });
    this.byAccount = new RateLimiterMemory({
      keyPrefix: "login-account",
      points: options.perAccount,
      duration: options.windowSeconds,
    });
  }

  /** Refuses before checking the password when the IP or the account has used up its attempts. */
  async beforeAttempt(ip: string, account: string): Promise<void> {
    try {
      await this.byIp.consume(ip);
    } catch (rejection) {
      throw toError(rejection);
    }
    const accountState = await this.byAccount.get(account);
    if (accountState && accountState.remainingPoints <= 0) throw toError(accountState);
  }

  async onFailure(account: string): Promise<void> {
    await this.byAccount.consume(account).catch(() => undefined);
  }

  async onSuccess(account: string): Promise<void> {
    await this.byAccount.delete(account);
  }
}

function toError(rejection: unknown): Error {
  if (rejection instanceof RateLimiterRes)
    return new TooManyAttemptsError(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
  return rejection instanceof Error ? rejection : new Error(String(rejection));
}
