/** Numbers of the applications pages in the UI language (the funders' documents are German, the English UI reads en-GB). */
import { formatNumberAs } from "../i18n/formats";

/** Euros: whole euros unless the amount has cents. */
export function formatEuro(amount: number | null | undefined, locale: string): string {
  if (amount == null) return "–";
  const cents = Math.round(amount * 100) % 100 !== 0;
  return formatNumberAs(amount, locale, cents ? "euroCents" : "euro");
}

/** Large euro sums on the dashboard's axes: "1,2 Mio. €" / "€1.2M". */
export function formatEuroCompact(amount: number, locale: string): string {
  return formatNumberAs(amount, locale, "euroCompact");
}

export function formatCount(value: number, locale: string): string {
  return formatNumberAs(value, locale, "integer");
}

/** A share (0.75) as a percentage ("75 %" / "75%"). */
export function formatPercent(share: number | null | undefined, locale: string): string {
  if (share == null) return "–";
  return formatNumberAs(share, locale, "percentTenths");
}
