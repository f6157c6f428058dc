/**
 * The canonical definitions of the criteria (DESIGN.md §4). Every path — a single pair's breakdown,
 * the ranking, the plan — computes values through these functions and sums contributions through
 * `combineScore`, so a pair gets the bit-identical score everywhere (ties and orders reproduce).
 *
 * Notation: M = migrant organisation, E = educational institution, C = the call.
 *
 * - topicCoverage = Σ weights of C's topics in topics(M) ∪ topics(E) / Σ weights of C's topics;
 *   1 when C has no topics. Weights are summed in call order (`weightedCoverage`).
 * - complementarity = 0.5 × extra + 0.5 × needsMet, where
 *   extra = (cov(M∪E) − max(cov(M), cov(E))) / (1 − max(cov(M), cov(E))), 0 when that max is 1
 *   (cov = the topicCoverage of one side or of both), and
 *   needsMet = (|offers(M) ∩ needs(E)| + |offers(E) ∩ needs(M)|) / (|needs(M)| + |needs(E)|),
 *   0 when neither side has needs. Offers and needs are topic keys.
 * - targetGroupFit = share of C's target groups in TG(M) ∪ TG(E); 1 when C has none.
 * - localFit = 0.7 × share of C's districts served by M or E (1 when C has none)
 *   + 0.3 × Jaccard(D(M), D(E)) (0 when both are empty). Region rule: D(o) = districtsServed(o),
 *   except that an organisation serving "region-hannover" gets D(o) = U, where U is the set of all
 *   district keys in the context (every organisation's districtsServed and the call's districts)
 *   plus "region-hannover" itself. So a region-wide organisation covers every call district, two
 *   region-wide ones have Jaccard 1, and a region-wide one with {a, b} has Jaccard 2 / |U|.
 * - languageFit = share of C's languages spoken by M or E; 1 when C has none.
 * - trust = 1 − 0.5^j, j = earlier joint applications/projects of the pair (saturating);
 *   with preferNovelty 0.5^j instead (1 for a new pair).
 * - availability = min over M and E of clamp(1 − activeCommitments / capacity, 0, 1)
 *   (0 when capacity ≤ 0).
 * - fairness = mean over M and E of (1 − recentFunding / max recentFunding), the max taken over all
 *   organisations of the context's two lists (so excluding one does not move the others' scores);
 *   1 when that max is 0. Negative funding counts as 0.
 */
import { InvalidWeightsError } from "./errors";
import { CRITERIA, W, type ScoringWeights } from "./types";

/** Normalised weights in CRITERIA order (they sum to 1, so every score is in [0, 1]). */
export function normaliseWeights(weights: ScoringWeights): Float64Array {
  const raw = CRITERIA.map((c) => weights[c]);
  for (let i = 0; i < raw.length; i++) {
    const v = raw[i]!;
    if (typeof v !== "number" || !Number.isFinite(v) || v < 0) {
      throw new InvalidWeightsError(`Weight of ${CRITERIA[i]} must be a finite number ≥ 0, got ${String(v)}.`);
    }
  }
  let sum = 0;
  for (const v of raw) sum += v;
  if (!(sum > 0)) throw new InvalidWeightsError("At least one weight must be greater than 0.");
  return Float64Array.from(raw, (v) => v / sum);
}

/** Σ of the weights of the set bits of `mask` (bit i = call topic i), in index order. */
export function weightedCoverage(mask: Uint32Array, offset: number, words: number, topicWeights: Float64Array): number {
  let covered = 0;
  for (let w = 0; w < words; w++) {
    let bits = mask[offset + w]!;
    while (bits !== 0) {
      const low = bits & -bits;
      covered += topicWeights[w * 32 + (31 - Math.clz32(low))]!;
      bits = (bits ^ low) >>> 0;
    }
  }
  return covered;
}

/** covered / total, 1 when the call lists nothing (nothing to miss). */
export function share(covered: number, total: number): number {
  return total === 0 ? 1 : covered / total;
}

/** Clamps to [0, 1]; NaN (e.g. from NaN commitments) becomes 0, never a NaN score. */
export function clamp01(x: number): number {
  return x > 0 ? (x < 1 ? x : 1) : 0;
}

/** The "beyond the better one alone" part of complementarity. */
export function complementExtra(covUnion: number, covM: number, covE: number): number {
  const best = covM > covE ? covM : covE;
  if (best >= 1) return 0;
  return clamp01((covUnion - best) / (1 - best));
}

export function needsMet(met: number, needsTotal: number): number {
  return needsTotal === 0 ? 0 : met / needsTotal;
}

export function complementarity(extra: number, needs: number): number {
  return 0.5 * extra + 0.5 * needs;
}

export function jaccard(intersection: number, union: number): number {
  return union === 0 ? 0 : intersection / union;
}

export function localFit(districtShare: number, districtJaccard: number): number {
  return 0.7 * districtShare + 0.3 * districtJaccard;
}

export function trust(jointProjects: number, preferNovelty: boolean): number {
  const fading = Math.pow(0.5, jointProjects);
  return preferNovelty ? fading : 1 - fading;
}

/** One organisation's free share of its capacity; the pair takes the min of both. */
export function orgAvailability(activeCommitments: number, capacity: number): number {
  return capacity > 0 ? clamp01(1 - activeCommitments / capacity) : 0;
}

/** One organisation's fairness value; the pair takes the mean of both (`pairFairness`). */
export function orgFairness(recentFunding: number, maxRecentFunding: number): number {
  return maxRecentFunding > 0 ? 1 - Math.max(0, recentFunding) / maxRecentFunding : 1;
}

export function pairFairness(fM: number, fE: number): number {
  return (fM + fE) * 0.5;
}

/**
 * Σ weight × value in CRITERIA order, left to right. With fairness off its weight is 0 and the
 * last term adds exactly +0, so the score equals the sum of the breakdown's contributions.
 */
export function combineScore(
  w: Float64Array,
  topicCoverage: number,
  complementarityValue: number,
  targetGroupFit: number,
  localFitValue: number,
  languageFit: number,
  trustValue: number,
  availability: number,
  fairness: number,
): number {
  return (
    w[W.topicCoverage]! * topicCoverage +
    w[W.complementarity]! * complementarityValue +
    w[W.targetGroupFit]! * targetGroupFit +
    w[W.localFit]! * localFitValue +
    w[W.languageFit]! * languageFit +
    w[W.trust]! * trustValue +
    w[W.availability]! * availability +
    w[W.fairness]! * fairness
  );
}
