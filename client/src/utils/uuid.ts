const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids of organisations, relations and persons are UUIDs; the audit filter accepts nothing else. */
export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}
