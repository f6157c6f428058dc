/**
 * Exchanges happen in Hanover: the form takes wall-clock times there and pages show them there,
 * wherever the browser is.
 */
const ZONE = "Europe/Berlin";

const intlLocale = (locale: string) => (locale === "en" ? "en-GB" : "de-DE");

/** Minutes Hanover's clock is ahead of UTC at an instant (60 in winter, 120 in summer). */
export function hanoverOffsetMinutes(instant: Date): number {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: ZONE,
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

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** A datetime-local value ("2027-03-10T10:00") read as Hanover time, as an ISO instant; null when malformed. */
export function hanoverWallTimeToIso(value: string): string | null {
  const match = WALL_TIME.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(wall);
  if (check.getUTCDate() !== day) return null;
  // The offset at the guess can differ from the offset at the answer around a clock change; a second step settles it.
  let instant = wall - hanoverOffsetMinutes(new Date(wall)) * 60_000;
  instant = wall - hanoverOffsetMinutes(new Date(instant)) * 60_000;
  return new Date(instant).toISOString();
}

/** An instant as a datetime-local value in Hanover time ("2027-03-10T10:00"). */
export function isoToHanoverWallTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "";
  const shifted = new Date(date.getTime() + hanoverOffsetMinutes(date) * 60_000);
  return shifted.toISOString().slice(0, 16);
}

/** The calendar day of an instant in Hanover ("2027-03-10"). */
export function hanoverDayKey(iso: string | Date): string {
  const date = typeof iso === "string" ? new Date(iso) : iso;
  return isoToHanoverWallTime(date.toISOString()).slice(0, 10);
}

/** "Mi., 10. März 2027, 10:00–15:00" or, over several days, both ends in full. */
export function formatExchangeWhen(startsAt: string, endsAt: string, locale: string): string {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return `${startsAt} – ${endsAt}`;
  const day = new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone: ZONE,
    weekday: "short",
    day: "numeric",
    month: "long",
    year: "numeric",
  });
  const time = new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone: ZONE,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
  if (hanoverDayKey(start) === hanoverDayKey(end))
    return `${day.format(start)}, ${time.format(start)}–${time.format(end)}`;
  return `${day.format(start)}, ${time.format(start)} – ${day.format(end)}, ${time.format(end)}`;
}

/** Just the time of day in Hanover ("17:00"), for the month grid. */
export function formatExchangeTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone: ZONE,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(new Date(iso));
}
