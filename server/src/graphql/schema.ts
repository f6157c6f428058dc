import path from "node:path";
import { buildSchema } from "type-graphql";
import type { GraphQLSchema } from "graphql";
import type { NonEmptyArray } from "type-graphql";
import { DateTimeScalar } from "./input-hygiene";
import { authChecker } from "./auth";
/** Builds the executable schema from the type-graphql classes (the single source of the contract). */
export function buildAppSchema(
  resolvers: NonEmptyArray<Function>,
  options: { emitTo?: string } = {},
): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    authChecker,
    authMode: "error",
    validate: { forbidUnknownValues: false },
    // The contract (DESIGN §5) names the timestamp scalar DateTime.
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    emitSchemaFile: options.emitTo ? { path: path.resolve(options.emitTo), sortedSchema: true } : false,
  });
}
