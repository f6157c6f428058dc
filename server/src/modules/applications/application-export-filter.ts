import { validateSync } from "class-validator";
import { BadUserInputError, type FieldProblem } from "../../graphql/errors";
import { ApplicationStatus } from "./application-status.enums";
import { ApplicationFilter } from "./application.inputs";

/**
 * The query parameters of `/export/applications.*`, each named after the field of
 * `ApplicationFilter` it fills. `status` may repeat; the others appear at most once.
 */
export const EXPORT_FILTER_PARAMETERS = {
  status: "statuses",
  call: "callId",
  organisation: "organisationId",
  deadlineFrom: "deadlineFrom",
  deadlineTo: "deadlineTo",
  search: "search",
} as const satisfies Record<string, keyof ApplicationFilter>;

type Parameter = keyof typeof EXPORT_FILTER_PARAMETERS;

const STATUSES = new Set<string>(Object.values(ApplicationStatus));
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const parameterOf = Object.fromEntries(
  Object.entries(EXPORT_FILTER_PARAMETERS).map(([parameter, field]) => [field, parameter]),
) as Record<string, Parameter>;

const isParameter = (name: string): name is Parameter => Object.hasOwn(EXPORT_FILTER_PARAMETERS, name);

/**
 * A date (`2027-03-31`, the whole UTC day: from its start, to its end) or a date-time with zone.
 * Calendar-invalid days (`2027-02-30`) are refused rather than rolled over.
 */
function parseDeadline(value: string, end: boolean): Date | null {
  if (ISO_DATE.test(value)) {
    const date = new Date(`${value}T00:00:00.000Z`);
    if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) return null;
    return end ? new Date(date.getTime() + 86_400_000 - 1) : date;
  }
  if (!ISO_DATE_TIME.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * Turns the export's query string into the `ApplicationFilter` of `applications(filter)`, checked
 * by that class's own rules. Unknown parameters are refused too: a misspelt filter would otherwise
 * export everything, silently. Throws BAD_USER_INPUT naming every offending parameter.
 */
export function parseExportFilter(params: URLSearchParams): ApplicationFilter | null {
  const problems: FieldProblem[] = [];
  const filter = new ApplicationFilter();
  const seen = new Set<string>();
  for (const [name, value] of params) {
    if (!isParameter(name)) {
      problems.push({
        field: name,
        message: `unknown parameter; allowed: ${Object.keys(EXPORT_FILTER_PARAMETERS).join(", ")}`,
      });
      continue;
    }
    if (name !== "status" && seen.has(name)) {
      problems.push({ field: name, message: "may appear only once" });
      continue;
    }
    seen.add(name);
    switch (name) {
      case "status":
        if (STATUSES.has(value))
          filter.statuses = [...new Set([...(filter.statuses ?? []), value as ApplicationStatus])];
        else problems.push({ field: name, message: `unknown status "${value}"; allowed: ${[...STATUSES].join(", ")}` });
        break;
      case "call":
        filter.callId = value;
        break;
      case "organisation":
        filter.organisationId = value;
        break;
      case "deadlineFrom":
      case "deadlineTo": {
        const date = parseDeadline(value, name === "deadlineTo");
        if (date) filter[name] = date;
        else problems.push({ field: name, message: "must be a date (YYYY-MM-DD) or an ISO 8601 date-time with zone" });
        break;
      }
      case "search":
        filter.search = value;
        break;
      default: {
        const exhaustive: never = name;
        throw new Error(`unhandled parameter ${String(exhaustive)}`);
      }
    }
  }
  if (filter.deadlineFrom && filter.deadlineTo && filter.deadlineFrom > filter.deadlineTo) {
    problems.push({ field: "deadlineTo", message: "must not be before deadlineFrom" });
  }
  for (const error of validateSync(filter)) {
    const field = parameterOf[error.property] ?? error.property;
    for (const message of Object.values(error.constraints ?? {}))
      problems.push({ field, message: message.replace(error.property, field) });
  }
  if (problems.length > 0) throw new BadUserInputError("Invalid export filter", problems);
  return seen.size > 0 ? filter : null;
}
