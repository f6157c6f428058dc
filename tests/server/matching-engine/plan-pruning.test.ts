/**
 * The plan's candidate-edge pruning (candidates.ts) against the unpruned plan over every usable
 * pair, on random medium instances where the pruning really drops pairs.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_WEIGHTS,
  InfeasiblePlanError,
  planTandems,
  type MatchContext,
  type PairRef,
  type PlanOptions,
  type PlanResult,
  type ScoringOptions,
} from "../../../server/src/modules/matching/engine";
import { NETWORK_SHAPE, randomInstance, shuffled } from "./fixtures";
import { bruteRanking, optionsArb } from "./helpers";

function outcome(
  ctx: MatchContext,
  options: ScoringOptions,
  plan: PlanOptions,
  exhaustive: boolean,
): PlanResult | string {
  try {
    return planTandems(ctx, options, plan, { exhaustive });
  } catch (e) {
    if (e instanceof InfeasiblePlanError) return e.reason;
    throw e;
  }
}

function freeMin(plan: PlanResult, fixed: PairRef[]): number {
  const keys = new Set(fixed.map((f) => `${f.migrantOrganisationId}|${f.educationalInstitutionId}`));
  return Math.min(
    ...plan.tandems
      .filter((t) => !keys.has(`${t.migrantOrganisationId}|${t.educationalInstitutionId}`))
      .map((t) => t.score),
  );
}

function expectSame(ctx: MatchContext, options: ScoringOptions, plan: PlanOptions): void {
  const pruned = outcome(ctx, options, plan, false);
  const full = outcome(ctx, options, plan, true);
  if (typeof full === "string" || typeof pruned === "string") {
    expect(pruned).toEqual(full);
    return;
  }
  expect(pruned.totalScore).toBeCloseTo(full.totalScore, 7);
  if (plan.fairnessMode) expect(freeMin(pruned, plan.fixedPairs)).toBe(freeMin(full, plan.fixedPairs));
}

const shapeArb = fc.record({
  mos: fc.integer({ min: 10, max: 50 }),
  eis: fc.integer({ min: 10, max: 50 }),
  topics: fc.integer({ min: 3, max: 10 }),
  targetGroups: fc.integer({ min: 2, max: 6 }),
  callTopics: fc.integer({ min: 1, max: 4 }),
});

describe("pruned plan candidates equal the unpruned plan", () => {
  it("on random medium instances (property)", () => {
    fc.assert(
      fc.property(
        fc.nat(),
        shapeArb,
        optionsArb,
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 0, max: 3 }),
        fc.boolean(),
        (seed, shape, options, k, b, fixedCount, fairnessMode) => {
          const ctx = randomInstance(seed, {
            ...NETWORK_SHAPE,
            ...shape,
            districts: 5,
            languages: 4,
            history: 40,
            blocked: 40,
            excluded: 4,
          });
          // Fixed pairs: the best-ranked eligible pairs with distinct organisations (valid ones).
          const fixedPairs: PairRef[] = [];
          const used = new Set<string>();
          for (const p of bruteRanking(ctx, options)) {
            if (fixedPairs.length >= Math.min(fixedCount, k)) break;
            if (used.has(p.m.id) || used.has(p.e.id) || (seed + fixedPairs.length) % 3 === 0) continue;
            used.add(p.m.id).add(p.e.id);
            fixedPairs.push({ migrantOrganisationId: p.m.id, educationalInstitutionId: p.e.id });
          }
          expectSame(ctx, options, { tandems: k, maxTandemsPerOrganisation: b, fixedPairs, fairnessMode });
        },
      ),
      { numRuns: 80 },
    );
  });

  it("on seeded larger instances, k up to 25", () => {
    const shape = { ...NETWORK_SHAPE, mos: 150, eis: 160, history: 200, blocked: 200, excluded: 8 };
    for (let seed = 1; seed <= 4; seed++) {
      const ctx = randomInstance(seed, shape);
      const options = {
        weights: seed % 2 ? DEFAULT_WEIGHTS : { ...DEFAULT_WEIGHTS, fairness: 0.2 },
        preferNovelty: seed === 3,
      };
      for (const k of [1, 2, 10, 25]) {
        for (const fairnessMode of [false, true])
          expectSame(ctx, options, {
            tandems: k,
            maxTandemsPerOrganisation: 1 + (seed % 3),
            fixedPairs: [],
            fairnessMode,
          });
      }
    }
  });

  it("gives the same plan for shuffled input", () => {
    const ctx = randomInstance(21, { ...NETWORK_SHAPE, mos: 80, eis: 90, history: 60, blocked: 40, excluded: 4 });
    const options = { weights: DEFAULT_WEIGHTS, preferNovelty: false };
    const plan = { tandems: 12, maxTandemsPerOrganisation: 2, fixedPairs: [], fairnessMode: false };
    const a = planTandems(ctx, options, plan);
    expect(planTandems(shuffled(ctx, 1), options, plan)).toEqual(a);
    expect(planTandems(shuffled(ctx, 2), options, { ...plan, fairnessMode: true })).toEqual(
      planTandems(ctx, options, { ...plan, fairnessMode: true }),
    );
  });

  it("with coarse scores (many ties), where the greedy order's tie-break matters", () => {
    const ctx = randomInstance(7, {
      ...NETWORK_SHAPE,
      mos: 60,
      eis: 60,
      topics: 3,
      targetGroups: 2,
      districts: 2,
      languages: 2,
      callTopics: 2,
      callTargetGroups: 1,
      callDistricts: 1,
      callLanguages: 1,
      history: 0,
      blocked: 20,
      excluded: 2,
    });
    const coarse = {
      weights: {
        topicCoverage: 1,
        complementarity: 0,
        targetGroupFit: 1,
        localFit: 0,
        languageFit: 0,
        trust: 0,
        availability: 0,
        fairness: 0,
      },
      preferNovelty: false,
    };
    for (const k of [1, 3, 6, 12]) {
      for (const fairnessMode of [false, true])
        expectSame(ctx, coarse, { tandems: k, maxTandemsPerOrganisation: 2, fixedPairs: [], fairnessMode });
    }
  });
});
