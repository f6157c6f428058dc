/** One changed field of an audit entry. */
export interface ChangeRow {
  field: string;
  before: unknown;
  after: unknown;
}

/** Entity fields (as the server records them) that have a label under `auditFields.`. */
export const AUDIT_FIELD_LABELS: ReadonlySet<string> = new Set([
  "name",
  "slug",
  "kind",
  "shortName",
  "description",
  "website",
  "street",
  "postalCode",
  "city",
  "districtKey",
  "topicKeys",
  "offerKeys",
  "needKeys",
  "targetGroupKeys",
  "languageKeys",
  "districtsServedKeys",
  "capacity",
  "memberships",
  "archivedAt",
  "sourceId",
  "targetId",
  "type",
  "since",
  "until",
  "note",
]);

export type TaxonomyName = "topics" | "targetGroups" | "languages" | "districts";

/** Fields whose values are taxonomy keys, so they can be shown by their labels. */
export const TAXONOMY_FIELDS: Readonly<Record<string, TaxonomyName>> = {
  districtKey: "districts",
  topicKeys: "topics",
  offerKeys: "topics",
  needKeys: "topics",
  targetGroupKeys: "targetGroups",
  languageKeys: "languages",
  districtsServedKeys: "districts",
};

/** `changes` (field → { before, after }) as rows; anything not shaped like that is shown as it is. */
export function changeRows(changes: Record<string, unknown> | null | undefined): ChangeRow[] {
  if (!changes) return [];
  return Object.entries(changes).map(([field, change]) => {
    if (typeof change === "object" && change !== null && ("before" in change || "after" in change)) {
      const pair = change as { before?: unknown; after?: unknown };
      return { field, before: pair.before ?? null, after: pair.after ?? null };
    }
    return { field, before: null, after: change };
  });
}

export function isEmptyValue(value: unknown): boolean {
  return value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0);
}

/**
 * A value as text: lists joined by commas, taxonomy keys by their labels (via `label`), objects
 * as "key: value" pairs; null when empty, so the caller can say "(empty)" in the UI language.
 */
export function describeValue(value: unknown, label: (key: string) => string = (key) => key): string | null {
  if (isEmptyValue(value)) return null;
  if (Array.isArray(value)) return value.map((item) => describeValue(item, label) ?? "–").join(", ");
  if (typeof value === "string") return label(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (typeof value === "object") {
    return Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => !isEmptyValue(item))
      .map(([key, item]) => `${key}: ${describeValue(item) ?? ""}`)
      .join("; ");
  }
  return String(value);
}
