import path from "node:path";
import { buildSchema, getMetadataStorage } from "type-graphql";
import { isObjectType, type GraphQLSchema } from "graphql";
import { getMetadataArgsStorage } from "typeorm";
import type { NonEmptyArray } from "type-graphql";
import { DateTimeScalar } from "./input-hygiene";
import { authChecker } from "./auth";
import { plannedShortcut } from "../shared/read-plan";

/** Builds the executable schema from the type-graphql classes (the single source of the contract). */
export async function buildAppSchema(
  resolvers: NonEmptyArray<Function>,
  options: { emitTo?: string } = {},
): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    authChecker,
    authMode: "error",
    validate: { forbidUnknownValues: false },
    // The contract (DESIGN §5) names the timestamp scalar DateTime.
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    emitSchemaFile: options.emitTo ? { path: path.resolve(options.emitTo), sortedSchema: true } : false,
  });
  lightenFieldResolution(schema);
  return schema;
}

/**
 * Less work per field, without changing an answer. type-graphql wraps EVERY field in a resolver of
 * its own (middleware dispatch even when there is none), and every field resolver in instance lookup
 * and parameter assembly. A profile of the directory query showed that per-field machinery among the
 * largest costs after the read planner. So, for fields that carry no auth rule and no middleware:
 * - a stored column (a TypeORM `@Column` of the class, no `@FieldResolver`, same name in schema and
 *   class) gets graphql-js's default resolver, which a compiled executor (graphql-jit) inlines as a
 *   property read. Only columns: they hold loaded values, while another property may be a getter
 *   returning a promise (a page's lazy totalCount), which an inlined read would not await;
 * - a field resolver answers a planned value directly (read-plan.ts `plannedShortcut`).
 * A field with `@Authorized` or `@UseMiddleware` keeps type-graphql's resolver untouched.
 */
function lightenFieldResolution(schema: GraphQLSchema): void {
  const storage = getMetadataStorage();
  const classes = [...storage.objectTypes, ...storage.interfaceTypes];
  const classOf = new Map(classes.map((metadata) => [metadata.name, metadata]));
  const columns = getMetadataArgsStorage().columns;
  const isColumn = (target: Function, property: string) =>
    columns.some(
      (column) =>
        column.propertyName === property &&
        typeof column.target === "function" &&
        (column.target === target || target.prototype instanceof column.target),
    );
  const guarded = (metadata: { roles?: unknown[]; middlewares?: unknown[] }) =>
    metadata.roles !== undefined || (metadata.middlewares?.length ?? 0) > 0;
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    const metadata = classOf.get(type.name);
    if (!metadata) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.resolve) continue;
      const resolver = storage.fieldResolvers.find(
        (candidate) => candidate.schemaName === field.name && candidate.getObjectType?.() === metadata.target,
      );
      if (resolver) {
        if (!guarded(resolver)) field.resolve = plannedShortcut(field.resolve);
        continue;
      }
      const plain = metadata.fields?.find((candidate) => candidate.schemaName === field.name);
      if (plain && plain.name === plain.schemaName && !guarded(plain) && isColumn(metadata.target, plain.name))
        field.resolve = undefined;
    }
  }
}
