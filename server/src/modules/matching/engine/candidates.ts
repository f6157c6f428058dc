/**
 * Candidate edges for a plan of k' = k − |fixed| free tandems. Order all usable pairs globally
 * (score desc, MO id, EI id). Greedy: walk that order and accept a pair when both organisations
 * have fewer than L = k' accepted pairs; keep the first N = 2(k'−1)·L + 1 accepted pairs.
 *
 * Claim: some optimal plan (for the sum, and likewise for fairness mode's max-min-then-sum) uses
 * only kept pairs. Swap argument, on an optimal plan P (its free part P', k' pairs):
 * 1. e = (m, x) ∈ P' was not accepted. Then m (or x, symmetric) already had L accepted pairs
 *    (m, y_1..y_L), all before e, so each scores ≥ s(e). A y_i is unusable only if (m, y_i) ∈ P'∖e
 *    or y_i is at its limit in P'∖e; either way y_i touches a pair of P'∖e, and distinct y_i touch
 *    distinct pairs (each pair has one EI), so at most k'−1 are unusable and L = k' leaves one.
 *    P'∖e + (m, y_i) is feasible (m's degree unchanged) and scores ≥.
 * 2. e ∈ P' was accepted but not among the first N. A kept pair f is unusable only if it touches
 *    an organisation used by P'∖e: ≤ 2(k'−1) organisations, each with ≤ L accepted pairs, so at
 *    most 2(k'−1)L < N kept pairs are unusable. P'∖e + f is feasible and scores ≥.
 * Each swap replaces a pair by one earlier in the global order, so the sum of order positions falls
 * and swapping ends, inside the kept set, with a plan whose sum and minimum are no worse.
 * Fixed pairs stay put; organisations' limits are net of them, and fixed pairs are no candidates.
 *
 * The global order is produced exactly, bucket by bucket of the scan order: after the buckets down
 * to k, every pair not yet scored has score ≤ the best bound left, so pool pairs above it are final.
 */
import { BOUND_EPS, evalPair, newProfilePairValues, pairEligible, profilePairValues, scoreIndexes } from "./pair-score";
import type { PreparedMatching } from "./prepare";
import { boundBelow, getScanOrder, SCAN_BUCKETS } from "./scan-order";
import { PairHeap } from "./pair-heap";
import { comparePairs, type IndexedPair } from "./top-k";

export interface CandidateInput {
  /** Free tandems per organisation after fixed pairs (0 = no candidate edges). */
  limitMo: Int32Array;
  limitEi: Int32Array;
  /** Fixed pairs per MO: their EI indexes (they are no candidates). */
  fixedByMo: Map<number, number[]>;
  freeTandems: number;
}

/** Every usable pair, in global order (tests and small instances). */
export function allCandidates(prep: PreparedMatching, input: CandidateInput): IndexedPair[] {
  const pv = newProfilePairValues();
  const out: IndexedPair[] = [];
  for (let m = 0; m < prep.mo.n; m++) {
    if (input.limitMo[m]! <= 0) continue;
    const fixed = input.fixedByMo.get(m) ?? [];
    for (let e = 0; e < prep.ei.n; e++) {
      if (input.limitEi[e]! <= 0 || fixed.includes(e) || !pairEligible(prep, m, e)) continue;
      out.push({ score: scoreIndexes(prep, m, e, pv), mi: m, ei: e });
    }
  }
  return out.sort(comparePairs);
}

/** The kept pairs of the greedy described above, in global order. */
export function prunedCandidates(prep: PreparedMatching, input: CandidateInput): IndexedPair[] {
  const L = input.freeTandems;
  const N = 2 * (L - 1) * L + 1;
  const { mo, ei, special } = prep;
  const countMo = new Int32Array(mo.n);
  const countEi = new Int32Array(ei.n);
  const usable = (m: number, e: number) =>
    input.limitMo[m]! > 0 && input.limitEi[e]! > 0 && countMo[m]! < L && countEi[e]! < L;
  const kept: IndexedPair[] = [];
  // Scored pairs not yet known to be final, best first.
  const pool = new PairHeap();
  const pv = newProfilePairValues();
  for (const { mi, ei: e } of special.history) {
    if (usable(mi, e) && !(input.fixedByMo.get(mi) ?? []).includes(e))
      pool.push({ score: scoreIndexes(prep, mi, e, pv), mi, ei: e });
  }
  /** Accepts final pool pairs (score above `bound`) in global order; true when N are kept. */
  const settle = (bound: number): boolean => {
    while (pool.size > 0 && pool.peek().score >= bound + BOUND_EPS) {
      const x = pool.pop();
      if (!usable(x.mi, x.ei)) continue;
      kept.push(x);
      countMo[x.mi]!++;
      countEi[x.ei]!++;
      if (kept.length >= N) return true;
    }
    return false;
  };
  const so = getScanOrder(prep);
  const nB = so.eiActive.length;
  const marks = new Int32Array(ei.n);
  for (let k = SCAN_BUCKETS - 1; k >= 0; k--) {
    for (let i = so.bucketStart[k]!; i < so.bucketStart[k + 1]!; i++) {
      const idx = so.order[i]!;
      const a = Math.floor(idx / nB);
      const p = so.moActive[a]!;
      const q = so.eiActive[idx - a * nB]!;
      profilePairValues(prep, p, q, pv);
      for (let s = mo.profiles.start[p]!; s < mo.profiles.start[p + 1]!; s++) {
        const m = mo.profiles.members[s]!;
        if (input.limitMo[m]! <= 0 || countMo[m]! >= L) continue;
        const stamp = m + 1;
        for (let j = special.start[m]!; j < special.start[m + 1]!; j++) marks[special.partners[j]!] = stamp;
        for (const e of input.fixedByMo.get(m) ?? []) marks[e] = stamp;
        for (let t = ei.profiles.start[q]!; t < ei.profiles.start[q + 1]!; t++) {
          const e = ei.profiles.members[t]!;
          if (marks[e] === stamp || !usable(m, e)) continue;
          pool.push({ score: evalPair(prep, m, e, pv, prep.trustNew), mi: m, ei: e });
        }
      }
    }
    if (settle(boundBelow(so, k))) return kept;
  }
  settle(-Infinity);
  return kept;
}
