import type { EntityManager } from "typeorm";
import type { RequestContext } from "../../graphql/context";
import { pageWindow, toPage, type Page } from "../../graphql/pagination";
import { AuditAction, AuditEntityType, AuditEntry } from "./audit-entry.entity";

export type FieldChanges = Record<string, { before: unknown; after: unknown }>;

/** The fields whose value differs, as before/after pairs (arrays and dates compared by value). */
export function diffFields(before: object, after: object): FieldChanges {
  const changes: FieldChanges = {};
  for (const [field, next] of Object.entries(after)) {
    if (typeof next === "function") continue;
    const previous = (before as Record<string, unknown>)[field];
    if (JSON.stringify(previous ?? null) !== JSON.stringify(next ?? null))
      changes[field] = { before: previous ?? null, after: next ?? null };
  }
  return changes;
}

/** Records one audit entry in the caller's transaction, so the entry exists exactly when the change does. */
export async function recordAudit(
  db: EntityManager,
  ctx: RequestContext,
  entry: { action: AuditAction; entityType: AuditEntityType; entityId: string; changes: FieldChanges },
): Promise<void> {
  await db.getRepository(AuditEntry).save(db.create(AuditEntry, { ...entry, actorUserId: ctx.user?.id ?? null }));
}

export type AuditEntryInput = {
  action: AuditAction;
  entityType: AuditEntityType;
  entityId: string;
  changes: FieldChanges;
};

/** Many entries of one change set (an import) in the caller's transaction, inserted in batches. */
export async function recordAuditEntries(
  db: EntityManager,
  ctx: Pick<RequestContext, "user">,
  entries: AuditEntryInput[],
): Promise<void> {
  const actorUserId = ctx.user?.id ?? null;
  for (let start = 0; start < entries.length; start += 500) {
    await db
      .createQueryBuilder()
      .insert()
      .into(AuditEntry)
      .values(entries.slice(start, start + 500).map((entry) => ({ ...entry, actorUserId })) as never[])
      .execute();
  }
}

export async function listAuditEntries(
  ctx: RequestContext,
  args: { entityId?: string | null; entityType?: AuditEntityType | null; first?: number | null; after?: string | null },
): Promise<Page<AuditEntry>> {
  const window = pageWindow(args);
  const query = ctx.db.getRepository(AuditEntry).createQueryBuilder("a");
  if (args.entityId) query.andWhere("a.entity_id = :entityId", { entityId: args.entityId });
  if (args.entityType) query.andWhere("a.entity_type = :entityType", { entityType: args.entityType });
  const totalCount = await query.getCount();
  const nodes =
    window.limit === 0
      ? []
      : await query
          .orderBy("a.created_at", "DESC")
          .addOrderBy("a.id", "DESC")
          .offset(window.offset)
          .limit(window.limit)
          .getMany();
  return toPage(nodes, window, totalCount);
}
