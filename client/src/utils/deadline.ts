import { TZDate } from "@date-fns/tz";
import { differenceInCalendarDays, format, isValid } from "date-fns";
import { HANOVER_TIME_ZONE, inHanover } from "./hanover";

/** The calendar day of an instant in Hanover ("2027-03-31"). */
export function hanoverDay(instant: Date): string {
  return format(instant, "yyyy-MM-dd", { in: inHanover });
}

/**
 * Calendar days from today to the deadline in Hanover's time zone: 0 on the last day, null once
 * the deadline has passed (or the value is no date).
 */
export function daysUntil(deadline: string, now: Date = new Date()): number | null {
  const end = new Date(deadline);
  if (!isValid(end) || end.getTime() <= now.getTime()) return null;
  return differenceInCalendarDays(end, now, { in: inHanover });
}

/**
 * A date input's value ("2027-03-31") as the end of that day (23:59) in Hanover, ISO; deadlines are
 * shown in Hanover's time zone, wherever the browser is.
 */
export function endOfDayIso(day: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day.trim());
  if (!match) return null;
  const endOfDay = new TZDate(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 23, 59, HANOVER_TIME_ZONE);
  // TZDate's own toISOString keeps the zone's offset; the server expects UTC.
  return isValid(endOfDay) ? new Date(endOfDay.getTime()).toISOString() : null;
}

/** An instant as the date input's value: its calendar day in Hanover. */
export function dateInputValue(instant: string): string {
  const date = new Date(instant);
  return isValid(date) ? hanoverDay(date) : "";
}
