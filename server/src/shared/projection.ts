import DataLoader from "dataloader";
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";
import { getMetadataStorage } from "type-graphql";
import type { EntityManager, ObjectLiteral } from "typeorm";
import { isColumnProperty, type Properties } from "./json-rows";

/**
 * Which columns a list field's entities need for the fields the query selects on them.
 *
 * Why: the directory's partners and their applications are read for a name or a title, but a
 * full organisation row is about 1 KB of JSON; reading ~400 of them per request dominated the
 * nested query's time and garbage. The projection is conservative: a selected field that reads a
 * column (no resolver of its own) needs that column; a field resolver needs the columns declared
 * for it in `resolverNeeds`; any other field resolver means "read every column" (null), so that a
 * resolver added later can never see a half-read entity.
 */
export function projectionFor(
  info: GraphQLResolveInfo,
  db: EntityManager,
  entity: new () => ObjectLiteral,
  options: { always: readonly string[]; resolverNeeds: Readonly<Record<string, readonly string[]>> },
): Properties {
  // graphql-js hands every item of a list the same fieldNodes array: compute once per list.
  const known = projections.get(info.fieldNodes);
  if (known !== undefined) return known;
  const projection = computeProjection(info, db, entity, options);
  projections.set(info.fieldNodes, projection);
  return projection;
}

const projections = new WeakMap<GraphQLResolveInfo["fieldNodes"], Properties>();

/**
 * The projection of a selection, not cached: for the read planner, whose plans are cached, and
 * which leaves out the needs of the fields it answers itself (`answered`: their resolvers never
 * read the row).
 */
export function computeProjection(
  info: Pick<GraphQLResolveInfo, "fieldNodes" | "fragments">,
  db: EntityManager,
  entity: new () => ObjectLiteral,
  options: { always: readonly string[]; resolverNeeds: Readonly<Record<string, readonly string[]>> },
  answered: ReadonlySet<string> = new Set(),
): Properties {
  const fields = graphqlFieldsOf(entity);
  const properties = new Set(options.always);
  for (const name of selectedFieldNames(info)) {
    if (name === "__typename" || answered.has(name)) continue;
    const field = fields.get(name);
    if (field === undefined) return null;
    if (field.property !== null && isColumnProperty(db, entity, field.property)) properties.add(field.property);
    else if (field.property === null && Object.hasOwn(options.resolverNeeds, name))
      for (const property of options.resolverNeeds[name]!) properties.add(property);
    else return null;
  }
  return [...properties].sort();
}

/**
 * The GraphQL fields of a type-graphql object type: the property a plain `@Field` reads, or null
 * for a field resolved by a `@FieldResolver` (of any resolver class).
 */
function graphqlFieldsOf(entity: new () => ObjectLiteral): Map<string, { property: string | null }> {
  const known = graphqlFields.get(entity);
  if (known) return known;
  const storage = getMetadataStorage();
  const resolved = new Set(
    storage.fieldResolvers
      .filter((resolver) => resolver.getObjectType === undefined || resolver.getObjectType() === entity)
      .map((resolver) => resolver.schemaName),
  );
  const fields = new Map<string, { property: string | null }>();
  for (const field of storage.fields) {
    if (field.target !== entity) continue;
    fields.set(field.schemaName, { property: resolved.has(field.schemaName) ? null : field.name });
  }
  for (const name of resolved) fields.set(name, { property: null });
  graphqlFields.set(entity, fields);
  return fields;
}

const graphqlFields = new WeakMap<new () => ObjectLiteral, Map<string, { property: string | null }>>();

/** Names of the fields selected on this field's result, through fragments (@skip/@include ignored: more is safe). */
function selectedFieldNames(info: Pick<GraphQLResolveInfo, "fieldNodes" | "fragments">): Set<string> {
  const names = new Set<string>();
  const visit = (selectionSet: SelectionSetNode | undefined): void => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) names.add(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else visit(info.fragments[selection.name.value]?.selectionSet);
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet);
  return names;
}

/**
 * One DataLoader per projection, created on first use. Entities of different projections never
 * share a loader cache, so a resolver never gets an entity read for fewer columns than it asked for.
 */
export function projectedLoaders<K, V>(
  create: (properties: Properties) => DataLoader<K, V>,
): (properties: Properties) => DataLoader<K, V> {
  const loaders = new Map<string, DataLoader<K, V>>();
  // projectionFor returns the same array for every item of a list: skip the key building then.
  let lastProperties: Properties | undefined;
  let lastLoader: DataLoader<K, V> | undefined;
  return (properties) => {
    if (lastLoader && properties === lastProperties) return lastLoader;
    const key = properties === null ? "*" : properties.join(",");
    let loader = loaders.get(key);
    if (!loader) {
      loader = create(properties);
      loaders.set(key, loader);
    }
    lastProperties = properties;
    lastLoader = loader;
    return loader;
  };
}

/**
 * The resolve info of a field nested below the current one (e.g. `nodes.organisation` below
 * `network`), for `projectionFor` where one resolver returns the entities of a deeper list. The
 * path follows field names (aliases included) through inline fragments and fragment spreads; a
 * path the query does not select gives no field nodes, hence only the projection's `always`.
 */
export function nestedInfo(info: GraphQLResolveInfo, path: readonly string[]): GraphQLResolveInfo {
  let nodes: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) {
    const found: FieldNode[] = [];
    const visit = (selectionSet: SelectionSetNode | undefined): void => {
      for (const selection of selectionSet?.selections ?? []) {
        if (selection.kind === Kind.FIELD) {
          if (selection.name.value === name) found.push(selection);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
        else visit(info.fragments[selection.name.value]?.selectionSet);
      }
    };
    for (const node of nodes) visit(node.selectionSet);
    nodes = found;
  }
  return { ...info, fieldNodes: nodes };
}
