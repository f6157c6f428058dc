import { apiProblems, fieldProblems, type FieldProblem } from "./graphql-errors";

/** What went wrong with an action, for a message: the kind, and the server's own words (English). */
export interface ActionProblem {
  kind: "conflict" | "invalid" | "unauthenticated" | "forbidden" | "notFound" | "error";
  /** The server's message; shown as a detail, since it is not localised. */
  detail: string;
  fields: FieldProblem[];
  /** The server's machine-readable cause, where it gives one (e.g. TANDEM_LIMIT_REACHED). */
  reason?: string;
}

const KINDS: Record<string, ActionProblem["kind"]> = {
  CONFLICT: "conflict",
  BAD_USER_INPUT: "invalid",
  UNAUTHENTICATED: "unauthenticated",
  FORBIDDEN: "forbidden",
  NOT_FOUND: "notFound",
};

export function actionProblem(error: unknown): ActionProblem {
  const problems = apiProblems(error);
  const known = problems.find((problem) => KINDS[problem.code] !== undefined);
  if (!known) return { kind: "error", detail: "", fields: [] };
  const reason = typeof known.extensions.reason === "string" ? known.extensions.reason : undefined;
  return {
    kind: KINDS[known.code] ?? "error",
    detail: known.message,
    fields: fieldProblems(known),
    ...(reason ? { reason } : {}),
  };
}
