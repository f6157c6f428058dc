/** The pure tandem-matching engine (DESIGN.md §4): scoring, ranking and optimal tandem plans. */
export * from "./types";
export { InfeasiblePlanError, InvalidContextError, InvalidWeightsError, type InfeasiblePlanReason } from "./errors";
export { prepareMatching, getPrepared, type PreparedMatching, type PrepareTuning } from "./prepare";
export { scorePair, rankSuggestions, rankPrepared } from "./scoring";
export { planTandems, planPrepared, type PlanTuning } from "./plan";
