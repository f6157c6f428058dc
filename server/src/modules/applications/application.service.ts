import type { EntityManager } from "typeorm";
import type { RequestContext } from "../../graphql/context";
import { requireUser } from "../../graphql/auth";
import {
  BadUserInputError,
  ConflictError,
  NotFoundError,
  isUniqueViolation,
  type FieldProblem,
} from "../../graphql/errors";
import { columnsFrom, type ColumnMapping } from "../../db/columns";
import { isUuid } from "../../db/ids";
import { uniqueSlug } from "../../db/unique-slug";
import { assertExpectedVersion, updateVersioned } from "../../db/versioned-update";
import { Organisation } from "../network/organisation.entity";
import { slugify } from "../network/slug";
import { CallForProposals } from "../calls/call.entity";
import { FundingProgramme } from "../funding/programme.entity";
import { Application } from "./application.entity";
import { ApplicationStatus } from "./application-status.enums";
import { ApplicationTandem } from "./application-tandem.entity";
import { ApplicationStatusChange } from "./application-status-change.entity";
import { ApplicationMilestone } from "./application-milestone.entity";
import { MilestoneKind } from "./application.enums";
import { EDITABLE_STATUSES } from "./application-lifecycle";
import { amountProblems } from "./application-budget";
import { resolveTandems, syncParticipants, writeTandems, type TandemDraft } from "./application-tandems";
import { AuditAction } from "../audit/audit-entry.entity";
import { auditApplication, tandemChanges, tandemSnapshot } from "./application-audit";
import { budgetShareChanges, budgetShareSnapshot, pruneBudgetShares } from "./application-budget-shares";
import type { CreateApplicationInput, TandemInput, UpdateApplicationInput } from "./application.inputs";

/** The coordination office leads the network's applications unless another lead is named. */
export const DEFAULT_LEAD_SLUG = "koordinationsstelle-album";

const listedDrafts = (tandems: TandemInput[] | undefined): TandemDraft[] =>
  (tandems ?? []).map((t) => ({ ...t, tandemRequestId: null }));

function titleProblems(title: string | undefined): FieldProblem[] {
  if (title === undefined) return [];
  return title.trim().length < 3 ? [{ field: "title", message: "at least 3 characters" }] : [];
}

async function findLead(db: EntityManager, leadOrganisationId: string | undefined): Promise<Organisation | null> {
  const lead = leadOrganisationId
    ? await db.getRepository(Organisation).findOneBy({ id: leadOrganisationId })
    : await db.getRepository(Organisation).findOneBy({ slug: DEFAULT_LEAD_SLUG });
  return lead && !lead.archivedAt ? lead : null;
}

/**
 * Creates a DRAFT application for a call, with its tandems (listed and/or from accepted requests),
 * participants, the first history row and a submission milestone at the call's deadline. Every
 * problem is reported at once; nothing is written unless all is valid.
 */
export async function createApplication(ctx: RequestContext, input: CreateApplicationInput): Promise<Application> {
  const user = requireUser(ctx);
  return ctx.dataSource
    .transaction(async (db) => {
      const problems: FieldProblem[] = [
        ...titleProblems(input.title),
        ...amountProblems("requestedAmount", input.requestedAmount),
      ];
      const call = await db.getRepository(CallForProposals).findOneBy({ id: input.callId });
      if (!call) problems.push({ field: "callId", message: "no such call" });
      const lead = await findLead(db, input.leadOrganisationId);
      if (!lead)
        problems.push({
          field: "leadOrganisationId",
          message: input.leadOrganisationId ? "no such organisation" : "no coordination office found; name a lead",
        });
      const resolved = await resolveTandems(db, {
        callId: call?.id ?? null,
        listed: listedDrafts(input.tandems),
        requestIds: input.fromTandemRequestIds ?? [],
        requestedAmount: input.requestedAmount,
      });
      problems.push(...resolved.problems);
      if (problems.length > 0 || !call || !lead) throw new BadUserInputError("Invalid application", problems);

      const programme = call.programmeId
        ? await db.getRepository(FundingProgramme).findOneBy({ id: call.programmeId })
        : null;
      const saved = await db.getRepository(Application).save(
        db.create(Application, {
          slug: await uniqueSlug(db, Application, slugify(input.title)),
          title: input.title.trim(),
          description: input.description ?? "",
          callId: call.id,
          programmeId: call.programmeId,
          funderIds: programme?.funderIds ?? [],
          leadOrganisationId: lead.id,
          status: ApplicationStatus.DRAFT,
          startsOn: call.fundingStartsOn,
          endsOn: call.fundingEndsOn,
          requestedAmount: input.requestedAmount,
          topicKeys: call.topicWeights.map((t) => t.key),
        }),
      );
      await writeTandems(db, saved.id, resolved.tandems);
      await syncParticipants(db, saved.id, lead.id, resolved.tandems);
      await db.insert(ApplicationStatusChange, {
        applicationId: saved.id,
        from: null,
        to: ApplicationStatus.DRAFT,
        userId: user.id,
        comment: null,
      });
      await db.insert(ApplicationMilestone, {
        applicationId: saved.id,
        kind: MilestoneKind.SUBMISSION,
        title: call.title,
        dueAt: call.deadline,
      });
      const created = await db.getRepository(Application).findOneByOrFail({ id: saved.id });
      await auditApplication(db, ctx, {
        action: AuditAction.CREATE,
        before: null,
        after: created,
        extra: tandemChanges([], await tandemSnapshot(db, saved.id)),
      });
      return created;
    })
    .catch((error: unknown) => {
      // Two applications with the same title created at the same moment race for the slug.
      if (isUniqueViolation(error))
        throw new ConflictError("An application with this title was created meanwhile; try again");
      throw error;
    });
}

async function updateProblems(
  db: EntityManager,
  current: Application,
  input: UpdateApplicationInput,
): Promise<{ problems: FieldProblem[]; tandems: TandemDraft[] | null }> {
  const problems: FieldProblem[] = [
    ...titleProblems(input.title),
    ...amountProblems("requestedAmount", input.requestedAmount),
  ];
  const startsOn = input.startsOn !== undefined ? input.startsOn : current.startsOn;
  const endsOn = input.endsOn !== undefined ? input.endsOn : current.endsOn;
  if (startsOn && endsOn && endsOn < startsOn)
    problems.push({ field: "endsOn", message: "must not be before startsOn" });
  const budgetChanges = input.tandems !== undefined || input.requestedAmount !== undefined;
  if (!budgetChanges) return { problems, tandems: null };
  if (!EDITABLE_STATUSES.includes(current.status)) {
    const field = input.tandems !== undefined ? "tandems" : "requestedAmount";
    problems.push({
      field,
      message: `can change only while ${EDITABLE_STATUSES.join(", ")}; the application is ${current.status}`,
    });
    return { problems, tandems: null };
  }
  const requestedAmount = input.requestedAmount ?? current.requestedAmount;
  if (requestedAmount === null) {
    problems.push({ field: "requestedAmount", message: "give the requested amount together with the tandems" });
    return { problems, tandems: null };
  }
  const existing = await db
    .getRepository(ApplicationTandem)
    .find({ where: { applicationId: current.id }, order: { position: "ASC" } });
  const listed: TandemDraft[] =
    input.tandems !== undefined
      ? input.tandems.map((t) => ({
          ...t,
          tandemRequestId:
            existing.find(
              (e) =>
                e.migrantOrganisationId === t.migrantOrganisationId &&
                e.educationalInstitutionId === t.educationalInstitutionId,
            )?.tandemRequestId ?? null,
        }))
      : existing.map((e) => ({
          migrantOrganisationId: e.migrantOrganisationId,
          educationalInstitutionId: e.educationalInstitutionId,
          budgetShare: e.budgetShare,
          tandemRequestId: e.tandemRequestId,
        }));
  const resolved = await resolveTandems(db, { callId: current.callId, listed, requestIds: [], requestedAmount });
  problems.push(...resolved.problems);
  return { problems, tandems: input.tandems !== undefined ? resolved.tandems : null };
}

/** Tandems are rows of their own (`writeTandems`). */
const APPLICATION_COLUMNS: ColumnMapping<UpdateApplicationInput, Application> = {
  title: (title) => ({ title: title.trim() }),
  description: "description",
  tandems: null,
  requestedAmount: "requestedAmount",
  startsOn: "startsOn",
  endsOn: "endsOn",
};

/**
 * Changes texts, dates, tandems or the requested amount, only if nobody changed the application
 * since `expectedVersion`: the version check is part of the UPDATE, so of two edits one wins.
 */
export async function updateApplication(
  ctx: RequestContext,
  id: string,
  input: UpdateApplicationInput,
  expectedVersion: number,
): Promise<Application> {
  requireUser(ctx);
  return ctx.dataSource.transaction(async (db) => {
    const current = isUuid(id) ? await db.getRepository(Application).findOneBy({ id }) : null;
    if (!current) throw new NotFoundError("Application", id);
    assertExpectedVersion("application", current, expectedVersion);
    const { problems, tandems } = await updateProblems(db, current, input);
    if (problems.length > 0) throw new BadUserInputError("Invalid application", problems);
    const tandemsBefore = tandems ? await tandemSnapshot(db, id) : [];
    const sharesBefore = tandems ? await budgetShareSnapshot(db, id) : [];
    await updateVersioned(db, Application, {
      what: "application",
      id,
      expectedVersion,
      set: { ...columnsFrom(input, APPLICATION_COLUMNS), updatedAt: () => "now()" },
    });
    if (tandems) {
      await writeTandems(db, id, tandems);
      await syncParticipants(db, id, current.leadOrganisationId, tandems);
      // Shares of organisations that left (or of removed tandems, by cascade) go; the rest is kept.
      await pruneBudgetShares(db, id);
    }
    const updated = await db.getRepository(Application).findOneByOrFail({ id });
    await auditApplication(db, ctx, {
      action: AuditAction.UPDATE,
      before: current,
      after: updated,
      extra: tandems
        ? {
            ...tandemChanges(tandemsBefore, await tandemSnapshot(db, id)),
            ...budgetShareChanges(sharesBefore, await budgetShareSnapshot(db, id)),
          }
        : {},
    });
    return updated;
  });
}
