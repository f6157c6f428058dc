import type { AppLocale } from "../i18n";
import { formatDateAs, formatNumberAs } from "../i18n/formats";

/** Euro amounts; German format ("12.500 €") in both languages, as in the funders' documents. */
export function formatCurrency(amount: number | null | undefined): string | null {
  if (amount == null) return null;
  return formatNumberAs(amount, "de", "euro");
}

/** A LocalDate ("2014-01-01") as a date in the UI language, without time-zone shifts. */
export function formatDate(value: string | null | undefined, locale: AppLocale | string): string | null {
  if (!value) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return value;
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return formatDateAs(date, locale, "short");
}

/** "01.01.2014 – 31.12.2016", or an open end. */
export function formatPeriod(
  from: string | null | undefined,
  to: string | null | undefined,
  locale: AppLocale | string,
): string | null {
  const start = formatDate(from, locale);
  const end = formatDate(to, locale);
  if (!start && !end) return null;
  return `${start ?? "…"} – ${end ?? "…"}`;
}

/** A DateTime as date and time in the UI language, in Hanover's time zone. */
export function formatDateTime(value: string | null | undefined, locale: AppLocale | string): string | null {
  if (!value) return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return formatDateAs(date, locale, "dateTime");
}
