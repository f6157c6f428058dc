/**
 * Top-k eligible pairs by score (ties: MO id, then EI id), exactly as if every pair were scored and
 * sorted. Pruning never changes the result: a profile pair, an MO or an EI is skipped only when an
 * upper bound of every score it could give is below the current k-th best score (a pair with an
 * equal score could still win on ids, so equality never prunes).
 */
import { BOUND_EPS, evalPair, newProfilePairValues, pairEligible, scoreIndexes, sharedBoundBase } from "./pair-score";
import type { PreparedMatching } from "./prepare";
import { getScanOrder, profilePairBound, SCAN_BUCKETS } from "./scan-order";
import { TopK, type IndexedPair } from "./top-k";
import { W } from "./types";

/** The `first` best pairs of the whole network. */
export function topPairs(prep: PreparedMatching, first: number): IndexedPair[] {
  const top = new TopK(first);
  if (first <= 0) return [];
  const pv = newProfilePairValues();
  // History pairs have a trust the scan does not assume: score them first, the scan skips them.
  for (const { mi, ei } of prep.special.history) top.offer(scoreIndexes(prep, mi, ei, pv), mi, ei);
  const so = getScanOrder(prep);
  const nB = so.eiActive.length;
  // marks[e] === m + 1 while scanning MO m: (m, e) is special (blocked or history) and skipped.
  const marks = new Int32Array(prep.ei.n);
  for (let k = SCAN_BUCKETS - 1; k >= 0; k--) {
    const from = so.bucketStart[k]!;
    const to = so.bucketStart[k + 1]!;
    if (from === to) continue;
    if (so.prefixMax[k]! + BOUND_EPS < top.threshold) break;
    for (let i = from; i < to; i++) {
      const idx = so.order[i]!;
      const a = Math.floor(idx / nB);
      const p = so.moActive[a]!;
      const q = so.eiActive[idx - a * nB]!;
      if (profilePairBound(prep, p, q, pv) + BOUND_EPS < top.threshold) continue;
      scanProfilePair(prep, p, q, pv, top, marks);
    }
  }
  return top.sorted();
}

/** Scores the member pairs of (p, q) that can still enter `top`; `pv` holds (p, q)'s values. */
function scanProfilePair(
  prep: PreparedMatching,
  p: number,
  q: number,
  pv: Float64Array,
  top: TopK,
  marks: Int32Array,
): void {
  const { mo, ei, special } = prep;
  const wFair = prep.w[W.fairness]! * 0.5;
  const wAv = prep.w[W.availability]!;
  const base = sharedBoundBase(prep, pv);
  const qFrom = ei.profiles.start[q]!;
  const qTo = ei.profiles.start[q + 1]!;
  const qMaxAv = ei.profiles.maxAvailability[q]!;
  const qMaxFair = ei.profiles.maxFairness[q]!;
  const pTo = mo.profiles.start[p + 1]!;
  for (let s = mo.profiles.start[p]!; s < pTo; s++) {
    const m = mo.profiles.members[s]!;
    let threshold = top.threshold;
    // Members are sorted by memberKey: once even this bound fails, later MOs fail too.
    if (base + mo.memberKey[m]! + wFair * qMaxFair + BOUND_EPS < threshold) break;
    const avM = mo.availability[m]!;
    const mBase = base + wFair * mo.fairness[m]!;
    if (mBase + wAv * (avM < qMaxAv ? avM : qMaxAv) + wFair * qMaxFair + BOUND_EPS < threshold) continue;
    const stamp = m + 1;
    for (let j = special.start[m]!; j < special.start[m + 1]!; j++) marks[special.partners[j]!] = stamp;
    for (let t = qFrom; t < qTo; t++) {
      const e = ei.profiles.members[t]!;
      // memberKey(e) ≥ w_av × min(av(m), av(e)) + w_fair × fair(e) / 2; sorted descending.
      if (mBase + ei.memberKey[e]! + BOUND_EPS < threshold) break;
      if (marks[e] === stamp) continue;
      const score = evalPair(prep, m, e, pv, prep.trustNew);
      if (score >= threshold) {
        top.offer(score, m, e);
        threshold = top.threshold;
      }
    }
  }
}

/** The `first` best eligible pairs containing organisation `id` (an MO or an EI); [] if none. */
export function topPairsFor(prep: PreparedMatching, id: string, first: number): IndexedPair[] {
  if (first <= 0) return [];
  const top = new TopK(first);
  const pv = newProfilePairValues();
  const mi = prep.mo.indexById.get(id);
  if (mi !== undefined) {
    if (!prep.mo.eligible[mi]) return [];
    for (let e = 0; e < prep.ei.n; e++) {
      if (pairEligible(prep, mi, e)) top.offer(scoreIndexes(prep, mi, e, pv), mi, e);
    }
    return top.sorted();
  }
  const ej = prep.ei.indexById.get(id);
  if (ej === undefined || !prep.ei.eligible[ej]) return [];
  for (let m = 0; m < prep.mo.n; m++) {
    if (pairEligible(prep, m, ej)) top.offer(scoreIndexes(prep, m, ej, pv), m, ej);
  }
  return top.sorted();
}
