/**
 * Weight normalisation and refusal, preferNovelty, the fairness term's presence.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_WEIGHTS,
  InvalidContextError,
  InvalidWeightsError,
  scorePair,
  type MatchContext,
  type MatchOrganisation,
  type ScoringWeights,
} from "../../../server/src/modules/matching/engine";
import { contextArb, weightsArb } from "./helpers";

const mo: MatchOrganisation = {
  id: "m",
  name: "m",
  kind: "MIGRANT_ORGANISATION",
  topics: ["A"],
  offers: [],
  needs: [],
  targetGroups: [],
  languages: ["de"],
  districtsServed: [],
  capacity: 2,
  activeCommitments: 0,
  recentFunding: 10,
};
const ei: MatchOrganisation = {
  ...mo,
  id: "e",
  name: "e",
  kind: "EDUCATIONAL_INSTITUTION",
  topics: ["B"],
  recentFunding: 0,
};
const ctx = (history: number): MatchContext => ({
  call: {
    id: "c",
    topics: [
      { key: "A", weight: 1 },
      { key: "B", weight: 1 },
    ],
    targetGroups: [],
    districts: [],
    languages: ["de"],
    maxTandemsPerOrganisation: 1,
  },
  migrantOrganisations: [mo],
  educationalInstitutions: [ei],
  jointHistory: history > 0 ? [{ a: "m", b: "e", count: history }] : [],
  blockedPairs: [],
  excludedOrganisationIds: [],
});

describe("weights", () => {
  it("are normalised: scaling all weights changes nothing", () => {
    const scaled = Object.fromEntries(
      Object.entries(DEFAULT_WEIGHTS).map(([k, v]) => [k, v * 7]),
    ) as unknown as ScoringWeights;
    const a = scorePair(ctx(1), mo, ei, { weights: DEFAULT_WEIGHTS, preferNovelty: false });
    const b = scorePair(ctx(1), mo, ei, { weights: scaled, preferNovelty: false });
    expect(b.score).toBeCloseTo(a.score, 12);
    expect(b.breakdown.map((x) => x.weight)).toEqual(a.breakdown.map((x) => expect.closeTo(x.weight, 12)));
  });

  it("normalised weights sum to 1 and every score is in [0, 1] (property)", () => {
    fc.assert(
      fc.property(contextArb(3), weightsArb, fc.boolean(), (c, weights, preferNovelty) => {
        for (const m of c.migrantOrganisations) {
          for (const e of c.educationalInstitutions) {
            const p = scorePair(c, m, e, { weights, preferNovelty });
            const sum = p.breakdown.reduce((s, b) => s + b.weight, 0);
            expect(sum).toBeCloseTo(1, 12);
            expect(p.score).toBeGreaterThanOrEqual(0);
            expect(p.score).toBeLessThanOrEqual(1 + 1e-12);
            for (const b of p.breakdown) expect(b.value >= 0 && b.value <= 1).toBe(true);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it.each([
    ["negative", { ...DEFAULT_WEIGHTS, trust: -0.1 }],
    [
      "all zero",
      {
        topicCoverage: 0,
        complementarity: 0,
        targetGroupFit: 0,
        localFit: 0,
        languageFit: 0,
        trust: 0,
        availability: 0,
        fairness: 0,
      },
    ],
    ["NaN", { ...DEFAULT_WEIGHTS, localFit: Number.NaN }],
    ["infinite", { ...DEFAULT_WEIGHTS, localFit: Number.POSITIVE_INFINITY }],
  ])("%s weights are refused with InvalidWeightsError", (_, weights) => {
    expect(() => scorePair(ctx(0), mo, ei, { weights, preferNovelty: false })).toThrow(InvalidWeightsError);
  });

  it("a call topic weight ≤ 0 is refused with InvalidContextError", () => {
    const bad = { ...ctx(0), call: { ...ctx(0).call, topics: [{ key: "A", weight: 0 }] } };
    expect(() => scorePair(bad, mo, ei, { weights: DEFAULT_WEIGHTS, preferNovelty: false })).toThrow(
      InvalidContextError,
    );
  });
});

describe("preferNovelty", () => {
  const trustOf = (history: number, preferNovelty: boolean) =>
    scorePair(ctx(history), mo, ei, { weights: DEFAULT_WEIGHTS, preferNovelty }).breakdown.find(
      (b) => b.criterion === "trust",
    )!.value;

  it("flips trust: 1 − 0.5^j becomes 0.5^j", () => {
    expect(trustOf(0, false)).toBe(0);
    expect(trustOf(0, true)).toBe(1);
    expect(trustOf(1, false)).toBe(0.5);
    expect(trustOf(1, true)).toBe(0.5);
    expect(trustOf(3, false)).toBe(0.875);
    expect(trustOf(3, true)).toBe(0.125);
  });
});

describe("fairness term", () => {
  it("is absent with weight 0 and present with weight > 0", () => {
    const off = scorePair(ctx(0), mo, ei, { weights: DEFAULT_WEIGHTS, preferNovelty: false });
    expect(off.breakdown.some((b) => b.criterion === "fairness")).toBe(false);
    const on = scorePair(ctx(0), mo, ei, { weights: { ...DEFAULT_WEIGHTS, fairness: 0.2 }, preferNovelty: false });
    const item = on.breakdown.find((b) => b.criterion === "fairness")!;
    // m had all the funding (10 of max 10) → 0; e none → 1; mean 0.5; weight 0.2 / 1.2
    expect(item.value).toBe(0.5);
    expect(item.weight).toBeCloseTo(0.2 / 1.2, 12);
    expect(item.contribution).toBeCloseTo(0.5 * (0.2 / 1.2), 12);
  });
});
