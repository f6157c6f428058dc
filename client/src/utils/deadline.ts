/** The calendar day of an instant in Hanover ("2027-03-31"). */
export function hanoverDay(instant: Date): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Berlin",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(instant);
}

const dayNumber = (day: string) =>
  Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000;

/**
 * Calendar days from today to the deadline in Hanover's time zone: 0 on the last day, null once
 * the deadline has passed (or the value is no date).
 */
export function daysUntil(deadline: string, now: Date = new Date()): number | null {
  const end = new Date(deadline);
  if (Number.isNaN(end.getTime()) || end.getTime() <= now.getTime()) return null;
  return dayNumber(hanoverDay(end)) - dayNumber(hanoverDay(now));
}

/** Minutes Hanover's wall clock is ahead of UTC at an instant (60 in winter, 120 in summer). */
function hanoverOffsetMinutes(instant: Date): number {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/Berlin",
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(instant);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"));
  return Math.round((wall - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

/**
 * A date input's value ("2027-03-31") as the end of that day (23:59) in Hanover, ISO; deadlines are
 * shown in Hanover's time zone, wherever the browser is.
 */
export function endOfDayIso(day: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day.trim());
  if (!match) return null;
  const wall = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 23, 59);
  if (Number.isNaN(wall)) return null;
  // 23:59 is never inside a clock change (those happen at night's 2 or 3 o'clock).
  const instant = new Date(wall - hanoverOffsetMinutes(new Date(wall)) * 60_000);
  return instant.toISOString();
}

/** An instant as the date input's value: its calendar day in Hanover. */
export function dateInputValue(instant: string): string {
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? "" : hanoverDay(date);
}
