import type { CallDetailFragment, CreateCallInput, MembershipKind, UpdateCallInput } from "../gql/graphql";
import type { FieldProblem } from "./graphql-errors";
import type { FieldMessage } from "./organisation-form";
import { dateInputValue, endOfDayIso } from "./deadline";
import { isMembershipKind } from "./enums";
import { firstSegment, serverFieldErrors, serverWords } from "./server-field-errors";
import { CALL_LIMITS, MAX_AMOUNT } from "@album/shared";

export interface TopicWeightRow {
  /** Stable id of the row (for keys and control ids), not sent. */
  id: number;
  key: string;
  weight: string;
}

export interface DocumentLinkRow {
  /** Stable id of the row (for keys and control ids), not sent. */
  id: number;
  label: string;
  url: string;
}

/** What the call form holds: text as typed, taxonomy keys, numbers as the inputs' text. */
export interface CallFormValues {
  title: string;
  description: string;
  programmeId: string;
  deadline: string;
  topics: TopicWeightRow[];
  targetGroups: string[];
  districts: string[];
  languages: string[];
  eligibleMemberships: string[];
  tandemsWanted: string;
  maxTandemsPerOrganisation: string;
  status: "DRAFT" | "OPEN";
  publishedOn: string;
  fundingStartsOn: string;
  fundingEndsOn: string;
  budgetMin: string;
  budgetMax: string;
  documentLinks: DocumentLinkRow[];
}

export type CallFormField = keyof CallFormValues;
export type CallFieldErrors = Partial<Record<CallFormField, FieldMessage>>;

/** The rules CreateCallInput's decorators check too (one definition in @album/shared). */
export { CALL_LIMITS };

export const CALL_FIELD_ORDER: readonly CallFormField[] = [
  "title",
  "description",
  "programmeId",
  "deadline",
  "status",
  "publishedOn",
  "fundingStartsOn",
  "fundingEndsOn",
  "budgetMin",
  "budgetMax",
  "documentLinks",
  "topics",
  "targetGroups",
  "districts",
  "languages",
  "eligibleMemberships",
  "tandemsWanted",
  "maxTandemsPerOrganisation",
];

export const CALL_FIELD_IDS: Readonly<Record<CallFormField, string>> = {
  title: "call-title",
  description: "call-description",
  programmeId: "call-programme",
  deadline: "call-deadline",
  status: "call-status",
  publishedOn: "call-published-on",
  fundingStartsOn: "call-funding-starts",
  fundingEndsOn: "call-funding-ends",
  budgetMin: "call-budget-min",
  budgetMax: "call-budget-max",
  documentLinks: "call-documents",
  topics: "call-topics",
  targetGroups: "call-target-groups",
  districts: "call-districts",
  languages: "call-languages",
  eligibleMemberships: "call-eligible",
  tandemsWanted: "call-tandems-wanted",
  maxTandemsPerOrganisation: "call-max-per-organisation",
};

let nextRowId = 1;
export function topicRow(key = "", weight = "1"): TopicWeightRow {
  return { id: nextRowId++, key, weight };
}

export function documentLinkRow(label = "", url = ""): DocumentLinkRow {
  return { id: nextRowId++, label, url };
}

export function emptyCallForm(): CallFormValues {
  return {
    title: "",
    description: "",
    programmeId: "",
    deadline: "",
    topics: [topicRow()],
    targetGroups: [],
    districts: [],
    languages: [],
    eligibleMemberships: ["ALBUM_PARTNER"],
    tandemsWanted: "3",
    maxTandemsPerOrganisation: "1",
    status: "DRAFT",
    publishedOn: "",
    fundingStartsOn: "",
    fundingEndsOn: "",
    budgetMin: "",
    budgetMax: "",
    documentLinks: [],
  };
}

export function callFormFrom(call: CallDetailFragment): CallFormValues {
  const keys = (items: readonly { key: string }[]) => items.map((item) => item.key);
  return {
    title: call.title,
    description: call.description,
    programmeId: call.programme?.id ?? "",
    deadline: dateInputValue(call.deadline),
    topics: call.topics.map((entry) => topicRow(entry.topic.key, String(entry.weight))),
    targetGroups: keys(call.targetGroups),
    districts: keys(call.districts),
    languages: keys(call.languages),
    eligibleMemberships: [...call.eligibleMemberships],
    tandemsWanted: String(call.tandemsWanted),
    maxTandemsPerOrganisation: String(call.maxTandemsPerOrganisation),
    status: call.status === "OPEN" ? "OPEN" : "DRAFT",
    publishedOn: call.publishedOn ?? "",
    fundingStartsOn: call.fundingStartsOn ?? "",
    fundingEndsOn: call.fundingEndsOn ?? "",
    budgetMin: amountText(call.budgetMin),
    budgetMax: amountText(call.budgetMax),
    documentLinks: call.documentLinks.map((link) => documentLinkRow(link.label, link.url)),
  };
}

/** An amount as the input shows it: whole euros without decimals, cents with two. */
function amountText(euros: number | null | undefined): string {
  if (euros === null || euros === undefined) return "";
  return Number.isInteger(euros) ? String(euros) : euros.toFixed(2);
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const optionalDay = (text: string) => text.trim() === "" || (DAY.test(text.trim()) && !Number.isNaN(Date.parse(text)));

/** Euros typed with a comma or a point, at most two decimals; null when not such an amount; "" is absent. */
export function parseAmount(text: string | number): number | null | undefined {
  const trimmed = String(text).trim().replace(",", ".");
  if (trimmed === "") return undefined;
  if (!/^\d+(\.\d{1,2})?$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value <= MAX_AMOUNT ? value : null;
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text.trim());
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}

/** Inputs of type number hand over numbers through v-model, others text. */
function parseNumber(text: string | number): number | null {
  const trimmed = String(text).trim().replace(",", ".");
  if (trimmed === "" || !/^\d+(\.\d+)?$/.test(trimmed)) return null;
  return Number(trimmed);
}

function integerIn(text: string | number, limits: { min: number; max: number }): number | null {
  const value = parseNumber(text);
  return value !== null && Number.isInteger(value) && value >= limits.min && value <= limits.max ? value : null;
}

/** Checks what the server would refuse, field by field. */
export function validateCallForm(values: CallFormValues): CallFieldErrors {
  const errors: CallFieldErrors = {};
  const title = values.title.trim();
  if (title.length < CALL_LIMITS.title.min || title.length > CALL_LIMITS.title.max) {
    errors.title = { key: "titleLength", params: { ...CALL_LIMITS.title } };
  }
  if (values.description.length > CALL_LIMITS.description)
    errors.description = { key: "tooLong", params: { max: CALL_LIMITS.description } };
  if (!endOfDayIso(values.deadline)) errors.deadline = { key: "date" };
  const keys = values.topics.map((row) => row.key);
  if (keys.some((key) => key === "")) errors.topics = { key: "topicChoose" };
  else if (new Set(keys).size !== keys.length) errors.topics = { key: "topicDuplicate" };
  else if (values.topics.length > CALL_LIMITS.topics)
    errors.topics = { key: "tooMany", params: { max: CALL_LIMITS.topics } };
  else if (values.topics.some((row) => !validTopicWeight(row.weight))) errors.topics = { key: "topicWeight" };
  if (values.eligibleMemberships.length === 0) errors.eligibleMemberships = { key: "chooseOne" };
  if (!optionalDay(values.publishedOn)) errors.publishedOn = { key: "dateOptional" };
  if (!optionalDay(values.fundingStartsOn)) errors.fundingStartsOn = { key: "dateOptional" };
  if (!optionalDay(values.fundingEndsOn)) errors.fundingEndsOn = { key: "dateOptional" };
  else if (values.fundingStartsOn && values.fundingEndsOn && values.fundingEndsOn < values.fundingStartsOn)
    errors.fundingEndsOn = { key: "periodOrder" };
  const budgetMin = parseAmount(values.budgetMin);
  const budgetMax = parseAmount(values.budgetMax);
  if (budgetMin === null) errors.budgetMin = { key: "amount" };
  if (budgetMax === null) errors.budgetMax = { key: "amount" };
  else if (budgetMin !== null && budgetMin !== undefined && budgetMax !== undefined && budgetMax < budgetMin)
    errors.budgetMax = { key: "budgetOrder" };
  const { documentLinkLabel } = CALL_LIMITS;
  if (values.documentLinks.length > CALL_LIMITS.documentLinks)
    errors.documentLinks = { key: "tooMany", params: { max: CALL_LIMITS.documentLinks } };
  else if (
    values.documentLinks.some(
      (link) =>
        link.label.trim().length < documentLinkLabel.min ||
        link.label.trim().length > documentLinkLabel.max ||
        link.url.trim().length > CALL_LIMITS.documentLinkUrl ||
        !isHttpUrl(link.url),
    )
  )
    errors.documentLinks = { key: "documentLinks", params: { ...documentLinkLabel } };
  if (integerIn(values.tandemsWanted, CALL_LIMITS.tandemsWanted) === null) {
    errors.tandemsWanted = { key: "integerRange", params: { ...CALL_LIMITS.tandemsWanted } };
  }
  if (integerIn(values.maxTandemsPerOrganisation, CALL_LIMITS.maxTandemsPerOrganisation) === null) {
    errors.maxTandemsPerOrganisation = { key: "integerRange", params: { ...CALL_LIMITS.maxTandemsPerOrganisation } };
  }
  return errors;
}

export function validTopicWeight(text: string | number): boolean {
  const value = parseNumber(text);
  return value !== null && value >= CALL_LIMITS.topicWeight.min && value <= CALL_LIMITS.topicWeight.max;
}

/** The form as the fields both mutations share. Call only with a valid form. */
function callFields(values: CallFormValues) {
  return {
    title: values.title.trim(),
    description: values.description.trim(),
    deadline: endOfDayIso(values.deadline) ?? "",
    topics: values.topics.map((row) => ({ key: row.key, weight: parseNumber(row.weight) ?? 1 })),
    targetGroups: [...values.targetGroups],
    districts: [...values.districts],
    languages: [...values.languages],
    eligibleMemberships: values.eligibleMemberships.filter(isMembershipKind) as MembershipKind[],
    tandemsWanted: parseNumber(values.tandemsWanted) ?? 1,
    maxTandemsPerOrganisation: parseNumber(values.maxTandemsPerOrganisation) ?? 1,
    status: values.status,
    publishedOn: values.publishedOn.trim() || null,
    fundingStartsOn: values.fundingStartsOn.trim() || null,
    fundingEndsOn: values.fundingEndsOn.trim() || null,
    budgetMin: parseAmount(values.budgetMin) ?? null,
    budgetMax: parseAmount(values.budgetMax) ?? null,
    documentLinks: values.documentLinks.map((link) => ({ label: link.label.trim(), url: link.url.trim() })),
  };
}

export function createCallInput(values: CallFormValues): CreateCallInput {
  const input: CreateCallInput = callFields(values);
  if (values.programmeId) input.programmeId = values.programmeId;
  return input;
}

/** An update sends every field the form shows; an open call's status is not sent (it cannot go back). */
export function updateCallInput(values: CallFormValues, currentStatus: string): UpdateCallInput {
  const { status, ...fields } = callFields(values);
  const input: UpdateCallInput = { ...fields, programmeId: values.programmeId || null };
  if (currentStatus === "DRAFT") input.status = status;
  return input;
}

const SERVER_FIELDS: Record<string, CallFormField> = {
  title: "title",
  description: "description",
  programmeId: "programmeId",
  deadline: "deadline",
  publishedOn: "publishedOn",
  fundingStartsOn: "fundingStartsOn",
  fundingEndsOn: "fundingEndsOn",
  budgetMin: "budgetMin",
  budgetMax: "budgetMax",
  documentLinks: "documentLinks",
  status: "status",
  topics: "topics",
  targetGroups: "targetGroups",
  districts: "districts",
  languages: "languages",
  eligibleMemberships: "eligibleMemberships",
  tandemsWanted: "tandemsWanted",
  maxTandemsPerOrganisation: "maxTandemsPerOrganisation",
};

/** Puts the fields of a BAD_USER_INPUT answer onto the form; the server's words are kept as the message. */
export function callErrorsFromServer(problems: readonly FieldProblem[]): {
  fieldErrors: CallFieldErrors;
  unmatched: FieldProblem[];
} {
  return serverFieldErrors(problems, (path) => SERVER_FIELDS[firstSegment(path)], serverWords("server"));
}
