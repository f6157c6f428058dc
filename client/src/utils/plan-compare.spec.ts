import { describe, expect, it } from "vitest";
import { comparePlans, weakestTandem } from "./plan-compare";

const t = (m: string, e: string, score: number) => ({
  migrantOrganisationId: m,
  educationalInstitutionId: e,
  migrantOrganisationName: m.toUpperCase(),
  educationalInstitutionName: e.toUpperCase(),
  score,
});

describe("comparing two saved plans", () => {
  it("splits the pairs into shared ones and those only one plan holds", () => {
    const a = [t("b", "x", 0.5), t("a", "y", 0.7), t("c", "z", 0.2)];
    const b = [t("a", "y", 0.6), t("d", "x", 0.9)];
    const result = comparePlans(a, b);
    expect(result.both).toEqual([{ a: a[1], b: b[0] }]);
    expect(result.onlyA.map((x) => x.migrantOrganisationId)).toEqual(["b", "c"]);
    expect(result.onlyB.map((x) => x.migrantOrganisationId)).toEqual(["d"]);
  });

  it("treats the same organisations in another pairing as different tandems", () => {
    const result = comparePlans([t("a", "x", 1)], [t("a", "y", 1)]);
    expect(result.both).toEqual([]);
    expect(result.onlyA).toHaveLength(1);
    expect(result.onlyB).toHaveLength(1);
  });

  it("names the weakest tandem", () => {
    expect(weakestTandem([t("a", "x", 0.4), t("b", "y", 0.3), t("c", "z", 0.9)])?.migrantOrganisationId).toBe("b");
    expect(weakestTandem([])).toBeNull();
  });
});
