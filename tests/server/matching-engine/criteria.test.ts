/**
 * Hand-computed values of every criterion and of the total, on small instances written out here.
 */
import { describe, expect, it } from "vitest";
import {
  DEFAULT_WEIGHTS,
  scorePair,
  type BreakdownItem,
  type Criterion,
  type MatchContext,
  type MatchOrganisation,
  type ScoredPair,
} from "../../../server/src/modules/matching/engine";

const org = (o: Partial<MatchOrganisation> & Pick<MatchOrganisation, "id" | "kind">): MatchOrganisation => ({
  name: o.id,
  topics: [],
  offers: [],
  needs: [],
  targetGroups: [],
  languages: [],
  districtsServed: [],
  capacity: 1,
  activeCommitments: 0,
  recentFunding: 0,
  ...o,
});

const m1 = org({
  id: "m1",
  kind: "MIGRANT_ORGANISATION",
  topics: ["A", "X"],
  offers: ["B", "Z"],
  needs: ["C", "D"],
  targetGroups: ["youth"],
  languages: ["ar", "tr"],
  districtsServed: ["linden", "nord"],
  capacity: 4,
  activeCommitments: 1,
  recentFunding: 0,
});
const e1 = org({
  id: "e1",
  kind: "EDUCATIONAL_INSTITUTION",
  topics: ["B"],
  offers: ["C"],
  needs: ["B", "Q"],
  targetGroups: ["women", "seniors"],
  languages: ["de", "tr"],
  districtsServed: ["nord", "mitte", "ahlem"],
  capacity: 2,
  activeCommitments: 1,
  recentFunding: 50_000,
});
const e2 = org({
  id: "e2",
  kind: "EDUCATIONAL_INSTITUTION",
  topics: ["A", "B", "C"],
  districtsServed: ["region-hannover"],
  recentFunding: 100_000,
});
const m2 = org({ id: "m2", kind: "MIGRANT_ORGANISATION", topics: ["C"], capacity: 2, activeCommitments: 5 });

const ctx: MatchContext = {
  call: {
    id: "c",
    topics: [
      { key: "A", weight: 2 },
      { key: "B", weight: 1 },
      { key: "C", weight: 1 },
    ],
    targetGroups: ["youth", "women"],
    districts: ["linden", "mitte"],
    languages: ["de", "ar"],
    maxTandemsPerOrganisation: 2,
  },
  migrantOrganisations: [m1, m2],
  educationalInstitutions: [e1, e2],
  jointHistory: [{ a: "e1", b: "m1", count: 2 }],
  blockedPairs: [],
  excludedOrganisationIds: [],
};

const value = (p: ScoredPair, c: Criterion) => p.breakdown.find((b) => b.criterion === c)?.value;
const all = { weights: { ...DEFAULT_WEIGHTS, fairness: 0.1 }, preferNovelty: false };

describe("criteria of (m1, e1), computed by hand", () => {
  const p = scorePair(ctx, m1, e1, all);

  it("topicCoverage: A (2) + B (1) of A, B, C (total 4) = 3/4", () => {
    expect(value(p, "topicCoverage")).toBeCloseTo(0.75, 12);
  });

  it("complementarity: extra (0.75 − 0.5)/(1 − 0.5) = 0.5; needs {B}+{C} of 4 = 0.5; 0.5·0.5 + 0.5·0.5", () => {
    expect(value(p, "complementarity")).toBeCloseTo(0.5, 12);
  });

  it("targetGroupFit: youth (M) and women (E) of 2 = 1", () => {
    expect(value(p, "targetGroupFit")).toBe(1);
  });

  it("localFit: 0.7 · (linden, mitte of 2) + 0.3 · |{nord}| / |{linden, nord, mitte, ahlem}| = 0.7 + 0.075", () => {
    expect(value(p, "localFit")).toBeCloseTo(0.775, 12);
  });

  it("languageFit: ar (M), de (E) of 2 = 1", () => {
    expect(value(p, "languageFit")).toBe(1);
  });

  it("trust: 2 joint projects → 1 − 0.5² = 0.75", () => {
    expect(value(p, "trust")).toBe(0.75);
  });

  it("availability: min(1 − 1/4, 1 − 1/2) = 0.5", () => {
    expect(value(p, "availability")).toBe(0.5);
  });

  it("fairness: max funding 100,000 (e2); mean(1 − 0, 1 − 0.5) = 0.75", () => {
    expect(value(p, "fairness")).toBe(0.75);
  });

  it("facts say what was covered and what meets which need", () => {
    expect(p.facts.callTopicCount).toBe(3);
    expect(p.facts.coveredTopics).toEqual(["A", "B"]);
    expect(p.facts.missingTopics).toEqual(["C"]);
    expect(p.facts.topicsBySide).toEqual({ migrantOrganisation: ["A"], educationalInstitution: ["B"] });
    expect(p.facts.offersMeetingNeeds).toEqual([
      { from: "m1", to: "e1", topic: "B" },
      { from: "e1", to: "m1", topic: "C" },
    ]);
    expect(p.facts.districtsShared).toEqual(["nord"]);
    expect(p.facts.languagesShared).toEqual(["tr"]);
    expect(p.facts.jointProjects).toBe(2);
    expect(p.facts.freeCapacity).toEqual({ migrantOrganisation: 3, educationalInstitution: 1 });
  });
});

describe("totals", () => {
  it("default weights (sum 1): 0.35·0.75 + 0.15·0.5 + 0.15 + 0.1·0.775 + 0.1 + 0.1·0.75 + 0.05·0.5 = 0.765", () => {
    const p = scorePair(ctx, m1, e1, { weights: DEFAULT_WEIGHTS, preferNovelty: false });
    expect(p.score).toBeCloseTo(0.765, 12);
    expect(p.breakdown.map((b) => b.criterion)).not.toContain("fairness");
  });

  it("all weights 1 → each 1/8, score = mean of the values (6.025 / 8 = 0.753125)", () => {
    const ones = {
      topicCoverage: 1,
      complementarity: 1,
      targetGroupFit: 1,
      localFit: 1,
      languageFit: 1,
      trust: 1,
      availability: 1,
      fairness: 1,
    };
    const p = scorePair(ctx, m1, e1, { weights: ones, preferNovelty: false });
    expect(p.breakdown).toHaveLength(8);
    for (const b of p.breakdown) expect(b.weight).toBe(0.125);
    expect(p.score).toBeCloseTo(0.753125, 12);
  });

  it("the score is the sum of the contributions, each weight × value", () => {
    const p = scorePair(ctx, m1, e1, all);
    const sum = p.breakdown.reduce((s: number, b: BreakdownItem) => s + b.contribution, 0);
    expect(p.score).toBeCloseTo(sum, 14);
    for (const b of p.breakdown) expect(b.contribution).toBe(b.weight * b.value);
  });
});

describe("edge rules", () => {
  it("region-hannover covers every call district; Jaccard against U = {linden, nord, mitte, ahlem, region} is 2/5", () => {
    const p = scorePair(ctx, m1, e2, all);
    // 0.7 · 1 + 0.3 · |{linden, nord}| / |U| = 0.7 + 0.12
    expect(value(p, "localFit")).toBeCloseTo(0.82, 12);
    expect(p.facts.districtsCovered).toEqual(["linden", "mitte"]);
    expect(p.facts.servesWholeRegion).toEqual({ migrantOrganisation: false, educationalInstitution: true });
  });

  it("extra is 0 when one side covers everything; needs part 0 without needs", () => {
    // m2 covers C (cov 1/4), e2 covers A, B, C (cov 1): extra 0; m2 and e2 have no needs.
    const p = scorePair(ctx, m2, e2, all);
    expect(value(p, "topicCoverage")).toBe(1);
    expect(value(p, "complementarity")).toBe(0);
  });

  it("availability is clamped at 0 above capacity (the pair is still explained)", () => {
    expect(value(scorePair(ctx, m2, e2, all), "availability")).toBe(0);
  });

  it("a call without topics, target groups, districts and languages counts them as fully met", () => {
    const bare: MatchContext = {
      ...ctx,
      call: { ...ctx.call, topics: [], targetGroups: [], districts: [], languages: [] },
    };
    const p = scorePair(bare, m2, e1, all);
    expect(value(p, "topicCoverage")).toBe(1);
    expect(value(p, "targetGroupFit")).toBe(1);
    expect(value(p, "languageFit")).toBe(1);
    // 0.7 · 1 + 0.3 · Jaccard(∅, {nord, mitte, ahlem}) = 0.7
    expect(value(p, "localFit")).toBeCloseTo(0.7, 12);
    // extra: max coverage is 1 → 0; needs: e1's needs B, Q, m2 offers nothing → 0/2
    expect(value(p, "complementarity")).toBe(0);
  });

  it("fairness is 1 for everybody when nobody had funding", () => {
    const none: MatchContext = {
      ...ctx,
      migrantOrganisations: [{ ...m1, recentFunding: 0 }],
      educationalInstitutions: [{ ...e1, recentFunding: 0 }],
    };
    expect(
      value(scorePair(none, none.migrantOrganisations[0]!, none.educationalInstitutions[0]!, all), "fairness"),
    ).toBe(1);
  });

  it("organisations outside the context are scored as if they replaced their id's entry", () => {
    const changed = { ...e1, targetGroups: [] };
    // youth only: 1/2
    expect(value(scorePair(ctx, m1, changed, all), "targetGroupFit")).toBe(0.5);
  });
});
