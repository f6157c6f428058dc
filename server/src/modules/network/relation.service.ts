import type { RequestContext } from "../../graphql/context";
import { BadUserInputError, ConflictError, NotFoundError, isUniqueViolation } from "../../graphql/errors";
import { Organisation } from "./organisation.entity";
import { Relation } from "./relation.entity";
import type { CreateRelationInput } from "./organisation.inputs";
import { isUuid } from "./organisation.service";

/** Creates a typed edge between two existing, distinct organisations; a duplicate is a CONFLICT. */
export async function createRelation(ctx: RequestContext, input: CreateRelationInput): Promise<Relation> {
  if (input.sourceId === input.targetId) {
    throw new BadUserInputError("An organisation cannot relate to itself", [{ field: "targetId", message: "must differ from sourceId" }]);
  }
  if (input.since && input.until && input.until < input.since) {
    throw new BadUserInputError("The relation ends before it starts", [{ field: "until", message: "must not be before since" }]);
  }
  return ctx.dataSource.transaction(async (db) => {
    const found = await db.getRepository(Organisation).findBy([{ id: input.sourceId }, { id: input.targetId }]);
    const missing = [input.sourceId, input.targetId].filter((id) => !found.some((o) => o.id === id));
    if (missing.length > 0) {
      throw new BadUserInputError("Unknown organisation", missing.map((id) => ({ field: id === input.sourceId ? "sourceId" : "targetId", message: "no such organisation" })));
    }
    const duplicate = await db.getRepository(Relation).findOneBy({ sourceId: input.sourceId, targetId: input.targetId, type: input.type });
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
    return db.getRepository(Relation).save(relation);
  }).catch((error: unknown) => {
    if (isUniqueViolation(error)) throw new ConflictError("This relation exists already");
    throw error;
  });
}

export async function removeRelation(ctx: RequestContext, id: string): Promise<boolean> {
  const result = isUuid(id) ? await ctx.db.getRepository(Relation).delete({ id }) : { affected: 0 };
  if (!result.affected) throw new NotFoundError("Relation", id);
  return true;
}
