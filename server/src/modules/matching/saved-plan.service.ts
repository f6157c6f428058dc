import { SAVED_PLAN_LIMITS } from "@album/shared";
import type { RequestContext } from "../../graphql/context";
import { requireUser } from "../../graphql/auth";
import { BadUserInputError, ConflictError, NotFoundError, isUniqueViolation } from "../../graphql/errors";
import { isUuid } from "../../db/ids";
import { AuditAction, AuditEntityType } from "../audit/audit-entry.entity";
import { recordAudit } from "../audit/audit.service";
import { CallForProposals } from "../calls/call.entity";
import { assertMayManagePlans, callVisibleTo } from "./tandem-request-access";
import { computeTandemPlan, formedTandems } from "./matching.service";
import { loadMatchContext } from "./matching-data";
import { planFingerprint } from "./plan-fingerprint";
import { SavedTandemPlan, type SavedPlanParameters, type SavedPlanTandem } from "./saved-plan.entity";
import type { SaveTandemPlanInput } from "./saved-plan.inputs";

export enum SavedPlanConflictReason {
  PLAN_NAME_TAKEN = "PLAN_NAME_TAKEN",
  TOO_MANY_PLANS = "TOO_MANY_PLANS",
}

/** Computes the plan from the given settings (never trusting a client's scores) and saves it under a name. */
export async function saveTandemPlan(ctx: RequestContext, input: SaveTandemPlanInput): Promise<SavedTandemPlan> {
  const user = requireUser(ctx);
  assertMayManagePlans(user);
  const name = input.name.trim();
  if (name.length < SAVED_PLAN_LIMITS.name.min)
    throw new BadUserInputError("A saved plan needs a name", [{ field: "name", message: "must not be blank" }]);
  const computed = await computeTandemPlan(ctx, input);
  const { plan, call, context, formed } = computed;
  const tandems: SavedPlanTandem[] = plan.tandems.map((t) => ({
    migrantOrganisationId: t.migrantOrganisation.id,
    educationalInstitutionId: t.educationalInstitution.id,
    migrantOrganisationName: t.migrantOrganisation.name,
    educationalInstitutionName: t.educationalInstitution.name,
    score: t.score,
    reasons: t.reasons,
    fixed: t.fixed,
    formed: t.formed,
  }));
  const parameters: SavedPlanParameters = {
    tandems: input.tandems,
    maxTandemsPerOrganisation: computed.maxTandemsPerOrganisation,
    fixedPairs: (input.fixedPairs ?? []).map((p) => ({
      migrantOrganisationId: p.migrantOrganisationId,
      educationalInstitutionId: p.educationalInstitutionId,
    })),
    excludedOrganisationIds: [...new Set(input.excludedOrganisationIds ?? [])],
    weights: { ...(input.weights ?? {}) },
    locale: computed.locale,
  };
  return ctx.dataSource
    .transaction(async (db) => {
      const [{ count }] = (await db.query(`SELECT count(*)::int AS count FROM saved_tandem_plan WHERE call_id = $1`, [
        call.id,
      ])) as [{ count: number }];
      if (count >= SAVED_PLAN_LIMITS.perCall)
        throw new ConflictError(`A call keeps at most ${SAVED_PLAN_LIMITS.perCall} saved plans`, {
          reason: SavedPlanConflictReason.TOO_MANY_PLANS,
          limit: SAVED_PLAN_LIMITS.perCall,
        });
      const saved = await db.getRepository(SavedTandemPlan).save(
        db.create(SavedTandemPlan, {
          callId: call.id,
          name,
          parameters,
          tandems,
          totalScore: plan.totalScore,
          minimumScore: plan.minimumScore,
          fingerprint: planFingerprint(context, formed, tandems),
          createdByUserId: user.id,
        }),
      );
      await recordAudit(db, ctx, {
        action: AuditAction.CREATE,
        entityType: AuditEntityType.TANDEM_PLAN,
        entityId: saved.id,
        label: name,
        organisationIds: tandems.flatMap((t) => [t.migrantOrganisationId, t.educationalInstitutionId]),
        changes: {
          name: { before: null, after: name },
          callId: { before: null, after: call.id },
          tandems: {
            before: null,
            after: tandems.map((t) => `${t.migrantOrganisationName} – ${t.educationalInstitutionName}`),
          },
          totalScore: { before: null, after: plan.totalScore },
        },
      });
      return saved;
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error))
        throw new ConflictError("A plan of this call has this name already", {
          reason: SavedPlanConflictReason.PLAN_NAME_TAKEN,
        });
      throw error;
    });
}

async function loadCall(ctx: RequestContext, callId: string): Promise<CallForProposals> {
  const call = isUuid(callId) ? await ctx.db.getRepository(CallForProposals).findOneBy({ id: callId }) : null;
  if (!call || !callVisibleTo(requireUser(ctx), call)) throw new NotFoundError("Call", callId);
  return call;
}

export async function listSavedTandemPlans(ctx: RequestContext, callId: string): Promise<SavedTandemPlan[]> {
  assertMayManagePlans(requireUser(ctx));
  const call = await loadCall(ctx, callId);
  return ctx.db
    .getRepository(SavedTandemPlan)
    .find({ where: { callId: call.id }, order: { createdAt: "DESC", id: "DESC" } });
}

export async function loadSavedTandemPlan(ctx: RequestContext, id: string): Promise<SavedTandemPlan> {
  assertMayManagePlans(requireUser(ctx));
  const plan = isUuid(id) ? await ctx.db.getRepository(SavedTandemPlan).findOneBy({ id }) : null;
  if (!plan) throw new NotFoundError("Saved tandem plan", id);
  return plan;
}

export async function deleteSavedTandemPlan(ctx: RequestContext, id: string): Promise<boolean> {
  const plan = await loadSavedTandemPlan(ctx, id);
  return ctx.dataSource.transaction(async (db) => {
    const result = await db.getRepository(SavedTandemPlan).delete({ id: plan.id });
    if (result.affected !== 1) throw new NotFoundError("Saved tandem plan", id);
    await recordAudit(db, ctx, {
      action: AuditAction.DELETE,
      entityType: AuditEntityType.TANDEM_PLAN,
      entityId: plan.id,
      label: plan.name,
      changes: { name: { before: plan.name, after: null } },
    });
    return true;
  });
}

/**
 * Whether the data the engine read changed since the plan was saved. The current inputs are read
 * once per call and request (the match context is cached per network revision anyway).
 */
const currentInputs = new WeakMap<RequestContext, Map<string, Promise<Parameters<typeof planFingerprint>>>>();

export async function isPlanStale(ctx: RequestContext, plan: SavedTandemPlan): Promise<boolean> {
  let perCall = currentInputs.get(ctx);
  if (!perCall) currentInputs.set(ctx, (perCall = new Map()));
  let inputs = perCall.get(plan.callId);
  if (!inputs) {
    inputs = (async () => {
      const call = await ctx.db.getRepository(CallForProposals).findOneByOrFail({ id: plan.callId });
      return [await loadMatchContext(ctx.db, call), await formedTandems(ctx, call.id), []] as Parameters<
        typeof planFingerprint
      >;
    })();
    perCall.set(plan.callId, inputs);
  }
  const [context, formed] = await inputs;
  return planFingerprint(context, formed, plan.tandems) !== plan.fingerprint;
}
