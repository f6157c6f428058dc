import {
  addDays,
  addMonths,
  eachDayOfInterval,
  endOfMonth,
  endOfWeek,
  format,
  isValid,
  parse,
  startOfWeek,
} from "date-fns";
import { formatDateAs } from "../i18n/formats";

/** German weeks start on Monday (DIN 1355 / ISO 8601). */
const WEEK_STARTS_ON = 1 as const;
const MONTH_FORMAT = "yyyy-MM";
const DAY_FORMAT = "yyyy-MM-dd";

/** One day of the month view; `key` is the calendar day ("2027-01-20"). */
export interface MonthDay {
  key: string;
  dayOfMonth: number;
  inMonth: boolean;
  isToday: boolean;
}

/** Calendar dates only: parsed at local noon, so no clock change can move a day. */
function monthStart(month: string): Date {
  return parse(`${month}-01 12:00`, "yyyy-MM-dd HH:mm", new Date(2000, 0, 1));
}

/** Whether a value is a month key ("2027-01"). */
export function isMonthKey(value: unknown): value is string {
  return typeof value === "string" && /^\d{4}-(0[1-9]|1[0-2])$/.test(value) && isValid(monthStart(value));
}

/** The month of a calendar day ("2027-01-20" → "2027-01"). */
export function monthOfDay(dayKey: string): string {
  return dayKey.slice(0, 7);
}

export function shiftMonth(month: string, delta: number): string {
  return format(addMonths(monthStart(month), delta), MONTH_FORMAT);
}

/** The weeks (Monday to Sunday) that show a month, with the neighbours' days filling the first and last week. */
export function monthWeeks(month: string, todayKey: string): MonthDay[][] {
  const first = monthStart(month);
  const days = eachDayOfInterval({
    start: startOfWeek(first, { weekStartsOn: WEEK_STARTS_ON }),
    end: endOfWeek(endOfMonth(first), { weekStartsOn: WEEK_STARTS_ON }),
  });
  const weeks: MonthDay[][] = [];
  days.forEach((date, index) => {
    const key = format(date, DAY_FORMAT);
    if (index % 7 === 0) weeks.push([]);
    weeks[weeks.length - 1]!.push({
      key,
      dayOfMonth: date.getDate(),
      inMonth: monthOfDay(key) === month,
      isToday: key === todayKey,
    });
  });
  return weeks;
}

/** The first and last calendar day the grid shows, to ask the server for exactly those exchanges. */
export function gridRange(month: string): { firstDay: string; lastDay: string } {
  const first = monthStart(month);
  return {
    firstDay: format(startOfWeek(first, { weekStartsOn: WEEK_STARTS_ON }), DAY_FORMAT),
    lastDay: format(endOfWeek(endOfMonth(first), { weekStartsOn: WEEK_STARTS_ON }), DAY_FORMAT),
  };
}

/** Weekday names from Monday to Sunday in the UI language ("Montag" … or "Mo." …). */
export function weekdayNames(locale: string, width: "long" | "short"): string[] {
  const name = width === "long" ? "weekdayLong" : "weekdayShort";
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, index) => formatDateAs(new Date(Date.UTC(2024, 0, 1 + index)), locale, name));
}

/** "Januar 2027" / "January 2027". */
export function monthLabel(month: string, locale: string): string {
  return formatDateAs(monthStart(month), locale, "monthYear");
}

/** "Mittwoch, 20. Januar 2027": what a screen reader hears for a day cell. */
export function dayLabel(dayKey: string, locale: string): string {
  const date = parse(`${dayKey} 12:00`, "yyyy-MM-dd HH:mm", new Date(2000, 0, 1));
  return formatDateAs(date, locale, "long");
}

/** Items grouped by their calendar day, each day's items in the given order. */
export function groupByDay<T>(items: readonly T[], dayOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = dayOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** The day after a calendar day ("2027-01-31" → "2027-02-01"). */
export function nextDay(dayKey: string): string {
  return format(addDays(parse(`${dayKey} 12:00`, "yyyy-MM-dd HH:mm", new Date(2000, 0, 1)), 1), DAY_FORMAT);
}
