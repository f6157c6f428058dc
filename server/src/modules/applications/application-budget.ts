import type { FieldProblem } from "../../graphql/errors";

/** Amounts are compared in whole cents: 0.1 + 0.2 must equal 0.3 in a budget. */
export function toCents(euros: number): number {
  return Math.round(euros * 100);
}

export function fromCents(cents: number): number {
  return cents / 100;
}

/** True when the amount has at most two decimals (a float's rounding noise aside). */
export function isWholeCents(euros: number): boolean {
  return Math.abs(euros * 100 - Math.round(euros * 100)) < 1e-6;
}

/** Splits cents into n shares that differ by at most one cent; the first ones get the remainder. */
export function splitCents(total: number, n: number): number[] {
  if (n <= 0) return [];
  const base = Math.floor(total / n);
  const remainder = total - base * n;
  return Array.from({ length: n }, (_, index) => base + (index < remainder ? 1 : 0));
}

/** Problems of an amount field: negative or finer than a cent. */
export function amountProblems(field: string, euros: number | null | undefined): FieldProblem[] {
  if (euros === null || euros === undefined) return [];
  if (!Number.isFinite(euros) || euros < 0) return [{ field, message: "must not be negative" }];
  if (!isWholeCents(euros)) return [{ field, message: "at most two decimals (cents)" }];
  return [];
}

/** The tandems' shares must add up to the requested amount, to the cent. */
export function budgetSumProblems(shares: number[], requestedAmount: number): FieldProblem[] {
  const sum = shares.reduce((total, share) => total + toCents(share), 0);
  if (sum === toCents(requestedAmount)) return [];
  const euro = (cents: number) => (cents / 100).toFixed(2);
  return [
    {
      field: "tandems",
      message: `budget shares add up to ${euro(sum)} €, but ${euro(toCents(requestedAmount))} € are requested`,
    },
  ];
}

/**
 * Splits `totalCents` in proportion to `weights` (cents) by the largest-remainder method: every
 * share is rounded down, and the cents left over go one each to the shares with the largest
 * remainders (ties to the earlier share), so the shares add up to the total exactly. Weights that
 * are all zero share the total evenly. BigInt keeps total × weight exact beyond 2^53.
 */
export function largestRemainderSplit(totalCents: number, weights: readonly number[]): number[] {
  if (weights.length === 0) return [];
  const sum = weights.reduce((total, weight) => total + weight, 0);
  if (sum <= 0) return splitCents(totalCents, weights.length);
  const total = BigInt(totalCents);
  const denominator = BigInt(sum);
  const exact = weights.map((weight, index) => {
    const product = total * BigInt(weight);
    return { index, floor: product / denominator, remainder: product % denominator };
  });
  let left = Number(total - exact.reduce((acc, share) => acc + share.floor, 0n));
  const shares = exact.map((share) => Number(share.floor));
  const byRemainder = [...exact].sort((a, b) =>
    a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1,
  );
  for (const share of byRemainder) {
    if (left <= 0) break;
    shares[share.index]! += 1;
    left -= 1;
  }
  return shares;
}
