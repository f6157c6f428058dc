import type { EntityManager } from "typeorm";
import type { RequestContext } from "../../graphql/context";
import { BadUserInputError } from "../../graphql/errors";
import { pageWindow, toLazyPage, type Page } from "../../graphql/pagination";
import { insertMany } from "../../db/bulk-insert";
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

/** The same fields of two snapshots, compared: only `fields` are looked at (others are bookkeeping). */
export function diffPicked<T extends object>(before: T | null, after: T, fields: readonly (keyof T)[]): FieldChanges {
  const pick = (row: T | null) =>
    Object.fromEntries(fields.map((field) => [field, row ? (row[field] as unknown) : null])) as Record<string, unknown>;
  return diffFields(pick(before), pick(after));
}

export interface AuditRecord {
  action: AuditAction;
  entityType: AuditEntityType;
  entityId: string;
  changes: FieldChanges;
  /** A readable name (title, name) as it is after the change, so a deleted entity stays recognisable. */
  label?: string | null;
  /** The organisations the change concerns, for the log's organisation filter. */
  organisationIds?: (string | null | undefined)[];
}

/** Records one audit entry in the caller's transaction, so the entry exists exactly when the change does. */
export async function recordAudit(db: EntityManager, ctx: RequestContext, entry: AuditRecord): Promise<void> {
  const organisationIds = [...new Set((entry.organisationIds ?? []).filter((id): id is string => !!id))];
  await db.getRepository(AuditEntry).save(
    db.create(AuditEntry, {
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      changes: entry.changes,
      entityLabel: (entry.label ?? "").slice(0, 300),
      organisationIds,
      actorUserId: ctx.user?.id ?? null,
    }),
  );
}

export interface AuditLogFilter {
  entityId?: string | null;
  entityType?: AuditEntityType | null;
  organisationId?: string | null;
  actorUserId?: string | null;
  from?: Date | null;
  to?: Date | null;
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
  // Plain multi-row INSERTs: an import writes tens of thousands of entries in one transaction.
  await insertMany(
    db,
    AuditEntry,
    entries.map((entry) => ({ ...entry, actorUserId }) as Partial<AuditEntry>),
  );
}

export async function listAuditEntries(
  ctx: RequestContext,
  args: AuditLogFilter & { first?: number | null; after?: string | null },
): Promise<Page<AuditEntry>> {
  if (args.from && args.to && args.to < args.from)
    throw new BadUserInputError("Invalid period", [{ field: "to", message: "must not be before from" }]);
  const window = pageWindow(args);
  const query = ctx.db.getRepository(AuditEntry).createQueryBuilder("a");
  if (args.entityId) query.andWhere("a.entity_id = :entityId", { entityId: args.entityId });
  if (args.entityType) query.andWhere("a.entity_type = :entityType", { entityType: args.entityType });
  if (args.organisationId)
    query.andWhere("a.organisation_ids @> ARRAY[:organisationId]::uuid[]", { organisationId: args.organisationId });
  if (args.actorUserId) query.andWhere("a.actor_user_id = :actorUserId", { actorUserId: args.actorUserId });
  if (args.from) query.andWhere("a.created_at >= :from", { from: args.from });
  if (args.to) query.andWhere("a.created_at <= :to", { to: args.to });
  const count = () => query.clone().getCount();
  const rows =
    window.limit === 0
      ? []
      : await query
          .clone()
          .orderBy("a.created_at", "DESC")
          .addOrderBy("a.id", "DESC")
          .offset(window.offset)
          .limit(window.limit + 1)
          .getMany();
  return toLazyPage(rows, window, count);
}
