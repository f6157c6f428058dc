import type { RequestContext } from "../../graphql/context";
import { BadUserInputError, NotFoundError } from "../../graphql/errors";
import { Organisation } from "../network/organisation.entity";
import { CallForProposals } from "../calls/call.entity";
import { isUuid } from "../../db/ids";
import { MatchingRule } from "./matching-rule.entity";
import type { MatchingRuleInput } from "./matching.types";
import { AuditAction } from "../audit/audit-entry.entity";
import { auditMatchingRule } from "./matching-audit";

export async function listMatchingRules(
  ctx: RequestContext,
  callId: string | null | undefined,
): Promise<MatchingRule[]> {
  const query = ctx.db.getRepository(MatchingRule).createQueryBuilder("r");
  // A malformed call id names no call, so it has no rules of its own: only the general ones.
  if (callId && !isUuid(callId)) query.where("r.call_id IS NULL");
  else if (callId) query.where("r.call_id IS NULL OR r.call_id = :callId", { callId });
  return query.orderBy("r.created_at", "DESC").getMany();
}

/** Adds a do-not-propose rule of the coordination office (an organisation, or one pair). */
export async function addMatchingRule(ctx: RequestContext, input: MatchingRuleInput): Promise<MatchingRule> {
  if (input.counterpartId && input.counterpartId === input.organisationId) {
    throw new BadUserInputError("A pair needs two organisations", [
      { field: "counterpartId", message: "must differ from organisationId" },
    ]);
  }
  const ids = [input.organisationId, ...(input.counterpartId ? [input.counterpartId] : [])];
  const found = await ctx.db.getRepository(Organisation).findBy(ids.map((id) => ({ id })));
  const missing = ids.filter((id) => !found.some((o) => o.id === id));
  if (missing.length) {
    throw new BadUserInputError(
      "Unknown organisation",
      missing.map((id) => ({
        field: id === input.organisationId ? "organisationId" : "counterpartId",
        message: "no such organisation",
      })),
    );
  }
  if (input.callId && !(await ctx.db.getRepository(CallForProposals).existsBy({ id: input.callId }))) {
    throw new BadUserInputError("Unknown call", [{ field: "callId", message: "no such call" }]);
  }
  return ctx.dataSource.transaction(async (db) => {
    const saved = await db.getRepository(MatchingRule).save(
      db.getRepository(MatchingRule).create({
        callId: input.callId ?? null,
        organisationId: input.organisationId,
        counterpartId: input.counterpartId ?? null,
        reason: input.reason.trim(),
        createdByUserId: ctx.user?.id ?? null,
      }),
    );
    await auditMatchingRule(db, ctx, { action: AuditAction.CREATE, before: null, after: saved });
    return saved;
  });
}

export async function removeMatchingRule(ctx: RequestContext, id: string): Promise<boolean> {
  return ctx.dataSource.transaction(async (db) => {
    const rule = isUuid(id) ? await db.getRepository(MatchingRule).findOneBy({ id }) : null;
    const result = rule ? await db.getRepository(MatchingRule).delete({ id }) : { affected: 0 };
    if (!rule || !result.affected) throw new NotFoundError("Matching rule", id);
    await auditMatchingRule(db, ctx, { action: AuditAction.DELETE, before: rule, after: null });
    return true;
  });
}
