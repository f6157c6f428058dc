/**
 * Ranking: pruned equals brute force (property and seeded medium instances), hard constraints,
 * determinism under shuffled input.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_WEIGHTS,
  InvalidContextError,
  planPrepared,
  planTandems,
  prepareMatching,
  rankPrepared,
  rankSuggestions,
  type MatchContext,
  type ScoredPair,
  type ScoringOptions,
} from "../../../server/src/modules/matching/engine";
import { NETWORK_SHAPE, randomInstance, shuffled } from "./fixtures";
import { bruteRanking, contextArb, eligible, optionsArb } from "./helpers";

const ids = (ps: ScoredPair[]) => ps.map((p) => [p.migrantOrganisationId, p.educationalInstitutionId, p.score]);

function expectSameAsBrute(ctx: MatchContext, options: ScoringOptions, first: number, forId?: string): void {
  const got = rankSuggestions(ctx, options, forId === undefined ? { first } : { first, forOrganisationId: forId });
  const want = bruteRanking(ctx, options, forId).slice(0, Math.max(0, first));
  expect(ids(got)).toEqual(want.map((p) => [p.m.id, p.e.id, p.score]));
}

const medium = { ...NETWORK_SHAPE, mos: 120, eis: 140, history: 300, blocked: 200, excluded: 10 };

describe("rankSuggestions equals brute force", () => {
  it("on random small contexts, whole network and per organisation (property)", () => {
    fc.assert(
      fc.property(
        contextArb(7, 0.1),
        optionsArb,
        fc.integer({ min: 0, max: 12 }),
        fc.nat(),
        (ctx, options, first, pick) => {
          expectSameAsBrute(ctx, options, first);
          const all = [...ctx.migrantOrganisations, ...ctx.educationalInstitutions];
          expectSameAsBrute(ctx, options, first, all[pick % all.length]!.id);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("on random medium instances (property over seeds, shapes and options)", () => {
    const shapeArb = fc.record({
      mos: fc.integer({ min: 5, max: 45 }),
      eis: fc.integer({ min: 5, max: 45 }),
      topics: fc.integer({ min: 3, max: 8 }),
      targetGroups: fc.integer({ min: 2, max: 5 }),
      callTopics: fc.integer({ min: 0, max: 4 }),
      history: fc.integer({ min: 0, max: 60 }),
    });
    fc.assert(
      fc.property(fc.nat(), shapeArb, optionsArb, fc.integer({ min: 1, max: 30 }), (seed, shape, options, first) => {
        const ctx = randomInstance(seed, {
          ...medium,
          ...shape,
          districts: 4,
          languages: 3,
          callDistricts: 2,
          callLanguages: 1,
          blocked: 30,
          excluded: 3,
        });
        expectSameAsBrute(ctx, options, first);
        expectSameAsBrute(ctx, options, first, ctx.educationalInstitutions[seed % shape.eis]!.id);
      }),
      { numRuns: 60 },
    );
  });

  it("on seeded medium instances (where the pruning really prunes)", () => {
    const weightsList = [
      DEFAULT_WEIGHTS,
      { ...DEFAULT_WEIGHTS, fairness: 0.2 },
      { ...DEFAULT_WEIGHTS, availability: 0.4, trust: 0 },
      {
        topicCoverage: 0,
        complementarity: 1,
        targetGroupFit: 0,
        localFit: 1,
        languageFit: 0,
        trust: 0,
        availability: 0,
        fairness: 0,
      },
    ];
    for (let seed = 1; seed <= 6; seed++) {
      const ctx = randomInstance(seed, medium);
      const options = { weights: weightsList[seed % weightsList.length]!, preferNovelty: seed % 2 === 0 };
      for (const first of [1, 7, 40]) expectSameAsBrute(ctx, options, first);
      expectSameAsBrute(ctx, options, 15, ctx.migrantOrganisations[seed]!.id);
      expectSameAsBrute(ctx, options, 15, ctx.educationalInstitutions[seed * 3]!.id);
    }
  });

  it("on a medium instance with coarse scores (many exact ties)", () => {
    const ctx = randomInstance(99, {
      ...medium,
      topics: 4,
      targetGroups: 2,
      districts: 2,
      languages: 2,
      callTopics: 2,
      callTargetGroups: 1,
      callDistricts: 1,
      callLanguages: 1,
    });
    const onlyCoverage = {
      topicCoverage: 1,
      complementarity: 0,
      targetGroupFit: 1,
      localFit: 0,
      languageFit: 0,
      trust: 0,
      availability: 0,
      fairness: 0,
    };
    for (const first of [1, 25, 300]) expectSameAsBrute(ctx, { weights: onlyCoverage, preferNovelty: false }, first);
  });
});

describe("without memoised family tables (huge taxonomies)", () => {
  it("ranks and plans exactly as with them", () => {
    const ctx = randomInstance(13, medium);
    const options = { weights: { ...DEFAULT_WEIGHTS, fairness: 0.1 }, preferNovelty: false };
    const onDemand = prepareMatching(ctx, options, { maxTableEntries: 0 });
    expect(onDemand.topics.unionTable).toBeNull();
    expect(rankPrepared(onDemand, { first: 40 })).toEqual(rankSuggestions(ctx, options, { first: 40 }));
    const plan = { tandems: 6, maxTandemsPerOrganisation: 2, fixedPairs: [], fairnessMode: true };
    expect(planPrepared(onDemand, plan)).toEqual(planTandems(ctx, options, plan));
  });
});

describe("arguments and context checks", () => {
  const ctx = randomInstance(8, { ...medium, mos: 12, eis: 9 });
  const options = { weights: DEFAULT_WEIGHTS, preferNovelty: false };

  it("first: NaN or ≤ 0 gives nothing, Infinity every eligible pair", () => {
    expect(rankSuggestions(ctx, options, { first: Number.NaN })).toEqual([]);
    expect(rankSuggestions(ctx, options, { first: -3 })).toEqual([]);
    expect(ids(rankSuggestions(ctx, options, { first: Number.POSITIVE_INFINITY }))).toEqual(
      bruteRanking(ctx, options).map((p) => [p.m.id, p.e.id, p.score]),
    );
  });

  it("an organisation id twice in the context is refused", () => {
    const twice = {
      ...ctx,
      educationalInstitutions: [
        ...ctx.educationalInstitutions,
        { ...ctx.migrantOrganisations[0]!, kind: "EDUCATIONAL_INSTITUTION" as const },
      ],
    };
    expect(() => rankSuggestions(twice, options, { first: 3 })).toThrow(InvalidContextError);
  });
});

describe("hard constraints", () => {
  it("no suggested pair is ineligible (property)", () => {
    fc.assert(
      fc.property(contextArb(7, 0.15), optionsArb, (ctx, options) => {
        const byId = new Map([...ctx.migrantOrganisations, ...ctx.educationalInstitutions].map((o) => [o.id, o]));
        for (const p of rankSuggestions(ctx, options, { first: 50 })) {
          const m = ctx.migrantOrganisations.find((o) => o.id === p.migrantOrganisationId)!;
          const e = ctx.educationalInstitutions.find((o) => o.id === p.educationalInstitutionId)!;
          expect(m && e && byId.get(m.id) === m && eligible(ctx, m, e)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("an excluded or full organisation gets no suggestions of its own", () => {
    const ctx = randomInstance(5, medium);
    const m = ctx.migrantOrganisations.find((o) => o.activeCommitments >= o.capacity)!;
    expect(
      rankSuggestions(ctx, { weights: DEFAULT_WEIGHTS, preferNovelty: false }, { first: 10, forOrganisationId: m.id }),
    ).toEqual([]);
    const x = ctx.excludedOrganisationIds[0]!;
    expect(
      rankSuggestions(ctx, { weights: DEFAULT_WEIGHTS, preferNovelty: false }, { first: 10, forOrganisationId: x }),
    ).toEqual([]);
    expect(
      rankSuggestions(
        ctx,
        { weights: DEFAULT_WEIGHTS, preferNovelty: false },
        { first: 10, forOrganisationId: "nobody" },
      ),
    ).toEqual([]);
  });
});

describe("determinism", () => {
  it("shuffled organisation order gives the same ranking (property)", () => {
    fc.assert(
      fc.property(contextArb(7), optionsArb, fc.nat(), (ctx, options, seed) => {
        const a = rankSuggestions(ctx, options, { first: 20 });
        const b = rankSuggestions(shuffled(ctx, seed), options, { first: 20 });
        expect(b).toEqual(a);
      }),
      { numRuns: 150 },
    );
  });

  it("on a medium instance, including breakdowns and facts", () => {
    const ctx = randomInstance(11, medium);
    const options = { weights: DEFAULT_WEIGHTS, preferNovelty: false };
    const a = rankSuggestions(ctx, options, { first: 30 });
    expect(rankSuggestions(shuffled(ctx, 3), options, { first: 30 })).toEqual(a);
    expect(rankSuggestions(shuffled(ctx, 4), options, { first: 30 })).toEqual(a);
  });
});
