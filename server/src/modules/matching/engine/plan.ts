/**
 * Tandem plans: an optimal maximum-weight b-matching with exactly k pairs (DESIGN.md §4).
 *
 * Network: source → MO (capacity = its free limit), MO → EI (capacity 1, cost −score), EI → sink
 * (its free limit). A min-cost flow of exactly k − |fixed| units is a best set of free tandems.
 * An organisation's limit is min(maxTandemsPerOrganisation, ⌈capacity − activeCommitments⌉), net
 * of its fixed pairs: a plan must not put an organisation over its own capacity either.
 *
 * Fairness mode is lexicographic: the largest τ such that a plan exists whose free pairs all score
 * ≥ τ (fixed pairs are always allowed), found by binary search over the candidate scores with a
 * max-flow feasibility test; then the min-cost flow on the pairs scoring ≥ τ.
 */
import { allCandidates, prunedCandidates, type CandidateInput } from "./candidates";
import { InfeasiblePlanError } from "./errors";
import { FlowNetwork } from "./min-cost-flow";
import { pairEligible } from "./pair-score";
import { getPrepared, type PreparedMatching } from "./prepare";
import { scoredPairAt } from "./scoring";
import { pairKey } from "./special-pairs";
import type { IndexedPair } from "./top-k";
import type { MatchContext, PlanOptions, PlanResult, ScoringOptions } from "./types";

/** Scores become integer costs (exact Dijkstra); 2^32 keeps all path sums far below 2^53. */
const COST_SCALE = 2 ** 32;

export interface PlanTuning {
  /** Use every usable pair instead of the pruned candidate set (tests, small instances). */
  exhaustive?: boolean;
}

interface Fixed {
  mi: number;
  ei: number;
}

function validateFixed(prep: PreparedMatching, plan: PlanOptions): Fixed[] {
  const seen = new Set<number>();
  return plan.fixedPairs.map(({ migrantOrganisationId: m, educationalInstitutionId: e }) => {
    const mi = prep.mo.indexById.get(m);
    const ei = prep.ei.indexById.get(e);
    const label = `(${m}, ${e})`;
    if (mi === undefined || ei === undefined) {
      throw new InfeasiblePlanError(
        "FIXED_PAIR_INELIGIBLE",
        `Fixed pair ${label} names an organisation that is not a candidate of this call.`,
      );
    }
    if (!pairEligible(prep, mi, ei)) {
      throw new InfeasiblePlanError(
        "FIXED_PAIR_INELIGIBLE",
        `Fixed pair ${label} is not eligible: an organisation is excluded, at capacity or of the wrong kind, or the pair is blocked.`,
      );
    }
    const key = pairKey(mi, ei, prep.ei.n);
    if (seen.has(key)) throw new InfeasiblePlanError("FIXED_PAIR_DUPLICATE", `Fixed pair ${label} is listed twice.`);
    seen.add(key);
    return { mi, ei };
  });
}

function limits(free: Float64Array, eligible: Uint8Array, b: number): Int32Array {
  return Int32Array.from(free, (f, i) => (eligible[i] ? Math.min(b, Math.ceil(f)) : 0));
}

function netOfFixed(limit: Int32Array, index: number, orgs: { id: string }[]): void {
  limit[index]!--;
  if (limit[index]! < 0) {
    throw new InfeasiblePlanError(
      "FIXED_PAIRS_EXCEED_CAPACITY",
      `Organisation ${orgs[index]!.id} is in more fixed pairs than its limit (tandems per organisation, free capacity) allows.`,
    );
  }
}

/** Builds the network over `edges` and returns it with the edge ids (index-aligned with edges). */
function network(prep: PreparedMatching, edges: IndexedPair[], input: CandidateInput) {
  const moNode = new Map<number, number>();
  const eiNode = new Map<number, number>();
  for (const x of edges) {
    if (!moNode.has(x.mi)) moNode.set(x.mi, 0);
    if (!eiNode.has(x.ei)) eiNode.set(x.ei, 0);
  }
  // Node numbers in index (= id) order, so ties resolve the same way for any input order.
  let next = 2;
  for (const m of [...moNode.keys()].sort((a, b) => a - b)) moNode.set(m, next++);
  for (const e of [...eiNode.keys()].sort((a, b) => a - b)) eiNode.set(e, next++);
  const net = new FlowNetwork(next);
  for (const [m, node] of moNode) net.addEdge(0, node, input.limitMo[m]!, 0);
  for (const [e, node] of eiNode) net.addEdge(node, 1, input.limitEi[e]!, 0);
  const ids = edges.map((x) => net.addEdge(moNode.get(x.mi)!, eiNode.get(x.ei)!, 1, -Math.round(x.score * COST_SCALE)));
  return { net, ids };
}

function notEnough(k: number): InfeasiblePlanError {
  return new InfeasiblePlanError(
    "NOT_ENOUGH_PAIRS",
    `No plan with ${k} tandems exists: too few eligible pairs within the per-organisation limits.`,
  );
}

/** The free pairs of an optimal plan among `edges` (global order), or null if infeasible. */
function solve(
  prep: PreparedMatching,
  edges: IndexedPair[],
  input: CandidateInput,
  fairness: boolean,
): IndexedPair[] | null {
  const units = input.freeTandems;
  let usable = edges;
  if (fairness) {
    const distinct = [...new Set(edges.map((x) => x.score))].sort((a, b) => b - a);
    const feasible = (tau: number) => {
      const { net } = network(
        prep,
        edges.filter((x) => x.score >= tau),
        input,
      );
      return net.maxFlow(0, 1, units) >= units;
    };
    // feasible() is monotone (a lower τ allows more pairs): find the first feasible τ, highest first.
    let lo = 0;
    let hi = distinct.length - 1;
    if (hi < 0 || !feasible(distinct[hi]!)) return null;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (feasible(distinct[mid]!)) hi = mid;
      else lo = mid + 1;
    }
    const tau = distinct[lo]!;
    usable = edges.filter((x) => x.score >= tau);
  }
  const { net, ids } = network(prep, usable, input);
  if (net.minCostFlow(0, 1, units).flow < units) return null;
  return usable.filter((_, i) => net.flow(ids[i]!) > 0);
}

/** Planning on an already prepared call. */
export function planPrepared(prep: PreparedMatching, plan: PlanOptions, tuning: PlanTuning = {}): PlanResult {
  const k = plan.tandems;
  const b = plan.maxTandemsPerOrganisation;
  if (!(k >= 1)) throw new InfeasiblePlanError("TOO_FEW_TANDEMS", `A plan needs at least 1 tandem, got ${k}.`);
  if (!Number.isInteger(k) || !Number.isInteger(b) || b < 1) {
    throw new InfeasiblePlanError(
      "INVALID_ARGUMENT",
      `Tandems (${k}) and tandems per organisation (${b}) must be positive integers.`,
    );
  }
  const fixed = validateFixed(prep, plan);
  if (k < fixed.length) {
    throw new InfeasiblePlanError(
      "TOO_FEW_TANDEMS",
      `${fixed.length} pairs are fixed but only ${k} tandems are asked for.`,
    );
  }
  const input: CandidateInput = {
    limitMo: limits(prep.mo.freeCapacity, prep.mo.eligible, b),
    limitEi: limits(prep.ei.freeCapacity, prep.ei.eligible, b),
    fixedByMo: new Map(),
    freeTandems: k - fixed.length,
  };
  for (const f of fixed) {
    netOfFixed(input.limitMo, f.mi, prep.mo.orgs);
    netOfFixed(input.limitEi, f.ei, prep.ei.orgs);
    input.fixedByMo.set(f.mi, [...(input.fixedByMo.get(f.mi) ?? []), f.ei]);
  }
  let free: IndexedPair[] = [];
  if (input.freeTandems > 0) {
    const edges = tuning.exhaustive ? allCandidates(prep, input) : prunedCandidates(prep, input);
    const solved = solve(prep, edges, input, plan.fairnessMode);
    if (!solved) throw notEnough(k);
    free = solved;
  }
  const tandems = [...fixed, ...free]
    .map((x) => scoredPairAt(prep, x.mi, x.ei))
    .sort(
      (x, y) =>
        y.score - x.score ||
        cmp(x.migrantOrganisationId, y.migrantOrganisationId) ||
        cmp(x.educationalInstitutionId, y.educationalInstitutionId),
    );
  let totalScore = 0;
  for (const t of tandems) totalScore += t.score;
  return { tandems, totalScore };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * An optimal plan of exactly `plan.tandems` tandems (see the file comment); throws
 * InfeasiblePlanError with a reason code when none exists.
 */
export function planTandems(
  ctx: MatchContext,
  options: ScoringOptions,
  plan: PlanOptions,
  tuning: PlanTuning = {},
): PlanResult {
  return planPrepared(getPrepared(ctx, options), plan, tuning);
}
