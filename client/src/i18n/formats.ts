import type { Composer } from "vue-i18n";
import { HANOVER_TIME_ZONE } from "../utils/hanover";

/**
 * The one place that says how numbers and dates look in each UI language. Utilities format through
 * `formatNumberAs` / `formatDateAs` with a format's name, so a format changes here and nowhere else.
 */

/** The Intl locale behind each UI language: the English UI reads British English (day before month, "€1.8m"). */
export const INTL_LOCALES = { de: "de-DE", en: "en-GB" } as const;
type IntlLocale = (typeof INTL_LOCALES)[keyof typeof INTL_LOCALES];

export function intlLocaleOf(locale: string): IntlLocale {
  return locale === "en" ? INTL_LOCALES.en : INTL_LOCALES.de;
}

const HANOVER = HANOVER_TIME_ZONE;

export const NUMBER_FORMATS = {
  /** 12.500 */
  integer: {},
  /** Whole euros: "12.500 €". */
  euro: { style: "currency", currency: "EUR", minimumFractionDigits: 0, maximumFractionDigits: 0 },
  /** Euros with cents: "1.234,50 €". */
  euroCents: { style: "currency", currency: "EUR", minimumFractionDigits: 2, maximumFractionDigits: 2 },
  /** Large sums on chart axes: "1,2 Mio. €" / "€1.2M". */
  euroCompact: { style: "currency", currency: "EUR", notation: "compact", maximumFractionDigits: 1 },
  /** A share as a whole percentage: "35 %" / "35%". */
  percent: { style: "percent", maximumFractionDigits: 0 },
  /** A share to a tenth of a percent: "12,5 %". */
  percentTenths: { style: "percent", maximumFractionDigits: 1 },
  /** Scores with two decimals: "0,76". */
  score: { minimumFractionDigits: 2, maximumFractionDigits: 2 },
} as const satisfies Record<string, Intl.NumberFormatOptions>;

export const DATETIME_FORMATS = {
  /** A calendar day (a LocalDate read at UTC midnight): "12.03.2026" / "12/03/2026". */
  short: { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" },
  /** A moment in Hanover: "12.03.2026, 14:30". */
  dateTime: { dateStyle: "medium", timeStyle: "short", timeZone: HANOVER },
  /** An exchange's day in Hanover: "Mi., 10. März 2027". */
  exchangeDay: { weekday: "short", day: "numeric", month: "long", year: "numeric", timeZone: HANOVER },
  /** A time of day in Hanover: "17:00". */
  time: { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: HANOVER },
  /** A local calendar day in full: "Mittwoch, 20. Januar 2027". */
  long: { weekday: "long", day: "numeric", month: "long", year: "numeric" },
  /** "Januar 2027". */
  monthYear: { month: "long", year: "numeric" },
  /** Weekday names of calendar days read at UTC midnight: "Montag" / "Mo.". */
  weekdayLong: { weekday: "long", timeZone: "UTC" },
  weekdayShort: { weekday: "short", timeZone: "UTC" },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

/**
 * The formats for vue-i18n, so components can write `n(amount, "euro")` and `d(date, "short")`. vue-i18n hands
 * the locale under which it found a format to Intl, and a bare "en" reads as American English (month first,
 * "€1.8M"): the formats therefore live under the Intl locales, which each UI language reaches through its
 * fallback chain (its messages stay under "de" and "en").
 */
export const FORMAT_FALLBACK_LOCALE = { en: [INTL_LOCALES.en, "de"], de: [INTL_LOCALES.de], default: ["de"] };
/** Reaching a format through the fallback chain is the design, not a slip: warn only for message keys (dotted). */
export const FORMAT_FALLBACK_WARN = /\./;

/** Adds the formats to an i18n instance (whose fallbackLocale is FORMAT_FALLBACK_LOCALE). */
export function registerFormats(composer: Pick<Composer, "setNumberFormat" | "setDateTimeFormat">): void {
  for (const intlLocale of Object.values(INTL_LOCALES)) {
    composer.setNumberFormat(intlLocale, NUMBER_FORMATS);
    composer.setDateTimeFormat(intlLocale, DATETIME_FORMATS);
  }
}

export type NumberFormatName = keyof typeof NUMBER_FORMATS;
export type DateTimeFormatName = keyof typeof DATETIME_FORMATS;

// Building an Intl formatter costs far more than using one; lists and charts format hundreds of values.
const numberFormatters = new Map<string, Intl.NumberFormat>();
const dateTimeFormatters = new Map<string, Intl.DateTimeFormat>();

export function formatNumberAs(value: number, locale: string, name: NumberFormatName): string {
  const intlLocale = intlLocaleOf(locale);
  const key = `${intlLocale}:${name}`;
  let formatter = numberFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(intlLocale, NUMBER_FORMATS[name]);
    numberFormatters.set(key, formatter);
  }
  return formatter.format(value);
}

export function formatDateAs(date: Date, locale: string, name: DateTimeFormatName): string {
  const intlLocale = intlLocaleOf(locale);
  const key = `${intlLocale}:${name}`;
  let formatter = dateTimeFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(intlLocale, DATETIME_FORMATS[name]);
    dateTimeFormatters.set(key, formatter);
  }
  return formatter.format(date);
}
