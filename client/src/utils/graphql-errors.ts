/** One error of a GraphQL answer, as the server formats it (DESIGN §5: `extensions.code`). */
export interface ApiProblem {
  code: string;
  message: string;
  extensions: Record<string, unknown>;
}

export interface FieldProblem {
  field: string;
  message: string;
}

interface FormattedError {
  message?: unknown;
  extensions?: Record<string, unknown> | null;
}

function toProblem(error: FormattedError): ApiProblem {
  const extensions = error.extensions ?? {};
  const code = typeof extensions.code === "string" ? extensions.code : "INTERNAL_SERVER_ERROR";
  return { code, message: typeof error.message === "string" ? error.message : "", extensions };
}

function errorList(value: unknown): FormattedError[] {
  return Array.isArray(value)
    ? value.filter((item): item is FormattedError => typeof item === "object" && item !== null)
    : [];
}

/**
 * The problems behind an Apollo error. GraphQL errors normally arrive with HTTP 200; a few (the
 * sign-in rate limit: HTTP 429) arrive as a network error whose body still holds the GraphQL errors.
 */
export function apiProblems(error: unknown): ApiProblem[] {
  if (typeof error !== "object" || error === null) return [];
  const candidate = error as {
    graphQLErrors?: unknown;
    networkError?: { result?: { errors?: unknown } } | null;
    errors?: unknown;
  };
  const fromGraphQL = errorList(candidate.graphQLErrors);
  const fromNetwork = errorList(candidate.networkError?.result?.errors);
  const plain = errorList(candidate.errors);
  return [...fromGraphQL, ...fromNetwork, ...plain].map(toProblem);
}

export function findProblem(error: unknown, code: string): ApiProblem | undefined {
  return apiProblems(error).find((problem) => problem.code === code);
}

export function hasProblem(error: unknown, code: string): boolean {
  return findProblem(error, code) !== undefined;
}

/** `extensions.fields` of a BAD_USER_INPUT error: which input field was refused and why. */
export function fieldProblems(problem: ApiProblem | undefined): FieldProblem[] {
  const fields = problem?.extensions.fields;
  if (!Array.isArray(fields)) return [];
  return fields.flatMap((entry: unknown) => {
    const item = entry as { field?: unknown; message?: unknown } | null;
    return typeof item?.field === "string"
      ? [{ field: item.field, message: typeof item.message === "string" ? item.message : "" }]
      : [];
  });
}
