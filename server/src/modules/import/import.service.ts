import { randomUUID } from "node:crypto";
import { closest, distance } from "fastest-levenshtein";
import { isEmail, validate } from "class-validator";
import type { EntityManager } from "typeorm";
import type { DataSource } from "typeorm";
import type { SessionUser } from "../../graphql/context";
import { BadUserInputError, ConflictError, isUniqueViolation } from "../../graphql/errors";
import { Organisation } from "../network/organisation.entity";
import { Membership } from "../network/membership.entity";
import { Relation } from "../network/relation.entity";
import { ContactPerson } from "../network/contact-person.entity";
import { CreateOrganisationInput, UpdateOrganisationInput } from "../network/organisation.inputs";
import { MembershipKind, OrganisationKind, RelationType } from "../network/network.enums";
import { District, Language, TargetGroup, Topic } from "../network/taxonomy.entity";
import { slugify } from "../network/slug";
import { insertMany } from "../../db/bulk-insert";
import { diffFields, recordAuditEntries, type AuditEntryInput } from "../audit/audit.service";
import { AuditAction, AuditEntityType } from "../audit/audit-entry.entity";
import { columnKeyOf, COLUMNS, LIST_SEPARATOR, type FileKind } from "./import-columns";
import { ImportFileError, ImportFileProblem, type Sheet, type SheetRow } from "./spreadsheet";

export type RowAction = "CREATE" | "UPDATE" | "UNCHANGED" | "REFUSE";

export interface RowProblem {
  column: string;
  message: string;
  /** The unknown key itself, for an unknown key (the page offers to replace it in the cell). */
  value?: string;
  /** The closest known values, for an unknown key. */
  suggestions?: string[];
  /** The cell's text as read, so that the page can offer it for correction. */
  cell?: string;
}

/** What the import does (or did) with one row; the dry run and the import report the same list. */
export interface RowOutcome {
  file: FileKind;
  row: number;
  label: string;
  action: RowAction;
  /** Columns that change, for UPDATE. */
  changes: string[];
  problems: RowProblem[];
  /** The organisation's slug (new or matched), so the page can link to it after the import. */
  slug?: string;
}

export type ImportCounts = Record<FileKind, Record<RowAction, number>>;

export interface ImportReport {
  counts: ImportCounts;
  rows: RowOutcome[];
}

export type ImportSheets = Partial<Record<FileKind, Sheet>>;
export type ProgressListener = (progress: { phase: "check" | "write"; done: number; total: number }) => Promise<void>;

const REQUIRED: Record<FileKind, string[]> = {
  organisations: ["name"],
  relations: ["source", "target", "type"],
  contacts: ["organisation", "name"],
};

/** A sheet's cells by column key; a column missing from the file stays undefined and is not touched. */
type Cells = Partial<Record<string, string>>;

/** Refuses a file whose headings are unknown or lack a required column; returns the column keys. */
export function checkColumns(kind: FileKind, sheet: Sheet): (string | null)[] {
  const keys = sheet.headings.map((heading) => (heading.trim() === "" ? "" : columnKeyOf(kind, heading)));
  const unknown = sheet.headings.filter((heading, index) => keys[index] === null);
  if (unknown.length > 0) {
    throw new ImportFileError(
      ImportFileProblem.UNKNOWN_COLUMNS,
      kind,
      `unknown column heading(s): ${unknown.join(", ")} — the template lists the columns`,
      { columns: unknown },
    );
  }
  const missing = REQUIRED[kind].filter((key) => !keys.includes(key));
  if (missing.length > 0) {
    const headings = missing.map((key) => COLUMNS[kind].find((c) => c.key === key)!);
    throw new ImportFileError(
      ImportFileProblem.MISSING_COLUMNS,
      kind,
      `required column(s) missing: ${headings.map((c) => `${c.en} / ${c.de}`).join(", ")}`,
      { columns: missing },
    );
  }
  return keys;
}

/** A cell changed on the import page after a dry run: the file's row (as the dry run named it) and column key. */
export interface CellCorrection {
  file: FileKind;
  row: number;
  column: string;
  value: string;
}

export const MAX_CORRECTIONS = 200;
export const MAX_CORRECTION_LENGTH = 2_000;

/**
 * Applies the page's corrections to the uploaded sheets before the dry run or the import, so that
 * a refused cell can be fixed without editing the file. A correction that names no row or column
 * of the uploaded file is refused: it would silently do nothing.
 */
export function applyCorrections(sheets: ImportSheets, corrections: unknown): ImportSheets {
  if (corrections === undefined) return sheets;
  if (!Array.isArray(corrections) || corrections.length > MAX_CORRECTIONS)
    throw new BadUserInputError(`corrections must be a list of at most ${MAX_CORRECTIONS} cells`, [
      { field: "corrections", message: "not a list or too long" },
    ]);
  const result: ImportSheets = { ...sheets };
  const copied = new Set<FileKind>();
  corrections.forEach((raw: unknown, index) => {
    const refuse = (message: string) => {
      throw new BadUserInputError(`correction ${index + 1}: ${message}`, [{ field: `corrections.${index}`, message }]);
    };
    const c = raw as Partial<CellCorrection> | null;
    if (typeof c !== "object" || c === null) return refuse("not an object");
    const kind = c.file;
    const sheet = kind !== undefined ? result[kind] : undefined;
    if (!kind || !sheet) return refuse("names no uploaded file");
    if (typeof c.value !== "string" || c.value.length > MAX_CORRECTION_LENGTH)
      return refuse(`the value must be text of at most ${MAX_CORRECTION_LENGTH} characters`);
    const columnIndex = checkColumns(kind, sheet).indexOf(typeof c.column === "string" ? c.column : null);
    if (columnIndex < 0) return refuse("names no column of the file");
    const rowIndex = sheet.rows.findIndex((r) => r.row === c.row);
    if (rowIndex < 0) return refuse("names no row of the file");
    if (!copied.has(kind)) {
      // The uploaded sheet stays as read; corrections go into a copy of the rows they touch.
      result[kind] = { headings: sheet.headings, rows: [...sheet.rows] };
      copied.add(kind);
    }
    const rows = result[kind]!.rows;
    const cells = [...rows[rowIndex]!.cells];
    while (cells.length <= columnIndex) cells.push("");
    cells[columnIndex] = c.value;
    rows[rowIndex] = { row: rows[rowIndex]!.row, cells };
  });
  return result;
}

function mapColumns(kind: FileKind, sheet: Sheet): { row: number; cells: Cells }[] {
  const keys = checkColumns(kind, sheet);
  return sheet.rows.map((row: SheetRow) => {
    const cells: Cells = {};
    keys.forEach((key, index) => {
      // Free text keeps its spaces and line breaks (a lossless round trip); everything else is trimmed.
      const cell = row.cells[index] ?? "";
      if (key) cells[key] = key === "description" || key === "note" ? cell : cell.trim();
    });
    return { row: row.row, cells };
  });
}

const splitList = (value: string) =>
  value
    .split(/[,|]/)
    .map((item) => item.trim())
    .filter((item) => item !== "");

/** ISO dates, or the German 31.12.2015 as Excel users type it. */
function parseDate(value: string): string | null | "invalid" {
  if (value === "") return null;
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  const iso = german ? `${german[3]}-${german[2]!.padStart(2, "0")}-${german[1]!.padStart(2, "0")}` : value;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return "invalid";
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? "invalid" : iso;
}

function suggest(value: string, known: Iterable<string>): string[] {
  return [...known]
    .map((candidate) => ({ candidate, score: distance(value.toLowerCase(), candidate.toLowerCase()) }))
    .sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate))
    .slice(0, 3)
    .map((entry) => entry.candidate);
}

function enumValue<T extends string>(
  column: string,
  value: string,
  values: readonly T[],
  problems: RowProblem[],
): T | undefined {
  const found = values.find((candidate) => candidate === value.toUpperCase().replace(/[\s-]+/g, "_"));
  if (!found)
    problems.push({
      column,
      message: `unknown value "${value}"`,
      value,
      suggestions: [closest(value.toUpperCase(), [...values])],
    });
  return found;
}

function parseBoolean(column: string, value: string, problems: RowProblem[]): boolean | undefined {
  const lower = value.toLowerCase();
  if (["", "no", "nein", "false", "falsch", "0"].includes(lower)) return false;
  if (["yes", "ja", "true", "wahr", "1", "x"].includes(lower)) return true;
  problems.push({ column, message: `"${value}" is neither yes nor no` });
  return undefined;
}

interface MembershipValue {
  kind: MembershipKind;
  since: string | null;
  until: string | null;
}

/** "ALBUM_PARTNER 2015-01-01..2016-12-31, HADI_MEMBER 2014-03-01.." — a kind and an optional period. */
function parseMemberships(value: string, problems: RowProblem[]): MembershipValue[] {
  const result: MembershipValue[] = [];
  for (const item of splitList(value)) {
    const [kindText = "", period = "", ...rest] = item.split(/\s+/);
    const kind = enumValue("memberships", kindText, Object.values(MembershipKind), problems);
    const [sinceText = "", untilText = ""] = period.split("..");
    const since = parseDate(sinceText);
    const until = parseDate(untilText);
    if (rest.length > 0 || (period !== "" && !period.includes("..")) || since === "invalid" || until === "invalid") {
      problems.push({
        column: "memberships",
        message: `"${item}" is not KIND [since..until] with dates as YYYY-MM-DD`,
      });
      continue;
    }
    if (since && until && until < since) {
      problems.push({ column: "memberships", message: `"${item}" ends before it starts` });
      continue;
    }
    if (kind) result.push({ kind, since, until });
  }
  return result;
}

export function formatMemberships(memberships: { kind: string; since: string | null; until: string | null }[]): string {
  return sortMemberships(memberships)
    .map((m) => (m.since || m.until ? `${m.kind} ${m.since ?? ""}..${m.until ?? ""}` : m.kind))
    .join(LIST_SEPARATOR);
}

function sortMemberships<T extends { kind: string; since: string | null; until: string | null }>(list: T[]): T[] {
  const key = (m: T) => `${m.kind}|${m.since ?? ""}|${m.until ?? ""}`;
  return [...list].sort((a, b) => key(a).localeCompare(key(b)));
}

/** Organisation columns that map 1:1 to an entity property, with how empty cells are stored. */
const TEXT_COLUMNS = {
  short_name: { property: "shortName", input: "shortName", nullable: true },
  description: { property: "description", input: "description", nullable: false },
  website: { property: "website", input: "website", nullable: true },
  street: { property: "street", input: "street", nullable: true },
  postal_code: { property: "postalCode", input: "postalCode", nullable: true },
  city: { property: "city", input: "city", nullable: true },
} as const;

const LIST_COLUMNS = {
  topics: { property: "topicKeys", taxonomy: "topics", input: "topics" },
  offers: { property: "offerKeys", taxonomy: "topics", input: "offers" },
  needs: { property: "needKeys", taxonomy: "topics", input: "needs" },
  target_groups: { property: "targetGroupKeys", taxonomy: "targetGroups", input: "targetGroups" },
  languages: { property: "languageKeys", taxonomy: "languages", input: "languages" },
  districts_served: { property: "districtsServedKeys", taxonomy: "districts", input: "districtsServed" },
} as const;

/** Input property (class-validator) back to the column of the file. */
const COLUMN_OF_INPUT: Record<string, string> = {
  name: "name",
  kind: "kind",
  district: "district",
  capacity: "capacity",
  ...Object.fromEntries(Object.entries(TEXT_COLUMNS).map(([column, spec]) => [spec.input, column])),
  ...Object.fromEntries(Object.entries(LIST_COLUMNS).map(([column, spec]) => [spec.input, column])),
};

type Taxonomies = Record<"topics" | "targetGroups" | "languages" | "districts", Set<string>>;

interface OrganisationPlan {
  row: number;
  id: string;
  isNew: boolean;
  label: string;
  /** Entity columns to write (all for a new organisation, the differing ones for an update). */
  set: Partial<Organisation>;
  before: Partial<Organisation>;
  memberships?: MembershipValue[];
  membershipsBefore?: MembershipValue[];
}

interface RelationPlan {
  id: string;
  isNew: boolean;
  values: Pick<Relation, "sourceId" | "targetId" | "type"> & Partial<Pick<Relation, "since" | "until" | "note">>;
  before: Partial<Relation>;
}

interface ContactPlan {
  id: string;
  isNew: boolean;
  values: Partial<ContactPerson>;
  before: Partial<ContactPerson>;
}

interface Plan {
  report: ImportReport;
  organisations: OrganisationPlan[];
  relations: RelationPlan[];
  contacts: ContactPlan[];
}

const PROGRESS_EVERY = 1000;

/**
 * The dry run: reads every row, matches it against the database (external key, then slug, then
 * exact name) and says what would happen, refusing rows the forms would refuse. Writes nothing.
 */
async function planImport(db: EntityManager, sheets: ImportSheets, progress?: ProgressListener): Promise<Plan> {
  const files = {
    organisations: sheets.organisations ? mapColumns("organisations", sheets.organisations) : [],
    relations: sheets.relations ? mapColumns("relations", sheets.relations) : [],
    contacts: sheets.contacts ? mapColumns("contacts", sheets.contacts) : [],
  };
  const total = files.organisations.length + files.relations.length + files.contacts.length;
  let done = 0;
  const tick = async () => {
    done += 1;
    if (progress && (done % PROGRESS_EVERY === 0 || done === total)) await progress({ phase: "check", done, total });
  };

  // One after the other: inside the import's transaction they share one connection, which takes
  // one query at a time (pg warns of overlapping queries on a client, pg 9 refuses them).
  const topics = await db.getRepository(Topic).find({ select: { key: true } });
  const targetGroups = await db.getRepository(TargetGroup).find({ select: { key: true } });
  const languages = await db.getRepository(Language).find({ select: { key: true } });
  const districts = await db.getRepository(District).find({ select: { key: true } });
  const taxonomies: Taxonomies = {
    topics: new Set(topics.map((t) => t.key)),
    targetGroups: new Set(targetGroups.map((t) => t.key)),
    languages: new Set(languages.map((t) => t.key)),
    districts: new Set(districts.map((t) => t.key)),
  };
  const existing = await db.getRepository(Organisation).find();

  const byKey = new Map(existing.filter((o) => o.externalKey).map((o) => [o.externalKey!, o]));
  const bySlug = new Map(existing.map((o) => [o.slug, o]));
  const byName = new Map<string, Organisation[]>();
  for (const o of existing) byName.set(o.name, [...(byName.get(o.name) ?? []), o]);
  const membershipsOf = new Map<string, MembershipValue[]>();
  for (const m of await db.getRepository(Membership).find()) {
    membershipsOf.set(m.organisationId, [
      ...(membershipsOf.get(m.organisationId) ?? []),
      { kind: m.kind, since: m.since, until: m.until },
    ]);
  }
  const takenSlugs = new Set(bySlug.keys());

  const report: ImportReport = {
    counts: Object.fromEntries(
      (["organisations", "relations", "contacts"] as const).map((kind) => [
        kind,
        { CREATE: 0, UPDATE: 0, UNCHANGED: 0, REFUSE: 0 },
      ]),
    ) as ImportCounts,
    rows: [],
  };
  const outcome = (
    file: FileKind,
    row: number,
    label: string,
    changes: string[],
    problems: RowProblem[],
    isNew: boolean,
    cells: Cells,
    slug?: string,
  ) => {
    for (const problem of problems) if (cells[problem.column] !== undefined) problem.cell = cells[problem.column];
    const action: RowAction =
      problems.length > 0 ? "REFUSE" : isNew ? "CREATE" : changes.length > 0 ? "UPDATE" : "UNCHANGED";
    report.counts[file][action] += 1;
    report.rows.push({ file, row, label, action, changes, problems, ...(slug && action !== "REFUSE" ? { slug } : {}) });
    return action;
  };

  // References from the relations and contacts files: a key, slug or name of a row in the
  // organisations file, or of an organisation in the database. Refused rows are remembered too, so
  // a relation to them says why.
  const fileRefs = new Map<string, { id: string | null; row: number }>();
  const organisations: OrganisationPlan[] = [];
  const claimed = new Map<string, number>();

  for (const { row, cells } of files.organisations) {
    const problems: RowProblem[] = [];
    const name = cells.name ?? "";
    const label = name || cells.key || cells.slug || `#${row}`;
    if (name === "") problems.push({ column: "name", message: "the name is missing" });
    const keyCell = cells.key || null;
    const slugCell = cells.slug || null;
    const sameName = name ? (byName.get(name) ?? []) : [];
    let match: Organisation | undefined =
      (keyCell ? byKey.get(keyCell) : undefined) ?? (slugCell ? bySlug.get(slugCell) : undefined);
    if (!match && !(keyCell && slugCell)) {
      if (sameName.length > 1)
        problems.push({ column: "name", message: "several organisations have this name; give the slug or key" });
      else match = sameName[0];
    }
    if (match && keyCell && match.externalKey && match.externalKey !== keyCell && byKey.has(keyCell) === false) {
      // Matched by slug or name, but that organisation carries another key: the row means another one.
      problems.push({ column: "key", message: `the organisation "${match.name}" has the key ${match.externalKey}` });
    }
    const identity = match ? `id:${match.id}` : `new:${keyCell ?? slugCell ?? name}`;
    const first = claimed.get(identity) ?? (keyCell ? claimed.get(`key:${keyCell}`) : undefined);
    if (first !== undefined) problems.push({ column: "name", message: `duplicate of row ${first} in this file` });
    else {
      claimed.set(identity, row);
      if (keyCell) claimed.set(`key:${keyCell}`, row);
    }
    if (!match && name && !cells.kind) problems.push({ column: "kind", message: "a new organisation needs a kind" });

    // Values of the row, in entity terms, for the columns the file has.
    const values: Partial<Organisation> = {};
    const input: Record<string, unknown> = {};
    if (name) {
      values.name = name;
      input.name = name;
    }
    if (cells.kind) {
      const kind = enumValue("kind", cells.kind, Object.values(OrganisationKind), problems);
      if (kind) values.kind = input.kind = kind;
    }
    if (keyCell) values.externalKey = keyCell;
    for (const [column, spec] of Object.entries(TEXT_COLUMNS)) {
      const cell = cells[column];
      if (cell === undefined) continue;
      const value = cell === "" && spec.nullable ? null : cell;
      (values as Record<string, unknown>)[spec.property] = value;
      if (value !== null) input[spec.input] = value;
    }
    if (cells.district !== undefined) {
      values.districtKey = cells.district || null;
      if (cells.district) {
        input.district = cells.district;
        if (!taxonomies.districts.has(cells.district))
          problems.push({
            column: "district",
            message: `unknown district key "${cells.district}"`,
            value: cells.district,
            suggestions: suggest(cells.district, taxonomies.districts),
          });
      }
    }
    for (const [column, spec] of Object.entries(LIST_COLUMNS)) {
      const cell = cells[column];
      if (cell === undefined) continue;
      const keys = [...new Set(splitList(cell))];
      for (const key of keys) {
        if (!taxonomies[spec.taxonomy].has(key))
          problems.push({
            column,
            message: `unknown ${spec.taxonomy} key "${key}"`,
            value: key,
            suggestions: suggest(key, taxonomies[spec.taxonomy]),
          });
      }
      (values as Record<string, unknown>)[spec.property] = keys;
      input[spec.input] = keys;
    }
    if (cells.capacity !== undefined) {
      const capacity = cells.capacity === "" ? 3 : Number(cells.capacity);
      if (!Number.isInteger(capacity)) problems.push({ column: "capacity", message: "must be a whole number" });
      else values.capacity = input.capacity = capacity;
    }
    if (cells.show_exchange_participation !== undefined) {
      const shown = parseBoolean("show_exchange_participation", cells.show_exchange_participation, problems);
      if (shown !== undefined) values.showExchangeParticipation = shown;
    }
    const memberships = cells.memberships !== undefined ? parseMemberships(cells.memberships, problems) : undefined;
    if (memberships && new Set(memberships.map((m) => m.kind)).size !== memberships.length)
      problems.push({ column: "memberships", message: "a membership kind appears twice" });

    // The forms' rules (lengths, URL, postal code, capacity range …) from the network module's inputs.
    const target = Object.assign(match ? new UpdateOrganisationInput() : new CreateOrganisationInput(), input);
    for (const error of await validate(target, { skipMissingProperties: !!match || !name })) {
      if (error.property === "kind" || error.property === "name") {
        if (problems.some((p) => p.column === error.property)) continue;
      }
      for (const message of Object.values(error.constraints ?? {}))
        problems.push({ column: COLUMN_OF_INPUT[error.property] ?? error.property, message });
    }

    const id = match?.id ?? randomUUID();
    let set: Partial<Organisation> = values;
    let changes: string[] = [];
    const before: Partial<Organisation> = {};
    let membershipsBefore: MembershipValue[] | undefined;
    let membershipsChange: MembershipValue[] | undefined = memberships;
    if (match) {
      set = {};
      for (const [property, value] of Object.entries(values)) {
        const current = (match as unknown as Record<string, unknown>)[property];
        // Key lists are sets: the order in the cell is not a change.
        const comparable = (v: unknown) => (Array.isArray(v) ? [...(v as string[])].sort() : (v ?? null));
        if (JSON.stringify(comparable(current)) !== JSON.stringify(comparable(value))) {
          (set as Record<string, unknown>)[property] = value;
          (before as Record<string, unknown>)[property] = current;
          changes.push(property);
        }
      }
      if (memberships) {
        membershipsBefore = sortMemberships(membershipsOf.get(match.id) ?? []);
        if (JSON.stringify(membershipsBefore) !== JSON.stringify(sortMemberships(memberships)))
          changes.push("memberships");
        else membershipsChange = undefined;
      }
    } else if (problems.length === 0) {
      let slug = slugCell && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(slugCell) ? slugCell : slugify(name);
      for (let suffix = 2; takenSlugs.has(slug); suffix += 1) slug = `${slugify(name)}-${suffix}`;
      takenSlugs.add(slug);
      set = { ...values, slug };
      changes = Object.keys(set);
    }
    const action = outcome("organisations", row, label, changes, problems, !match, cells, match?.slug ?? set.slug);
    const ref = { id: action === "REFUSE" ? null : id, row };
    for (const handle of [keyCell, slugCell, name, set.slug])
      if (handle && !fileRefs.has(handle)) fileRefs.set(handle, ref);
    if (action === "CREATE" || action === "UPDATE") {
      organisations.push({
        row,
        id,
        isNew: !match,
        label,
        set,
        before,
        memberships: membershipsChange,
        membershipsBefore,
      });
    }
    await tick();
  }

  const resolve = (column: string, ref: string, problems: RowProblem[]): string | undefined => {
    if (ref === "") {
      problems.push({ column, message: "the organisation is missing" });
      return undefined;
    }
    const inFile = fileRefs.get(ref);
    if (inFile) {
      if (inFile.id === null) problems.push({ column, message: `the organisation in row ${inFile.row} is refused` });
      return inFile.id ?? undefined;
    }
    const inDb = byKey.get(ref) ?? bySlug.get(ref) ?? (byName.get(ref)?.length === 1 ? byName.get(ref)![0] : undefined);
    if (!inDb)
      problems.push({ column, message: `"${ref}" exists neither in the organisations file nor in the database` });
    return inDb?.id;
  };

  const relations: RelationPlan[] = [];
  if (files.relations.length > 0) {
    const existingRelations = await db.getRepository(Relation).find();
    const relationOf = new Map(existingRelations.map((r) => [`${r.sourceId}|${r.targetId}|${r.type}`, r]));
    const seen = new Map<string, number>();
    for (const { row, cells } of files.relations) {
      const problems: RowProblem[] = [];
      const sourceId = resolve("source", cells.source ?? "", problems);
      const targetId = resolve("target", cells.target ?? "", problems);
      const type = cells.type ? enumValue("type", cells.type, Object.values(RelationType), problems) : undefined;
      if (!cells.type) problems.push({ column: "type", message: "the type is missing" });
      if (sourceId && sourceId === targetId)
        problems.push({ column: "target", message: "an organisation cannot relate to itself" });
      const values: RelationPlan["values"] = { sourceId: sourceId ?? "", targetId: targetId ?? "", type: type! };
      for (const column of ["since", "until"] as const) {
        if (cells[column] === undefined) continue;
        const date = parseDate(cells[column]);
        if (date === "invalid") problems.push({ column, message: "must be a date (YYYY-MM-DD)" });
        else values[column] = date;
      }
      if (values.since && values.until && values.until < values.since)
        problems.push({ column: "until", message: "the relation ends before it starts" });
      if (cells.note !== undefined) {
        values.note = cells.note || null;
        if (cells.note.length > 1000) problems.push({ column: "note", message: "at most 1000 characters" });
      }
      const identity = `${values.sourceId}|${values.targetId}|${values.type}`;
      if (problems.length === 0 && seen.has(identity))
        problems.push({ column: "type", message: `duplicate of row ${seen.get(identity)} in this file` });
      else seen.set(identity, row);
      const current = relationOf.get(identity);
      const changes: string[] = [];
      const before: Partial<Relation> = {};
      if (current) {
        for (const column of ["since", "until", "note"] as const) {
          if (values[column] !== undefined && (current[column] ?? null) !== values[column]) {
            changes.push(column);
            (before as Record<string, unknown>)[column] = current[column];
          }
        }
      }
      const label = `${cells.source ?? ""} → ${cells.target ?? ""} (${cells.type ?? ""})`;
      const action = outcome("relations", row, label, changes, problems, !current, cells);
      if (action === "CREATE" || action === "UPDATE")
        relations.push({ id: current?.id ?? randomUUID(), isNew: !current, values, before });
      await tick();
    }
  }

  const contacts: ContactPlan[] = [];
  if (files.contacts.length > 0) {
    const existingContacts = await db.getRepository(ContactPerson).find();
    const contactOf = new Map(existingContacts.map((c) => [`${c.organisationId}|${c.name}`, c]));
    const seen = new Map<string, number>();
    for (const { row, cells } of files.contacts) {
      const problems: RowProblem[] = [];
      const organisationId = resolve("organisation", cells.organisation ?? "", problems);
      const name = cells.name ?? "";
      if (name === "") problems.push({ column: "name", message: "the name is missing" });
      const values: Partial<ContactPerson> = { organisationId, name };
      for (const column of ["role", "email", "phone"] as const) {
        if (cells[column] !== undefined) values[column] = cells[column] || null;
      }
      if (values.email && !isEmail(values.email))
        problems.push({ column: "email", message: `"${values.email}" is not an e-mail address` });
      if (cells.consent_given_at !== undefined) {
        const text = cells.consent_given_at;
        const date =
          text === "" ? null : new Date(parseDate(text) === "invalid" ? text : `${parseDate(text)}T00:00:00Z`);
        if (date && (Number.isNaN(date.getTime()) || !/^\d/.test(text)))
          problems.push({ column: "consent_given_at", message: "must be the date of consent (YYYY-MM-DD) or empty" });
        else values.consentGivenAt = date;
      }
      const identity = `${organisationId}|${name}`;
      if (problems.length === 0 && seen.has(identity))
        problems.push({ column: "name", message: `duplicate of row ${seen.get(identity)} in this file` });
      else seen.set(identity, row);
      const current = organisationId ? contactOf.get(identity) : undefined;
      const changes: string[] = [];
      const before: Partial<ContactPerson> = {};
      if (current) {
        for (const column of ["role", "email", "phone", "consentGivenAt"] as const) {
          if (values[column] === undefined) continue;
          const now = values[column] instanceof Date ? values[column].getTime() : values[column];
          const was = current[column] instanceof Date ? current[column].getTime() : current[column];
          if ((was ?? null) !== (now ?? null)) {
            changes.push(column);
            (before as Record<string, unknown>)[column] = current[column];
          }
        }
      }
      const label = `${name} (${cells.organisation ?? ""})`;
      const action = outcome("contacts", row, label, changes, problems, !current, cells);
      if (action === "CREATE" || action === "UPDATE")
        contacts.push({ id: current?.id ?? randomUUID(), isNew: !current, values, before });
      await tick();
    }
  }
  return { report, organisations, relations, contacts };
}

export async function dryRunImport(
  dataSource: DataSource,
  sheets: ImportSheets,
  progress?: ProgressListener,
): Promise<ImportReport> {
  return (await planImport(dataSource.manager, sheets, progress)).report;
}

const CHUNK = 500;
const chunks = <T>(list: T[]) =>
  Array.from({ length: Math.ceil(list.length / CHUNK) }, (_, i) => list.slice(i * CHUNK, (i + 1) * CHUNK));

/**
 * The import: the dry run again inside one transaction, then every change of it, all or nothing.
 * A refused row refuses the whole file. Audited: one entry for the import with its counts, and
 * one per created or changed organisation, relation and contact person.
 */
export async function runImport(
  dataSource: DataSource,
  user: SessionUser,
  sheets: ImportSheets,
  progress?: ProgressListener,
): Promise<ImportReport> {
  try {
    return await dataSource.transaction(async (db) => {
      const plan = await planImport(db, sheets, progress);
      const refused = plan.report.rows.filter((row) => row.action === "REFUSE");
      if (refused.length > 0) {
        throw new BadUserInputError(
          `${refused.length} row(s) refused; nothing was imported`,
          refused.slice(0, 100).map((row) => ({
            field: `${row.file}.${row.row}`,
            message: row.problems.map((p) => `${p.column}: ${p.message}`).join("; "),
          })),
        );
      }
      const total = plan.organisations.length + plan.relations.length + plan.contacts.length;
      // Nothing to change (the same file again): nothing is written, not even the import's entry.
      if (total === 0) return plan.report;
      let done = 0;
      const advance = async (count: number) => {
        done += count;
        if (progress) await progress({ phase: "write", done, total });
      };
      // The import's own entry first; the others go out in chunks as they are made, so that tens of
      // thousands of entries and their before/after values never sit in memory at once.
      await recordAuditEntries(db, { user }, [
        {
          action: AuditAction.CREATE,
          entityType: AuditEntityType.IMPORT,
          entityId: randomUUID(),
          changes: { counts: { before: null, after: plan.report.counts } },
        },
      ]);
      const pendingAudit: AuditEntryInput[] = [];
      const audit = async (entry: AuditEntryInput) => {
        pendingAudit.push(entry);
        if (pendingAudit.length >= CHUNK) await recordAuditEntries(db, { user }, pendingAudit.splice(0));
      };

      const created = plan.organisations.filter((o) => o.isNew);
      for (const chunk of chunks(created)) {
        await insertMany(
          db,
          Organisation,
          chunk.map((o) => ({ ...o.set, id: o.id })),
        );
        await advance(chunk.length);
      }
      for (const o of plan.organisations.filter((o) => !o.isNew)) {
        if (Object.keys(o.set).length > 0) {
          await db
            .createQueryBuilder()
            .update(Organisation)
            .set({ ...o.set, version: () => "version + 1", updatedAt: () => "now()" })
            .where("id = :id", { id: o.id })
            .execute();
        }
      }
      await advance(plan.organisations.length - created.length);
      const newMemberships = plan.organisations.filter((o) => o.memberships);
      for (const chunk of chunks(newMemberships.filter((o) => !o.isNew).map((o) => o.id)))
        await db
          .createQueryBuilder()
          .delete()
          .from(Membership)
          .where("organisation_id IN (:...ids)", { ids: chunk })
          .execute();
      const membershipRows = newMemberships.flatMap((o) => o.memberships!.map((m) => ({ ...m, organisationId: o.id })));
      await insertMany(db, Membership, membershipRows);
      for (const o of plan.organisations) {
        const after: Record<string, unknown> = { ...o.set };
        const before: Record<string, unknown> = { ...o.before };
        if (o.memberships) {
          after.memberships = sortMemberships(o.memberships);
          if (!o.isNew) before.memberships = o.membershipsBefore ?? [];
        }
        await audit({
          action: o.isNew ? AuditAction.CREATE : AuditAction.UPDATE,
          entityType: AuditEntityType.ORGANISATION,
          entityId: o.id,
          changes: diffFields(before, after),
        });
      }

      const newRelations = plan.relations.filter((r) => r.isNew);
      for (const chunk of chunks(newRelations)) {
        await insertMany(
          db,
          Relation,
          chunk.map((r) => ({ id: r.id, ...r.values, provenance: "ENTERED" })),
        );
        await advance(chunk.length);
      }
      for (const r of plan.relations.filter((r) => !r.isNew)) {
        const { sourceId: _s, targetId: _t, type: _y, ...set } = r.values;
        await db.createQueryBuilder().update(Relation).set(set).where("id = :id", { id: r.id }).execute();
      }
      await advance(plan.relations.length - newRelations.length);
      for (const r of plan.relations) {
        const after = r.isNew
          ? r.values
          : Object.fromEntries(Object.keys(r.before).map((k) => [k, (r.values as Record<string, unknown>)[k]]));
        await audit({
          action: r.isNew ? AuditAction.CREATE : AuditAction.UPDATE,
          entityType: AuditEntityType.RELATION,
          entityId: r.id,
          changes: diffFields(r.before, after),
        });
      }

      const newContacts = plan.contacts.filter((c) => c.isNew);
      for (const chunk of chunks(newContacts)) {
        await insertMany(
          db,
          ContactPerson,
          chunk.map((c) => ({ id: c.id, ...c.values })),
        );
        await advance(chunk.length);
      }
      for (const c of plan.contacts.filter((c) => !c.isNew)) {
        const { organisationId: _o, name: _n, ...set } = c.values;
        await db.createQueryBuilder().update(ContactPerson).set(set).where("id = :id", { id: c.id }).execute();
      }
      await advance(plan.contacts.length - newContacts.length);
      for (const c of plan.contacts) {
        const after = c.isNew
          ? c.values
          : Object.fromEntries(Object.keys(c.before).map((k) => [k, (c.values as Record<string, unknown>)[k]]));
        await audit({
          action: c.isNew ? AuditAction.CREATE : AuditAction.UPDATE,
          entityType: AuditEntityType.PERSON,
          entityId: c.id,
          changes: diffFields(c.before, after),
        });
      }

      await recordAuditEntries(db, { user }, pendingAudit);
      return plan.report;
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new ConflictError("Another change to the network came in between; run the import again");
    throw error;
  }
}
