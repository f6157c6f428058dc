import type { EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from "typeorm";

/**
 * Entities from one JSON value per row (`row_to_json` or `json_build_object`), for the hot
 * DataLoaders of the directory.
 *
 * Why: under load the nested directory query (organisations → relations → partners → their
 * applications) spent most of its CPU in TypeORM's generic result transformer, in `pg`'s per-column
 * text parsers (arrays, timestamps) and in the garbage collector. With one JSON value per row `pg`
 * parses the row with the native `JSON.parse`, and a projection (see projection.ts) leaves out the
 * columns nobody asked for. The reader copies the columns onto an entity instance as TypeORM's
 * `find` would have built it (same class, same property values).
 *
 * Only column types whose JSON form converts exactly are accepted; anything else fails when the
 * reader is built (first use), not with a subtly different value later.
 */
export type JsonRowReader<T> = (row: Record<string, unknown>) => T;

/** A projection: the entity properties to read, or null for all columns. */
export type Properties = readonly string[] | null;

/** JSON value = the value TypeORM hydrates (a "date" arrives as "YYYY-MM-DD", like TypeORM's string). */
const AS_IS = new Set([
  "uuid",
  "text",
  "varchar",
  "character varying",
  "enum",
  "int",
  "int2",
  "int4",
  "integer",
  "smallint",
  "boolean",
  "bool",
  "jsonb",
  "json",
  "date",
]);
/** JSON gives ISO 8601 with the offset; TypeORM gives a Date (both at millisecond precision). */
const TIMESTAMPS = new Set(["timestamptz", "timestamp with time zone"]);
/** JSON gives a number; `pg` would give the decimal string that the column's transformer converts. */
const NUMERIC = new Set(["numeric", "decimal"]);

interface ColumnCopy {
  property: string;
  column: string;
  convert: ((value: unknown) => unknown) | null;
}

interface EntityJson {
  metadata: EntityMetadata;
  columns: Map<string, ColumnCopy>;
  readers: Map<string, JsonRowReader<unknown>>;
}

const entities = new WeakMap<EntityMetadata, EntityJson>();

function entityJson(db: EntityManager, entity: EntityTarget<ObjectLiteral>): EntityJson {
  const metadata = db.connection.getMetadata(entity);
  const known = entities.get(metadata);
  if (known) return known;
  const columns = new Map<string, ColumnCopy>();
  for (const column of metadata.columns) {
    const type = typeof column.type === "string" ? column.type : column.type.name.toLowerCase();
    const where = `${metadata.name}.${column.propertyName} (${type}${column.isArray ? "[]" : ""})`;
    if (column.embeddedMetadata || column.isVirtual) throw new Error(`json-rows: unsupported column ${where}`);
    const transformer = column.transformer;
    if (transformer && (Array.isArray(transformer) || !NUMERIC.has(type)))
      throw new Error(`json-rows: unsupported transformer on ${where}`);
    let convert: ColumnCopy["convert"];
    if (AS_IS.has(type)) convert = null;
    else if (TIMESTAMPS.has(type) && !column.isArray) convert = (value) => new Date(value as string);
    else if (NUMERIC.has(type) && !column.isArray && transformer) convert = (value) => transformer.from(String(value));
    else throw new Error(`json-rows: unsupported column ${where}`);
    columns.set(column.propertyName, { property: column.propertyName, column: column.databaseName, convert });
  }
  const created: EntityJson = { metadata, columns, readers: new Map() };
  entities.set(metadata, created);
  return created;
}

function copiesOf(json: EntityJson, properties: Properties): ColumnCopy[] {
  if (properties === null) return [...json.columns.values()];
  return properties.map((property) => {
    const copy = json.columns.get(property);
    if (!copy) throw new Error(`json-rows: ${json.metadata.name} has no column property ${property}`);
    return copy;
  });
}

/** Whether the entity has a column behind this property (what a projection may name). */
export function isColumnProperty(db: EntityManager, entity: EntityTarget<ObjectLiteral>, property: string): boolean {
  return entityJson(db, entity).columns.has(property);
}

/** SQL for the row of `alias` as one JSON value: all columns, or only the projected ones. */
export function jsonRowSql(
  db: EntityManager,
  entity: EntityTarget<ObjectLiteral>,
  alias: string,
  properties: Properties = null,
): string {
  if (properties === null) return `row_to_json(${alias})`;
  const pairs = copiesOf(entityJson(db, entity), properties).map(({ column }) => `'${column}', ${alias}."${column}"`);
  return `json_build_object(${pairs.join(", ")})`;
}

/** Reads the JSON rows of `jsonRowSql` (same projection) into entity instances. */
export function jsonRowReader<T extends ObjectLiteral>(
  db: EntityManager,
  entity: EntityTarget<T>,
  properties: Properties = null,
): JsonRowReader<T> {
  const json = entityJson(db, entity);
  const key = properties === null ? "*" : properties.join(",");
  const cached = json.readers.get(key);
  if (cached) return cached as JsonRowReader<T>;
  const copies = copiesOf(json, properties);
  const read: JsonRowReader<T> = (row) => {
    const instance = json.metadata.create(undefined, { fromDeserializer: true }) as Record<string, unknown>;
    for (const { property, column, convert } of copies) {
      const value = row[column];
      instance[property] = value === null || value === undefined ? null : convert ? convert(value) : value;
    }
    return instance as T;
  };
  json.readers.set(key, read as JsonRowReader<unknown>);
  return read;
}

/**
 * The projected columns of `alias` as SQL expressions, in the order `jsonTupleReader` reads them:
 * for the read planner, which builds each row as a JSON array (`json_build_array`) instead of an
 * object. Without the keys the planned statement's JSON is about a sixth smaller, and both
 * PostgreSQL (building it) and Node (parsing it) do less.
 */
export function jsonTupleColumns(
  db: EntityManager,
  entity: EntityTarget<ObjectLiteral>,
  alias: string,
  properties: Properties,
): string[] {
  return copiesOf(entityJson(db, entity), properties).map(({ column }) => `${alias}."${column}"`);
}

/** Reads the values of `jsonTupleColumns` (same projection), the tuple's first ones, into an entity instance. */
export function jsonTupleReader<T extends ObjectLiteral>(
  db: EntityManager,
  entity: EntityTarget<T>,
  properties: Properties,
): (tuple: readonly unknown[]) => T {
  const json = entityJson(db, entity);
  const copies = copiesOf(json, properties);
  return (tuple) => {
    const instance = json.metadata.create(undefined, { fromDeserializer: true }) as Record<string, unknown>;
    for (let index = 0; index < copies.length; index++) {
      const { property, convert } = copies[index]!;
      const value = tuple[index];
      instance[property] = value === null || value === undefined ? null : convert ? convert(value) : value;
    }
    return instance as T;
  };
}
