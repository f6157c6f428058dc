/**
 * The columns of the three kinds of file, shared by import, export and the templates, so that a
 * file the platform writes is a file it reads (a lossless round trip). Every column has an English
 * and a German heading; either is accepted on import, case and surrounding spaces ignored.
 */
export const FILE_KINDS = ["organisations", "relations", "contacts"] as const;
export type FileKind = (typeof FILE_KINDS)[number];

export interface ColumnSpec {
  key: string;
  en: string;
  de: string;
}

const column = (key: string, de: string): ColumnSpec => ({ key, en: key, de });

export const COLUMNS: Record<FileKind, readonly ColumnSpec[]> = {
  organisations: [
    column("key", "Schlüssel"),
    column("slug", "Kurzadresse"),
    column("name", "Name"),
    column("short_name", "Kurzname"),
    column("kind", "Art"),
    column("description", "Beschreibung"),
    column("website", "Website"),
    column("street", "Straße"),
    column("postal_code", "PLZ"),
    column("city", "Ort"),
    column("district", "Bezirk"),
    column("districts_served", "Bezirke im Einzugsgebiet"),
    column("topics", "Themen"),
    column("offers", "Angebote"),
    column("needs", "Bedarfe"),
    column("target_groups", "Zielgruppen"),
    column("languages", "Sprachen"),
    column("capacity", "Kapazität"),
    column("memberships", "Mitgliedschaften"),
    column("show_exchange_participation", "Austauschteilnahme sichtbar"),
  ],
  relations: [
    column("source", "Von"),
    column("target", "Zu"),
    column("type", "Art"),
    column("since", "Seit"),
    column("until", "Bis"),
    column("note", "Notiz"),
  ],
  contacts: [
    column("organisation", "Organisation"),
    column("name", "Name"),
    column("role", "Funktion"),
    column("email", "E-Mail"),
    column("phone", "Telefon"),
    column("consent_given_at", "Einwilligung am"),
  ],
};

/** Separator of list cells (topics, memberships …); never the CSV delimiter, so cells need no quotes. */
export const LIST_SEPARATOR = ", ";

/** Maps a heading (English or German) to its column key, or null for an unknown heading. */
export function columnKeyOf(kind: FileKind, heading: string): string | null {
  const wanted = heading.trim().toLowerCase();
  const found = COLUMNS[kind].find((c) => c.en.toLowerCase() === wanted || c.de.toLowerCase() === wanted);
  return found?.key ?? null;
}

export function headings(kind: FileKind, language: "de" | "en"): string[] {
  return COLUMNS[kind].map((c) => c[language]);
}
