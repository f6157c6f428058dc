import { TANDEMS_PER_CALL } from "./field-limits.js";

/** Saved tandem plans: a name per plan (unique within its call), at most so many plans per call. */
export const SAVED_PLAN_LIMITS = {
  name: { min: 1, max: 120 },
  perCall: 50,
} as const;

/** The office's tandem proposals: its note to both sides, and the most pairs one action sends. */
export const PROPOSAL_LIMITS = {
  note: 2000,
  pairs: TANDEMS_PER_CALL.max,
} as const;
