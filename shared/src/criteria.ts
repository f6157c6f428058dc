/**
 * The scoring criteria (DESIGN §4) in breakdown order; the engine sums the weighted values in
 * exactly this order, so the order is part of the scores.
 */
export const CRITERIA = [
  "topicCoverage",
  "complementarity",
  "targetGroupFit",
  "localFit",
  "languageFit",
  "trust",
  "availability",
  "fairness",
] as const;
export type Criterion = (typeof CRITERIA)[number];

/** The criteria a user weighs directly; fairness joins only in fairness mode. */
export type WeightedCriterion = Exclude<Criterion, "fairness">;
export const WEIGHTED_CRITERIA: readonly WeightedCriterion[] = CRITERIA.filter(
  (criterion): criterion is WeightedCriterion => criterion !== "fairness",
);

/** Shares of the score; the engine normalises whatever it gets to sum 1. Fairness is off by default. */
export const DEFAULT_WEIGHTS: Readonly<Record<Criterion, number>> = {
  topicCoverage: 0.35,
  complementarity: 0.15,
  targetGroupFit: 0.15,
  localFit: 0.1,
  languageFit: 0.1,
  trust: 0.1,
  availability: 0.05,
  fairness: 0,
};

/** The fairness weight when fairness mode is on and no weight is given. */
export const DEFAULT_FAIRNESS_WEIGHT = 0.15;

/** The range one weight of ScoringWeightsInput may take (relative, normalised afterwards). */
export const WEIGHT_LIMITS = { min: 0, max: 100 } as const;
