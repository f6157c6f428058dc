import type {
  CreateExchangeInput,
  ExchangeDetailFragment,
  ExchangeSeries,
  ExchangeVisibility,
  UpdateExchangeInput,
} from "../gql/graphql";
import type { FieldProblem } from "./graphql-errors";
import type { FieldMessage } from "./organisation-form";
import { hanoverWallTimeToIso, isoToHanoverWallTime } from "./exchange-time";
import { firstSegment, serverFieldErrors, serverWords } from "./server-field-errors";
import { EXCHANGE_LIMITS } from "@album/shared";

export const EXCHANGE_SERIES: readonly ExchangeSeries[] = [
  "HADI_MEETING",
  "ALBUM_BLICKWECHSEL",
  "REFLECTION_MEETING",
  "WORKSHOP",
  "OTHER",
];

export function isExchangeSeries(value: unknown): value is ExchangeSeries {
  return typeof value === "string" && (EXCHANGE_SERIES as readonly string[]).includes(value);
}

/** What the exchange form holds: text as typed, times as datetime-local values in Hanover time, numbers as text. */
export interface ExchangeFormValues {
  series: ExchangeSeries | "";
  title: string;
  description: string;
  topics: string[];
  startsAt: string;
  endsAt: string;
  location: string;
  capacity: string;
  visibility: ExchangeVisibility;
  seatsPerOrganisation: string;
}

export type ExchangeFormField = keyof ExchangeFormValues;
export type ExchangeFieldErrors = Partial<Record<ExchangeFormField, FieldMessage>>;

/** The i18n key of a field message: shared ones live under `validation.`, the exchange form's own carry their full path. */
export function messageKey(message: FieldMessage): string {
  return message.key.includes(".") ? message.key : `validation.${message.key}`;
}

/** The rules CreateExchangeInput's decorators check too (one definition in @album/shared). */
export { EXCHANGE_LIMITS };

export const EXCHANGE_FIELD_ORDER: readonly ExchangeFormField[] = [
  "series",
  "title",
  "description",
  "startsAt",
  "endsAt",
  "location",
  "topics",
  "capacity",
  "seatsPerOrganisation",
  "visibility",
];

export const EXCHANGE_FIELD_IDS: Readonly<Record<ExchangeFormField, string>> = {
  series: "exchange-series",
  title: "exchange-title",
  description: "exchange-description",
  topics: "exchange-topics",
  startsAt: "exchange-starts-at",
  endsAt: "exchange-ends-at",
  location: "exchange-location",
  capacity: "exchange-capacity",
  visibility: "exchange-visibility",
  seatsPerOrganisation: "exchange-seats-per-organisation",
};

export function emptyExchangeForm(): ExchangeFormValues {
  return {
    series: "",
    title: "",
    description: "",
    topics: [],
    startsAt: "",
    endsAt: "",
    location: "",
    capacity: "30",
    visibility: "MEMBERS_ONLY",
    seatsPerOrganisation: "",
  };
}

export function exchangeFormFrom(exchange: ExchangeDetailFragment): ExchangeFormValues {
  return {
    series: exchange.series,
    title: exchange.title,
    description: exchange.description,
    topics: exchange.topics.map((topic) => topic.key),
    startsAt: isoToHanoverWallTime(exchange.startsAt),
    endsAt: isoToHanoverWallTime(exchange.endsAt),
    location: exchange.location,
    capacity: String(exchange.capacity),
    visibility: exchange.visibility,
    seatsPerOrganisation: exchange.seatsPerOrganisation == null ? "" : String(exchange.seatsPerOrganisation),
  };
}

/** Number inputs hand over numbers through v-model, others text. */
function integerIn(text: string | number, limits: { min: number; max: number }): number | null {
  const trimmed = String(text).trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value >= limits.min && value <= limits.max ? value : null;
}

/** Checks what the server would refuse, field by field; the end must come after the start. */
export function validateExchangeForm(values: ExchangeFormValues): ExchangeFieldErrors {
  const errors: ExchangeFieldErrors = {};
  const limits = EXCHANGE_LIMITS;
  if (!isExchangeSeries(values.series)) errors.series = { key: "chooseOne" };
  const title = values.title.trim();
  if (title.length < limits.title.min || title.length > limits.title.max)
    errors.title = { key: "titleLength", params: { ...limits.title } };
  if (values.description.length > limits.description)
    errors.description = { key: "tooLong", params: { max: limits.description } };
  if (values.location.trim().length > limits.location)
    errors.location = { key: "tooLong", params: { max: limits.location } };
  if (values.topics.length > limits.topics) errors.topics = { key: "tooMany", params: { max: limits.topics } };
  const startsAt = hanoverWallTimeToIso(values.startsAt);
  const endsAt = hanoverWallTimeToIso(values.endsAt);
  if (!startsAt) errors.startsAt = { key: "exchanges.validation.dateTime" };
  if (!endsAt) errors.endsAt = { key: "exchanges.validation.dateTime" };
  else if (startsAt && endsAt <= startsAt) errors.endsAt = { key: "exchanges.validation.endAfterStart" };
  if (integerIn(values.capacity, limits.capacity) === null)
    errors.capacity = { key: "integerRange", params: { ...limits.capacity } };
  if (
    String(values.seatsPerOrganisation).trim() !== "" &&
    integerIn(values.seatsPerOrganisation, limits.seatsPerOrganisation) === null
  ) {
    errors.seatsPerOrganisation = { key: "integerRange", params: { ...limits.seatsPerOrganisation } };
  }
  return errors;
}

/** The form as the fields both mutations share. Call only with a valid form. */
function exchangeFields(values: ExchangeFormValues) {
  const seats = String(values.seatsPerOrganisation).trim();
  return {
    series: values.series as ExchangeSeries,
    title: values.title.trim(),
    description: values.description.trim(),
    topics: [...values.topics],
    startsAt: hanoverWallTimeToIso(values.startsAt) ?? "",
    endsAt: hanoverWallTimeToIso(values.endsAt) ?? "",
    location: values.location.trim(),
    capacity: Number(String(values.capacity).trim()),
    visibility: values.visibility,
    seatsPerOrganisation: seats === "" ? null : Number(seats),
  };
}

export function createExchangeInput(values: ExchangeFormValues): CreateExchangeInput {
  return exchangeFields(values);
}

/** An update sends every field the form shows (the version guards against overwriting someone else's change). */
export function updateExchangeInput(values: ExchangeFormValues): UpdateExchangeInput {
  return exchangeFields(values);
}

const SERVER_FIELDS: Record<string, ExchangeFormField> = {
  series: "series",
  title: "title",
  description: "description",
  topics: "topics",
  startsAt: "startsAt",
  endsAt: "endsAt",
  location: "location",
  capacity: "capacity",
  visibility: "visibility",
  seatsPerOrganisation: "seatsPerOrganisation",
};

/** Puts the fields of a BAD_USER_INPUT answer onto the form; the server's words are kept as the message. */
export function exchangeErrorsFromServer(problems: readonly FieldProblem[]): {
  fieldErrors: ExchangeFieldErrors;
  unmatched: FieldProblem[];
} {
  return serverFieldErrors(problems, (path) => SERVER_FIELDS[firstSegment(path)], serverWords("server"));
}
