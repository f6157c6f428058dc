import { BadUserInputError, type FieldProblem } from "../graphql/errors";
import type { ColumnKind } from "../modules/applications/application-export";

/**
 * How a CSV is written. `excel` (the default) is what German Excel opens with a double click:
 * UTF-8 with a byte order mark, semicolons, dates and times on the Hanover clock
 * (`31.03.2027 23:59`), decimal commas. `rfc4180` is for scripts: commas, ISO 8601 times in UTC,
 * decimal points, no byte order mark.
 */
export type CsvFormat = "excel" | "rfc4180";
export const CSV_FORMATS: readonly CsvFormat[] = ["excel", "rfc4180"];

export const EXPORT_TIME_ZONE = "Europe/Berlin";

const berlinParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: EXPORT_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

/** The Hanover wall clock of an instant: year, month (1–12), day, hour, minute, second. */
export function berlinWallClock(instant: Date): [number, number, number, number, number, number] {
  const parts = Object.fromEntries(berlinParts.formatToParts(instant).map((part) => [part.type, part.value]));
  return [
    Number(parts.year),
    Number(parts.month),
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  ];
}

/**
 * A spreadsheet date has no time zone: it shows the clock it stores. So the Hanover wall clock is
 * stored as if it were UTC (exceljs turns a Date into a serial number from its UTC fields); a
 * deadline at 23:59 in Hanover then shows 23:59, not 22:59.
 */
export function spreadsheetDateTime(instant: Date): Date {
  const [year, month, day, hour, minute, second] = berlinWallClock(instant);
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second));
}

/** A calendar day (`2027-03-31`) as a spreadsheet date at midnight. */
export function spreadsheetDate(day: string): Date {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date));
}

const pad = (value: number) => String(value).padStart(2, "0");

/** One cell of a CSV in the chosen format; null is empty. */
export function csvValue(value: string | number | Date | null, kind: ColumnKind, format: CsvFormat): string | number {
  if (value === null) return "";
  if (format === "rfc4180") return value instanceof Date ? value.toISOString() : value;
  if (value instanceof Date) {
    const [year, month, day, hour, minute] = berlinWallClock(value);
    return kind === "date"
      ? `${pad(day)}.${pad(month)}.${year}`
      : `${pad(day)}.${pad(month)}.${year} ${pad(hour)}:${pad(minute)}`;
  }
  if (typeof value === "number") return String(value).replace(".", ",");
  if (kind === "date" && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [year, month, day] = value.split("-");
    return `${day}.${month}.${year}`;
  }
  return value;
}

/**
 * Takes `format` out of the query string (the rest is the filter) and checks it. A bad value is a
 * field problem like a bad filter, reported together with those.
 */
export function takeCsvFormat(params: URLSearchParams): { format: CsvFormat; problems: FieldProblem[] } {
  const values = params.getAll("format");
  params.delete("format");
  if (values.length === 0) return { format: "excel", problems: [] };
  if (values.length > 1) return { format: "excel", problems: [{ field: "format", message: "may appear only once" }] };
  const value = values[0] as CsvFormat;
  if (!CSV_FORMATS.includes(value))
    return {
      format: "excel",
      problems: [{ field: "format", message: `unknown format "${values[0]}"; allowed: ${CSV_FORMATS.join(", ")}` }],
    };
  return { format: value, problems: [] };
}

/** Runs the filter's parser and reports its problems together with the format's. */
export function withFormatProblems<T>(problems: FieldProblem[], parse: () => T): T {
  let result: T;
  try {
    result = parse();
  } catch (error) {
    if (error instanceof BadUserInputError && problems.length > 0) {
      const fields = (error.extensions.fields as FieldProblem[] | undefined) ?? [];
      throw new BadUserInputError(error.message, [...problems, ...fields]);
    }
    throw error;
  }
  if (problems.length > 0) throw new BadUserInputError("Invalid export parameters", problems);
  return result;
}
