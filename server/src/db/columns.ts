/** The columns of `Entity` that can hold a `Value` as it is. */
type ColumnsHolding<Entity, Value> = {
  [Column in keyof Entity]-?: [Value] extends [Entity[Column]] ? Column : never;
}[keyof Entity];

/**
 * How one input field is written: the name of the column that takes its value unchanged, a
 * conversion into columns, or `null` for a field that is no column of this entity (written elsewhere).
 */
export type FieldColumns<Entity, Value> = ColumnsHolding<Entity, Value> | ((value: Value) => Partial<Entity>) | null;

/**
 * One rule per input field. Every field must be named, so that a field added to an input cannot be
 * left out of the columns unnoticed.
 */
export type ColumnMapping<Input, Entity> = {
  [Field in keyof Input]-?: FieldColumns<Entity, Exclude<Input[Field], undefined>>;
};

/**
 * The columns a create or update input sets: only the fields present in the input, so that an update
 * leaves the others as they are. A field sent as null is passed on (it clears a nullable column).
 */
export function columnsFrom<Input extends object, Entity>(
  input: Input,
  mapping: ColumnMapping<Input, Entity>,
): Partial<Entity> {
  const columns: Partial<Entity> = {};
  for (const field of Object.keys(mapping) as (keyof Input)[]) {
    const value = input[field];
    // The mapping's type ties each rule to its field's value; here one loop serves all fields.
    const rule = mapping[field] as keyof Entity | ((value: unknown) => Partial<Entity>) | null;
    if (value === undefined || rule === null) continue;
    if (typeof rule === "function") Object.assign(columns, rule(value));
    else columns[rule] = value as Entity[keyof Entity];
  }
  return columns;
}
