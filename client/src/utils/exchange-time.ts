import { tzOffset } from "@date-fns/tz";
import { format, isValid } from "date-fns";
import { formatDateAs } from "../i18n/formats";
import { HANOVER_TIME_ZONE, inHanover } from "./hanover";

/*
 * Exchanges happen in Hanover: the form takes wall-clock times there and pages show them there,
 * wherever the browser is.
 */
const ZONE = HANOVER_TIME_ZONE;

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** A datetime-local value ("2027-03-10T10:00") read as Hanover time, as an ISO instant; null when malformed. */
export function hanoverWallTimeToIso(value: string): string | null {
  const match = WALL_TIME.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  // 30 February would roll over into March.
  if (new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day) return null;
  // Not TZDate's constructor: in the autumn's doubled hour its pick depends on the browser's own zone. Two steps
  // settle the offset around a clock change, taking the later (winter) hour when a time happens twice.
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const guess = wall - tzOffset(ZONE, new Date(wall)) * 60_000;
  return new Date(wall - tzOffset(ZONE, new Date(guess)) * 60_000).toISOString();
}

/** An instant as a datetime-local value in Hanover time ("2027-03-10T10:00"). */
export function isoToHanoverWallTime(iso: string): string {
  const date = new Date(iso);
  return isValid(date) ? format(date, "yyyy-MM-dd'T'HH:mm", { in: inHanover }) : "";
}

/** The calendar day of an instant in Hanover ("2027-03-10"). */
export function hanoverDayKey(iso: string | Date): string {
  return format(typeof iso === "string" ? new Date(iso) : iso, "yyyy-MM-dd", { in: inHanover });
}

/** "Mi., 10. März 2027, 10:00–15:00" or, over several days, both ends in full. */
export function formatExchangeWhen(startsAt: string, endsAt: string, locale: string): string {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return `${startsAt} – ${endsAt}`;
  const day = (date: Date) => formatDateAs(date, locale, "exchangeDay");
  const time = (date: Date) => formatDateAs(date, locale, "time");
  if (hanoverDayKey(start) === hanoverDayKey(end)) return `${day(start)}, ${time(start)}–${time(end)}`;
  return `${day(start)}, ${time(start)} – ${day(end)}, ${time(end)}`;
}

/** Just the time of day in Hanover ("17:00"), for the month grid. */
export function formatExchangeTime(iso: string, locale: string): string {
  return formatDateAs(new Date(iso), locale, "time");
}
