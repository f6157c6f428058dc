/**
 * Pairs that differ from the default: blocked pairs (never proposed) and pairs with joint history
 * (trust ≠ its value for a new pair). They are few, so the scans skip them and score them apart.
 */
import type { MatchContext } from "./types";

interface SideIndex {
  n: number;
  indexById: Map<string, number>;
  eligible: Uint8Array;
}

export interface SpecialPairs {
  /** Joint projects per pair key (mi × nEI + ei); absent = 0. */
  joint: Map<number, number>;
  blocked: Set<number>;
  /** Per MO the EI indexes of its special pairs (CSR, ascending), so scans can mark and skip them. */
  start: Int32Array;
  partners: Int32Array;
  /** Eligible, unblocked pairs with joint history: scored apart from the scans. */
  history: { mi: number; ei: number }[];
}

export function pairKey(mi: number, ei: number, nEi: number): number {
  return mi * nEi + ei;
}

export function buildSpecialPairs(ctx: MatchContext, mo: SideIndex, ei: SideIndex): SpecialPairs {
  const joint = new Map<number, number>();
  const blocked = new Set<number>();
  const locate = (a: string, b: string): number | undefined => {
    const m = mo.indexById.get(a);
    const e = ei.indexById.get(b);
    return m !== undefined && e !== undefined ? pairKey(m, e, ei.n) : undefined;
  };
  for (const { a, b, count } of ctx.jointHistory) {
    // Unordered: either orientation; pairs that are not MO + EI are irrelevant here.
    const key = locate(a, b) ?? locate(b, a);
    if (key === undefined || !Number.isFinite(count) || count <= 0) continue;
    joint.set(key, (joint.get(key) ?? 0) + count);
  }
  for (const p of ctx.blockedPairs) {
    const key = locate(p.migrantOrganisationId, p.educationalInstitutionId);
    if (key !== undefined) blocked.add(key);
  }
  const all = new Set(joint.keys());
  for (const k of blocked) all.add(k);
  // A typed array sorts numerically without a comparator (fast).
  const keys = Float64Array.from(all).sort();
  const start = new Int32Array(mo.n + 1);
  const partners = new Int32Array(keys.length);
  keys.forEach((k, i) => {
    start[Math.floor(k / ei.n) + 1]!++;
    partners[i] = k % ei.n;
  });
  for (let m = 0; m < mo.n; m++) start[m + 1]! += start[m]!;
  const history: { mi: number; ei: number }[] = [];
  for (const k of keys) {
    const m = Math.floor(k / ei.n);
    const e = k % ei.n;
    if (joint.has(k) && !blocked.has(k) && mo.eligible[m] && ei.eligible[e]) history.push({ mi: m, ei: e });
  }
  return { joint, blocked, start, partners, history };
}
