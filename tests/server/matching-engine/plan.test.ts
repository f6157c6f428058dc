/**
 * Tandem plans against brute-force enumeration on small instances, constraints, infeasibility and
 * fairness mode; plus the reason codes on written-out cases.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  InfeasiblePlanError,
  planTandems,
  type InfeasiblePlanReason,
  type PlanOptions,
  type MatchContext,
  type PairRef,
  type PlanResult,
  type ScoringOptions,
} from "../../../server/src/modules/matching/engine";
import { brutePlan, contextArb, eligible, optionsArb } from "./helpers";

const planCaseArb = fc
  .record({
    ctx: contextArb(7, 0.05, 2),
    options: optionsArb,
    k: fc.integer({ min: 1, max: 4 }),
    b: fc.integer({ min: 1, max: 2 }),
    fixed: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 2 }),
    fairnessMode: fc.boolean(),
  })
  .map(({ ctx, fixed, ...rest }) => ({
    ...rest,
    ctx,
    fixedPairs: fixed.map(([a, b]): PairRef => ({
      migrantOrganisationId: ctx.migrantOrganisations[a % ctx.migrantOrganisations.length]!.id,
      educationalInstitutionId: ctx.educationalInstitutions[b % ctx.educationalInstitutions.length]!.id,
    })),
  }));

function tryPlan(
  ctx: MatchContext,
  options: ScoringOptions,
  k: number,
  b: number,
  fixedPairs: PairRef[],
  fairnessMode: boolean,
): PlanResult | InfeasiblePlanError {
  try {
    return planTandems(ctx, options, { tandems: k, maxTandemsPerOrganisation: b, fixedPairs, fairnessMode });
  } catch (e) {
    if (e instanceof InfeasiblePlanError) return e;
    throw e;
  }
}

/** Every constraint of a returned plan, checked from the raw context. */
function expectValidPlan(ctx: MatchContext, plan: PlanResult, k: number, b: number, fixed: PairRef[]): void {
  expect(plan.tandems).toHaveLength(k);
  const keys = plan.tandems.map((t) => `${t.migrantOrganisationId}|${t.educationalInstitutionId}`);
  expect(new Set(keys).size).toBe(k);
  for (const f of fixed) expect(keys).toContain(`${f.migrantOrganisationId}|${f.educationalInstitutionId}`);
  const count = new Map<string, number>();
  for (const t of plan.tandems) {
    const m = ctx.migrantOrganisations.find((o) => o.id === t.migrantOrganisationId)!;
    const e = ctx.educationalInstitutions.find((o) => o.id === t.educationalInstitutionId)!;
    expect(eligible(ctx, m, e)).toBe(true);
    for (const o of [m, e]) count.set(o.id, (count.get(o.id) ?? 0) + 1);
  }
  for (const [id, n] of count) {
    const o = [...ctx.migrantOrganisations, ...ctx.educationalInstitutions].find((x) => x.id === id)!;
    expect(n).toBeLessThanOrEqual(Math.min(b, o.capacity - o.activeCommitments));
  }
  expect(plan.totalScore).toBeCloseTo(
    plan.tandems.reduce((s, t) => s + t.score, 0),
    12,
  );
}

describe("planTandems against brute force (property)", () => {
  it("is optimal, valid, and refuses exactly the infeasible requests", () => {
    fc.assert(
      fc.property(planCaseArb, ({ ctx, options, k, b, fixedPairs, fairnessMode }) => {
        const want = brutePlan(ctx, options, k, b, fixedPairs, fairnessMode);
        const got = tryPlan(ctx, options, k, b, fixedPairs, fairnessMode);
        if (want === null) {
          expect(got).toBeInstanceOf(InfeasiblePlanError);
          return;
        }
        if (got instanceof InfeasiblePlanError) throw new Error(`unexpected ${got.reason}: ${got.message}`);
        expectValidPlan(ctx, got, k, b, fixedPairs);
        expect(got.totalScore).toBeCloseTo(want.sum, 7);
        if (fairnessMode) {
          const fixedKeys = new Set(fixedPairs.map((f) => `${f.migrantOrganisationId}|${f.educationalInstitutionId}`));
          const free = got.tandems.filter(
            (t) => !fixedKeys.has(`${t.migrantOrganisationId}|${t.educationalInstitutionId}`),
          );
          expect(Math.min(...free.map((t) => t.score))).toBe(want.min);
        }
      }),
      { numRuns: 600 },
    );
  });
});

// Scores from localFit only, the call names no districts: score = 0.7 + 0.3 × Jaccard(districts).
// m1 {a,b}, m2 {b,c}; e1 {a,b}, e2 {a,e}.
//   (m1,e1) J 1 → 1.0;  (m2,e2) J 0 → 0.7;  (m1,e2) J 1/3 → 0.8;  (m2,e1) J 1/3 → 0.8.
// k = 2, b = 1: {(m1,e1),(m2,e2)} sum 1.7, min 0.7; {(m1,e2),(m2,e1)} sum 1.6, min 0.8.
const o = (id: string, kind: "MIGRANT_ORGANISATION" | "EDUCATIONAL_INSTITUTION", districtsServed: string[]) => ({
  id,
  name: id,
  kind,
  topics: [],
  offers: [],
  needs: [],
  targetGroups: [],
  languages: [],
  districtsServed,
  capacity: 1,
  activeCommitments: 0,
  recentFunding: 0,
});
const twoByTwo: MatchContext = {
  call: { id: "c", topics: [], targetGroups: [], districts: [], languages: [], maxTandemsPerOrganisation: 1 },
  migrantOrganisations: [o("m1", "MIGRANT_ORGANISATION", ["a", "b"]), o("m2", "MIGRANT_ORGANISATION", ["b", "c"])],
  educationalInstitutions: [
    o("e1", "EDUCATIONAL_INSTITUTION", ["a", "b"]),
    o("e2", "EDUCATIONAL_INSTITUTION", ["a", "e"]),
  ],
  jointHistory: [],
  blockedPairs: [],
  excludedOrganisationIds: [],
};
const localOnly: ScoringOptions = {
  weights: {
    topicCoverage: 0,
    complementarity: 0,
    targetGroupFit: 0,
    localFit: 1,
    languageFit: 0,
    trust: 0,
    availability: 0,
    fairness: 0,
  },
  preferNovelty: false,
};
const pairsOf = (p: PlanResult) => p.tandems.map((t) => `${t.migrantOrganisationId}-${t.educationalInstitutionId}`);
const plan2 = (ctx: MatchContext, extra: Partial<PlanOptions> = {}) =>
  planTandems(ctx, localOnly, {
    tandems: 2,
    maxTandemsPerOrganisation: 1,
    fixedPairs: [],
    fairnessMode: false,
    ...extra,
  });

describe("fairness mode (written-out case)", () => {
  it("the sum optimum takes the 1.0 + 0.7 plan", () => {
    const p = plan2(twoByTwo);
    expect(pairsOf(p)).toEqual(["m1-e1", "m2-e2"]);
    expect(p.totalScore).toBeCloseTo(1.7, 12);
  });

  it("fairness mode raises the worst tandem: 0.8 + 0.8", () => {
    const p = plan2(twoByTwo, { fairnessMode: true });
    expect(pairsOf(p)).toEqual(["m1-e2", "m2-e1"]);
    expect(p.totalScore).toBeCloseTo(1.6, 12);
  });

  it("fixed pairs are exempt from the bottleneck", () => {
    const fixedPairs = [{ migrantOrganisationId: "m1", educationalInstitutionId: "e1" }];
    expect(pairsOf(plan2(twoByTwo, { fairnessMode: true, fixedPairs }))).toEqual(["m1-e1", "m2-e2"]);
  });
});

describe("limits and refusals", () => {
  const reason = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      if (e instanceof InfeasiblePlanError) return e.reason;
      throw e;
    }
    return "no error";
  };
  const fix = (m: string, e: string) => ({ migrantOrganisationId: m, educationalInstitutionId: e });

  it("an organisation's free capacity limits it below maxTandemsPerOrganisation", () => {
    const ctx = {
      ...twoByTwo,
      migrantOrganisations: twoByTwo.migrantOrganisations.map((m) => ({ ...m, capacity: 3, activeCommitments: 2 })),
    };
    // b = 2 but each MO has 1 free slot: still one tandem per MO.
    const p = planTandems(ctx, localOnly, {
      tandems: 2,
      maxTandemsPerOrganisation: 2,
      fixedPairs: [],
      fairnessMode: false,
    });
    expect(new Set(p.tandems.map((t) => t.migrantOrganisationId)).size).toBe(2);
    expect(
      reason(() =>
        planTandems(ctx, localOnly, { tandems: 3, maxTandemsPerOrganisation: 2, fixedPairs: [], fairnessMode: false }),
      ),
    ).toBe("NOT_ENOUGH_PAIRS");
  });

  const cases: [string, Partial<PlanOptions>, InfeasiblePlanReason][] = [
    ["k = 0", { tandems: 0 }, "TOO_FEW_TANDEMS"],
    [
      "fewer tandems than fixed pairs",
      { tandems: 1, fixedPairs: [fix("m1", "e1"), fix("m2", "e2")] },
      "TOO_FEW_TANDEMS",
    ],
    ["too many tandems", { tandems: 3 }, "NOT_ENOUGH_PAIRS"],
    ["unknown organisation", { fixedPairs: [fix("m9", "e1")] }, "FIXED_PAIR_INELIGIBLE"],
    ["kinds swapped", { fixedPairs: [fix("e1", "m1")] }, "FIXED_PAIR_INELIGIBLE"],
    ["duplicate fixed pair", { tandems: 2, fixedPairs: [fix("m1", "e1"), fix("m1", "e1")] }, "FIXED_PAIR_DUPLICATE"],
    ["fixed pairs over the limit", { fixedPairs: [fix("m1", "e1"), fix("m1", "e2")] }, "FIXED_PAIRS_EXCEED_CAPACITY"],
    ["limit 0", { maxTandemsPerOrganisation: 0 }, "INVALID_ARGUMENT"],
    ["fractional k", { tandems: 1.5 }, "INVALID_ARGUMENT"],
  ];
  it.each(cases)("%s → %s", (_, extra, code) => {
    expect(reason(() => plan2(twoByTwo, extra))).toBe(code);
  });

  it("excluded, full and blocked fixed pairs are ineligible", () => {
    const excluded = { ...twoByTwo, excludedOrganisationIds: ["e1"] };
    expect(reason(() => plan2(excluded, { tandems: 1, fixedPairs: [fix("m1", "e1")] }))).toBe("FIXED_PAIR_INELIGIBLE");
    const blocked = { ...twoByTwo, blockedPairs: [fix("m1", "e1")] };
    expect(reason(() => plan2(blocked, { tandems: 1, fixedPairs: [fix("m1", "e1")] }))).toBe("FIXED_PAIR_INELIGIBLE");
    const full = {
      ...twoByTwo,
      migrantOrganisations: twoByTwo.migrantOrganisations.map((m) => ({ ...m, activeCommitments: 1 })),
    };
    expect(reason(() => plan2(full, { tandems: 1, fixedPairs: [fix("m1", "e1")] }))).toBe("FIXED_PAIR_INELIGIBLE");
    // Blocked pairs are never planned either: without (m1,e1) the only 2-plan is the 0.8 + 0.8 one.
    expect(pairsOf(plan2(blocked))).toEqual(["m1-e2", "m2-e1"]);
  });

  it("messages are clear English", () => {
    expect(() => plan2(twoByTwo, { tandems: 3 })).toThrow(/No plan with 3 tandems exists/);
  });
});
