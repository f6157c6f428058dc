import type { RequestContext } from "../../graphql/context";
import { BadUserInputError, ConflictError, NotFoundError, isUniqueViolation } from "../../graphql/errors";
import { Organisation } from "./organisation.entity";
import { Relation } from "./relation.entity";
import type { CreateRelationInput } from "./organisation.inputs";
import { isUuid } from "../../db/ids";
import { diffFields, recordAudit } from "../audit/audit.service";
import { AuditAction, AuditEntityType } from "../audit/audit-entry.entity";

/** "kargah e.V. – VHS Hannover (COOPERATION)": how the log names a relation. */
function relationLabel(
  organisations: Organisation[],
  relation: Pick<Relation, "sourceId" | "targetId" | "type">,
): string {
  const name = (id: string) => organisations.find((o) => o.id === id)?.name ?? id;
  return `${name(relation.sourceId)} – ${name(relation.targetId)} (${relation.type})`;
}

/** Creates a typed edge between two existing, distinct organisations; a duplicate is a CONFLICT. */
export async function createRelation(ctx: RequestContext, input: CreateRelationInput): Promise<Relation> {
  if (input.sourceId === input.targetId) {
    throw new BadUserInputError("An organisation cannot relate to itself", [
      { field: "targetId", message: "must differ from sourceId" },
    ]);
  }
  if (input.since && input.until && input.until < input.since) {
    throw new BadUserInputError("The relation ends before it starts", [
      { field: "until", message: "must not be before since" },
    ]);
  }
  return ctx.dataSource
    .transaction(async (db) => {
      const found = await db.getRepository(Organisation).findBy([{ id: input.sourceId }, { id: input.targetId }]);
      const missing = [input.sourceId, input.targetId].filter((id) => !found.some((o) => o.id === id));
      if (missing.length > 0) {
        throw new BadUserInputError(
          "Unknown organisation",
          missing.map((id) => ({
            field: id === input.sourceId ? "sourceId" : "targetId",
            message: "no such organisation",
          })),
        );
      }
      const duplicate = await db
        .getRepository(Relation)
        .findOneBy({ sourceId: input.sourceId, targetId: input.targetId, type: input.type });
      if (duplicate) throw new ConflictError("This relation exists already", { relationId: duplicate.id });
      const relation = db.create(Relation, {
        sourceId: input.sourceId,
        targetId: input.targetId,
        type: input.type,
        since: input.since ?? null,
        until: input.until ?? null,
        note: input.note ?? null,
        provenance: "ENTERED",
      });
      const saved = await db.getRepository(Relation).save(relation);
      await recordAudit(db, ctx, {
        action: AuditAction.CREATE,
        entityType: AuditEntityType.RELATION,
        entityId: saved.id,
        changes: diffFields(
          {},
          {
            sourceId: saved.sourceId,
            targetId: saved.targetId,
            type: saved.type,
            since: saved.since,
            until: saved.until,
            note: saved.note,
          },
        ),
        label: relationLabel(found, saved),
        organisationIds: [saved.sourceId, saved.targetId],
      });
      return saved;
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error)) throw new ConflictError("This relation exists already");
      throw error;
    });
}

export async function removeRelation(ctx: RequestContext, id: string): Promise<boolean> {
  if (!isUuid(id)) throw new NotFoundError("Relation", id);
  return ctx.dataSource.transaction(async (db) => {
    const relation = await db.getRepository(Relation).findOneBy({ id });
    if (!relation) throw new NotFoundError("Relation", id);
    await db.getRepository(Relation).delete({ id });
    await recordAudit(db, ctx, {
      action: AuditAction.DELETE,
      entityType: AuditEntityType.RELATION,
      entityId: id,
      changes: diffFields(
        { sourceId: relation.sourceId, targetId: relation.targetId, type: relation.type },
        { sourceId: null, targetId: null, type: null },
      ),
      label: relationLabel(
        await db.getRepository(Organisation).findBy([{ id: relation.sourceId }, { id: relation.targetId }]),
        relation,
      ),
      organisationIds: [relation.sourceId, relation.targetId],
    });
    return true;
  });
}
