import type { EntityManager } from "typeorm";
import type { RequestContext } from "../../graphql/context";
import { diffPicked, recordAudit } from "../audit/audit.service";
import { AuditAction, AuditEntityType } from "../audit/audit-entry.entity";
import { Organisation } from "../network/organisation.entity";
import type { MatchingRule } from "./matching-rule.entity";

async function names(db: EntityManager, ids: (string | null)[]): Promise<(id: string | null) => string> {
  const wanted = ids.filter((id): id is string => !!id);
  const organisations = wanted.length ? await db.getRepository(Organisation).findBy(wanted.map((id) => ({ id }))) : [];
  return (id) => (id ? (organisations.find((o) => o.id === id)?.name ?? id) : "");
}

const AUDITED_RULE_FIELDS = [
  "callId",
  "organisationId",
  "counterpartId",
  "reason",
] as const satisfies readonly (keyof MatchingRule)[];

/** One entry for a do-not-propose rule added or removed. */
export async function auditMatchingRule(
  db: EntityManager,
  ctx: RequestContext,
  change: { action: AuditAction; before: MatchingRule | null; after: MatchingRule | null },
): Promise<void> {
  const rule = change.after ?? change.before;
  if (!rule) return;
  const name = await names(db, [rule.organisationId, rule.counterpartId]);
  await recordAudit(db, ctx, {
    action: change.action,
    entityType: AuditEntityType.MATCHING_RULE,
    entityId: rule.id,
    changes: diffPicked(change.before, change.after ?? ({} as MatchingRule), AUDITED_RULE_FIELDS),
    label: rule.counterpartId
      ? `${name(rule.organisationId)} – ${name(rule.counterpartId)}`
      : name(rule.organisationId),
    organisationIds: [rule.organisationId, rule.counterpartId],
  });
}
