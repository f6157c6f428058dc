import type { DataSource, EntityManager } from "typeorm";
import type { Logger } from "pino";
import type { LoginRateLimiter } from "./login-rate-limit";

export type Locale = "de" | "en";

/** The signed-in user; accounts arrive with the accounts module. */
export interface SessionUser {
  id: string;
  role: "COORDINATOR" | "PARTNER" | "COMPANY";
  organisationId: string | null;
}

/** What a resolver may do to the HTTP exchange: only the session cookie. */
export interface HttpExchange {
  clientIp: string;
  sessionToken: string | undefined;
  setSessionCookie(token: string, expiresAt: Date): void;
  clearSessionCookie(): void;
  /** Whether this request set or cleared the cookie: such an answer cannot be replayed (idempotency.ts). */
  sessionCookieChanged(): boolean;
}

/** Built once per request and passed first to every service call. */
export interface RequestContext {
  db: EntityManager;
  dataSource: DataSource;
  locale: Locale;
  user: SessionUser | null;
  log: Logger;
  http: HttpExchange;
  loginRateLimiter: LoginRateLimiter;
}

export function parseLocale(acceptLanguage: string | undefined): Locale {
  if (!acceptLanguage) return "de";
  return acceptLanguage.trim().toLowerCase().startsWith("en") ? "en" : "de";
}

export function createRequestContext(
  dataSource: DataSource,
  log: Logger,
  locale: Locale,
  user: SessionUser | null,
  http: HttpExchange,
  loginRateLimiter: LoginRateLimiter,
): RequestContext {
  // Each module keeps its DataLoaders per request through `perRequest` (per-request.ts).
  return {
    db: dataSource.manager,
    dataSource,
    locale,
    user,
    log,
    http,
    loginRateLimiter,
  };
}
