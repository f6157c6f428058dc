import type { FieldProblem } from "./graphql-errors";
import type { FieldMessage } from "./organisation-form";

/**
 * Puts the fields of a BAD_USER_INPUT answer onto a form. `fieldFor` names the form field behind a
 * server field path (without its "input." prefix), or null when the form does not show it; such
 * problems come back apart, for a general message. The first problem of a field wins.
 */
export function serverFieldErrors<Field extends string>(
  problems: readonly FieldProblem[],
  fieldFor: (path: string) => Field | null | undefined,
  messageFor: (problem: FieldProblem, field: Field) => FieldMessage,
): { fieldErrors: Partial<Record<Field, FieldMessage>>; unmatched: FieldProblem[] } {
  const fieldErrors: Partial<Record<Field, FieldMessage>> = {};
  const unmatched: FieldProblem[] = [];
  for (const problem of problems) {
    const field = fieldFor(problem.field.replace(/^input\./, ""));
    if (field) fieldErrors[field] ??= messageFor(problem, field);
    else unmatched.push(problem);
  }
  return { fieldErrors, unmatched };
}

/** The server's own words as a field's message (`validation.server`). */
export const serverWords =
  (key: string) =>
  (problem: FieldProblem): FieldMessage => ({ key, params: { message: problem.message } });

/** The form field named by a path's first segment ("topics.0.weight" → "topics"). */
export const firstSegment = (path: string) => path.split(".")[0] ?? "";
