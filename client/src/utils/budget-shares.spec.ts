import { describe, expect, it } from "vitest";
import { checkSplit, rowProblems, rowsToInput, type ShareRow } from "./budget-shares";

const row = (key: string, organisationId: string, funder: string, own = "", tandemId = ""): ShareRow => ({
  key,
  organisationId,
  tandemId,
  funder,
  own,
});

describe("budget per organisation form", () => {
  it("sums German and English amounts in cents against the target", () => {
    const rows = [row("a", "o1", "100.000"), row("b", "o2", "48.000,00", "2.500,50")];
    expect(checkSplit(rows, 15_000_000)).toEqual({
      sumCents: 14_800_000,
      ownCents: 250_050,
      targetCents: 15_000_000,
      differenceCents: 200_000,
      matches: false,
    });
    expect(checkSplit([row("a", "o1", "0.1"), row("b", "o2", "0.2")], 30).matches).toBe(true);
    expect(checkSplit([row("a", "o1", "12,345")], 100).sumCents).toBeNull();
    expect(checkSplit([], 0).matches).toBe(false);
  });

  it("names each row's problems and sends euros with the total as a check", () => {
    const rows = [row("a", "", "x"), row("b", "o2", "10", "-1"), row("c", "o2", "5")];
    expect(rowProblems(rows)).toEqual({ a: ["organisation", "funder"], b: ["own"], c: ["duplicate"] });
    expect(rowsToInput([row("a", "o1", "1.234,56", "0,44", "t1")])).toEqual([
      { organisationId: "o1", tandemId: "t1", funderShare: 1234.56, ownContribution: 0.44, total: 1235 },
    ]);
  });
});
