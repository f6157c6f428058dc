import { apiProblems, fieldProblems, findProblem, type FieldProblem } from "./graphql-errors";

/** Why a save failed, in the terms the edit form reacts to. */
export type SaveProblem =
  | { kind: "conflict"; currentVersion: number | null }
  | { kind: "invalid"; fields: FieldProblem[] }
  | { kind: "unauthenticated" }
  | { kind: "forbidden" }
  | { kind: "notFound" }
  | { kind: "error" };

export function classifySaveError(error: unknown): SaveProblem {
  const conflict = findProblem(error, "CONFLICT");
  if (conflict) {
    const current = conflict.extensions.currentVersion;
    return { kind: "conflict", currentVersion: typeof current === "number" ? current : null };
  }
  const invalid = findProblem(error, "BAD_USER_INPUT");
  if (invalid) return { kind: "invalid", fields: fieldProblems(invalid) };
  const codes = new Set(apiProblems(error).map((problem) => problem.code));
  if (codes.has("UNAUTHENTICATED")) return { kind: "unauthenticated" };
  if (codes.has("FORBIDDEN")) return { kind: "forbidden" };
  if (codes.has("NOT_FOUND")) return { kind: "notFound" };
  return { kind: "error" };
}
