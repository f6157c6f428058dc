const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether a value can be compared with a uuid column. PostgreSQL rejects a malformed uuid with an
 * error, so an id from a request is checked first and a bad one answered as "not found".
 */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
