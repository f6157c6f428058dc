/** Numbers of the applications pages in the UI language (the funders' documents are German, the English UI reads en-GB). */
const intlLocale = (locale: string) => (locale === "en" ? "en-GB" : "de-DE");

/** Euros: whole euros unless the amount has cents. */
export function formatEuro(amount: number | null | undefined, locale: string): string {
  if (amount == null) return "–";
  const cents = Math.round(amount * 100) % 100 !== 0;
  return new Intl.NumberFormat(intlLocale(locale), {
    style: "currency",
    currency: "EUR",
    minimumFractionDigits: cents ? 2 : 0,
    maximumFractionDigits: cents ? 2 : 0,
  }).format(amount);
}

/** Large euro sums on the dashboard's axes: "1,2 Mio. €" / "€1.2M". */
export function formatEuroCompact(amount: number, locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale), {
    style: "currency",
    currency: "EUR",
    notation: "compact",
    maximumFractionDigits: 1,
  }).format(amount);
}

export function formatCount(value: number, locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale)).format(value);
}

/** A share (0.75) as a percentage ("75 %" / "75%"). */
export function formatPercent(share: number | null | undefined, locale: string): string {
  if (share == null) return "–";
  return new Intl.NumberFormat(intlLocale(locale), { style: "percent", maximumFractionDigits: 1 }).format(share);
}
