/** Typed errors of the matching engine; the GraphQL layer maps `code` to `extensions.code`. */

/** Scoring weights must be finite, ≥ 0 and not all 0. */
export class InvalidWeightsError extends Error {
  readonly code = "INVALID_WEIGHTS";
  constructor(message: string) {
    super(message);
    this.name = "InvalidWeightsError";
  }
}

/** The context itself is malformed (duplicate organisation ids, non-positive topic weights, …). */
export class InvalidContextError extends Error {
  readonly code = "INVALID_MATCH_CONTEXT";
  constructor(message: string) {
    super(message);
    this.name = "InvalidContextError";
  }
}

export type InfeasiblePlanReason =
  /** k < 1, or fewer tandems asked for than pairs fixed. */
  | "TOO_FEW_TANDEMS"
  /** Fewer than k disjoint eligible pairs exist under the per-organisation limits. */
  | "NOT_ENOUGH_PAIRS"
  /** A fixed pair is unknown, of the wrong kinds, excluded, at capacity or blocked. */
  | "FIXED_PAIR_INELIGIBLE"
  /** The same pair was fixed twice. */
  | "FIXED_PAIR_DUPLICATE"
  /** An organisation is in more fixed pairs than its limit allows. */
  | "FIXED_PAIRS_EXCEED_CAPACITY"
  /** k or the per-organisation limit is not a positive integer. */
  | "INVALID_ARGUMENT";

/** No plan satisfies the request; `reason` says why (and the message which organisation). */
export class InfeasiblePlanError extends Error {
  readonly code = "INFEASIBLE_PLAN";
  constructor(
    readonly reason: InfeasiblePlanReason,
    message: string,
  ) {
    super(message);
    this.name = "InfeasiblePlanError";
  }
}
