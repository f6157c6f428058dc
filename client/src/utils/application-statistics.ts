/** A range of funding years; null ends are open. */
export interface YearRange {
  from: number | null;
  to: number | null;
}

/**
 * The range as networkStatistics' window: 1 January of the first year to 31 December of the
 * last. The server takes the calendar day in Hanover, so noon UTC names that day in any season.
 */
export function yearWindow(range: YearRange): { from: string | null; to: string | null } {
  return {
    from: range.from === null ? null : new Date(Date.UTC(range.from, 0, 1, 12)).toISOString(),
    to: range.to === null ? null : new Date(Date.UTC(range.to, 11, 31, 12)).toISOString(),
  };
}

/** A year from the URL ("2015"), or null. */
export function parseYear(value: unknown): number | null {
  if (typeof value !== "string" || !/^\d{4}$/.test(value)) return null;
  const year = Number(value);
  return year >= 1990 && year <= 2100 ? year : null;
}

/** A range whose ends are in order (swapped when given the wrong way round). */
export function orderedRange(from: number | null, to: number | null): YearRange {
  return from !== null && to !== null && from > to ? { from: to, to: from } : { from, to };
}

/** The years a range picker offers: from the first funded year to a few years ahead. */
export function selectableYears(firstYear: number, now: Date = new Date()): number[] {
  const last = now.getUTCFullYear() + 3;
  const first = Math.min(firstYear, last);
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}

/** Successful ÷ decided, or null before any decision. */
export function successRate(successful: number, decided: number): number | null {
  return decided > 0 ? successful / decided : null;
}

/** A year as a chart category; applications without a known year get a label of their own. */
export function yearLabel(year: number | null, unknown: string): string {
  return year === null ? unknown : String(year);
}
