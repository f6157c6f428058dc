import type { ApplicationDetailFragment, CreateApplicationInput, UpdateApplicationInput } from "../gql/graphql";
import type { FieldProblem } from "./graphql-errors";
import type { FieldMessage } from "./organisation-form";
import {
  centsToEuros,
  centsToInput,
  checkBudget,
  eurosToCents,
  parseEuroCents,
  splitEvenly,
} from "./application-budget";
import { endOfDayIso } from "./deadline";
import { APPLICATION_LIMITS as APPLICATION_RULES } from "@album/shared";
import { serverFieldErrors, serverWords } from "./server-field-errors";

export interface TandemOrganisationRef {
  id: string;
  slug: string;
  name: string;
}

/** One tandem of the budget split: the pair, its share as typed, the request it came from. */
export interface TandemShareRow {
  migrantOrganisation: TandemOrganisationRef;
  educationalInstitution: TandemOrganisationRef;
  share: string;
  tandemRequestId: string | null;
}

export interface ApplicationFormValues {
  title: string;
  description: string;
  requestedAmount: string;
  startsOn: string;
  endsOn: string;
  /** Only when creating: an optional internal deadline, added as a milestone. */
  internalDeadline: string;
  tandems: TandemShareRow[];
}

/** Field keys as the server names them: "title", "requestedAmount", "tandems", "tandems.0.budgetShare" … */
export type ApplicationFieldErrors = Partial<Record<string, FieldMessage>>;

/** The rules CreateApplicationInput / UpdateApplicationInput check too (defined in @album/shared), amounts in cents. */
export const APPLICATION_LIMITS = {
  title: APPLICATION_RULES.title,
  description: APPLICATION_RULES.description,
  maxAmountCents: APPLICATION_RULES.maxAmount * 100,
} as const;

export const shareField = (index: number) => `tandems.${index}.budgetShare`;

/** The id of the control a field's error points to. */
export function applicationFieldId(field: string): string {
  const share = /^tandems\.(\d+)\.budgetShare$/.exec(field);
  if (share) return `application-share-${share[1]}`;
  switch (field) {
    case "tandems":
      return "application-share-0";
    case "requestedAmount":
      return "application-requested";
    case "internalDeadline":
      return "application-internal-deadline";
    case "startsOn":
      return "application-starts";
    case "endsOn":
      return "application-ends";
    default:
      return `application-${field}`;
  }
}

/** The order of the fields in the form, for the error summary. */
export function applicationFieldOrder(values: ApplicationFormValues): string[] {
  return [
    "title",
    "description",
    "requestedAmount",
    "startsOn",
    "endsOn",
    "internalDeadline",
    ...values.tandems.map((_, index) => shareField(index)),
    "tandems",
  ];
}

/** A share of the budget for each tandem, split evenly to the cent (remainder on the first). */
export function evenShares(requestedAmount: string, count: number, locale: string): string[] {
  const cents = parseEuroCents(requestedAmount);
  if (cents === null) return Array.from({ length: count }, () => "");
  return splitEvenly(cents, count).map((share) => centsToInput(share, locale));
}

export function emptyApplicationForm(): ApplicationFormValues {
  return {
    title: "",
    description: "",
    requestedAmount: "",
    startsOn: "",
    endsOn: "",
    internalDeadline: "",
    tandems: [],
  };
}

/** The form of an existing application. */
export function applicationFormFrom(application: ApplicationDetailFragment, locale: string): ApplicationFormValues {
  return {
    title: application.title,
    description: application.description,
    requestedAmount:
      application.requestedAmount === null ? "" : centsToInput(eurosToCents(application.requestedAmount), locale),
    startsOn: application.startsOn ?? "",
    endsOn: application.endsOn ?? "",
    internalDeadline: "",
    tandems: [...application.tandems]
      .sort((a, b) => a.position - b.position)
      .map((tandem) => ({
        migrantOrganisation: tandem.migrantOrganisation,
        educationalInstitution: tandem.educationalInstitution,
        share: centsToInput(eurosToCents(tandem.budgetShare), locale),
        tandemRequestId: null,
      })),
  };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Every problem of the form at once; `budget` false skips the amounts (an application past submission). */
export function validateApplicationForm(
  values: ApplicationFormValues,
  options: { budget: boolean },
): ApplicationFieldErrors {
  const errors: ApplicationFieldErrors = {};
  const title = values.title.trim();
  if (title.length < APPLICATION_LIMITS.title.min || title.length > APPLICATION_LIMITS.title.max) {
    errors.title = { key: "validation.titleLength", params: { ...APPLICATION_LIMITS.title } };
  }
  if (values.description.length > APPLICATION_LIMITS.description)
    errors.description = { key: "validation.tooLong", params: { max: APPLICATION_LIMITS.description } };
  if (values.startsOn && !DATE.test(values.startsOn)) errors.startsOn = { key: "validation.date" };
  if (values.endsOn && !DATE.test(values.endsOn)) errors.endsOn = { key: "validation.date" };
  if (!errors.startsOn && !errors.endsOn && values.startsOn && values.endsOn && values.endsOn < values.startsOn) {
    errors.endsOn = { key: "applications.validation.endBeforeStart" };
  }
  if (values.internalDeadline && !endOfDayIso(values.internalDeadline))
    errors.internalDeadline = { key: "validation.date" };
  if (!options.budget) return errors;

  const requested = parseEuroCents(values.requestedAmount);
  if (requested === null || requested > APPLICATION_LIMITS.maxAmountCents)
    errors.requestedAmount = { key: "applications.validation.amount" };
  values.tandems.forEach((row, index) => {
    const cents = parseEuroCents(row.share);
    if (cents === null || cents > APPLICATION_LIMITS.maxAmountCents)
      errors[shareField(index)] = { key: "applications.validation.amount" };
  });
  if (values.tandems.length === 0) errors.tandems = { key: "applications.validation.noTandems" };
  else if (!errors.requestedAmount && !values.tandems.some((_, index) => errors[shareField(index)])) {
    const check = checkBudget(
      values.tandems.map((row) => row.share),
      values.requestedAmount,
    );
    if (!check.matches)
      errors.tandems = { key: "applications.validation.budgetSum", params: { difference: check.differenceCents ?? 0 } };
  }
  return errors;
}

const amountOf = (text: string) => centsToEuros(parseEuroCents(text) ?? 0);

const tandemInputs = (values: ApplicationFormValues) =>
  values.tandems.map((row) => ({
    migrantOrganisationId: row.migrantOrganisation.id,
    educationalInstitutionId: row.educationalInstitution.id,
    budgetShare: amountOf(row.share),
  }));

/** A new application from accepted tandem requests; the listed shares win over the server's even split. Call only with a valid form. */
export function createApplicationInput(values: ApplicationFormValues, callId: string): CreateApplicationInput {
  const requestIds = values.tandems.flatMap((row) => (row.tandemRequestId ? [row.tandemRequestId] : []));
  const input: CreateApplicationInput = {
    callId,
    title: values.title.trim(),
    requestedAmount: amountOf(values.requestedAmount),
    tandems: tandemInputs(values),
  };
  if (values.description.trim()) input.description = values.description.trim();
  if (requestIds.length) input.fromTandemRequestIds = requestIds;
  return input;
}

/** Texts and dates always; the budget only while the server still takes it. */
export function updateApplicationInput(values: ApplicationFormValues, budget: boolean): UpdateApplicationInput {
  const input: UpdateApplicationInput = {
    title: values.title.trim(),
    description: values.description.trim(),
    startsOn: values.startsOn || null,
    endsOn: values.endsOn || null,
  };
  if (budget) {
    input.requestedAmount = amountOf(values.requestedAmount);
    input.tandems = tandemInputs(values);
  }
  return input;
}

const KNOWN_FIELDS = new Set(["title", "description", "requestedAmount", "startsOn", "endsOn", "tandems"]);

/** Puts the fields of a BAD_USER_INPUT answer onto the form; the server's words are kept as the message. */
export function applicationErrorsFromServer(problems: readonly FieldProblem[]): {
  fieldErrors: ApplicationFieldErrors;
  unmatched: FieldProblem[];
} {
  // A share keeps its own field ("tandems.2.budgetShare"); other tandem problems go to the tandem list.
  const fieldFor = (path: string) =>
    /^tandems\.\d+\.budgetShare$/.test(path)
      ? path
      : path.startsWith("tandems") || path.startsWith("fromTandemRequestIds")
        ? "tandems"
        : KNOWN_FIELDS.has(path)
          ? path
          : null;
  return serverFieldErrors(problems, fieldFor, serverWords("validation.server"));
}
