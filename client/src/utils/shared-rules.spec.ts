import { describe, expect, it } from "vitest";
import * as shared from "@album/shared";
import { CALL_LIMITS } from "./call-form";
import { EXCHANGE_LIMITS } from "./exchange-form";
import { ORGANISATION_LIMITS } from "./organisation-form";
import { APPLICATION_LIMITS } from "./application-form";
import { PLAN_LIMITS } from "./plan-form";
import { ALL_CRITERIA, DEFAULT_FAIRNESS_WEIGHT, DEFAULT_WEIGHTS, WEIGHTED_CRITERIA, WEIGHT_LIMITS } from "./scoring";
import { MAX_SUGGESTIONS, SUGGESTIONS_PAGE_SIZE } from "../composables/use-suggestions";

/*
 * The server's input validation reads @album/shared (tests/server/shared-rules.test.ts); the forms
 * here must hold the very same objects, so a limit changed there changes on both sides.
 */
describe("the client's rules are those of @album/shared", () => {
  it("form limits are the shared objects themselves", () => {
    expect(CALL_LIMITS).toBe(shared.CALL_LIMITS);
    expect(EXCHANGE_LIMITS).toBe(shared.EXCHANGE_LIMITS);
    expect(ORGANISATION_LIMITS).toBe(shared.ORGANISATION_LIMITS);
    expect(PLAN_LIMITS).toBe(shared.PLAN_LIMITS);
    expect(WEIGHT_LIMITS).toBe(shared.WEIGHT_LIMITS);
    expect(APPLICATION_LIMITS.title).toBe(shared.APPLICATION_LIMITS.title);
    expect(APPLICATION_LIMITS.description).toBe(shared.APPLICATION_LIMITS.description);
    expect(APPLICATION_LIMITS.maxAmountCents).toBe(shared.APPLICATION_LIMITS.maxAmount * 100);
    expect(SUGGESTIONS_PAGE_SIZE).toBe(shared.SUGGESTION_LIMITS.pageSize);
    expect(MAX_SUGGESTIONS).toBe(shared.SUGGESTION_LIMITS.max);
  });

  it("criteria and default weights are the shared ones, as percentages", () => {
    expect(ALL_CRITERIA).toBe(shared.CRITERIA);
    expect(WEIGHTED_CRITERIA).toBe(shared.WEIGHTED_CRITERIA);
    for (const criterion of WEIGHTED_CRITERIA)
      expect(DEFAULT_WEIGHTS[criterion] / 100).toBe(shared.DEFAULT_WEIGHTS[criterion]);
    expect(DEFAULT_FAIRNESS_WEIGHT / 100).toBe(shared.DEFAULT_FAIRNESS_WEIGHT);
  });
});
