import { findProblem, hasProblem } from "./graphql-errors";

/** An i18n key with its parameters; `plural` picks the plural form. */
export interface LocalMessage {
  key: string;
  params?: Record<string, string | number>;
  plural?: number;
}

/** Seconds to wait from the error (extensions.retryAfterSeconds), or from the Retry-After header. */
export function retryAfterSeconds(error: unknown): number | null {
  const fromExtensions = findProblem(error, "TOO_MANY_REQUESTS")?.extensions.retryAfterSeconds;
  if (typeof fromExtensions === "number" && fromExtensions > 0) return Math.ceil(fromExtensions);
  const response = (
    error as { networkError?: { response?: { headers?: { get?: (name: string) => string | null } } } } | null
  )?.networkError?.response;
  const header = Number(response?.headers?.get?.("retry-after"));
  return Number.isFinite(header) && header > 0 ? Math.ceil(header) : null;
}

/** What the sign-in form says when signing in failed; never whether the address exists. */
export function signInErrorMessage(error: unknown): LocalMessage {
  const wait = retryAfterSeconds(error);
  if (wait !== null || hasProblem(error, "TOO_MANY_REQUESTS")) {
    if (wait === null) return { key: "signIn.errors.tooManyLater" };
    if (wait < 60) return { key: "signIn.errors.tooManySeconds", params: { count: wait }, plural: wait };
    const minutes = Math.ceil(wait / 60);
    return { key: "signIn.errors.tooManyMinutes", params: { count: minutes }, plural: minutes };
  }
  if (findProblem(error, "UNAUTHENTICATED")?.extensions.reason === "DEACTIVATED")
    return { key: "accounts.deactivated" };
  if (hasProblem(error, "UNAUTHENTICATED")) return { key: "signIn.errors.credentials" };
  if (hasProblem(error, "BAD_USER_INPUT")) return { key: "signIn.errors.invalid" };
  return { key: "signIn.errors.generic" };
}
