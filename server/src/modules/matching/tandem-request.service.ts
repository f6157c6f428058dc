import type { EntityManager } from "typeorm";
import { TANDEM_REQUEST_LIMITS } from "@album/shared";
import type { RequestContext } from "../../graphql/context";
import { assertActsFor, requireUser } from "../../graphql/auth";
import { assertFormsTandems, assertMayActOnTandemRequest, listableOrganisation } from "./tandem-request-access";
import { BadUserInputError, ConflictError, NotFoundError, isUniqueViolation } from "../../graphql/errors";
import { isUuid } from "../../db/ids";
import { queryReturning } from "../../db/returning";
import { Organisation } from "../network/organisation.entity";
import { OrganisationKind } from "../network/network.enums";
import { CallForProposals, CallStatus } from "../calls/call.entity";
import { NotificationKind } from "../notifications/notification.entity";
import { notifyOrganisations } from "../notifications/notification.service";
import { TandemRequest, TandemRequestStatus } from "./tandem-request.entity";
import { TandemRequestDirection, type SendTandemRequestInput, type TandemRequestFilter } from "./tandem-request.inputs";
import { eligibilityProblems } from "./eligibility";
import { AuditAction } from "../audit/audit-entry.entity";
import { auditTandemRequest } from "./matching-audit";

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
      const call = await db.getRepository(CallForProposals).findOneBy({ id: input.callId });
      if (!call || call.status === CallStatus.DRAFT)
        throw new BadUserInputError("Unknown call", [{ field: "callId", message: "no such open call" }]);
      if (call.status !== CallStatus.OPEN || call.deadline <= new Date()) {
        throw new BadUserInputError("The call is not open", [
          { field: "callId", message: "the call is closed or past its deadline" },
        ]);
      }
      const organisations = await db
        .getRepository(Organisation)
        .findBy([{ id: input.fromOrganisationId }, { id: input.toOrganisationId }]);
      const from = organisations.find((o) => o.id === input.fromOrganisationId);
      const to = organisations.find((o) => o.id === input.toOrganisationId);
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
      await auditTandemRequest(db, ctx, { action: AuditAction.CREATE, before: null, after: saved });
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

/** Moves a pending request to its answer atomically: of two concurrent answers only one applies. */
async function settle(
  ctx: RequestContext,
  request: TandemRequest,
  to: TandemRequestStatus,
  responseMessage: string | null,
  notify: { organisationId: string; kind: NotificationKind },
): Promise<TandemRequest> {
  return ctx.dataSource.transaction(async (db) => {
    if (to === TandemRequestStatus.ACCEPTED) {
      const call = await db.getRepository(CallForProposals).findOneByOrFail({ id: request.callId });
      await assertBelowTandemLimit(db, call, [request.migrantOrganisationId, request.educationalInstitutionId], true);
    }
    const result = await db
      .createQueryBuilder()
      .update(TandemRequest)
      .set({ status: to, responseMessage, respondedAt: () => "now()", respondedByUserId: ctx.user?.id ?? null })
      .where("id = :id AND status = 'PENDING'", { id: request.id })
      .execute();
    if (result.affected !== 1) {
      const current = await db.getRepository(TandemRequest).findOneByOrFail({ id: request.id });
      throw new ConflictError(`The request is ${current.status.toLowerCase()} already`, {
        status: current.status,
        reason: TandemConflictReason.ALREADY_ANSWERED,
      });
    }
    const updated = await db.getRepository(TandemRequest).findOneByOrFail({ id: request.id });
    await notifyOrganisations(db, [notify.organisationId], notify.kind, await payloadFor(db, updated));
    await auditTandemRequest(db, ctx, { action: AuditAction.UPDATE, before: request, after: updated });
    return updated;
  });
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
  return settle(
    ctx,
    request,
    accept ? TandemRequestStatus.ACCEPTED : TandemRequestStatus.DECLINED,
    message?.trim() || null,
    {
      organisationId: request.fromOrganisationId,
      kind: accept ? NotificationKind.TANDEM_REQUEST_ACCEPTED : NotificationKind.TANDEM_REQUEST_DECLINED,
    },
  );
}

export async function withdrawTandemRequest(ctx: RequestContext, id: string): Promise<TandemRequest> {
  requireUser(ctx);
  await expireDueRequests(ctx.db);
  const request = await loadRequest(ctx, id);
  assertMayActOnTandemRequest(ctx, "withdraw", request);
  return settle(ctx, request, TandemRequestStatus.WITHDRAWN, null, {
    organisationId: request.toOrganisationId,
    kind: NotificationKind.TANDEM_REQUEST_WITHDRAWN,
  });
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
