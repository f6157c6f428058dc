import { findProblem } from "./graphql-errors";

export type TokenRefusal = "UNKNOWN" | "EXPIRED" | "USED";

/** Why the server refused a mailed link (INVALID_TOKEN's `reason`), or null for any other failure. */
export function tokenRefusal(error: unknown): TokenRefusal | null {
  const problem = findProblem(error, "INVALID_TOKEN");
  if (!problem) return null;
  const reason = problem.extensions.reason;
  return reason === "EXPIRED" || reason === "USED" ? reason : "UNKNOWN";
}

/** The `token` query parameter of a mailed link, or "" when it is missing. */
export function tokenParam(value: unknown): string {
  const token = Array.isArray(value) ? value[0] : value;
  return typeof token === "string" ? token.trim() : "";
}
