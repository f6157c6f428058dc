import type { EntityManager } from "typeorm";
import type { RequestContext } from "../../graphql/context";
import { requireUser } from "../../graphql/auth";
import { BadUserInputError, NotFoundError, type FieldProblem } from "../../graphql/errors";
import { isUuid } from "../../db/ids";
import { AuditAction } from "../audit/audit-entry.entity";
import { Application } from "./application.entity";
import { ApplicationMilestone } from "./application-milestone.entity";
import { auditMilestone } from "./application-audit";
import type { MilestoneInput } from "./application.inputs";

async function loadMilestone(db: EntityManager, id: string): Promise<ApplicationMilestone> {
  const milestone = isUuid(id) ? await db.getRepository(ApplicationMilestone).findOneBy({ id }) : null;
  if (!milestone) throw new NotFoundError("Milestone", id);
  return milestone;
}

/** The checks beyond the input class's own (a title of spaces only, an invalid date), shared by adding and changing. */
function checkMilestoneInput(input: MilestoneInput): void {
  const problems: FieldProblem[] = [];
  if (input.title.trim().length < 2) problems.push({ field: "title", message: "at least 2 characters" });
  if (Number.isNaN(input.dueAt.getTime())) problems.push({ field: "dueAt", message: "is not a date" });
  if (problems.length > 0) throw new BadUserInputError("Invalid milestone", problems);
}

/** Adds a dated milestone (internal deadline, report, …) to an application. */
export async function addMilestone(
  ctx: RequestContext,
  applicationId: string,
  input: MilestoneInput,
): Promise<ApplicationMilestone> {
  requireUser(ctx);
  const exists = isUuid(applicationId) && (await ctx.db.getRepository(Application).existsBy({ id: applicationId }));
  if (!exists) throw new NotFoundError("Application", applicationId);
  checkMilestoneInput(input);
  return ctx.dataSource.transaction(async (db) => {
    const saved = await db.getRepository(ApplicationMilestone).save(
      db.create(ApplicationMilestone, {
        applicationId,
        kind: input.kind,
        title: input.title.trim(),
        dueAt: input.dueAt,
      }),
    );
    const added = await db.getRepository(ApplicationMilestone).findOneByOrFail({ id: saved.id });
    await auditMilestone(db, ctx, { action: AuditAction.CREATE, before: null, after: added });
    return added;
  });
}

/**
 * Changes a milestone's kind, title and due date in one statement; whether it is done stays as it
 * was. A moved date clears the sent reminder, so the seven-day reminder comes again for the new date.
 */
export async function updateMilestone(
  ctx: RequestContext,
  id: string,
  input: MilestoneInput,
): Promise<ApplicationMilestone> {
  requireUser(ctx);
  checkMilestoneInput(input);
  return ctx.dataSource.transaction(async (db) => {
    const milestone = await loadMilestone(db, id);
    const result = await db
      .createQueryBuilder()
      .update(ApplicationMilestone)
      .set({
        kind: input.kind,
        title: input.title.trim(),
        dueAt: input.dueAt,
        notifiedAt: () => "CASE WHEN due_at = :dueAt THEN notified_at ELSE NULL END",
      })
      .where("id = :id", { id: milestone.id, dueAt: input.dueAt })
      .execute();
    // Removed by someone else between reading and writing.
    if (!result.affected) throw new NotFoundError("Milestone", id);
    const updated = await db.getRepository(ApplicationMilestone).findOneByOrFail({ id: milestone.id });
    await auditMilestone(db, ctx, { action: AuditAction.UPDATE, before: milestone, after: updated });
    return updated;
  });
}

/** Marks a milestone done (or open again); idempotent, so a double click does not move the date. */
export async function completeMilestone(ctx: RequestContext, id: string, done: boolean): Promise<ApplicationMilestone> {
  requireUser(ctx);
  return ctx.dataSource.transaction(async (db) => {
    const milestone = await loadMilestone(db, id);
    // Already in the wanted state: nothing changes, nothing is recorded.
    if ((milestone.doneAt !== null) === done) return milestone;
    await db
      .createQueryBuilder()
      .update(ApplicationMilestone)
      .set({ doneAt: done ? () => "coalesce(done_at, now())" : null })
      .where("id = :id", { id: milestone.id })
      .execute();
    const updated = await db.getRepository(ApplicationMilestone).findOneByOrFail({ id: milestone.id });
    await auditMilestone(db, ctx, { action: AuditAction.UPDATE, before: milestone, after: updated });
    return updated;
  });
}

export async function removeMilestone(ctx: RequestContext, id: string): Promise<boolean> {
  requireUser(ctx);
  return ctx.dataSource.transaction(async (db) => {
    const milestone = await loadMilestone(db, id);
    const result = await db.getRepository(ApplicationMilestone).delete({ id: milestone.id });
    if (!result.affected) return false;
    await auditMilestone(db, ctx, { action: AuditAction.DELETE, before: milestone, after: null });
    return true;
  });
}
