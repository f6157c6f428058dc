import type { RequestContext } from "../../graphql/context";
import { requireUser } from "../../graphql/auth";
import { BadUserInputError, NotFoundError, type FieldProblem } from "../../graphql/errors";
import { isUuid } from "../../db/ids";
import { assertExpectedVersion, updateVersioned } from "../../db/versioned-update";
import { Application } from "./application.entity";
import { ApplicationStatus } from "./application-status.enums";
import { NotificationKind } from "../notifications/notification.entity";
import { ApplicationStatusChange } from "./application-status-change.entity";
import { ApplicationMilestone } from "./application-milestone.entity";
import { MilestoneKind } from "./application.enums";
import { assertTransition } from "./application-lifecycle";
import { amountProblems } from "./application-budget";
import { applicationAudience, notifyUsers } from "./application-notify";
import type { TransitionApplicationArgs } from "./application.inputs";
import { AuditAction } from "../audit/audit-entry.entity";
import { auditApplication } from "./application-audit";
import {
  approvalSplit,
  budgetShareChanges,
  budgetShareSnapshot,
  writeBudgetShares,
  type BudgetShareDraft,
} from "./application-budget-shares";

/** The approved amount is recorded when approving, the people reached when completing; nowhere else. */
function figureProblems(args: TransitionApplicationArgs): FieldProblem[] {
  const problems = amountProblems("approvedAmount", args.approvedAmount);
  if (args.to === ApplicationStatus.APPROVED && (args.approvedAmount === undefined || args.approvedAmount === null)) {
    problems.push({ field: "approvedAmount", message: "required when approving" });
  }
  if (args.to !== ApplicationStatus.APPROVED && args.approvedAmount !== undefined && args.approvedAmount !== null) {
    problems.push({ field: "approvedAmount", message: "recorded only when approving" });
  }
  if (
    args.to !== ApplicationStatus.COMPLETED &&
    args.participantsReached !== undefined &&
    args.participantsReached !== null
  ) {
    problems.push({ field: "participantsReached", message: "recorded only when completing" });
  }
  if (
    args.to !== ApplicationStatus.APPROVED &&
    args.approvedBudgetShares !== undefined &&
    args.approvedBudgetShares !== null
  ) {
    problems.push({ field: "approvedBudgetShares", message: "recorded only when approving" });
  }
  return problems;
}

/**
 * Moves an application along the state machine. The UPDATE checks both the expected version and
 * the state it moves from, and its history row is written in the same transaction: of many
 * concurrent moves exactly one applies, the others get CONFLICT with the current version.
 */
export async function transitionApplication(
  ctx: RequestContext,
  args: TransitionApplicationArgs,
): Promise<Application> {
  const user = requireUser(ctx);
  return ctx.dataSource.transaction(async (db) => {
    const current = isUuid(args.id) ? await db.getRepository(Application).findOneBy({ id: args.id }) : null;
    if (!current) throw new NotFoundError("Application", args.id);
    // Staleness first: a client that lost a race must hear CONFLICT, not that the move is now invalid.
    assertExpectedVersion("application", current, args.expectedVersion);
    assertTransition(current.status, args.to);
    const problems = figureProblems(args);
    // Approving with an amount the split does not add up to needs the split of the approved amount.
    let split: BudgetShareDraft[] | null = null;
    if (problems.length === 0 && args.to === ApplicationStatus.APPROVED && args.approvedAmount != null) {
      const approval = await approvalSplit(db, current.id, args.approvedAmount, args.approvedBudgetShares);
      problems.push(...approval.problems);
      split = approval.drafts;
    }
    if (problems.length > 0) throw new BadUserInputError("Invalid transition", problems);
    const sharesBefore = split ? await budgetShareSnapshot(db, current.id) : [];

    const columns: Partial<Application> = { status: args.to };
    if (args.to === ApplicationStatus.APPROVED) columns.approvedAmount = args.approvedAmount ?? null;
    if (
      args.to === ApplicationStatus.COMPLETED &&
      args.participantsReached !== undefined &&
      args.participantsReached !== null
    ) {
      columns.participantsReached = args.participantsReached;
    }
    await updateVersioned(db, Application, {
      what: "application",
      id: current.id,
      expectedVersion: args.expectedVersion,
      set: { ...columns, updatedAt: () => "now()" },
      condition: { where: "status = :from", parameters: { from: current.status } },
    });

    if (split) await writeBudgetShares(db, current.id, split);

    const comment = args.comment?.trim() || null;
    await db.insert(ApplicationStatusChange, {
      applicationId: current.id,
      from: current.status,
      to: args.to,
      userId: user.id,
      comment,
    });
    if (args.to === ApplicationStatus.SUBMITTED) {
      // Submitting meets the submission deadline; its reminder and calendar entry are done.
      await db
        .createQueryBuilder()
        .update(ApplicationMilestone)
        .set({ doneAt: () => "now()" })
        .where("application_id = :id AND kind = :kind AND done_at IS NULL", {
          id: current.id,
          kind: MilestoneKind.SUBMISSION,
        })
        .execute();
    }
    const audience = await applicationAudience(db, [current.id], { includeCoordinators: false, exceptUserId: user.id });
    await notifyUsers(db, audience.get(current.id) ?? [], NotificationKind.APPLICATION_STATUS_CHANGED, {
      title: current.title,
      from: current.status,
      to: args.to,
      ...(comment ? { comment } : {}),
      applicationId: current.id,
      link: `/antraege/${current.id}`,
    });
    const moved = await db.getRepository(Application).findOneByOrFail({ id: current.id });
    await auditApplication(db, ctx, {
      action: AuditAction.TRANSITION,
      before: current,
      after: moved,
      extra: {
        ...(comment ? { comment: { before: null, after: comment } } : {}),
        ...(split ? budgetShareChanges(sharesBefore, await budgetShareSnapshot(db, current.id)) : {}),
      },
    });
    return moved;
  });
}
