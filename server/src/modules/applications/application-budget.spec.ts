import { describe, expect, it } from "vitest";
import { amountProblems, budgetSumProblems, largestRemainderSplit, splitCents } from "./application-budget";

describe("application budget", () => {
  it("compares sums to the cent, without float noise", () => {
    expect(budgetSumProblems([0.1, 0.2], 0.3)).toEqual([]);
    expect(budgetSumProblems([100_000.01, 49_999.99], 150_000)).toEqual([]);
    expect(budgetSumProblems([100_000, 49_999.99], 150_000)).toEqual([
      { field: "tandems", message: "budget shares add up to 149999.99 €, but 150000.00 € are requested" },
    ]);
  });

  it("refuses negative amounts and fractions of a cent", () => {
    expect(amountProblems("requestedAmount", -1)).toHaveLength(1);
    expect(amountProblems("requestedAmount", 10.005)).toHaveLength(1);
    expect(amountProblems("requestedAmount", 10.05)).toEqual([]);
    expect(amountProblems("requestedAmount", null)).toEqual([]);
  });

  it("splits a remainder into shares that differ by at most a cent and add up exactly", () => {
    const shares = splitCents(10_000, 3);
    expect(shares).toEqual([3334, 3333, 3333]);
    expect(shares.reduce((a, b) => a + b, 0)).toBe(10_000);
    expect(splitCents(5, 0)).toEqual([]);
  });

  it("splits proportionally by largest remainders, to the cent", () => {
    // 150,000 € in three equal parts approved as 140,000 €: 46,666.666… each, one cent left for the first.
    expect(largestRemainderSplit(14_000_000, [5_000_000, 5_000_000, 5_000_000])).toEqual([
      4_666_667, 4_666_667, 4_666_666,
    ]);
    // Uneven weights: 140,000 € over 70,000 / 50,000 / 30,000 (remainders .333, .666, .0).
    const uneven = largestRemainderSplit(14_000_000, [7_000_000, 5_000_000, 3_000_000]);
    expect(uneven).toEqual([6_533_333, 4_666_667, 2_800_000]);
    expect(uneven.reduce((a, b) => a + b, 0)).toBe(14_000_000);
    expect(largestRemainderSplit(100, [0, 0, 0])).toEqual([34, 33, 33]);
    expect(largestRemainderSplit(100, [])).toEqual([]);
    // Products beyond 2^53 stay exact.
    const big = largestRemainderSplit(99_999_999_999, [33_333_333_333, 33_333_333_333, 33_333_333_334]);
    expect(big.reduce((a, b) => a + b, 0)).toBe(99_999_999_999);
  });
});
