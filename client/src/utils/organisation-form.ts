import type { UpdateOrganisationInput } from "../gql/graphql";
import type { FieldProblem } from "./graphql-errors";
import { firstSegment, serverFieldErrors } from "./server-field-errors";
import { ORGANISATION_LIMITS } from "@album/shared";

/** What the edit form holds: text as typed, taxonomy keys, capacity as the input's text. */
export interface OrganisationFormValues {
  name: string;
  shortName: string;
  description: string;
  website: string;
  street: string;
  postalCode: string;
  city: string;
  district: string;
  topics: string[];
  offers: string[];
  needs: string[];
  targetGroups: string[];
  languages: string[];
  districtsServed: string[];
  capacity: string;
  /** Opt-in: other members see the organisation's exchange participation. */
  showExchangeParticipation: boolean;
}

export type OrganisationFormField = keyof OrganisationFormValues;

/** A message for one field: an i18n key (under `validation.`) and its parameters. */
export interface FieldMessage {
  key: string;
  params?: Record<string, string | number>;
}

export type FieldErrors = Partial<Record<OrganisationFormField, FieldMessage>>;

/** The rules UpdateOrganisationInput's decorators check too (one definition in @album/shared). */
export { ORGANISATION_LIMITS };

export const TEXT_FIELDS = ["name", "shortName", "description", "website", "street", "postalCode", "city"] as const;
export const LIST_FIELDS = ["topics", "offers", "needs", "targetGroups", "languages", "districtsServed"] as const;
type TextField = (typeof TEXT_FIELDS)[number];
type ListField = (typeof LIST_FIELDS)[number];

/** Fields the server stores as NULL when empty (description is an empty string instead). */
const NULLABLE_TEXT: ReadonlySet<TextField> = new Set(["shortName", "website", "street", "postalCode", "city"]);

interface Keyed {
  key: string;
}

/** The organisation as the form loads it (OrganisationEditable). */
export interface EditableOrganisation {
  name: string;
  shortName?: string | null;
  description: string;
  website?: string | null;
  street?: string | null;
  postalCode?: string | null;
  city?: string | null;
  district?: Keyed | null;
  topics: readonly Keyed[];
  offers: readonly Keyed[];
  needs: readonly Keyed[];
  targetGroups: readonly Keyed[];
  languages: readonly Keyed[];
  districtsServed: readonly Keyed[];
  capacity: number;
  showExchangeParticipation?: boolean;
}

export function formValuesFrom(organisation: EditableOrganisation): OrganisationFormValues {
  const keys = (items: readonly Keyed[]) => items.map((item) => item.key);
  return {
    name: organisation.name,
    shortName: organisation.shortName ?? "",
    description: organisation.description,
    website: organisation.website ?? "",
    street: organisation.street ?? "",
    postalCode: organisation.postalCode ?? "",
    city: organisation.city ?? "",
    district: organisation.district?.key ?? "",
    topics: keys(organisation.topics),
    offers: keys(organisation.offers),
    needs: keys(organisation.needs),
    targetGroups: keys(organisation.targetGroups),
    languages: keys(organisation.languages),
    districtsServed: keys(organisation.districtsServed),
    capacity: String(organisation.capacity),
    showExchangeParticipation: organisation.showExchangeParticipation ?? false,
  };
}

export function emptyFormValues(): OrganisationFormValues {
  return {
    name: "",
    shortName: "",
    description: "",
    website: "",
    street: "",
    postalCode: "",
    city: "",
    district: "",
    topics: [],
    offers: [],
    needs: [],
    targetGroups: [],
    languages: [],
    districtsServed: [],
    capacity: "",
    showExchangeParticipation: false,
  };
}

export function cloneFormValues(values: OrganisationFormValues): OrganisationFormValues {
  const copy = { ...values };
  for (const field of LIST_FIELDS) copy[field] = [...values[field]];
  return copy;
}

/**
 * An absolute http(s) URL with a host that has a top-level domain, as class-validator's
 * `isURL({ require_protocol: true, protocols: ["http", "https"] })` accepts it.
 */
export function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value) || /\s/.test(value)) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return false;
  const labels = url.hostname.split(".");
  const tld = labels[labels.length - 1] ?? "";
  return (
    labels.length >= 2 &&
    labels.every((label) => label !== "") &&
    /^([a-z\u00a1-\uffff]{2,}|xn--[a-z0-9-]{2,})$/i.test(tld)
  );
}

export const POSTAL_CODE = /^\d{5}$/;

/** Checks what the server would refuse, so the user learns it at once and field by field. */
export function validateOrganisationForm(values: OrganisationFormValues): FieldErrors {
  const errors: FieldErrors = {};
  const limits = ORGANISATION_LIMITS;
  const name = values.name.trim();
  if (name.length < limits.name.min || name.length > limits.name.max) {
    errors.name = { key: "nameLength", params: { min: limits.name.min, max: limits.name.max } };
  }
  const tooLong = (field: "shortName" | "description" | "street" | "city", max: number) => {
    if (values[field].trim().length > max) errors[field] = { key: "tooLong", params: { max } };
  };
  tooLong("shortName", limits.shortName);
  tooLong("description", limits.description);
  tooLong("street", limits.street);
  tooLong("city", limits.city);
  const website = values.website.trim();
  if (website !== "" && (!isHttpUrl(website) || website.length > limits.website)) errors.website = { key: "website" };
  const postalCode = values.postalCode.trim();
  if (postalCode !== "" && !POSTAL_CODE.test(postalCode)) errors.postalCode = { key: "postalCode" };
  const capacityText = values.capacity.trim();
  const capacity = Number(capacityText);
  if (
    capacityText === "" ||
    !Number.isInteger(capacity) ||
    capacity < limits.capacity.min ||
    capacity > limits.capacity.max
  ) {
    errors.capacity = { key: "capacity", params: { min: limits.capacity.min, max: limits.capacity.max } };
  }
  return errors;
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && new Set([...a, ...b]).size === new Set(a).size;

/** Only what the user changed, in the shape of UpdateOrganisationInput (empty → null where the server stores null). */
export function changedFields(
  initial: OrganisationFormValues,
  current: OrganisationFormValues,
): UpdateOrganisationInput {
  const input: UpdateOrganisationInput = {};
  for (const field of TEXT_FIELDS) {
    const next = current[field].trim();
    if (next === initial[field].trim()) continue;
    setText(input, field, next === "" && NULLABLE_TEXT.has(field) ? null : next);
  }
  if (current.district !== initial.district) input.district = current.district === "" ? null : current.district;
  for (const field of LIST_FIELDS) {
    if (!sameSet(initial[field], current[field])) setList(input, field, [...current[field]]);
  }
  if (current.capacity.trim() !== initial.capacity.trim()) input.capacity = Number(current.capacity.trim());
  if (current.showExchangeParticipation !== initial.showExchangeParticipation)
    input.showExchangeParticipation = current.showExchangeParticipation;
  return input;
}

function setText(input: UpdateOrganisationInput, field: TextField, value: string | null): void {
  if (field === "name" || field === "description") input[field] = value ?? "";
  else input[field] = value;
}

function setList(input: UpdateOrganisationInput, field: ListField, value: string[]): void {
  input[field] = value;
}

/** The message shown for a field the server refused; the server's own text is English and technical. */
const SERVER_MESSAGES: Record<OrganisationFormField, FieldMessage> = {
  name: { key: "nameLength", params: { min: ORGANISATION_LIMITS.name.min, max: ORGANISATION_LIMITS.name.max } },
  shortName: { key: "tooLong", params: { max: ORGANISATION_LIMITS.shortName } },
  description: { key: "tooLong", params: { max: ORGANISATION_LIMITS.description } },
  website: { key: "website" },
  street: { key: "tooLong", params: { max: ORGANISATION_LIMITS.street } },
  postalCode: { key: "postalCode" },
  city: { key: "tooLong", params: { max: ORGANISATION_LIMITS.city } },
  district: { key: "unknownOption" },
  topics: { key: "unknownOption" },
  offers: { key: "unknownOption" },
  needs: { key: "unknownOption" },
  targetGroups: { key: "unknownOption" },
  languages: { key: "unknownOption" },
  districtsServed: { key: "unknownOption" },
  capacity: {
    key: "capacity",
    params: { min: ORGANISATION_LIMITS.capacity.min, max: ORGANISATION_LIMITS.capacity.max },
  },
  showExchangeParticipation: { key: "unknownOption" },
};

function isFormField(value: string): value is OrganisationFormField {
  return Object.hasOwn(SERVER_MESSAGES, value);
}

/**
 * Puts the fields of a BAD_USER_INPUT answer onto the form's fields ("input.name" and "name"
 * alike); problems with fields the form does not show are returned apart, for a general message.
 */
export function fieldErrorsFromServer(problems: readonly FieldProblem[]): {
  fieldErrors: FieldErrors;
  unmatched: FieldProblem[];
} {
  return serverFieldErrors(
    problems,
    (path) => {
      const field = firstSegment(path);
      return isFormField(field) ? field : null;
    },
    (_problem, field) => SERVER_MESSAGES[field],
  );
}

/** Form fields in the order they appear, for the error summary and focusing the first error. */
export const FORM_FIELD_ORDER: readonly OrganisationFormField[] = [
  "name",
  "shortName",
  "description",
  "website",
  "street",
  "postalCode",
  "city",
  "district",
  "topics",
  "offers",
  "needs",
  "targetGroups",
  "languages",
  "districtsServed",
  "capacity",
  "showExchangeParticipation",
];

/** The id of each field's control (for a checkbox group: its fieldset, also the prefix of its boxes' ids). */
export const FIELD_IDS: Readonly<Record<OrganisationFormField, string>> = {
  name: "org-name",
  shortName: "org-short-name",
  description: "org-description",
  website: "org-website",
  street: "org-street",
  postalCode: "org-postal-code",
  city: "org-city",
  district: "org-district",
  topics: "org-topics",
  offers: "org-offers",
  needs: "org-needs",
  targetGroups: "org-target-groups",
  languages: "org-languages",
  districtsServed: "org-districts-served",
  capacity: "org-capacity",
  showExchangeParticipation: "org-show-exchange-participation",
};
