import type { DataSource, EntityManager } from "typeorm";
import type { Logger } from "pino";
import type { LoginRateLimiter } from "../http/login-rate-limit";
import { createNetworkLoaders, type NetworkLoaders } from "../modules/network/network.loaders";
import { createFundingLoaders, type FundingLoaders } from "../modules/funding/funding.loaders";
import { createAccountsLoaders, type AccountsLoaders } from "../modules/accounts/accounts.loaders";

export type Locale = "de" | "en";

/** The signed-in user; accounts arrive with the accounts module. */
export interface SessionUser {
  id: string;
  role: "COORDINATOR" | "PARTNER" | "COMPANY";
  organisationId: string | null;
}

export interface RequestLoaders extends NetworkLoaders, FundingLoaders, AccountsLoaders {}

/** What a resolver may do to the HTTP exchange: only the session cookie. */
export interface HttpExchange {
  clientIp: string;
  sessionToken: string | undefined;
  setSessionCookie(token: string, expiresAt: Date): void;
  clearSessionCookie(): void;
}

/** Built once per request and passed first to every service call. */
export interface RequestContext {
  db: EntityManager;
  dataSource: DataSource;
  locale: Locale;
  user: SessionUser | null;
  /** Fresh for every request: DataLoaders must never share cached rows between users. */
  loaders: RequestLoaders;
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
  const db = dataSource.manager;
  return {
    db,
    dataSource,
    locale,
    user,
    loaders: { ...createNetworkLoaders(db), ...createFundingLoaders(db), ...createAccountsLoaders(db) },
    log,
    http,
    loginRateLimiter,
  };
}
