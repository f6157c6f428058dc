import type { EntityManager } from "typeorm";
import { TANDEM_REQUEST_LIMITS } from "@album/shared";
import type { RequestContext } from "../../graphql/context";
import { ForbiddenError, assertActsFor, requireUser } from "../../graphql/auth";
import {
  assertFormsTandems,
  assertMayActOnTandemRequest,
  assertMayPropose,
  listableOrganisation,
  proposalSideOf,
} from "./tandem-request-access";
import {
  BadUserInputError,
  ConflictError,
  NotFoundError,
  isUniqueViolation,
  type FieldProblem,
} from "../../graphql/errors";
import { isUuid } from "../../db/ids";
import { queryReturning } from "../../db/returning";
import { Organisation } from "../network/organisation.entity";
import { OrganisationKind } from "../network/network.enums";
import { CallForProposals, CallStatus } from "../calls/call.entity";
import { NotificationKind } from "../notifications/notification.entity";
import { notifyOrganisations } from "../notifications/notification.service";
import { TandemRequest, TandemRequestKind, TandemRequestStatus } from "./tandem-request.entity";
import { SavedTandemPlan } from "./saved-plan.entity";
import type { ProposeTandemsInput } from "./saved-plan.inputs";
import { explainPairs, resolveLocale } from "./matching.service";
import { AuditAction, AuditEntityType } from "../audit/audit-entry.entity";
import { diffFields, recordAudit } from "../audit/audit.service";
import { TandemRequestDirection, type SendTandemRequestInput, type TandemRequestFilter } from "./tandem-request.inputs";
import { eligibilityProblems } from "./eligibility";

/** The audit entry's readable name and organisations: "kargah e.V. – VHS Hannover (Aufruf)". */
async function auditSubject(
  db: EntityManager,
  request: Pick<TandemRequest, "callId" | "migrantOrganisationId" | "educationalInstitutionId">,
): Promise<{ label: string; organisationIds: string[] }> {
  const ids = [request.migrantOrganisationId, request.educationalInstitutionId];
  const organisations = await db.getRepository(Organisation).findBy(ids.map((id) => ({ id })));
  const name = (id: string) => organisations.find((o) => o.id === id)?.name ?? id;
  const call = await db.getRepository(CallForProposals).findOneBy({ id: request.callId });
  return { label: `${ids.map(name).join(" – ")}${call ? ` (${call.title})` : ""}`, organisationIds: ids };
}

export const REQUEST_LIFETIME_DAYS = 14;

/** A pending request expires after 14 days, never after the call's deadline. */
export function expiryFor(now: Date, deadline: Date): Date {
  const twoWeeks = new Date(now.getTime() + REQUEST_LIFETIME_DAYS * 24 * 60 * 60 * 1000);
  return twoWeeks < deadline ? twoWeeks : deadline;
}

async function payloadFor(db: EntityManager, request: TandemRequest): Promise<Record<string, string>> {
  const [organisations, call] = await Promise.all([
    db.getRepository(Organisation).findBy([{ id: request.fromOrganisationId }, { id: request.toOrganisationId }]),
    db.getRepository(CallForProposals).findOneBy({ id: request.callId }),
  ]);
  const nameOf = (id: string) => organisations.find((o) => o.id === id)?.name ?? "";
  return {
    from: nameOf(request.fromOrganisationId),
    to: nameOf(request.toOrganisationId),
    call: call?.title ?? "",
    requestId: request.id,
    link: `/anfragen?anfrage=${request.id}`,
  };
}

/**
 * Marks overdue pending requests EXPIRED and tells both sides. Runs before requests are read or
 * answered and on a timer, so the state is right whichever process looks first.
 */
export async function expireDueRequests(db: EntityManager): Promise<number> {
  const expired: TandemRequest[] = await db.transaction(async (tx) => {
    const ids = await queryReturning<{ id: string }>(
      tx,
      `UPDATE tandem_request SET status = 'EXPIRED' WHERE status = 'PENDING' AND expires_at <= now() RETURNING id`,
    );
    if (ids.length === 0) return [];
    const requests = await tx.getRepository(TandemRequest).findBy(ids.map((row) => ({ id: row.id })));
    for (const request of requests) {
      await notifyOrganisations(
        tx,
        [request.fromOrganisationId, request.toOrganisationId],
        NotificationKind.TANDEM_REQUEST_EXPIRED,
        await payloadFor(tx, request),
      );
    }
    return requests;
  });
  return expired.length;
}

/** An open call, or BAD_USER_INPUT naming callId. */
export async function loadOpenCall(db: EntityManager, callId: string): Promise<CallForProposals> {
  const call = await db.getRepository(CallForProposals).findOneBy({ id: callId });
  if (!call || call.status === CallStatus.DRAFT)
    throw new BadUserInputError("Unknown call", [{ field: "callId", message: "no such open call" }]);
  if (call.status !== CallStatus.OPEN || call.deadline <= new Date()) {
    throw new BadUserInputError("The call is not open", [
      { field: "callId", message: "the call is closed or past its deadline" },
    ]);
  }
  return call;
}

/**
 * The rules a new request or proposal must pass: one migrant organisation and one educational
 * institution, both eligible, not declined before, no tandem or pending request yet, both below
 * the call's tandem limit.
 */
export async function checkPair(
  db: EntityManager,
  call: CallForProposals,
  fromId: string,
  toId: string,
): Promise<{ from: Organisation; to: Organisation; migrant: Organisation; institution: Organisation }> {
  const organisations = await db.getRepository(Organisation).findBy([{ id: fromId }, { id: toId }]);
  const from = organisations.find((o) => o.id === fromId);
  const to = organisations.find((o) => o.id === toId);
  if (!from || !to) {
    throw new BadUserInputError("Unknown organisation", [
      { field: from ? "toOrganisationId" : "fromOrganisationId", message: "no such organisation" },
    ]);
  }
  const kinds = new Set([from.kind, to.kind]);
  if (!kinds.has(OrganisationKind.MIGRANT_ORGANISATION) || !kinds.has(OrganisationKind.EDUCATIONAL_INSTITUTION)) {
    throw new BadUserInputError("A tandem is one migrant organisation and one educational institution", [
      {
        field: "toOrganisationId",
        message: "the pair must be a migrant organisation and an educational institution",
      },
    ]);
  }
  const migrant = from.kind === OrganisationKind.MIGRANT_ORGANISATION ? from : to;
  const institution = migrant === from ? to : from;
  const problems = await eligibilityProblems(db, call, migrant.id, institution.id);
  if (problems.length > 0) throw new BadUserInputError("This pair cannot be proposed for this call", problems);
  const earlier = await db.getRepository(TandemRequest).findBy({
    callId: call.id,
    migrantOrganisationId: migrant.id,
    educationalInstitutionId: institution.id,
  });
  if (earlier.some((r) => r.status === TandemRequestStatus.DECLINED)) {
    throw new ConflictError("This pair declined a tandem for this call already", {
      reason: TandemConflictReason.DECLINED_BEFORE,
    });
  }
  if (earlier.some((r) => r.status === TandemRequestStatus.ACCEPTED)) {
    throw new ConflictError("This tandem exists already", { reason: TandemConflictReason.TANDEM_EXISTS });
  }
  if (earlier.some((r) => r.status === TandemRequestStatus.PENDING)) {
    throw new ConflictError("A request for this pair is pending already", {
      reason: TandemConflictReason.REQUEST_PENDING,
    });
  }
  // Asking is pointless once either side has all the tandems the call allows.
  await assertBelowTandemLimit(db, call, [from.id, to.id]);
  return { from, to, migrant, institution };
}

export async function sendTandemRequest(ctx: RequestContext, input: SendTandemRequestInput): Promise<TandemRequest> {
  const user = assertActsFor(ctx, input.fromOrganisationId);
  assertFormsTandems(user);
  if (input.fromOrganisationId === input.toOrganisationId) {
    throw new BadUserInputError("A tandem needs two organisations", [
      { field: "toOrganisationId", message: "must differ from fromOrganisationId" },
    ]);
  }
  await expireDueRequests(ctx.db);
  return ctx.dataSource
    .transaction(async (db) => {
      const call = await loadOpenCall(db, input.callId);
      const { from, to, migrant, institution } = await checkPair(
        db,
        call,
        input.fromOrganisationId,
        input.toOrganisationId,
      );
      const saved = await db.getRepository(TandemRequest).save(
        db.create(TandemRequest, {
          callId: call.id,
          fromOrganisationId: from.id,
          toOrganisationId: to.id,
          migrantOrganisationId: migrant.id,
          educationalInstitutionId: institution.id,
          message: input.message?.trim() || null,
          status: TandemRequestStatus.PENDING,
          createdByUserId: user.id,
          expiresAt: expiryFor(new Date(), call.deadline),
        }),
      );
      await notifyOrganisations(db, [to.id], NotificationKind.TANDEM_REQUEST_RECEIVED, await payloadFor(db, saved));
      await recordAudit(db, ctx, {
        action: AuditAction.CREATE,
        entityType: AuditEntityType.TANDEM_REQUEST,
        entityId: saved.id,
        ...(await auditSubject(db, saved)),
        changes: {
          kind: { before: null, after: TandemRequestKind.REQUEST },
          from: { before: null, after: from.name },
          to: { before: null, after: to.name },
          callId: { before: null, after: call.id },
        },
      });
      return saved;
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error))
        throw new ConflictError("A request for this pair is pending already", {
          reason: TandemConflictReason.REQUEST_PENDING,
        });
      throw error;
    });
}

/** Machine-readable causes of a CONFLICT, so clients can explain it in their language. */
export enum TandemConflictReason {
  DECLINED_BEFORE = "DECLINED_BEFORE",
  TANDEM_EXISTS = "TANDEM_EXISTS",
  REQUEST_PENDING = "REQUEST_PENDING",
  TANDEM_LIMIT_REACHED = "TANDEM_LIMIT_REACHED",
  ALREADY_ANSWERED = "ALREADY_ANSWERED",
}

/**
 * Each organisation forms at most the call's maxTandemsPerOrganisation tandems. The organisation
 * rows are locked first (in id order, so two answers cannot deadlock), which makes the count and
 * the acceptance after it one step even when both sides accept other requests at the same moment.
 */
async function assertBelowTandemLimit(
  db: EntityManager,
  call: CallForProposals,
  organisationIds: string[],
  lock = false,
): Promise<void> {
  const ids = [...new Set(organisationIds)].sort();
  if (lock) await db.query(`SELECT id FROM organisation WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [ids]);
  const rows = (await db.query(
    `SELECT o.id, count(r.id)::int AS tandems
       FROM unnest($2::uuid[]) AS o(id)
       LEFT JOIN tandem_request r
         ON r.call_id = $1 AND r.status = 'ACCEPTED' AND (r.migrant_organisation_id = o.id OR r.educational_institution_id = o.id)
      GROUP BY o.id`,
    [call.id, ids],
  )) as { id: string; tandems: number }[];
  const full = rows.find((row) => row.tandems >= call.maxTandemsPerOrganisation);
  if (full) {
    throw new ConflictError(
      `The organisation has ${full.tandems} tandem(s) for this call; the call allows ${call.maxTandemsPerOrganisation}`,
      {
        reason: TandemConflictReason.TANDEM_LIMIT_REACHED,
        organisationId: full.id,
        limit: call.maxTandemsPerOrganisation,
      },
    );
  }
}

async function loadRequest(ctx: RequestContext, id: string): Promise<TandemRequest> {
  const request = isUuid(id) ? await ctx.db.getRepository(TandemRequest).findOneBy({ id }) : null;
  if (!request) throw new NotFoundError("Tandem request", id);
  return request;
}

/**
 * Ends the other pending requests and proposals of a call for organisations that reached its tandem
 * limit, in the caller's transaction (after the organisation rows were locked), and tells both sides.
 */
async function closeRequestsAtLimit(
  db: EntityManager,
  call: CallForProposals,
  organisationIds: string[],
): Promise<string[]> {
  const full = (await db.query(
    `SELECT o.id FROM unnest($2::uuid[]) AS o(id)
      WHERE (SELECT count(*) FROM tandem_request r
              WHERE r.call_id = $1 AND r.status = 'ACCEPTED'
                AND (r.migrant_organisation_id = o.id OR r.educational_institution_id = o.id)) >= $3`,
    [call.id, [...new Set(organisationIds)], call.maxTandemsPerOrganisation],
  )) as { id: string }[];
  if (full.length === 0) return [];
  const fullIds = full.map((row) => row.id);
  const closed = await queryReturning<{ id: string; migrant: string; institution: string }>(
    db,
    `UPDATE tandem_request SET status = 'CLOSED', closed_reason = $3, responded_at = now()
      WHERE call_id = $1 AND status = 'PENDING'
        AND (migrant_organisation_id = ANY($2::uuid[]) OR educational_institution_id = ANY($2::uuid[]))
      RETURNING id, migrant_organisation_id AS migrant, educational_institution_id AS institution`,
    [call.id, fullIds, TandemConflictReason.TANDEM_LIMIT_REACHED],
  );
  if (closed.length === 0) return [];
  const names = new Map(
    (
      await db
        .getRepository(Organisation)
        .findBy([...new Set([...fullIds, ...closed.flatMap((r) => [r.migrant, r.institution])])].map((id) => ({ id })))
    ).map((o) => [o.id, o.name]),
  );
  const requests = await db.getRepository(TandemRequest).findBy(closed.map((row) => ({ id: row.id })));
  for (const request of requests) {
    const fullOne = fullIds.find(
      (id) => id === request.migrantOrganisationId || id === request.educationalInstitutionId,
    ) as string;
    await notifyOrganisations(
      db,
      [request.fromOrganisationId, request.toOrganisationId],
      NotificationKind.TANDEM_REQUEST_CLOSED,
      {
        ...(await payloadFor(db, request)),
        full: names.get(fullOne) ?? "",
        reason: TandemConflictReason.TANDEM_LIMIT_REACHED,
      },
    );
  }
  return requests.map((r) => r.id);
}

/** A request that is no longer pending: CONFLICT with the real cause (e.g. the tandem limit closed it). */
function notPending(current: TandemRequest): ConflictError {
  return new ConflictError(`The request is ${current.status.toLowerCase()} already`, {
    status: current.status,
    reason:
      current.status === TandemRequestStatus.CLOSED && current.closedReason
        ? current.closedReason
        : TandemConflictReason.ALREADY_ANSWERED,
  });
}

type AnswerOutcome = { updated: TandemRequest; closed: string[] };

/**
 * One organisation's answer, atomically. The pair's organisation rows are locked first (in id
 * order), so two answers that could pass a tandem limit together run one after the other: the
 * second sees the first's tandem, and requests closed by it report TANDEM_LIMIT_REACHED.
 */
async function answer(
  ctx: RequestContext,
  request: TandemRequest,
  accept: boolean,
  responseMessage: string | null,
): Promise<TandemRequest> {
  return ctx.dataSource.transaction(async (db) => {
    const call = await db.getRepository(CallForProposals).findOneByOrFail({ id: request.callId });
    const pair = [request.migrantOrganisationId, request.educationalInstitutionId];
    await db.query(`SELECT id FROM organisation WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [[...pair].sort()]);
    const current = await db.getRepository(TandemRequest).findOneByOrFail({ id: request.id });
    if (current.status !== TandemRequestStatus.PENDING) throw notPending(current);
    if (accept) await assertBelowTandemLimit(db, call, pair);
    const outcome: AnswerOutcome =
      current.kind === TandemRequestKind.PROPOSAL
        ? await answerProposal(ctx, db, current, accept, responseMessage)
        : await answerRequest(ctx, db, current, accept, responseMessage);
    if (outcome.updated.status === TandemRequestStatus.ACCEPTED)
      outcome.closed = await closeRequestsAtLimit(db, call, pair);
    await recordAudit(db, ctx, {
      action: AuditAction.UPDATE,
      entityType: AuditEntityType.TANDEM_REQUEST,
      entityId: current.id,
      ...(await auditSubject(db, current)),
      changes: {
        ...diffFields(
          {
            status: current.status,
            migrantAcceptedAt: current.migrantAcceptedAt,
            institutionAcceptedAt: current.institutionAcceptedAt,
          },
          {
            status: outcome.updated.status,
            migrantAcceptedAt: outcome.updated.migrantAcceptedAt,
            institutionAcceptedAt: outcome.updated.institutionAcceptedAt,
          },
        ),
        ...(outcome.closed.length ? { closedRequests: { before: null, after: outcome.closed } } : {}),
      },
    });
    return outcome.updated;
  });
}

async function answerRequest(
  ctx: RequestContext,
  db: EntityManager,
  request: TandemRequest,
  accept: boolean,
  responseMessage: string | null,
): Promise<AnswerOutcome> {
  const to = accept ? TandemRequestStatus.ACCEPTED : TandemRequestStatus.DECLINED;
  const result = await db
    .createQueryBuilder()
    .update(TandemRequest)
    .set({ status: to, responseMessage, respondedAt: () => "now()", respondedByUserId: ctx.user?.id ?? null })
    .where("id = :id AND status = 'PENDING'", { id: request.id })
    .execute();
  if (result.affected !== 1)
    throw notPending(await db.getRepository(TandemRequest).findOneByOrFail({ id: request.id }));
  const updated = await db.getRepository(TandemRequest).findOneByOrFail({ id: request.id });
  await notifyOrganisations(
    db,
    [request.fromOrganisationId],
    accept ? NotificationKind.TANDEM_REQUEST_ACCEPTED : NotificationKind.TANDEM_REQUEST_DECLINED,
    await payloadFor(db, updated),
  );
  return { updated, closed: [] };
}

/** A proposal needs both yeses: the first is recorded, the second forms the tandem; one no ends it. */
async function answerProposal(
  ctx: RequestContext,
  db: EntityManager,
  request: TandemRequest,
  accept: boolean,
  responseMessage: string | null,
): Promise<AnswerOutcome> {
  const side = proposalSideOf(ctx.user, request);
  if (!side) throw new ForbiddenError("Each organisation of the pair answers a proposal for itself");
  const own = side === request.migrantOrganisationId ? "migrant_accepted_at" : "institution_accepted_at";
  const other = own === "migrant_accepted_at" ? "institution_accepted_at" : "migrant_accepted_at";
  const otherId =
    side === request.migrantOrganisationId ? request.educationalInstitutionId : request.migrantOrganisationId;
  const rows = accept
    ? await queryReturning<{ status: string }>(
        db,
        `UPDATE tandem_request
            SET ${own} = now(),
                status = CASE WHEN ${other} IS NOT NULL THEN 'ACCEPTED'::tandem_request_status ELSE status END,
                responded_at = CASE WHEN ${other} IS NOT NULL THEN now() ELSE responded_at END,
                responded_by_user_id = $2, response_message = coalesce($3, response_message)
          WHERE id = $1 AND status = 'PENDING' AND ${own} IS NULL
          RETURNING status::text AS status`,
        [request.id, ctx.user?.id ?? null, responseMessage],
      )
    : await queryReturning<{ status: string }>(
        db,
        `UPDATE tandem_request SET status = 'DECLINED', responded_at = now(), responded_by_user_id = $2, response_message = $3
          WHERE id = $1 AND status = 'PENDING' RETURNING status::text AS status`,
        [request.id, ctx.user?.id ?? null, responseMessage],
      );
  const updated = await db.getRepository(TandemRequest).findOneByOrFail({ id: request.id });
  if (rows.length !== 1) {
    if (updated.status === TandemRequestStatus.PENDING)
      throw new ConflictError("Your organisation accepted this proposal already", {
        status: updated.status,
        reason: TandemConflictReason.ALREADY_ANSWERED,
      });
    throw notPending(updated);
  }
  const payload = await payloadFor(db, updated);
  if (updated.status === TandemRequestStatus.ACCEPTED)
    await notifyOrganisations(db, [side, otherId], NotificationKind.TANDEM_REQUEST_ACCEPTED, payload);
  else {
    // The texts name the answering side as "to" (declined) or "accepted".
    const own = side === updated.fromOrganisationId ? (payload.from ?? "") : (payload.to ?? "");
    const counterpart = side === updated.fromOrganisationId ? (payload.to ?? "") : (payload.from ?? "");
    if (updated.status === TandemRequestStatus.DECLINED)
      await notifyOrganisations(db, [otherId], NotificationKind.TANDEM_REQUEST_DECLINED, {
        ...payload,
        to: own,
        from: counterpart,
      });
    else
      await notifyOrganisations(db, [otherId], NotificationKind.TANDEM_PROPOSAL_HALF_ACCEPTED, {
        ...payload,
        accepted: own,
        other: counterpart,
      });
  }
  return { updated, closed: [] };
}

export async function respondToTandemRequest(
  ctx: RequestContext,
  id: string,
  accept: boolean,
  message: string | null | undefined,
): Promise<TandemRequest> {
  requireUser(ctx);
  await expireDueRequests(ctx.db);
  const request = await loadRequest(ctx, id);
  assertMayActOnTandemRequest(ctx, "respond", request);
  if (message && message.length > TANDEM_REQUEST_LIMITS.message)
    throw new BadUserInputError("Message too long", [
      { field: "message", message: `at most ${TANDEM_REQUEST_LIMITS.message} characters` },
    ]);
  return answer(ctx, request, accept, message?.trim() || null);
}

export async function withdrawTandemRequest(ctx: RequestContext, id: string): Promise<TandemRequest> {
  requireUser(ctx);
  await expireDueRequests(ctx.db);
  const request = await loadRequest(ctx, id);
  assertMayActOnTandemRequest(ctx, "withdraw", request);
  return ctx.dataSource.transaction(async (db) => {
    const result = await db
      .createQueryBuilder()
      .update(TandemRequest)
      .set({
        status: TandemRequestStatus.WITHDRAWN,
        respondedAt: () => "now()",
        respondedByUserId: ctx.user?.id ?? null,
      })
      .where("id = :id AND status = 'PENDING'", { id: request.id })
      .execute();
    if (result.affected !== 1)
      throw notPending(await db.getRepository(TandemRequest).findOneByOrFail({ id: request.id }));
    const updated = await db.getRepository(TandemRequest).findOneByOrFail({ id: request.id });
    // A proposal is withdrawn by the office: both organisations hear of it.
    const told =
      request.kind === TandemRequestKind.PROPOSAL
        ? [request.fromOrganisationId, request.toOrganisationId]
        : [request.toOrganisationId];
    await notifyOrganisations(db, told, NotificationKind.TANDEM_REQUEST_WITHDRAWN, await payloadFor(db, updated));
    await recordAudit(db, ctx, {
      action: AuditAction.UPDATE,
      entityType: AuditEntityType.TANDEM_REQUEST,
      entityId: request.id,
      ...(await auditSubject(db, request)),
      changes: { status: { before: request.status, after: updated.status } },
    });
    return updated;
  });
}

/**
 * The office proposes tandems: one proposal per pair, to both organisations (each must accept).
 * All or nothing: a pair that may not be proposed fails the whole action and is named.
 */
export async function proposeTandems(ctx: RequestContext, input: ProposeTandemsInput): Promise<TandemRequest[]> {
  const user = requireUser(ctx);
  assertMayPropose(user);
  if (input.pairs.length === 0)
    throw new BadUserInputError("Propose at least one pair", [{ field: "pairs", message: "must not be empty" }]);
  const keys = input.pairs.map((p) => `${p.migrantOrganisationId}|${p.educationalInstitutionId}`);
  const duplicate = keys.findIndex((key, index) => keys.indexOf(key) !== index);
  if (duplicate >= 0)
    throw new BadUserInputError("A pair is listed twice", [{ field: `pairs.${duplicate}`, message: "listed twice" }]);
  const locale = resolveLocale(ctx, input.locale);
  await expireDueRequests(ctx.db);
  let savedPlan: SavedTandemPlan | null = null;
  if (input.savedPlanId) {
    savedPlan = await ctx.db.getRepository(SavedTandemPlan).findOneBy({ id: input.savedPlanId });
    if (!savedPlan || savedPlan.callId !== input.callId)
      throw new BadUserInputError("Unknown saved plan", [
        { field: "savedPlanId", message: "no saved plan of this call" },
      ]);
    const inPlan = new Set(savedPlan.tandems.map((t) => `${t.migrantOrganisationId}|${t.educationalInstitutionId}`));
    const outside = keys.findIndex((key) => !inPlan.has(key));
    if (outside >= 0)
      throw new BadUserInputError("The pair is not in the saved plan", [
        { field: `pairs.${outside}`, message: "not a tandem of the saved plan" },
      ]);
  }
  const note = input.note?.trim() || null;
  return ctx.dataSource
    .transaction(async (db) => {
      const call = await loadOpenCall(db, input.callId);
      const explained = savedPlan
        ? new Map(
            savedPlan.tandems.map((t) => [
              `${t.migrantOrganisationId}|${t.educationalInstitutionId}`,
              { score: t.score, reasons: t.reasons },
            ]),
          )
        : await explainPairs(ctx, call, input.pairs, null, locale);
      const created: TandemRequest[] = [];
      const names: string[] = [];
      for (const [index, pair] of input.pairs.entries()) {
        const { migrant, institution } = await checkPair(
          db,
          call,
          pair.migrantOrganisationId,
          pair.educationalInstitutionId,
        ).catch((error: unknown) => {
          throw namePair(error, index);
        });
        if (migrant.id !== pair.migrantOrganisationId)
          throw new BadUserInputError("The pair is the wrong way round", [
            { field: `pairs.${index}.migrantOrganisationId`, message: "must be the migrant organisation" },
          ]);
        const explanation = explained.get(keys[index]!);
        const saved = await db.getRepository(TandemRequest).save(
          db.create(TandemRequest, {
            callId: call.id,
            kind: TandemRequestKind.PROPOSAL,
            fromOrganisationId: migrant.id,
            toOrganisationId: institution.id,
            migrantOrganisationId: migrant.id,
            educationalInstitutionId: institution.id,
            officeNote: note,
            score: explanation?.score ?? null,
            reasons: explanation?.reasons ?? null,
            savedPlanId: savedPlan?.id ?? null,
            status: TandemRequestStatus.PENDING,
            createdByUserId: user.id,
            expiresAt: expiryFor(new Date(), call.deadline),
          }),
        );
        await notifyOrganisations(
          db,
          [migrant.id, institution.id],
          NotificationKind.TANDEM_PROPOSED,
          await payloadFor(db, saved),
        );
        created.push(saved);
        names.push(`${migrant.name} – ${institution.name}`);
      }
      // One action, one entry: it names every proposal the office sent.
      await recordAudit(db, ctx, {
        action: AuditAction.CREATE,
        entityType: AuditEntityType.TANDEM_REQUEST,
        entityId: created[0]!.id,
        label: names.join(", "),
        organisationIds: created.flatMap((r) => [r.migrantOrganisationId, r.educationalInstitutionId]),
        changes: {
          kind: { before: null, after: TandemRequestKind.PROPOSAL },
          proposals: { before: null, after: created.map((r, i) => ({ id: r.id, pair: names[i] })) },
          callId: { before: null, after: call.id },
          ...(note ? { officeNote: { before: null, after: note } } : {}),
          ...(savedPlan ? { savedPlanId: { before: null, after: savedPlan.id } } : {}),
        },
      });
      return created;
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error))
        throw new ConflictError("A request for one of these pairs is pending already", {
          reason: TandemConflictReason.REQUEST_PENDING,
        });
      throw error;
    });
}

/** Says which pair of a bulk proposal failed: the index in the fields, the pair in the details. */
function namePair(error: unknown, index: number): unknown {
  if (error instanceof BadUserInputError) {
    const fields = (error.extensions.fields as FieldProblem[]).map((f) => ({
      ...f,
      field: `pairs.${index}.${f.field}`,
    }));
    return new BadUserInputError(`Pair ${index + 1}: ${error.message}`, fields);
  }
  if (error instanceof ConflictError) {
    const { code: _code, ...details } = error.extensions;
    return new ConflictError(`Pair ${index + 1}: ${error.message}`, { ...details, pairIndex: index });
  }
  return error;
}

/** The office sees every request; a partner those of its own organisation; companies none. */
export async function listTandemRequests(
  ctx: RequestContext,
  filter: TandemRequestFilter | undefined,
): Promise<TandemRequest[]> {
  const user = requireUser(ctx);
  assertFormsTandems(user);
  await expireDueRequests(ctx.db);
  const organisationId = listableOrganisation(user, filter?.organisationId);
  const query = ctx.db.getRepository(TandemRequest).createQueryBuilder("r");
  if (filter?.callId) query.andWhere("r.call_id = :callId", { callId: filter.callId });
  if (filter?.statuses?.length) query.andWhere("r.status IN (:...statuses)", { statuses: filter.statuses });
  if (organisationId) {
    if (filter?.direction === TandemRequestDirection.INCOMING)
      query.andWhere("r.to_organisation_id = :organisationId", { organisationId });
    else if (filter?.direction === TandemRequestDirection.OUTGOING)
      query.andWhere("r.from_organisation_id = :organisationId", { organisationId });
    else
      query.andWhere("(r.from_organisation_id = :organisationId OR r.to_organisation_id = :organisationId)", {
        organisationId,
      });
  }
  return query.orderBy("r.created_at", "DESC").addOrderBy("r.id", "DESC").limit(500).getMany();
}
