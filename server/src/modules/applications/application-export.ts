import type { EntityManager } from "typeorm";
import type { SessionUser } from "../../graphql/context";
import { statusLabel } from "./application-status-labels";
import { readableApplicationsQuery } from "./application-query.service";
import { canOnApplications } from "./application-access";
import type { ApplicationFilter } from "./application.inputs";

/** One application as a flat export row (CSV, XLSX). */
export interface ApplicationExportRow {
  id: string;
  slug: string;
  title: string;
  status: string;
  statusLabel: string;
  call: string | null;
  programme: string | null;
  lead: string;
  tandems: string;
  requestedAmount: number | null;
  approvedAmount: number | null;
  participantsReached: number | null;
  startsOn: string | null;
  endsOn: string | null;
  nextDeadline: Date | null;
  version: number;
  updatedAt: Date;
}

/** What a column holds, so that each file format writes it in its own way (a date, a sum in euros). */
export type ColumnKind = "text" | "date" | "dateTime" | "amount" | "integer";

export interface ExportColumn<T> {
  key: keyof T;
  header: string;
  kind?: ColumnKind;
}

/** Column order and German headings, shared by both formats so that they match. */
export const APPLICATION_COLUMNS: ExportColumn<ApplicationExportRow>[] = [
  { key: "id", header: "ID" },
  { key: "slug", header: "Kurzname" },
  { key: "title", header: "Titel" },
  { key: "status", header: "Status" },
  { key: "statusLabel", header: "Status (Text)" },
  { key: "call", header: "Förderaufruf" },
  { key: "programme", header: "Förderprogramm" },
  { key: "lead", header: "Federführung" },
  { key: "tandems", header: "Tandems (Budgetanteil EUR)" },
  { key: "requestedAmount", header: "Beantragt (EUR)", kind: "amount" },
  { key: "approvedAmount", header: "Bewilligt (EUR)", kind: "amount" },
  { key: "participantsReached", header: "Erreichte Personen", kind: "integer" },
  { key: "startsOn", header: "Beginn", kind: "date" },
  { key: "endsOn", header: "Ende", kind: "date" },
  { key: "nextDeadline", header: "Nächste Frist", kind: "dateTime" },
  { key: "version", header: "Version", kind: "integer" },
  { key: "updatedAt", header: "Geändert am", kind: "dateTime" },
];

const MAX_EXPORT_ROWS = 10_000;

type Raw = Omit<
  ApplicationExportRow,
  "statusLabel" | "requestedAmount" | "approvedAmount" | "nextDeadline" | "updatedAt"
> & {
  requestedAmount: string | null;
  approvedAmount: string | null;
  nextDeadline: Date | string | null;
  updatedAt: Date | string;
};

/**
 * The applications the user may read (the office all, a partner its own organisation's, a company
 * none) that match the filter, newest first. The choice of rows is `applications(filter)`'s query;
 * the flat columns then come from one set-based query over those ids.
 */
export async function applicationExportRows(
  db: EntityManager,
  user: SessionUser,
  filter: ApplicationFilter | null = null,
): Promise<ApplicationExportRow[]> {
  if (!canOnApplications(user, "take-part")) return [];
  const chosen: { id: string }[] = await readableApplicationsQuery(db, user, filter)
    .select("a.id", "id")
    .orderBy("a.created_at", "DESC")
    .addOrderBy("a.id", "DESC")
    .limit(MAX_EXPORT_ROWS)
    .getRawMany();
  if (chosen.length === 0) return [];
  const rows: Raw[] = await db.query(
    `SELECT a.id, a.slug, a.title, a.status::text AS status, c.title AS call, p.name AS programme, lead.name AS lead,
            coalesce((SELECT string_agg(mo.name || ' + ' || ei.name || ' (' || t.budget_share::text || ')', '; ' ORDER BY t.position)
                        FROM application_tandem t
                        JOIN organisation mo ON mo.id = t.migrant_organisation_id
                        JOIN organisation ei ON ei.id = t.educational_institution_id
                       WHERE t.application_id = a.id), '') AS tandems,
            a.requested_amount AS "requestedAmount", a.approved_amount AS "approvedAmount", a.participants_reached AS "participantsReached",
            a.starts_on::text AS "startsOn", a.ends_on::text AS "endsOn",
            (SELECT min(m.due_at) FROM application_milestone m WHERE m.application_id = a.id AND m.done_at IS NULL) AS "nextDeadline",
            a.version, a.updated_at AS "updatedAt"
       FROM application a
       JOIN organisation lead ON lead.id = a.lead_organisation_id
       LEFT JOIN call_for_proposals c ON c.id = a.call_id
       LEFT JOIN funding_programme p ON p.id = a.programme_id
      WHERE a.id = ANY($1::uuid[])
      ORDER BY a.created_at DESC, a.id DESC`,
    [chosen.map((row) => row.id)],
  );
  const amount = (value: string | null) => (value === null ? null : Number(value));
  return rows.map((row) => ({
    ...row,
    statusLabel: statusLabel(row.status, "de"),
    requestedAmount: amount(row.requestedAmount),
    approvedAmount: amount(row.approvedAmount),
    nextDeadline: row.nextDeadline === null ? null : new Date(row.nextDeadline),
    updatedAt: new Date(row.updatedAt),
  }));
}

/** Public directory fields of an organisation; no contact persons, no personal data. */
export interface OrganisationExportRow {
  slug: string;
  name: string;
  shortName: string | null;
  kind: string;
  website: string | null;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  district: string | null;
  topics: string;
  languages: string;
  memberships: string;
}

export const ORGANISATION_COLUMNS: ExportColumn<OrganisationExportRow>[] = [
  { key: "slug", header: "Kurzname" },
  { key: "name", header: "Name" },
  { key: "shortName", header: "Kurzform" },
  { key: "kind", header: "Art" },
  { key: "website", header: "Website" },
  { key: "street", header: "Straße" },
  { key: "postalCode", header: "PLZ" },
  { key: "city", header: "Ort" },
  { key: "district", header: "Stadtbezirk" },
  { key: "topics", header: "Handlungsfelder" },
  { key: "languages", header: "Sprachen" },
  { key: "memberships", header: "Mitgliedschaften" },
];

/** The public directory (archived organisations left out), ordered by name. */
export async function organisationExportRows(db: EntityManager): Promise<OrganisationExportRow[]> {
  return db.query(
    `SELECT o.slug, o.name, o.short_name AS "shortName", o.kind::text AS kind, o.website, o.street, o.postal_code AS "postalCode", o.city,
            o.district_key AS district, array_to_string(o.topic_keys, ' ') AS topics, array_to_string(o.language_keys, ' ') AS languages,
            coalesce((SELECT string_agg(m.kind::text, ' ' ORDER BY m.kind) FROM membership m
                       WHERE m.organisation_id = o.id AND (m.until IS NULL OR m.until >= CURRENT_DATE)), '') AS memberships
       FROM organisation o
      WHERE o.archived_at IS NULL
      ORDER BY lower(o.name), o.id`,
  );
}
