/**
 * Budget arithmetic of the application forms. Everything is compared in whole cents, so that
 * 0.1 + 0.2 equals 0.3 and the check agrees with the server's (which also counts cents).
 */

/** Euros as typed ("12.500,50", "12500.5", "12 500") → cents; null when it is no amount of at most two decimals. */
export function parseEuroCents(text: string): number | null {
  let value = text.replace(/[\s\u00a0\u202f€]/g, "");
  if (value === "") return null;
  if (value.includes(",")) {
    // German: dots group thousands, the comma marks the cents.
    value = value.replace(/\./g, "").replace(",", ".");
  } else if (/^\d{1,3}(\.\d{3})+$/.test(value)) {
    value = value.replace(/\./g, "");
  }
  if (!/^\d+(\.\d{1,2})?$/.test(value)) return null;
  const [whole = "0", fraction = ""] = value.split(".");
  return Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
}

/** Cents as the text of an amount input in the UI language ("1250,50" / "1250.50"; whole euros without decimals). */
export function centsToInput(cents: number, locale: string): string {
  const euros = Math.trunc(cents / 100);
  const rest = Math.abs(cents % 100);
  if (rest === 0) return String(euros);
  return `${euros}${locale === "en" ? "." : ","}${String(rest).padStart(2, "0")}`;
}

export const centsToEuros = (cents: number): number => cents / 100;
export const eurosToCents = (euros: number): number => Math.round(euros * 100);

/** Splits a total into n shares to the cent; the shares differ by at most one cent, the first ones get the remainder. */
export function splitEvenly(totalCents: number, n: number): number[] {
  if (n <= 0 || totalCents < 0) return [];
  const base = Math.floor(totalCents / n);
  const remainder = totalCents - base * n;
  return Array.from({ length: n }, (_, index) => base + (index < remainder ? 1 : 0));
}

export interface BudgetCheck {
  /** Sum of the shares that could be read; null when one cannot. */
  sumCents: number | null;
  requestedCents: number | null;
  /** requested − sum: positive means money left to distribute, negative means too much. */
  differenceCents: number | null;
  matches: boolean;
}

/** The running sum of the shares against the requested amount. */
export function checkBudget(shares: readonly string[], requested: string): BudgetCheck {
  const parsed = shares.map(parseEuroCents);
  const sumCents = parsed.every((cents) => cents !== null)
    ? parsed.reduce<number>((sum, cents) => sum + (cents ?? 0), 0)
    : null;
  const requestedCents = parseEuroCents(requested);
  const differenceCents = sumCents !== null && requestedCents !== null ? requestedCents - sumCents : null;
  return { sumCents, requestedCents, differenceCents, matches: differenceCents === 0 && shares.length > 0 };
}
