import { execute, GraphQLError, Kind, type DocumentNode, type ExecutionResult, type GraphQLSchema } from "graphql";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";
import type { GatewayExecutor, GatewayInterface } from "@apollo/server-gateway-interface";

/**
 * Queries seen before run as compiled JavaScript (graphql-jit) instead of graphql-js's interpreter.
 *
 * Why: after the read planner, the directory query's answer arrives from one SQL statement, and
 * graphql-js's walk over it (completeValue / executeField per field and per row, a promise per
 * list item) was the largest CPU cost left in the server. graphql-jit compiles a document once into
 * a function that reads default-resolved fields as plain properties.
 *
 * How: Apollo Server 5 offers one supported hook to replace execution, the `gateway` option
 * (@apollo/server-gateway-interface; Apollo Federation's gateway uses it): parsing, validation,
 * the document cache and every plugin stay Apollo's; only `execute` is ours. A document is compiled
 * the second time it is executed (a one-off query is not worth a compilation); compiled queries
 * live as long as Apollo keeps the parsed document (its LRU document store), by a WeakMap.
 * Mutations, subscriptions and introspection stay on graphql-js: they are not the hot path, and a
 * mutation's serial execution and its errors should not depend on a second executor.
 * `GRAPHQL_JIT=off` switches it off (graphql-js for everything); `GRAPHQL_JIT=always` compiles at the
 * first execution, so that a test run exercises the compiled path on every query it sends.
 */

interface Compiled {
  seen: number;
  query?: CompiledQuery;
}

/** Executions of a document on graphql-js before it is compiled. */
const COMPILE_AFTER = process.env.GRAPHQL_JIT === "always" ? 0 : 1;

let compiledRuns = 0;

/** How many executions ran compiled so far (tests check that the compiled path was taken). */
export function compiledExecutions(): number {
  return compiledRuns;
}

export function compiledExecutionGateway(schema: GraphQLSchema): GatewayInterface {
  const byDocument = new WeakMap<DocumentNode, Map<string, Compiled>>();
  const executor: GatewayExecutor = async ({ document, operation, request, context }) => {
    const graphqlJs = () =>
      execute({
        schema,
        document,
        contextValue: context,
        variableValues: request.variables,
        operationName: request.operationName,
      });
    // No operation: Apollo could not pick one (e.g. operationName "" for an anonymous query);
    // graphql-js answers with its own error, as without this executor.
    if (!operation || operation.operation !== "query" || asksIntrospection(operation.selectionSet.selections))
      return graphqlJs();
    let operations = byDocument.get(document);
    if (!operations) byDocument.set(document, (operations = new Map()));
    const name = request.operationName ?? "";
    let entry = operations.get(name);
    if (!entry) operations.set(name, (entry = { seen: 0 }));
    if (!entry.query) {
      if (entry.seen++ < COMPILE_AFTER) return graphqlJs();
      const compiled = compileQuery(schema, document, request.operationName ?? undefined);
      // A document graphql-jit cannot compile keeps running on graphql-js (Apollo validated it).
      if (!isCompiledQuery(compiled)) {
        entry.seen = Number.NEGATIVE_INFINITY;
        return graphqlJs();
      }
      entry.query = compiled;
    }
    compiledRuns += 1;
    const result = await entry.query.query(undefined, context, request.variables ?? {});
    // No data at all: the request failed before any resolver ran (variables that do not coerce).
    // graphql-js words and classifies that error as Apollo expects (BAD_USER_INPUT): let it answer.
    if (result.data === undefined && result.errors) return graphqlJs();
    return withGraphQLErrors(result);
  };
  return {
    // Apollo asks for the schema through this callback; it never changes here.
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: "" });
      return () => {};
    },
    load: async () => ({ executor }),
    stop: async () => {},
  };
}

/**
 * graphql-jit's errors have a read-only message and no `nodes`; Apollo's plugins (graphql-armor
 * rewrites messages) and formatError expect graphql-js's. Same message, path, locations, cause and
 * extensions.
 */
function withGraphQLErrors(result: ExecutionResult): ExecutionResult {
  if (!result.errors) return result;
  const errors = result.errors.map((error) => {
    const copy = new GraphQLError(error.message, {
      path: error.path,
      originalError: error.originalError ?? undefined,
      extensions: error.extensions,
    });
    // graphql-js computes locations from nodes, which graphql-jit does not keep.
    Object.defineProperty(copy, "locations", {
      value: error.locations,
      enumerable: error.locations !== undefined,
      writable: true,
    });
    return copy;
  });
  return { ...result, errors };
}

function asksIntrospection(selections: readonly { kind: Kind; name?: { value: string } }[]): boolean {
  return selections.some((selection) => selection.kind !== Kind.FIELD || selection.name!.value.startsWith("__"));
}

export function compiledExecutionEnabled(): boolean {
  return process.env.GRAPHQL_JIT !== "off";
}
