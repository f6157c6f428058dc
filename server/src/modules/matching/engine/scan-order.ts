/**
 * The pruning order: all pairs (MO profile p, EI profile q) of active profiles, bucketed by an upper
 * bound of the score of any of their member pairs (counting sort, no comparison sort of millions).
 * A scan takes buckets from the top and stops once the best bound left is below what it needs.
 *
 * Bound(p, q) = shared part of (p, q) + the constant per-pair maxima (needsMet 1, Jaccard 1,
 * trustNew) + w_av × min(max availability in p, in q) + w_fair × (max fairness p + max fairness q)/2.
 * It is ≥ the score of every non-history pair of (p, q) (history pairs are scored apart).
 */
import { newProfilePairValues, profilePairValues, sharedBoundBase } from "./pair-score";
import type { PreparedMatching } from "./prepare";
import { W } from "./types";

const BUCKETS = 2048;

export interface ScanOrder {
  /** Active profiles of each side (profile ids). */
  moActive: Int32Array;
  eiActive: Int32Array;
  /** Profile-pair indexes a × eiActive.length + b, grouped by bucket (ascending bucket). */
  order: Int32Array;
  /** order[bucketStart[k] .. bucketStart[k+1]) is bucket k. */
  bucketStart: Int32Array;
  /** prefixMax[k] = the largest bound in buckets 0..k (−Infinity when empty). */
  prefixMax: Float64Array;
}

/** The bound of profile pair (p, q); `pv` receives its shared values. */
export function profilePairBound(prep: PreparedMatching, p: number, q: number, pv: Float64Array): number {
  profilePairValues(prep, p, q, pv);
  const a = prep.mo.profiles;
  const b = prep.ei.profiles;
  const avP = a.maxAvailability[p]!;
  const avQ = b.maxAvailability[q]!;
  return (
    sharedBoundBase(prep, pv) +
    prep.w[W.availability]! * (avP < avQ ? avP : avQ) +
    prep.w[W.fairness]! * 0.5 * (a.maxFairness[p]! + b.maxFairness[q]!)
  );
}

export function getScanOrder(prep: PreparedMatching): ScanOrder {
  if (prep.scanOrder) return prep.scanOrder;
  const moActive = prep.mo.profiles.active;
  const eiActive = prep.ei.profiles.active;
  const nA = moActive.length;
  const nB = eiActive.length;
  const total = nA * nB;
  const bounds = fillBounds(prep, moActive, eiActive);
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < total; i++) {
    const v = bounds[i]!;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  const width = hi > lo ? (hi - lo) / BUCKETS : 1;
  const bucketOf = new Uint16Array(total);
  const bucketStart = new Int32Array(BUCKETS + 1);
  const bucketMax = new Float64Array(BUCKETS).fill(-Infinity);
  for (let i = 0; i < total; i++) {
    const v = bounds[i]!;
    const k = Math.min(BUCKETS - 1, Math.floor((v - lo) / width));
    bucketOf[i] = k;
    bucketStart[k + 1]!++;
    if (v > bucketMax[k]!) bucketMax[k] = v;
  }
  for (let k = 0; k < BUCKETS; k++) bucketStart[k + 1]! += bucketStart[k]!;
  const fill = bucketStart.slice(0, BUCKETS);
  const order = new Int32Array(total);
  for (let i = 0; i < total; i++) order[fill[bucketOf[i]!]!++] = i;
  const prefixMax = new Float64Array(BUCKETS);
  let run = -Infinity;
  for (let k = 0; k < BUCKETS; k++) {
    if (bucketMax[k]! > run) run = bucketMax[k]!;
    prefixMax[k] = run;
  }
  prep.scanOrder = { moActive, eiActive, order, bucketStart, prefixMax };
  return prep.scanOrder;
}

/**
 * Bounds of all active profile pairs (row = MO profile). With dense family tables the shared part
 * is precombined per family into weighted tables, four lookups a pair; it equals
 * `profilePairBound` up to float rounding (both are covered by BOUND_EPS).
 */
function fillBounds(prep: PreparedMatching, moActive: Int32Array, eiActive: Int32Array): Float64Array {
  const nA = moActive.length;
  const nB = eiActive.length;
  const bounds = new Float64Array(nA * nB);
  const w = prep.w;
  const { topics, targetGroups: tg, languages: lang, districts: dist } = prep;
  const tu = topics.unionTable;
  const te = topics.extraTable;
  const gu = tg.unionTable;
  const lu = lang.unionTable;
  const du = dist.unionTable;
  const pv = newProfilePairValues();
  if (!tu || !te || !gu || !lu || !du) {
    for (let a = 0; a < nA; a++)
      for (let b = 0; b < nB; b++) bounds[a * nB + b] = profilePairBound(prep, moActive[a]!, eiActive[b]!, pv);
    return bounds;
  }
  const weighted = (table: Float64Array, f: (v: number, i: number) => number) => Float64Array.from(table, f);
  const wTopic = w[W.topicCoverage]!;
  const wComplement = w[W.complementarity]!;
  const wTarget = w[W.targetGroupFit]!;
  const wLanguage = w[W.languageFit]!;
  const wLocal = w[W.localFit]!;
  const wTrust = w[W.trust]!;
  const topicPart = weighted(tu, (v, i) => wTopic * v + wComplement * 0.5 * (te[i]! + 1));
  const tgPart = weighted(gu, (v) => wTarget * v);
  const langPart = weighted(lu, (v) => wLanguage * v);
  const distPart = weighted(du, (v) => wLocal * (0.7 * v + 0.3) + wTrust * prep.trustNew);
  const nT = topics.ei.classCount;
  const nG = tg.ei.classCount;
  const nL = lang.ei.classCount;
  const nD = dist.ei.classCount;
  const A = prep.mo.profiles;
  const B = prep.ei.profiles;
  const bT = Int32Array.from(eiActive, (q) => B.topic[q]!);
  const bG = Int32Array.from(eiActive, (q) => B.targetGroup[q]!);
  const bL = Int32Array.from(eiActive, (q) => B.language[q]!);
  const bD = Int32Array.from(eiActive, (q) => B.district[q]!);
  const bAv = Float64Array.from(eiActive, (q) => B.maxAvailability[q]!);
  const bF = Float64Array.from(eiActive, (q) => B.maxFairness[q]!);
  const wAv = w[W.availability]!;
  const wF = w[W.fairness]! * 0.5;
  for (let a = 0; a < nA; a++) {
    const p = moActive[a]!;
    const rT = A.topic[p]! * nT;
    const rG = A.targetGroup[p]! * nG;
    const rL = A.language[p]! * nL;
    const rD = A.district[p]! * nD;
    const av = A.maxAvailability[p]!;
    const f = A.maxFairness[p]!;
    for (let b = 0; b < nB; b++) {
      const avQ = bAv[b]!;
      bounds[a * nB + b] =
        topicPart[rT + bT[b]!]! +
        tgPart[rG + bG[b]!]! +
        langPart[rL + bL[b]!]! +
        distPart[rD + bD[b]!]! +
        wAv * (av < avQ ? av : avQ) +
        wF * (f + bF[b]!);
    }
  }
  return bounds;
}

/** The best bound among buckets below k (what is left after buckets ≥ k were scanned). */
export function boundBelow(order: ScanOrder, k: number): number {
  return k > 0 ? order.prefixMax[k - 1]! : -Infinity;
}

export const SCAN_BUCKETS = BUCKETS;
