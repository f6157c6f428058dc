import type { EntityManager } from "typeorm";
import type { RequestContext } from "../../graphql/context";
import { diffFields, diffPicked, recordAudit, type FieldChanges } from "../audit/audit.service";
import { AuditAction, AuditEntityType } from "../audit/audit-entry.entity";
import { Application } from "./application.entity";
import { ApplicationTandem } from "./application-tandem.entity";
import { ApplicationMilestone } from "./application-milestone.entity";

/** What the audit log compares of an application (not the version, slug or timestamps). */
const AUDITED_APPLICATION_FIELDS = [
  "title",
  "description",
  "callId",
  "leadOrganisationId",
  "status",
  "startsOn",
  "endsOn",
  "requestedAmount",
  "approvedAmount",
  "participantsReached",
] as const satisfies readonly (keyof Application)[];

export type TandemSnapshot = { migrantOrganisationId: string; educationalInstitutionId: string; budgetShare: number }[];

/** The tandems as the log shows them: pairs and shares in the office's order. */
export async function tandemSnapshot(db: EntityManager, applicationId: string): Promise<TandemSnapshot> {
  const rows = await db.getRepository(ApplicationTandem).find({ where: { applicationId }, order: { position: "ASC" } });
  return rows.map((t) => ({
    migrantOrganisationId: t.migrantOrganisationId,
    educationalInstitutionId: t.educationalInstitutionId,
    budgetShare: t.budgetShare,
  }));
}

/** The organisations an application concerns: its lead and every participant. */
async function concernedOrganisations(db: EntityManager, applicationId: string, leadId: string): Promise<string[]> {
  const rows = (await db.query(`SELECT organisation_id FROM application_participant WHERE application_id = $1`, [
    applicationId,
  ])) as { organisation_id: string }[];
  return [leadId, ...rows.map((r) => r.organisation_id)];
}

/**
 * One audit entry for a change of an application (its fields, tandems, budget or state). `extra`
 * holds changes that are not columns of the application (tandems, a milestone, a comment).
 */
export async function auditApplication(
  db: EntityManager,
  ctx: RequestContext,
  change: {
    action: AuditAction;
    before: Application | null;
    after: Application;
    extra?: FieldChanges;
  },
): Promise<void> {
  await recordAudit(db, ctx, {
    action: change.action,
    entityType: AuditEntityType.APPLICATION,
    entityId: change.after.id,
    changes: { ...diffPicked(change.before, change.after, AUDITED_APPLICATION_FIELDS), ...(change.extra ?? {}) },
    label: change.after.title,
    organisationIds: await concernedOrganisations(db, change.after.id, change.after.leadOrganisationId),
  });
}

/** The tandems' before/after, when they changed. */
export function tandemChanges(before: TandemSnapshot, after: TandemSnapshot): FieldChanges {
  return diffFields({ tandems: before }, { tandems: after });
}

const AUDITED_MILESTONE_FIELDS = [
  "kind",
  "title",
  "dueAt",
  "doneAt",
] as const satisfies readonly (keyof ApplicationMilestone)[];

/** One audit entry for a milestone added, changed, done or removed; it names the application too. */
export async function auditMilestone(
  db: EntityManager,
  ctx: RequestContext,
  change: { action: AuditAction; before: ApplicationMilestone | null; after: ApplicationMilestone | null },
): Promise<void> {
  const milestone = change.after ?? change.before;
  if (!milestone) return;
  const application = await db.getRepository(Application).findOneBy({ id: milestone.applicationId });
  await recordAudit(db, ctx, {
    action: change.action,
    entityType: AuditEntityType.MILESTONE,
    entityId: milestone.id,
    changes: {
      ...diffPicked(change.before, change.after ?? ({} as ApplicationMilestone), AUDITED_MILESTONE_FIELDS),
      ...(change.action === AuditAction.CREATE || change.action === AuditAction.DELETE
        ? {
            applicationId: { before: change.before?.applicationId ?? null, after: change.after?.applicationId ?? null },
          }
        : {}),
    },
    label: application ? `${milestone.title} (${application.title})` : milestone.title,
    organisationIds: application
      ? await concernedOrganisations(db, application.id, application.leadOrganisationId)
      : [],
  });
}
