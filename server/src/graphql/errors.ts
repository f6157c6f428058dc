import type { GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { ArgumentValidationError } from "type-graphql";

/** The error codes of the API contract (DESIGN §5). */
export enum ErrorCode {
  UNAUTHENTICATED = "UNAUTHENTICATED",
  FORBIDDEN = "FORBIDDEN",
  BAD_USER_INPUT = "BAD_USER_INPUT",
  NOT_FOUND = "NOT_FOUND",
  CONFLICT = "CONFLICT",
  TOO_MANY_REQUESTS = "TOO_MANY_REQUESTS",
  /** An invitation or reset link that is unknown, expired or already used (extensions.reason). */
  INVALID_TOKEN = "INVALID_TOKEN",
  QUERY_TIMEOUT = "QUERY_TIMEOUT",
  INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR",
}

export interface FieldProblem {
  field: string;
  message: string;
}

/** An expected failure that a client can act on; carries its code and details to the response. */
export class DomainError extends Error {
  /** graphql-js copies these onto the GraphQL error; Apollo applies and strips an `http` entry. */
  readonly extensions: Record<string, unknown>;

  constructor(
    readonly code: ErrorCode,
    message: string,
    details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = "DomainError";
    this.extensions = { ...details, code };
  }
}

export class BadUserInputError extends DomainError {
  constructor(message: string, fields: FieldProblem[]) {
    super(ErrorCode.BAD_USER_INPUT, message, { fields });
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string, id: string) {
    super(ErrorCode.NOT_FOUND, `${what} ${id} not found`, { id });
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(ErrorCode.CONFLICT, message, details);
  }
}

function validationFields(error: ArgumentValidationError): FieldProblem[] {
  const fields: FieldProblem[] = [];
  const walk = (items: typeof error.extensions.validationErrors, prefix: string): void => {
    for (const item of items) {
      const field = prefix ? `${prefix}.${item.property}` : item.property;
      for (const message of Object.values(item.constraints ?? {})) fields.push({ field, message });
      if (item.children?.length) walk(item.children, field);
    }
  };
  walk(error.extensions.validationErrors, "");
  return fields;
}

/**
 * The one place where errors become responses: domain errors keep their code and details,
 * validation errors become BAD_USER_INPUT with the offending fields, everything unexpected is
 * masked so no stack trace or SQL leaves the server outside development.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  raw: unknown,
  options: { production: boolean; log: (error: unknown) => void },
): GraphQLFormattedError {
  const original = unwrapResolverError(raw);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (original instanceof DomainError) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...base, message: original.message, extensions: { ...extensions, code: original.code } };
  }
  if (original instanceof ArgumentValidationError) {
    return {
      ...base,
      message: "Invalid input",
      extensions: { code: ErrorCode.BAD_USER_INPUT, fields: validationFields(original) },
    };
  }
  if (isStatementTimeout(original)) {
    return {
      ...base,
      message: "The database took too long for this request; ask for less, or try again later",
      extensions: { code: ErrorCode.QUERY_TIMEOUT },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === "string" && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    // Errors Apollo or graphql-js raised about the request itself (parse, validation, coercion).
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return options.production ? { ...formatted, extensions } : formatted;
  }
  options.log(original);
  if (options.production) {
    return {
      message: "Internal server error",
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  }
  return { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.INTERNAL_SERVER_ERROR } };
}

/** PostgreSQL's query_canceled, as raised by statement_timeout. */
function isStatementTimeout(error: unknown): boolean {
  const candidate = error as { code?: unknown; driverError?: { code?: unknown } } | null;
  return candidate?.code === "57014" || candidate?.driverError?.code === "57014";
}

/** PostgreSQL's unique_violation: a concurrent writer inserted the same key first. */
export function isUniqueViolation(error: unknown): boolean {
  const candidate = error as { code?: unknown; driverError?: { code?: unknown } } | null;
  return candidate?.code === "23505" || candidate?.driverError?.code === "23505";
}
