/**
 * Seeded random matching instances (tests and tests/bench/matching-bench.ts). Shaped like the
 * network's data: small taxonomies, most organisations speak German, some serve the whole region.
 */
import type { MatchCall, MatchContext, MatchOrganisation } from "../../../server/src/modules/matching/engine";

/** mulberry32: tiny, fast, good enough for test data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface InstanceShape {
  mos: number;
  eis: number;
  topics: number;
  targetGroups: number;
  districts: number;
  languages: number;
  /** Items per organisation list are drawn from 0..max. */
  maxTopics: number;
  callTopics: number;
  callTargetGroups: number;
  callDistricts: number;
  callLanguages: number;
  history: number;
  blocked: number;
  excluded: number;
}

export const NETWORK_SHAPE: InstanceShape = {
  mos: 3500,
  eis: 3500,
  topics: 21,
  targetGroups: 13,
  districts: 13,
  languages: 22,
  maxTopics: 6,
  callTopics: 4,
  callTargetGroups: 3,
  callDistricts: 3,
  callLanguages: 2,
  history: 5000,
  blocked: 500,
  excluded: 50,
};

export function randomInstance(seed: number, shape: InstanceShape): MatchContext {
  const r = rng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const pick = (prefix: string, n: number, count: number): string[] => {
    const out = new Set<string>();
    for (let i = 0; i < count; i++) out.add(`${prefix}-${Math.floor(Math.pow(r(), 1.3) * n)}`);
    return [...out];
  };
  const org = (i: number, kind: MatchOrganisation["kind"]): MatchOrganisation => {
    const capacity = int(0, 5);
    const languages = pick("lang", shape.languages, int(0, 3));
    if (r() < 0.8) languages.push("lang-0");
    const districts = r() < 0.1 ? ["region-hannover"] : pick("district", shape.districts, int(0, 3));
    return {
      id: `${kind === "MIGRANT_ORGANISATION" ? "mo" : "ei"}-${String(i).padStart(5, "0")}`,
      name: `${kind} ${i}`,
      kind,
      topics: pick("topic", shape.topics, int(0, shape.maxTopics)),
      offers: pick("topic", shape.topics, int(0, 3)),
      needs: pick("topic", shape.topics, int(0, 3)),
      targetGroups: pick("tg", shape.targetGroups, int(0, 4)),
      languages: [...new Set(languages)],
      districtsServed: districts,
      capacity,
      activeCommitments: int(0, capacity),
      recentFunding: r() < 0.6 ? 0 : Math.round(r() * 200_000),
    };
  };
  const migrantOrganisations = Array.from({ length: shape.mos }, (_, i) => org(i, "MIGRANT_ORGANISATION"));
  const educationalInstitutions = Array.from({ length: shape.eis }, (_, i) => org(i, "EDUCATIONAL_INSTITUTION"));
  const call: MatchCall = {
    id: `call-${seed}`,
    topics: pick("topic", shape.topics, shape.callTopics).map((key) => ({ key, weight: int(1, 3) })),
    targetGroups: pick("tg", shape.targetGroups, shape.callTargetGroups),
    districts: pick("district", shape.districts, shape.callDistricts),
    languages: pick("lang", shape.languages, shape.callLanguages),
    maxTandemsPerOrganisation: 2,
  };
  const anyMo = () => migrantOrganisations[int(0, shape.mos - 1)]!.id;
  const anyEi = () => educationalInstitutions[int(0, shape.eis - 1)]!.id;
  return {
    call,
    migrantOrganisations,
    educationalInstitutions,
    jointHistory: Array.from({ length: shape.history }, () =>
      r() < 0.5 ? { a: anyMo(), b: anyEi(), count: int(1, 3) } : { a: anyEi(), b: anyMo(), count: int(1, 3) },
    ),
    blockedPairs: Array.from({ length: shape.blocked }, () => ({
      migrantOrganisationId: anyMo(),
      educationalInstitutionId: anyEi(),
    })),
    excludedOrganisationIds: Array.from({ length: shape.excluded }, () => (r() < 0.5 ? anyMo() : anyEi())),
  };
}

/** A copy with both organisation lists shuffled (same content, different order). */
export function shuffled(ctx: MatchContext, seed: number): MatchContext {
  const r = rng(seed);
  const mix = <T>(xs: T[]): T[] => {
    const a = [...xs];
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [a[i], a[j]] = [a[j]!, a[i]!];
    }
    return a;
  };
  return {
    ...ctx,
    migrantOrganisations: mix(ctx.migrantOrganisations),
    educationalInstitutions: mix(ctx.educationalInstitutions),
  };
}
