import type { EntityManager } from "typeorm";
import type { RequestContext } from "../../graphql/context";
import { assertActsFor } from "../../graphql/auth";
import { BadUserInputError, ConflictError, NotFoundError, isUniqueViolation } from "../../graphql/errors";
import { isUuid } from "../../db/ids";
import { queryReturning } from "../../db/returning";
import { Organisation } from "../network/organisation.entity";
import { NotificationKind } from "../notifications/notification.entity";
import { notifyOrganisations } from "../notifications/notification.service";
import { Exchange } from "./exchange.entity";
import { ExchangeParticipation } from "./exchange-participation.entity";
import { ExchangeStatus, ParticipationStatus } from "./exchange.enums";
import type { JoinExchangeArgs, ParticipationArgs } from "./exchange.inputs";
import { AuditAction } from "../audit/audit-entry.entity";
import { auditParticipation } from "./exchange-audit";

/**
 * Reads the exchange with a row lock (SELECT … FOR UPDATE) inside the caller's transaction. Every
 * change of seats takes this lock first, so joins, leaves and capacity changes of one exchange run
 * one after another: the seat count read next cannot go stale before the insert commits.
 */
export async function lockExchange(db: EntityManager, id: string): Promise<Exchange> {
  const exchange = isUuid(id)
    ? await db
        .getRepository(Exchange)
        .createQueryBuilder("e")
        .setLock("pessimistic_write")
        .where("e.id = :id", { id })
        .getOne()
    : null;
  if (!exchange) throw new NotFoundError("Exchange", id);
  return exchange;
}

export function hasEnded(exchange: Exchange, now = new Date()): boolean {
  return exchange.endsAt.getTime() <= now.getTime();
}

function assertOpen(exchange: Exchange): void {
  if (exchange.status === ExchangeStatus.CANCELLED) {
    throw new BadUserInputError("The exchange is cancelled", [
      { field: "exchangeId", message: "the exchange is cancelled" },
    ]);
  }
  if (hasEnded(exchange))
    throw new BadUserInputError("The exchange is over", [{ field: "exchangeId", message: "the exchange has ended" }]);
}

async function liveParticipation(
  db: EntityManager,
  exchangeId: string,
  organisationId: string,
): Promise<ExchangeParticipation | null> {
  return db
    .getRepository(ExchangeParticipation)
    .createQueryBuilder("p")
    .where("p.exchange_id = :exchangeId AND p.organisation_id = :organisationId AND p.status <> 'CANCELLED'", {
      exchangeId,
      organisationId,
    })
    .getOne();
}

/**
 * Moves waitlisted organisations into free seats, first come first served, and notifies their
 * users. Call with the exchange locked (see `lockExchange`), after a seat was freed or added.
 */
export async function fillFreeSeats(db: EntityManager, exchange: Exchange): Promise<string[]> {
  if (exchange.status === ExchangeStatus.CANCELLED || hasEnded(exchange)) return [];
  const promoted = await queryReturning<{ organisation_id: string }>(
    db,
    `UPDATE exchange_participation SET status = 'CONFIRMED', confirmed_at = clock_timestamp()
        WHERE id IN (
          SELECT id FROM exchange_participation
           WHERE exchange_id = $1 AND status = 'WAITLISTED'
           ORDER BY queue_number
           LIMIT GREATEST($2::int - (SELECT count(*) FROM exchange_participation WHERE exchange_id = $1 AND status = 'CONFIRMED'), 0)
        )
        RETURNING organisation_id`,
    [exchange.id, exchange.capacity],
  );
  const organisationIds = promoted.map((row) => row.organisation_id);
  if (organisationIds.length === 0) return [];
  const organisations = await db.getRepository(Organisation).findBy(organisationIds.map((id) => ({ id })));
  for (const organisation of organisations) {
    await notifyOrganisations(db, [organisation.id], NotificationKind.WAITLIST_PROMOTED, {
      organisation: organisation.name,
      exchange: exchange.title,
      exchangeId: exchange.id,
      link: `/austausch/${exchange.id}`,
    });
  }
  return organisationIds;
}

/**
 * Takes a seat for an organisation, or a place at the end of the waitlist when the exchange is
 * full. The lock, the count and the insert are one transaction: concurrent joins never overbook.
 * Everything that does not need the lock happens before or after it, to keep the queue short.
 */
export async function joinExchange(ctx: RequestContext, args: JoinExchangeArgs): Promise<ExchangeParticipation> {
  assertActsFor(ctx, args.organisationId);
  const personName = args.personName?.trim() || null;
  const organisation = await ctx.db.getRepository(Organisation).findOneBy({ id: args.organisationId });
  if (!organisation) throw new NotFoundError("Organisation", args.organisationId);
  if (organisation.archivedAt)
    throw new BadUserInputError("The organisation is archived", [{ field: "organisationId", message: "archived" }]);
  const participationId = await ctx.dataSource
    .transaction(async (db) => {
      const exchange = await lockExchange(db, args.exchangeId);
      assertOpen(exchange);
      const [seats] = (await db.query(
        `SELECT count(*) FILTER (WHERE status = 'CONFIRMED')::int AS confirmed,
                (COALESCE(max(queue_number), 0) + 1)::int AS next,
                max(status::text) FILTER (WHERE organisation_id = $2 AND status <> 'CANCELLED') AS existing
           FROM exchange_participation WHERE exchange_id = $1`,
        [exchange.id, organisation.id],
      )) as [{ confirmed: number; next: number; existing: ParticipationStatus | null }];
      if (seats.existing)
        throw new ConflictError(`The organisation is ${seats.existing.toLowerCase()} already`, {
          status: seats.existing,
        });
      const confirmed = seats.confirmed < exchange.capacity;
      const inserted = await db.getRepository(ExchangeParticipation).insert({
        exchangeId: exchange.id,
        organisationId: organisation.id,
        personName,
        status: confirmed ? ParticipationStatus.CONFIRMED : ParticipationStatus.WAITLISTED,
        queueNumber: seats.next,
        // clock_timestamp, not now(): now() is the transaction's start, which may precede an earlier lock holder's.
        joinedAt: () => "clock_timestamp()",
        confirmedAt: confirmed ? () => "clock_timestamp()" : null,
      });
      const id = String(inserted.identifiers[0]?.id);
      const joined = await db.getRepository(ExchangeParticipation).findOneByOrFail({ id });
      await auditParticipation(db, ctx, { action: AuditAction.CREATE, exchange, before: null, after: joined });
      return id;
    })
    .catch((error: unknown) => {
      // Only reachable without the lock (it serialises joins); kept so a duplicate never surfaces as a 500.
      if (isUniqueViolation(error)) throw new ConflictError("The organisation has joined already");
      throw error;
    });
  return ctx.db.getRepository(ExchangeParticipation).findOneByOrFail({ id: participationId });
}

/** Gives up a seat or a waitlist place; a freed seat goes to the first waitlisted organisation. */
export async function leaveExchange(ctx: RequestContext, args: ParticipationArgs): Promise<ExchangeParticipation> {
  assertActsFor(ctx, args.organisationId);
  const participationId = await ctx.dataSource.transaction(async (db) => {
    const exchange = await lockExchange(db, args.exchangeId);
    if (hasEnded(exchange))
      throw new BadUserInputError("The exchange is over", [{ field: "exchangeId", message: "the exchange has ended" }]);
    const participation = await liveParticipation(db, exchange.id, args.organisationId);
    if (!participation) throw new NotFoundError("Participation of organisation", args.organisationId);
    await db
      .createQueryBuilder()
      .update(ExchangeParticipation)
      .set({ status: ParticipationStatus.CANCELLED, cancelledAt: () => "clock_timestamp()" })
      .where("id = :id", { id: participation.id })
      .execute();
    const promoted = participation.status === ParticipationStatus.CONFIRMED ? await fillFreeSeats(db, exchange) : [];
    const left = await db.getRepository(ExchangeParticipation).findOneByOrFail({ id: participation.id });
    await auditParticipation(db, ctx, {
      action: AuditAction.UPDATE,
      exchange,
      before: participation,
      after: left,
      promoted,
    });
    return participation.id;
  });
  return ctx.db.getRepository(ExchangeParticipation).findOneByOrFail({ id: participationId });
}
