/**
 * Scoring one pair by indexes. The profile-pair part (five values shared by all pairs of two
 * profiles) is fetched once per profile pair; `evalPair` adds the per-pair part. Both go through
 * criteria.ts, so every path yields the same bits for the same pair.
 */
import { countAnd, countOr } from "./bitsets";
import { combineScore, complementarity, jaccard, localFit, needsMet, pairFairness, trust } from "./criteria";
import type { PreparedMatching } from "./prepare";
import { pairKey } from "./special-pairs";
import { W } from "./types";

/** Slots of a profile-pair value vector. */
export const PV_TOPIC = 0;
export const PV_EXTRA = 1;
export const PV_TARGET = 2;
export const PV_DISTRICT = 3;
export const PV_LANGUAGE = 4;

export function newProfilePairValues(): Float64Array {
  return new Float64Array(5);
}

/** Fills `out` with the values shared by all pairs of MO profile p and EI profile q. */
export function profilePairValues(prep: PreparedMatching, p: number, q: number, out: Float64Array): Float64Array {
  const a = prep.mo.profiles;
  const b = prep.ei.profiles;
  const tm = a.topic[p]!;
  const te = b.topic[q]!;
  out[PV_TOPIC] = prep.topics.unionValue(tm, te);
  out[PV_EXTRA] = prep.topics.extraValue(tm, te);
  out[PV_TARGET] = prep.targetGroups.unionValue(a.targetGroup[p]!, b.targetGroup[q]!);
  out[PV_DISTRICT] = prep.districts.unionValue(a.district[p]!, b.district[q]!);
  out[PV_LANGUAGE] = prep.languages.unionValue(a.language[p]!, b.language[q]!);
  return out;
}

/** |offers(M) ∩ needs(E)| + |offers(E) ∩ needs(M)|. */
export function offersMeetingNeedsCount(prep: PreparedMatching, mi: number, ei: number): number {
  const W = prep.topicWords;
  const { mo, ei: e } = prep;
  return countAnd(mo.offers, mi * W, e.needs, ei * W, W) + countAnd(e.offers, ei * W, mo.needs, mi * W, W);
}

/** needsMet of the pair. */
export function pairNeedsMet(prep: PreparedMatching, mi: number, ei: number): number {
  return needsMet(offersMeetingNeedsCount(prep, mi, ei), prep.mo.needCount[mi]! + prep.ei.needCount[ei]!);
}

/** Jaccard of the served districts (region rule applied at preparation). */
export function pairDistrictJaccard(prep: PreparedMatching, mi: number, ei: number): number {
  const W = prep.districtWords;
  const a = prep.mo.districts;
  const b = prep.ei.districts;
  return jaccard(countAnd(a, mi * W, b, ei * W, W), countOr(a, mi * W, b, ei * W, W));
}

/** Earlier joint projects of the pair (0 when none). */
export function jointProjects(prep: PreparedMatching, mi: number, ei: number): number {
  return prep.special.joint.get(pairKey(mi, ei, prep.ei.n)) ?? 0;
}

export function pairTrust(prep: PreparedMatching, mi: number, ei: number): number {
  return trust(jointProjects(prep, mi, ei), prep.options.preferNovelty);
}

/** The score of (mi, ei) given its profile-pair values and its trust value. */
export function evalPair(prep: PreparedMatching, mi: number, ei: number, pv: Float64Array, trustValue: number): number {
  const avM = prep.mo.availability[mi]!;
  const avE = prep.ei.availability[ei]!;
  return combineScore(
    prep.w,
    pv[PV_TOPIC]!,
    complementarity(pv[PV_EXTRA]!, pairNeedsMet(prep, mi, ei)),
    pv[PV_TARGET]!,
    localFit(pv[PV_DISTRICT]!, pairDistrictJaccard(prep, mi, ei)),
    pv[PV_LANGUAGE]!,
    trustValue,
    avM < avE ? avM : avE,
    pairFairness(prep.mo.fairness[mi]!, prep.ei.fairness[ei]!),
  );
}

/** The score of any pair by indexes (eligibility is not checked here). */
export function scoreIndexes(prep: PreparedMatching, mi: number, ei: number, pv: Float64Array): number {
  profilePairValues(prep, prep.mo.profileOf[mi]!, prep.ei.profileOf[ei]!, pv);
  return evalPair(prep, mi, ei, pv, pairTrust(prep, mi, ei));
}

/** Hard constraints: both eligible (kind, exclusion, capacity) and the pair not blocked. */
export function pairEligible(prep: PreparedMatching, mi: number, ei: number): boolean {
  return (
    prep.mo.eligible[mi] === 1 && prep.ei.eligible[ei] === 1 && !prep.special.blocked.has(pairKey(mi, ei, prep.ei.n))
  );
}

/**
 * A separable upper bound of the per-pair part given the profile pair: needsMet ≤ 1, Jaccard ≤ 1,
 * trust = trustNew (history pairs are scored apart), availability ≤ either side's, fairness exact.
 * The caller adds the availability/fairness terms; this is the constant rest (plus the shared part).
 */
export function sharedBoundBase(prep: PreparedMatching, pv: Float64Array): number {
  const w = prep.w;
  return (
    w[W.topicCoverage]! * pv[PV_TOPIC]! +
    w[W.complementarity]! * 0.5 * (pv[PV_EXTRA]! + 1) +
    w[W.targetGroupFit]! * pv[PV_TARGET]! +
    w[W.localFit]! * (0.7 * pv[PV_DISTRICT]! + 0.3) +
    w[W.languageFit]! * pv[PV_LANGUAGE]! +
    w[W.trust]! * prep.trustNew
  );
}

/** Slack added to every bound: bounds sum in another order than scores (float rounding). */
export const BOUND_EPS = 1e-9;
