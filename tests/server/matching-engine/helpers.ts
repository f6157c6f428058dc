/**
 * Test helpers: an independent eligibility check, brute-force ranking and plans, and a fast-check
 * arbitrary of small random contexts.
 */
import fc from "fast-check";
import {
  scorePair,
  type MatchContext,
  type MatchOrganisation,
  type PairRef,
  type ScoringOptions,
} from "../../../server/src/modules/matching/engine";

export interface BrutePair {
  m: MatchOrganisation;
  e: MatchOrganisation;
  score: number;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The hard constraints, written out independently of the engine. */
export function eligible(ctx: MatchContext, m: MatchOrganisation, e: MatchOrganisation): boolean {
  const ok = (o: MatchOrganisation) => !ctx.excludedOrganisationIds.includes(o.id) && o.activeCommitments < o.capacity;
  return (
    m.kind === "MIGRANT_ORGANISATION" &&
    e.kind === "EDUCATIONAL_INSTITUTION" &&
    ok(m) &&
    ok(e) &&
    !ctx.blockedPairs.some((b) => b.migrantOrganisationId === m.id && b.educationalInstitutionId === e.id)
  );
}

/** Every eligible pair scored with scorePair, sorted (score desc, MO id, EI id). */
export function bruteRanking(ctx: MatchContext, options: ScoringOptions, forId?: string): BrutePair[] {
  const out: BrutePair[] = [];
  for (const m of ctx.migrantOrganisations) {
    for (const e of ctx.educationalInstitutions) {
      if (forId !== undefined && m.id !== forId && e.id !== forId) continue;
      if (eligible(ctx, m, e)) out.push({ m, e, score: scorePair(ctx, m, e, options).score });
    }
  }
  return out.sort((a, b) => b.score - a.score || cmp(a.m.id, b.m.id) || cmp(a.e.id, b.e.id));
}

export interface BrutePlan {
  sum: number;
  /** Min score of the free (non-fixed) pairs; +∞ when all are fixed. */
  min: number;
}

/**
 * The best plan by enumeration: exactly k pairs including the fixed ones, each organisation in at
 * most min(b, ⌈capacity − commitments⌉) pairs. Lexicographic (min, sum) when `fairness`.
 * null when no plan exists (or the fixed pairs are invalid).
 */
export function brutePlan(
  ctx: MatchContext,
  options: ScoringOptions,
  k: number,
  b: number,
  fixed: PairRef[],
  fairness: boolean,
): BrutePlan | null {
  const all = bruteRanking(ctx, options);
  const key = (m: string, e: string) => `${m}|${e}`;
  const fixedKeys = new Set(fixed.map((f) => key(f.migrantOrganisationId, f.educationalInstitutionId)));
  if (fixedKeys.size !== fixed.length || fixed.length > k) return null;
  const limit = new Map<string, number>();
  for (const o of [...ctx.migrantOrganisations, ...ctx.educationalInstitutions])
    limit.set(o.id, Math.min(b, Math.ceil(o.capacity - o.activeCommitments)));
  const used = new Map<string, number>();
  const take = (id: string) => used.set(id, (used.get(id) ?? 0) + 1);
  let fixedSum = 0;
  for (const f of fixed) {
    const p = all.find((x) => x.m.id === f.migrantOrganisationId && x.e.id === f.educationalInstitutionId);
    if (!p) return null;
    fixedSum += p.score;
    take(p.m.id);
    take(p.e.id);
  }
  for (const [id, n] of used) if (n > limit.get(id)!) return null;
  const free = all.filter((x) => !fixedKeys.has(key(x.m.id, x.e.id)));
  let best: BrutePlan | null = null;
  const better = (c: BrutePlan) =>
    !best ||
    (fairness ? c.min > best.min || (c.min === best.min && c.sum > best.sum + 1e-12) : c.sum > best.sum + 1e-12);
  const dfs = (from: number, left: number, sum: number, min: number) => {
    if (left === 0) {
      const c = { sum: sum + fixedSum, min };
      if (better(c)) best = c;
      return;
    }
    for (let i = from; i <= free.length - left; i++) {
      const p = free[i]!;
      if ((used.get(p.m.id) ?? 0) >= limit.get(p.m.id)! || (used.get(p.e.id) ?? 0) >= limit.get(p.e.id)!) continue;
      take(p.m.id);
      take(p.e.id);
      dfs(i + 1, left - 1, sum + p.score, Math.min(min, p.score));
      used.set(p.m.id, used.get(p.m.id)! - 1);
      used.set(p.e.id, used.get(p.e.id)! - 1);
    }
  };
  dfs(0, k - fixed.length, 0, Infinity);
  return best;
}

const TOPICS = ["t0", "t1", "t2", "t3", "t4"];
const TGS = ["g0", "g1", "g2"];
const DISTRICTS = ["d0", "d1", "d2", "d3", "region-hannover"];
const LANGS = ["de", "ar", "tr"];

const sub = (keys: string[]) => fc.subarray(keys);

function orgArb(prefix: string, kind: MatchOrganisation["kind"], wrongKindRate: number) {
  return fc
    .record({
      // Weighted oneof, not a random number: fast-check biases numbers towards their bounds.
      wrongKind:
        wrongKindRate > 0
          ? fc.oneof(
              { arbitrary: fc.constant(true), weight: Math.round(wrongKindRate * 100) },
              { arbitrary: fc.constant(false), weight: 100 - Math.round(wrongKindRate * 100) },
            )
          : fc.constant(false),
      topics: sub(TOPICS),
      offers: sub(TOPICS),
      needs: sub(TOPICS),
      targetGroups: sub(TGS),
      languages: sub(LANGS),
      districtsServed: sub(DISTRICTS),
      // Mostly free organisations, some full ones (capacity 0 or commitments ≥ capacity).
      capacity: fc.oneof(
        { arbitrary: fc.constant(0), weight: 1 },
        { arbitrary: fc.integer({ min: 1, max: 3 }), weight: 7 },
      ),
      activeCommitments: fc.oneof(
        { arbitrary: fc.constant(0), weight: 4 },
        { arbitrary: fc.integer({ min: 0, max: 3 }), weight: 1 },
      ),
      recentFunding: fc.integer({ min: 0, max: 3 }).map((x) => x * 1000),
    })
    .map(
      ({ wrongKind, ...o }) =>
        ({
          ...o,
          prefix,
          kind: wrongKind
            ? kind === "MIGRANT_ORGANISATION"
              ? "EDUCATIONAL_INSTITUTION"
              : "MIGRANT_ORGANISATION"
            : kind,
        }) as const,
    );
}

/** Small random contexts: 1–maxSide organisations a side, random history, blocks, exclusions. */
export function contextArb(maxSide: number, wrongKindRate = 0, minSide = 1) {
  return fc
    .record({
      mos: fc.array(orgArb("m", "MIGRANT_ORGANISATION", wrongKindRate), { minLength: minSide, maxLength: maxSide }),
      eis: fc.array(orgArb("e", "EDUCATIONAL_INSTITUTION", wrongKindRate), { minLength: minSide, maxLength: maxSide }),
      callTopics: fc.uniqueArray(
        fc.record({ key: fc.constantFrom(...TOPICS), weight: fc.integer({ min: 1, max: 3 }) }),
        { selector: (t) => t.key, maxLength: 4 },
      ),
      targetGroups: sub(TGS),
      districts: sub(DISTRICTS.slice(0, 4)),
      languages: sub(LANGS),
      history: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 1, max: 3 })), { maxLength: 8 }),
      blocked: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 6 }),
      excluded: fc.array(fc.nat(), { maxLength: 2 }),
    })
    .map((r): MatchContext => {
      const named = <T extends { prefix: string }>(xs: T[]) =>
        xs.map(({ prefix, ...o }, i) => ({ ...o, id: `${prefix}${i}`, name: `${prefix}${i}` }));
      const mos = named(r.mos);
      const eis = named(r.eis);
      const mo = (i: number) => mos[i % mos.length]!.id;
      const ei = (i: number) => eis[i % eis.length]!.id;
      const all = [...mos, ...eis];
      return {
        call: {
          id: "call",
          topics: r.callTopics,
          targetGroups: r.targetGroups,
          districts: r.districts,
          languages: r.languages,
          maxTandemsPerOrganisation: 2,
        },
        migrantOrganisations: mos,
        educationalInstitutions: eis,
        jointHistory: r.history.map(([a, b, count]) => ({ a: mo(a), b: ei(b), count })),
        blockedPairs: r.blocked.map(([a, b]) => ({ migrantOrganisationId: mo(a), educationalInstitutionId: ei(b) })),
        excludedOrganisationIds: r.excluded.map((i) => all[i % all.length]!.id),
      };
    });
}

export const weightsArb = fc
  .record({
    topicCoverage: fc.integer({ min: 0, max: 4 }),
    complementarity: fc.integer({ min: 0, max: 4 }),
    targetGroupFit: fc.integer({ min: 0, max: 4 }),
    localFit: fc.integer({ min: 0, max: 4 }),
    languageFit: fc.integer({ min: 0, max: 4 }),
    trust: fc.integer({ min: 0, max: 4 }),
    availability: fc.integer({ min: 0, max: 4 }),
    fairness: fc.integer({ min: 0, max: 4 }),
  })
  .filter((w) => Object.values(w).some((v) => v > 0));

export const optionsArb = fc.record({ weights: weightsArb, preferNovelty: fc.boolean() });
