import { GraphQLError, GraphQLScalarType, Kind, visit, type DocumentNode, type ValueNode } from "graphql";
import { DateTimeResolver, LocalDateResolver } from "graphql-scalars";
import type { ApolloServerPlugin } from "@apollo/server";
import { registerDecorator, type ValidationArguments } from "class-validator";

/**
 * Characters no field of ours may hold: NUL (PostgreSQL refuses it in text, so it surfaced as a 500),
 * lone surrogates (not encodable as UTF-8) and the bidi embedding, override and isolate controls
 * (U+202A–U+202E, U+2066–U+2069) that make a name read differently from what is stored
 * ("Trojan Source"). The plain direction marks (LRM, RLM, ALM) stay allowed: Arabic and Persian
 * names of our partners legitimately use them.
 */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- the NUL character is exactly what this refuses
  /\u0000|[\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function describe(text: string): string | null {
  const match = FORBIDDEN.exec(text);
  if (!match) return null;
  const char = match[0];
  if (char === "\u0000") return "a NUL character";
  if (/[\uD800-\uDFFF]/.test(char)) return "an unpaired UTF-16 surrogate";
  return `a bidirectional control character (U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")})`;
}

function badText(path: string, problem: string): GraphQLError {
  return new GraphQLError(`${path} contains ${problem}, which is not allowed in text`, {
    extensions: { code: "BAD_USER_INPUT", field: path, http: { status: 400 } },
  });
}

/** The first forbidden string among the variables (any depth), with its path. */
function checkVariables(value: unknown, path: string): GraphQLError | null {
  if (typeof value === "string") {
    const problem = describe(value);
    return problem ? badText(path, problem) : null;
  }
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      const error = checkVariables(value[index], `${path}[${index}]`);
      if (error) return error;
    }
    return null;
  }
  if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      const error = checkVariables(item, path ? `${path}.${key}` : key);
      if (error) return error;
    }
  }
  return null;
}

/** Parsed documents are cached by Apollo, so each literal is read once per document, not per request. */
const literalProblems = new WeakMap<DocumentNode, GraphQLError | null>();

function checkLiterals(document: DocumentNode): GraphQLError | null {
  const known = literalProblems.get(document);
  if (known !== undefined) return known;
  let found: GraphQLError | null = null;
  visit(document, {
    StringValue(node: ValueNode) {
      if (found || node.kind !== Kind.STRING) return;
      const problem = describe(node.value);
      if (problem) found = badText("an argument", problem);
    },
  });
  literalProblems.set(document, found);
  return found;
}

/**
 * One gate for every string that enters through GraphQL, before any resolver runs: a refused
 * request writes nothing. Field-specific rules (lengths, visible names) stay with the inputs.
 */
export const inputHygienePlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document }) {
        const error = checkVariables(request.variables ?? {}, "") ?? checkLiterals(document);
        if (error) throw error;
      },
    };
  },
};

/** Dates outside this range are typos or probes (PostgreSQL has no year 0), never real network facts. */
export const EARLIEST_YEAR = 1900;
export const LATEST_YEAR = 2100;

function inRange(year: number, shown: string): void {
  if (!(year >= EARLIEST_YEAR && year <= LATEST_YEAR))
    throw new GraphQLError(`${shown} is outside the accepted years ${EARLIEST_YEAR}–${LATEST_YEAR}`, {
      extensions: { code: "BAD_USER_INPUT" },
    });
}

/** graphql-scalars' DateTime, limited to sane years. */
export const DateTimeScalar = new GraphQLScalarType<Date, unknown>({
  ...DateTimeResolver.toConfig(),
  parseValue(value) {
    const date = DateTimeResolver.parseValue(value) as Date;
    inRange(date.getUTCFullYear(), date.toISOString());
    return date;
  },
  parseLiteral(ast, variables) {
    const date = DateTimeResolver.parseLiteral(ast, variables) as Date;
    inRange(date.getUTCFullYear(), date.toISOString());
    return date;
  },
});

/** Calendar date without time (YYYY-MM-DD), as stored in `date` columns; limited to sane years. */
export const LocalDateScalar = new GraphQLScalarType<string, unknown>({
  ...LocalDateResolver.toConfig(),
  parseValue(value) {
    const date = LocalDateResolver.parseValue(value) as string;
    inRange(Number(date.slice(0, 4)), date);
    return date;
  },
  parseLiteral(ast, variables) {
    const date = LocalDateResolver.parseLiteral(ast, variables) as string;
    inRange(Number(date.slice(0, 4)), date);
    return date;
  },
});

/** Whitespace and the invisible format characters (zero-width space and joiners, BOM, soft hyphen, …). */
const INVISIBLE = /[\s\p{Default_Ignorable_Code_Point}\p{Cc}]/gu;

/** The text a reader sees: without invisible characters and outer whitespace. */
export function visibleText(value: string): string {
  return value.replace(INVISIBLE, (char) => (/\s/.test(char) ? " " : "")).trim();
}

/**
 * For names and titles: after trimming, at least `minLength` characters must be visible, so "   "
 * or a name of zero-width spaces is refused instead of being saved as an empty or invisible name.
 */
export function IsVisibleText(minLength = 1): PropertyDecorator {
  return (target, propertyKey) =>
    registerDecorator({
      name: "isVisibleText",
      target: target.constructor,
      propertyName: String(propertyKey),
      constraints: [minLength],
      options: {
        message: (args: ValidationArguments) =>
          `${args.property} must contain at least ${String(args.constraints[0])} visible character(s)`,
      },
      validator: {
        // A value too short as typed is the length rule's to report, once.
        validate: (value: unknown) =>
          typeof value !== "string" || value.length < minLength || [...visibleText(value)].length >= minLength,
      },
    });
}
