import { TANDEMS_PER_CALL, TANDEMS_PER_ORGANISATION } from "./field-limits.js";

/** The plan builder's k and per-organisation limit: the same ranges a call may set. */
export const PLAN_LIMITS = {
  tandems: TANDEMS_PER_CALL,
  maxTandemsPerOrganisation: TANDEMS_PER_ORGANISATION,
} as const;

/** Suggestions: the first page, one "more" step, and the most one query returns. */
export const SUGGESTION_LIMITS = { pageSize: 20, max: 100 } as const;
