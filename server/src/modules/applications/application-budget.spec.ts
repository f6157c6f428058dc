import { describe, expect, it } from "vitest";
import { amountProblems, budgetSumProblems, splitCents } from "./application-budget";

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
});
