import { In, type EntityManager } from "typeorm";
import type { RequestContext } from "../../graphql/context";
import { requireUser } from "../../graphql/auth";
import { BadUserInputError, NotFoundError, type FieldProblem } from "../../graphql/errors";
import { isUuid } from "../../db/ids";
import { assertExpectedVersion, updateVersioned } from "../../db/versioned-update";
import { diffFields, type FieldChanges } from "../audit/audit.service";
import { AuditAction } from "../audit/audit-entry.entity";
import { Organisation } from "../network/organisation.entity";
import { Application } from "./application.entity";
import { ApplicationStatus } from "./application-status.enums";
import { ApplicationTandem } from "./application-tandem.entity";
import { ApplicationParticipant } from "./application-participant.entity";
import { ApplicationBudgetShare } from "./application-budget-share.entity";
import { EDITABLE_STATUSES, FUNDED_STATUSES } from "./application-lifecycle";
import { amountProblems, fromCents, largestRemainderSplit, toCents } from "./application-budget";
import { auditApplication } from "./application-audit";
import { ApplicationBudgetTotals, ApprovedSplitProposal, BudgetBasis } from "./application-budget.types";
import type { BudgetShareInput, SetBudgetSharesArgs } from "./application.inputs";

/** A share as written, in cents. */
export interface BudgetShareDraft {
  organisationId: string;
  tandemId: string | null;
  funderCents: number;
  ownCents: number;
}

/** Before approval the split divides the requested amount; the office may still change it then. */
const SPLIT_OF_REQUESTED: readonly ApplicationStatus[] = EDITABLE_STATUSES;
/** Once approved the split divides the approved amount (a running project may still move money between partners). */
const SPLIT_OF_APPROVED: readonly ApplicationStatus[] = [ApplicationStatus.APPROVED, ApplicationStatus.RUNNING];

const euro = (cents: number) => `${(cents / 100).toFixed(2)} €`;

/** Which amount the split of an application in its state divides, in cents (null: none recorded). */
export function budgetTarget(application: Application): { basis: BudgetBasis; cents: number | null } {
  if (FUNDED_STATUSES.includes(application.status) && application.approvedAmount !== null)
    return { basis: BudgetBasis.APPROVED, cents: toCents(application.approvedAmount) };
  return {
    basis: BudgetBasis.REQUESTED,
    cents: application.requestedAmount === null ? null : toCents(application.requestedAmount),
  };
}

/** The split summed up against its target. */
export function budgetTotals(application: Application, shares: ApplicationBudgetShare[]): ApplicationBudgetTotals {
  const target = budgetTarget(application);
  const funder = shares.reduce((sum, share) => sum + toCents(share.funderShare), 0);
  const own = shares.reduce((sum, share) => sum + toCents(share.ownContribution), 0);
  const difference = target.cents === null ? null : target.cents - funder;
  return {
    basis: target.basis,
    target: target.cents === null ? null : fromCents(target.cents),
    funderShare: fromCents(funder),
    ownContribution: fromCents(own),
    total: fromCents(funder + own),
    difference: difference === null ? null : fromCents(difference),
    balanced: shares.length > 0 && difference === 0,
  };
}

/**
 * The shares an application's split will have, with every problem found (nothing is written here):
 * organisations that take part, tandems of this application that the organisation belongs to, no
 * organisation and tandem twice, amounts in cents and not negative, a given total equal to own
 * contribution + funder's share, and the funder's shares adding up to `targetCents` exactly.
 */
export async function resolveBudgetShares(
  db: EntityManager,
  applicationId: string,
  inputs: BudgetShareInput[],
  target: { cents: number | null; what: string },
  prefix: string,
): Promise<{ drafts: BudgetShareDraft[]; problems: FieldProblem[] }> {
  const problems: FieldProblem[] = [];
  const participants = new Set(
    (await db.getRepository(ApplicationParticipant).findBy({ applicationId })).map((p) => p.organisationId),
  );
  const tandems = new Map((await db.getRepository(ApplicationTandem).findBy({ applicationId })).map((t) => [t.id, t]));
  const seen = new Set<string>();
  const drafts: BudgetShareDraft[] = [];
  inputs.forEach((input, index) => {
    const field = `${prefix}.${index}`;
    const own = input.ownContribution ?? 0;
    const amountIssues = [
      ...amountProblems(`${field}.funderShare`, input.funderShare),
      ...amountProblems(`${field}.ownContribution`, own),
      ...amountProblems(`${field}.total`, input.total),
    ];
    problems.push(...amountIssues);
    if (!participants.has(input.organisationId))
      problems.push({ field: `${field}.organisationId`, message: "does not take part in this application" });
    const tandemId = input.tandemId ?? null;
    if (tandemId !== null) {
      const tandem = tandems.get(tandemId);
      if (!tandem) problems.push({ field: `${field}.tandemId`, message: "no such tandem of this application" });
      else if (
        tandem.migrantOrganisationId !== input.organisationId &&
        tandem.educationalInstitutionId !== input.organisationId
      )
        problems.push({ field: `${field}.tandemId`, message: "the organisation is not part of this tandem" });
    }
    const key = `${input.organisationId}+${tandemId ?? ""}`;
    if (seen.has(key))
      problems.push({ field, message: "this organisation is listed twice (for the same tandem or without one)" });
    seen.add(key);
    if (amountIssues.length > 0) return;
    const funderCents = toCents(input.funderShare);
    const ownCents = toCents(own);
    if (input.total !== undefined && input.total !== null && toCents(input.total) !== funderCents + ownCents)
      problems.push({
        field: `${field}.total`,
        message: `must equal own contribution + funder's share (${euro(funderCents + ownCents)})`,
      });
    drafts.push({ organisationId: input.organisationId, tandemId, funderCents, ownCents });
  });
  if (problems.length === 0 && inputs.length > 0) {
    const sum = drafts.reduce((total, draft) => total + draft.funderCents, 0);
    if (target.cents === null)
      problems.push({ field: prefix, message: `the application has no ${target.what} amount to split` });
    else if (sum !== target.cents)
      problems.push({
        field: prefix,
        message: `the funder's shares add up to ${euro(sum)}, but the ${target.what} amount is ${euro(target.cents)}`,
      });
  }
  return { drafts, problems };
}

/** Replaces the application's split. */
export async function writeBudgetShares(
  db: EntityManager,
  applicationId: string,
  drafts: BudgetShareDraft[],
): Promise<void> {
  await db.delete(ApplicationBudgetShare, { applicationId });
  if (drafts.length === 0) return;
  await db.insert(
    ApplicationBudgetShare,
    drafts.map((draft, position) => ({
      applicationId,
      organisationId: draft.organisationId,
      tandemId: draft.tandemId,
      funderShare: fromCents(draft.funderCents),
      ownContribution: fromCents(draft.ownCents),
      position,
    })),
  );
}

/** Drops the shares of organisations that no longer take part (after the tandems changed). */
export async function pruneBudgetShares(db: EntityManager, applicationId: string): Promise<void> {
  await db.query(
    `DELETE FROM application_budget_share s WHERE s.application_id = $1 AND NOT EXISTS (
       SELECT 1 FROM application_participant p WHERE p.application_id = s.application_id AND p.organisation_id = s.organisation_id)`,
    [applicationId],
  );
}

export type BudgetShareSnapshot = {
  organisation: string;
  tandem: string | null;
  funderShare: number;
  ownContribution: number;
}[];

/** The split as the audit log shows it: names rather than ids, euros, in the office's order. */
export async function budgetShareSnapshot(db: EntityManager, applicationId: string): Promise<BudgetShareSnapshot> {
  const rows = (await db.query(
    `SELECT o.name AS organisation,
            CASE WHEN t.id IS NULL THEN NULL ELSE mo.name || ' + ' || ei.name END AS tandem,
            s.funder_share::text AS funder_share, s.own_contribution::text AS own_contribution
       FROM application_budget_share s
       JOIN organisation o ON o.id = s.organisation_id
       LEFT JOIN application_tandem t ON t.id = s.tandem_id
       LEFT JOIN organisation mo ON mo.id = t.migrant_organisation_id
       LEFT JOIN organisation ei ON ei.id = t.educational_institution_id
      WHERE s.application_id = $1
      ORDER BY s.position, s.id`,
    [applicationId],
  )) as { organisation: string; tandem: string | null; funder_share: string; own_contribution: string }[];
  return rows.map((row) => ({
    organisation: row.organisation,
    tandem: row.tandem,
    funderShare: Number(row.funder_share),
    ownContribution: Number(row.own_contribution),
  }));
}

export function budgetShareChanges(before: BudgetShareSnapshot, after: BudgetShareSnapshot): FieldChanges {
  return diffFields({ budgetSplit: before }, { budgetSplit: after });
}

/**
 * Replaces an application's split per organisation, only if nobody changed the application since
 * `expectedVersion` (the split is part of its budget, so the version moves on). Before approval it
 * divides the requested amount, once approved the approved one; while the funder has the figures
 * (submitted) or after the end it stays as it is.
 */
export async function setBudgetShares(ctx: RequestContext, args: SetBudgetSharesArgs): Promise<Application> {
  requireUser(ctx);
  return ctx.dataSource.transaction(async (db) => {
    const current = isUuid(args.applicationId)
      ? await db.getRepository(Application).findOneBy({ id: args.applicationId })
      : null;
    if (!current) throw new NotFoundError("Application", args.applicationId);
    assertExpectedVersion("application", current, args.expectedVersion);
    if (!SPLIT_OF_REQUESTED.includes(current.status) && !SPLIT_OF_APPROVED.includes(current.status))
      throw new BadUserInputError("The budget split cannot change now", [
        {
          field: "shares",
          message: `can change while ${[...SPLIT_OF_REQUESTED, ...SPLIT_OF_APPROVED].join(", ")}; the application is ${current.status}`,
        },
      ]);
    const target = budgetTarget(current);
    const { drafts, problems } = await resolveBudgetShares(
      db,
      current.id,
      args.shares,
      { cents: target.cents, what: target.basis === BudgetBasis.APPROVED ? "approved" : "requested" },
      "shares",
    );
    if (problems.length > 0) throw new BadUserInputError("Invalid budget split", problems);
    const before = await budgetShareSnapshot(db, current.id);
    await updateVersioned(db, Application, {
      what: "application",
      id: current.id,
      expectedVersion: args.expectedVersion,
      set: { updatedAt: () => "now()" },
    });
    await writeBudgetShares(db, current.id, drafts);
    const updated = await db.getRepository(Application).findOneByOrFail({ id: current.id });
    // Always both sides: confirming a split unchanged is a step the log should show too.
    await auditApplication(db, ctx, {
      action: AuditAction.UPDATE,
      before: current,
      after: updated,
      extra: { budgetSplit: { before, after: await budgetShareSnapshot(db, current.id) } },
    });
    return updated;
  });
}

/**
 * What approving with `approvedAmount` means for the split: whether approving needs a new split,
 * and the current shares scaled to the amount by largest remainder (own contributions kept).
 */
export async function proposeApprovedSplit(
  ctx: RequestContext,
  applicationId: string,
  approvedAmount: number,
): Promise<ApprovedSplitProposal> {
  requireUser(ctx);
  const problems = amountProblems("approvedAmount", approvedAmount);
  if (problems.length > 0) throw new BadUserInputError("Invalid approved amount", problems);
  const application = isUuid(applicationId)
    ? await ctx.db.getRepository(Application).findOneBy({ id: applicationId })
    : null;
  if (!application) throw new NotFoundError("Application", applicationId);
  const shares = await ctx.db
    .getRepository(ApplicationBudgetShare)
    .find({ where: { applicationId }, order: { position: "ASC", id: "ASC" } });
  const approvedCents = toCents(approvedAmount);
  const current = shares.map((share) => toCents(share.funderShare));
  const currentSum = current.reduce((sum, cents) => sum + cents, 0);
  const required = shares.length > 0 && currentSum !== approvedCents;
  const proposed = required ? largestRemainderSplit(approvedCents, current) : current;
  const organisationIds = [...new Set(shares.map((share) => share.organisationId))];
  const organisations = new Map(
    (organisationIds.length ? await ctx.db.getRepository(Organisation).findBy({ id: In(organisationIds) }) : []).map(
      (o) => [o.id, o],
    ),
  );
  const tandems = new Map(
    (await ctx.db.getRepository(ApplicationTandem).findBy({ applicationId })).map((t) => [t.id, t]),
  );
  return {
    required,
    approvedAmount: fromCents(approvedCents),
    currentSum: fromCents(currentSum),
    shares: shares.map((share, index) => {
      const ownCents = toCents(share.ownContribution);
      return {
        organisation: organisations.get(share.organisationId)!,
        tandem: share.tandemId ? (tandems.get(share.tandemId) ?? null) : null,
        funderShare: fromCents(proposed[index]!),
        ownContribution: fromCents(ownCents),
        total: fromCents(proposed[index]! + ownCents),
        previousFunderShare: fromCents(current[index]!),
      };
    }),
  };
}

/**
 * The split part of approving: problems of `approvedBudgetShares` (or of its absence, when the
 * current split does not add up to the approved amount) and the drafts to write.
 */
export async function approvalSplit(
  db: EntityManager,
  applicationId: string,
  approvedAmount: number,
  inputs: BudgetShareInput[] | null | undefined,
): Promise<{ drafts: BudgetShareDraft[] | null; problems: FieldProblem[] }> {
  const approvedCents = toCents(approvedAmount);
  if (inputs !== null && inputs !== undefined)
    return resolveBudgetShares(
      db,
      applicationId,
      inputs,
      { cents: approvedCents, what: "approved" },
      "approvedBudgetShares",
    );
  const shares = await db.getRepository(ApplicationBudgetShare).findBy({ applicationId });
  const sum = shares.reduce((total, share) => total + toCents(share.funderShare), 0);
  if (shares.length === 0 || sum === approvedCents) return { drafts: null, problems: [] };
  return {
    drafts: null,
    problems: [
      {
        field: "approvedBudgetShares",
        message: `required: the budget split adds up to ${euro(sum)}, the approved amount is ${euro(approvedCents)} (proposedApprovedSplit proposes one)`,
      },
    ],
  };
}
