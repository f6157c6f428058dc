import { Field, ObjectType, registerEnumType } from "type-graphql";

/**
 * Where a value comes from. The seed writes a source for every value it takes from the network's
 * report (with the report's section) and for every value it made up to make the demo realistic
 * (ILLUSTRATIVE). Values entered on the platform are ENTERED. Stored as jsonb objects
 * `{ kind, section?, note? }` (organisation and application per field, membership, relation, offer);
 * older rows hold the bare kind as a string, which reads the same.
 */
export enum SourceKind {
  DOCUMENT = "DOCUMENT",
  ILLUSTRATIVE = "ILLUSTRATIVE",
  ENTERED = "ENTERED",
}
registerEnumType(SourceKind, {
  name: "SourceKind",
  description:
    "DOCUMENT: stated in the network's report; ILLUSTRATIVE: not in the report, made up for the demo; ENTERED: recorded on the platform",
});

/** The one document the seed is taken from; its state is the dataset's date. */
export const REPORT_DOCUMENT =
  "Gemeinsam interkulturelle Stärken leben – Bilanz und Perspektiven von 10 Jahren Netzwerk ALBuM (Bericht, Hannover 2015)";
/** The year the report describes the network in ("Stand: 2015"). */
export const REPORT_AS_OF = "2015";

@ObjectType({ description: "Where a value comes from" })
export class Source {
  @Field(() => SourceKind)
  kind!: SourceKind;

  @Field(() => String, { nullable: true, description: "The document, for DOCUMENT" })
  document!: string | null;

  @Field(() => String, { nullable: true, description: "The document's section (the report has no page numbers)" })
  section!: string | null;

  @Field(() => String, { nullable: true, description: 'The document\'s state ("2015"), for DOCUMENT' })
  asOf!: string | null;

  @Field(() => String, { nullable: true, description: "How the value was read or chosen" })
  note!: string | null;
}

@ObjectType({ description: "The source of one field of a record" })
export class FieldSource {
  @Field(() => String)
  field!: string;

  @Field(() => Source)
  source!: Source;
}

/** What the seed stores per value. */
export interface StoredSource {
  kind: "DOCUMENT" | "ILLUSTRATIVE" | "ENTERED";
  section?: string | null;
  note?: string | null;
}

/** A provenance column: per field (or per part) a stored source or its bare kind. */
export type StoredProvenance = Record<string, StoredSource | string>;

function kindOf(value: unknown): SourceKind {
  return value === SourceKind.DOCUMENT || value === SourceKind.ILLUSTRATIVE ? value : SourceKind.ENTERED;
}

/** A stored source (object, bare kind string, or nothing) as the API's Source. */
export function sourceFrom(raw: unknown): Source {
  const stored = typeof raw === "string" ? { kind: raw } : raw && typeof raw === "object" ? (raw as StoredSource) : {};
  const kind = kindOf((stored as { kind?: unknown }).kind);
  const text = (value: unknown) => (typeof value === "string" && value.length > 0 ? value : null);
  return {
    kind,
    document: kind === SourceKind.DOCUMENT ? REPORT_DOCUMENT : null,
    section: kind === SourceKind.DOCUMENT ? text((stored as StoredSource).section) : null,
    asOf: kind === SourceKind.DOCUMENT ? REPORT_AS_OF : null,
    note: text((stored as StoredSource).note),
  };
}

/** Per-field sources of a record's provenance column, fields in a stable order. */
export function fieldSources(provenance: Record<string, unknown> | null | undefined): FieldSource[] {
  return Object.entries(provenance ?? {})
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([field, raw]) => ({ field, source: sourceFrom(raw) }));
}
