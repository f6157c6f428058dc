import { describe, expect, it } from "vitest";
import { centsToInput, checkBudget, parseEuroCents, splitEvenly } from "./application-budget";

describe("parseEuroCents", () => {
  it.each([
    ["12500", 1_250_000],
    ["12.500", 1_250_000],
    ["12.500,50", 1_250_050],
    ["12500,5", 1_250_050],
    ["12500.55", 1_250_055],
    ["1 250 000 €", 125_000_000],
    ["0", 0],
    ["0,01", 1],
  ])("reads %s as %i cents", (text, cents) => {
    expect(parseEuroCents(text)).toBe(cents);
  });

  it.each(["", "abc", "-5", "1,234", "12.5.0", "1,2,3", "1e5"])("refuses %j", (text) => {
    expect(parseEuroCents(text)).toBeNull();
  });
});

describe("splitEvenly", () => {
  it("splits to the cent and gives the remainder to the first shares", () => {
    expect(splitEvenly(10_000_000, 3)).toEqual([3_333_334, 3_333_333, 3_333_333]);
    expect(splitEvenly(101, 4)).toEqual([26, 25, 25, 25]);
    expect(splitEvenly(100, 1)).toEqual([100]);
  });

  it("always adds up to the total", () => {
    for (const [total, n] of [
      [999_999, 7],
      [1, 3],
      [0, 2],
      [123_456_789, 11],
    ] as const) {
      const shares = splitEvenly(total, n);
      expect(shares).toHaveLength(n);
      expect(shares.reduce((a, b) => a + b, 0)).toBe(total);
      expect(Math.max(...shares) - Math.min(...shares)).toBeLessThanOrEqual(1);
    }
  });

  it("has no shares for no tandems", () => {
    expect(splitEvenly(100, 0)).toEqual([]);
  });
});

describe("checkBudget", () => {
  it("matches when the shares add up to the requested amount to the cent", () => {
    expect(checkBudget(["0,10", "0,20"], "0,30")).toEqual({
      sumCents: 30,
      requestedCents: 30,
      differenceCents: 0,
      matches: true,
    });
  });

  it("reports what is left or too much", () => {
    expect(checkBudget(["50000", "40000"], "100000").differenceCents).toBe(1_000_000);
    expect(checkBudget(["60000", "50000"], "100000").differenceCents).toBe(-1_000_000);
    expect(checkBudget(["60000", "50000"], "100000").matches).toBe(false);
  });

  it("has no sum while a share cannot be read", () => {
    const check = checkBudget(["50000", "viel"], "100000");
    expect(check.sumCents).toBeNull();
    expect(check.matches).toBe(false);
  });

  it("never matches without tandems", () => {
    expect(checkBudget([], "0").matches).toBe(false);
  });
});

describe("centsToInput", () => {
  it("writes the amount as the input shows it", () => {
    expect(centsToInput(3_333_334, "de")).toBe("33333,34");
    expect(centsToInput(3_333_334, "en")).toBe("33333.34");
    expect(centsToInput(5_000_000, "de")).toBe("50000");
    expect(centsToInput(5, "de")).toBe("0,05");
  });
});
