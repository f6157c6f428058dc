import "reflect-metadata";
import { describe, expect, it } from "vitest";
import { getMetadataStorage } from "class-validator";
import {
  APPLICATION_LIMITS,
  CALL_LIMITS,
  CRITERIA,
  DEFAULT_WEIGHTS,
  EXCHANGE_LIMITS,
  ORGANISATION_LIMITS,
  REMINDER_DAYS,
  TANDEM_REQUEST_LIMITS,
  WEIGHT_LIMITS,
} from "@album/shared";
import { CreateCallInput, UpdateCallInput } from "../../server/src/modules/calls/call.inputs";
import { CreateExchangeInput, JoinExchangeArgs } from "../../server/src/modules/exchanges/exchange.inputs";
import {
  CreateApplicationInput,
  MilestoneInput,
  TransitionApplicationArgs,
} from "../../server/src/modules/applications/application.inputs";
import { CreateOrganisationInput, UpdateOrganisationInput } from "../../server/src/modules/network/organisation.inputs";
import { SendTandemRequestInput } from "../../server/src/modules/matching/tandem-request.inputs";
import { ScoringWeightsInput } from "../../server/src/modules/matching/matching.types";
import {
  CRITERIA as ENGINE_CRITERIA,
  DEFAULT_WEIGHTS as ENGINE_WEIGHTS,
  W,
} from "../../server/src/modules/matching/engine/types";
import { notificationText } from "../../server/src/modules/notifications/notification-texts";
import { NotificationKind } from "../../server/src/modules/notifications/notification.entity";

/** The constraints of one class-validator check on one property (inherited ones included). */
function constraints(target: Function, property: string, check: string): unknown[] {
  const found = getMetadataStorage()
    .getTargetValidationMetadatas(target, "", true, false)
    .filter((m) => m.propertyName === property && (m.name === check || m.type === check));
  expect(found, `${target.name}.${property} has a ${check} check`).toHaveLength(1);
  return found[0]!.constraints;
}

/*
 * The client's forms re-export these very objects (client/src/utils/shared-rules.spec.ts checks
 * that); here the server's input validation is shown to read them, so both sides hold one value.
 */
describe("server input validation reads the limits of @album/shared", () => {
  it("titles and texts", () => {
    for (const input of [CreateCallInput, UpdateCallInput])
      expect(constraints(input, "title", "isLength")).toEqual([CALL_LIMITS.title.min, CALL_LIMITS.title.max]);
    expect(constraints(CreateCallInput, "description", "maxLength")).toEqual([CALL_LIMITS.description]);
    expect(constraints(CreateExchangeInput, "title", "isLength")).toEqual([
      EXCHANGE_LIMITS.title.min,
      EXCHANGE_LIMITS.title.max,
    ]);
    expect(constraints(CreateExchangeInput, "location", "maxLength")).toEqual([EXCHANGE_LIMITS.location]);
    expect(constraints(JoinExchangeArgs, "personName", "maxLength")).toEqual([EXCHANGE_LIMITS.personName]);
    expect(constraints(CreateApplicationInput, "title", "isLength")).toEqual([
      APPLICATION_LIMITS.title.min,
      APPLICATION_LIMITS.title.max,
    ]);
    expect(constraints(MilestoneInput, "title", "isLength")).toEqual([
      APPLICATION_LIMITS.milestoneTitle.min,
      APPLICATION_LIMITS.milestoneTitle.max,
    ]);
    expect(constraints(TransitionApplicationArgs, "comment", "maxLength")).toEqual([
      APPLICATION_LIMITS.transitionComment,
    ]);
    for (const input of [CreateOrganisationInput, UpdateOrganisationInput])
      expect(constraints(input, "name", "isLength")).toEqual([
        ORGANISATION_LIMITS.name.min,
        ORGANISATION_LIMITS.name.max,
      ]);
    expect(constraints(UpdateOrganisationInput, "shortName", "maxLength")).toEqual([ORGANISATION_LIMITS.shortName]);
    expect(constraints(SendTandemRequestInput, "message", "maxLength")).toEqual([TANDEM_REQUEST_LIMITS.message]);
  });

  it("ranges", () => {
    expect(constraints(CreateCallInput, "tandemsWanted", "max")).toEqual([CALL_LIMITS.tandemsWanted.max]);
    expect(constraints(CreateCallInput, "maxTandemsPerOrganisation", "max")).toEqual([
      CALL_LIMITS.maxTandemsPerOrganisation.max,
    ]);
    expect(constraints(CreateExchangeInput, "capacity", "max")).toEqual([EXCHANGE_LIMITS.capacity.max]);
    expect(constraints(UpdateOrganisationInput, "capacity", "max")).toEqual([ORGANISATION_LIMITS.capacity.max]);
    expect(constraints(ScoringWeightsInput, "topicCoverage", "max")).toEqual([WEIGHT_LIMITS.max]);
  });

  it("the engine's criteria and default weights are the shared ones, addressed by name", () => {
    expect(ENGINE_CRITERIA).toBe(CRITERIA);
    expect(ENGINE_WEIGHTS).toBe(DEFAULT_WEIGHTS);
    CRITERIA.forEach((criterion, i) => expect(W[criterion]).toBe(i));
  });

  it("the reminder's text names the reminder days", () => {
    const payload = { title: "T", date: "01.01.2030" };
    expect(notificationText(NotificationKind.DEADLINE_SOON, payload, "de").title).toContain(`${REMINDER_DAYS} Tagen`);
    expect(notificationText(NotificationKind.DEADLINE_SOON, payload, "en").title).toContain(`${REMINDER_DAYS} days`);
  });
});
