import type { EntityManager } from "typeorm";
import type { RequestContext } from "../../graphql/context";
import { requireUser } from "../../graphql/auth";
import { BadUserInputError, type FieldProblem } from "../../graphql/errors";
import { pageWindow, toPage, type Page } from "../../graphql/pagination";
import { columnsFrom, type ColumnMapping } from "../../db/columns";
import { isUuid } from "../../db/ids";
import { assertExpectedVersion, updateVersioned } from "../../db/versioned-update";
import { assertTaxonomyKeys } from "../network/taxonomy.service";
import { Exchange } from "./exchange.entity";
import { ExchangeStatus, ExchangeVisibility } from "./exchange.enums";
import type { CreateExchangeInput, ExchangesArgs, UpdateExchangeInput } from "./exchange.inputs";
import { exchangeLoaders } from "./exchange.loaders";
import { fillFreeSeats, lockExchange } from "./exchange-seats.service";
import { seesParticipationsRegardless } from "./exchange-access";
import { AuditAction } from "../audit/audit-entry.entity";
import { auditExchange } from "./exchange-audit";

/** Everyone sees public exchanges; signed-in members (every role) also the members-only ones. */
export function visibleVisibilities(ctx: Pick<RequestContext, "user">): ExchangeVisibility[] {
  return ctx.user ? [ExchangeVisibility.PUBLIC, ExchangeVisibility.MEMBERS_ONLY] : [ExchangeVisibility.PUBLIC];
}

export async function findExchange(ctx: RequestContext, id: string): Promise<Exchange | null> {
  if (!isUuid(id)) return null;
  const exchange = await exchangeLoaders(ctx).exchangeById.load(id);
  return exchange && visibleVisibilities(ctx).includes(exchange.visibility) ? exchange : null;
}

/** Upcoming exchanges first (soonest first); with includePast the ended ones follow, latest first. */
export async function listExchanges(ctx: RequestContext, args: ExchangesArgs): Promise<Page<Exchange>> {
  const window = pageWindow(args);
  const filter = args.filter;
  if (filter?.from && filter.to && filter.from > filter.to)
    throw new BadUserInputError("Empty date window", [{ field: "filter.to", message: "must not be before from" }]);
  const now = new Date();
  const query = ctx.db
    .getRepository(Exchange)
    .createQueryBuilder("e")
    .where("e.visibility IN (:...visibilities)", { visibilities: visibleVisibilities(ctx) })
    .setParameter("now", now);
  if (!filter?.includePast) query.andWhere("e.ends_at > :now");
  if (filter?.series?.length) query.andWhere("e.series IN (:...series)", { series: filter.series });
  if (filter?.from) query.andWhere("e.ends_at >= :from", { from: filter.from });
  if (filter?.to) query.andWhere("e.starts_at <= :to", { to: filter.to });
  if (filter?.topics?.length) query.andWhere("e.topic_keys && CAST(:topics AS text[])", { topics: filter.topics });
  if (filter?.organisationId) {
    // Who takes part is for members only, like the attendee lists; another organisation's
    // exchanges only when it opted in, so the filter cannot reveal what its profile hides.
    const user = requireUser(ctx);
    query.andWhere(
      `EXISTS (SELECT 1 FROM exchange_participation p JOIN organisation o ON o.id = p.organisation_id
                WHERE p.exchange_id = e.id AND p.organisation_id = :organisationId AND p.status <> 'CANCELLED'
                  AND (CAST(:seesRegardless AS boolean) OR o.show_exchange_participation))`,
      {
        organisationId: filter.organisationId,
        seesRegardless: seesParticipationsRegardless(user, filter.organisationId),
      },
    );
  }
  const totalCount = await query.getCount();
  const nodes =
    window.limit === 0
      ? []
      : await query
          .orderBy("CASE WHEN e.ends_at > :now THEN 0 ELSE 1 END", "ASC")
          .addOrderBy("CASE WHEN e.ends_at > :now THEN e.starts_at END", "ASC")
          .addOrderBy("e.starts_at", "DESC")
          .addOrderBy("e.id", "ASC")
          .offset(window.offset)
          .limit(window.limit)
          .getMany();
  return toPage(nodes, window, totalCount);
}

type ExchangeWrite = CreateExchangeInput | UpdateExchangeInput;

async function assertValidExchange(db: EntityManager, input: ExchangeWrite, current: Exchange | null): Promise<void> {
  const problems: FieldProblem[] = [];
  const startsAt = input.startsAt ?? current?.startsAt;
  const endsAt = input.endsAt ?? current?.endsAt;
  if (startsAt && Number.isNaN(startsAt.getTime())) problems.push({ field: "startsAt", message: "is not a date" });
  if (endsAt && Number.isNaN(endsAt.getTime())) problems.push({ field: "endsAt", message: "is not a date" });
  if (startsAt && endsAt && endsAt.getTime() <= startsAt.getTime())
    problems.push({ field: "endsAt", message: "must be after startsAt" });
  if (input.title !== undefined && input.title.trim().length < 3)
    problems.push({ field: "title", message: "at least 3 characters" });
  if (current?.status === ExchangeStatus.CANCELLED)
    problems.push({ field: "id", message: "a cancelled exchange cannot be changed" });
  if (problems.length > 0) throw new BadUserInputError("Invalid exchange", problems);
  await assertTaxonomyKeys(db, [{ field: "topics", taxonomy: "topics", keys: input.topics }]);
}

const EXCHANGE_COLUMNS: ColumnMapping<UpdateExchangeInput, Exchange> = {
  title: (title) => ({ title: title.trim() }),
  series: "series",
  description: "description",
  topics: (keys) => ({ topicKeys: [...new Set(keys)] }),
  startsAt: "startsAt",
  endsAt: "endsAt",
  location: (location) => ({ location: location.trim() }),
  capacity: "capacity",
  visibility: "visibility",
  seatsPerOrganisation: "seatsPerOrganisation",
};

export async function createExchange(ctx: RequestContext, input: CreateExchangeInput): Promise<Exchange> {
  return ctx.dataSource.transaction(async (db) => {
    await assertValidExchange(db, input, null);
    const saved = await db
      .getRepository(Exchange)
      .save(db.create(Exchange, { ...columnsFrom(input, EXCHANGE_COLUMNS), provenance: "ENTERED" }));
    const created = await db.getRepository(Exchange).findOneByOrFail({ id: saved.id });
    await auditExchange(db, ctx, { action: AuditAction.CREATE, before: null, after: created });
    return created;
  });
}

/**
 * Edits an exchange; a stale expectedVersion is refused with CONFLICT. Raising the capacity
 * promotes waitlisted organisations; lowering it below the confirmed seats is refused.
 */
export async function updateExchange(
  ctx: RequestContext,
  id: string,
  input: UpdateExchangeInput,
  expectedVersion: number,
): Promise<Exchange> {
  return ctx.dataSource.transaction(async (db) => {
    const current = await lockExchange(db, id);
    await assertValidExchange(db, input, current);
    assertExpectedVersion("exchange", current, expectedVersion);
    if (input.capacity !== undefined && input.capacity < current.capacity) {
      const [seats] = (await db.query(
        `SELECT count(*)::int AS confirmed FROM exchange_participation WHERE exchange_id = $1 AND status = 'CONFIRMED'`,
        [id],
      )) as [{ confirmed: number }];
      if (input.capacity < seats.confirmed) {
        throw new BadUserInputError("Capacity below the confirmed seats", [
          { field: "capacity", message: `${seats.confirmed} seats are confirmed already` },
        ]);
      }
    }
    await updateVersioned(db, Exchange, {
      what: "exchange",
      id,
      expectedVersion,
      set: { ...columnsFrom(input, EXCHANGE_COLUMNS), updatedAt: () => "now()" },
    });
    const updated = await db.getRepository(Exchange).findOneByOrFail({ id });
    const promoted = await fillFreeSeats(db, updated);
    await auditExchange(db, ctx, { action: AuditAction.UPDATE, before: current, after: updated, promoted });
    return updated;
  });
}

/** Calls an exchange off: it stays listed as CANCELLED, nobody can join any more. */
export async function cancelExchange(ctx: RequestContext, id: string): Promise<Exchange> {
  return ctx.dataSource.transaction(async (db) => {
    const current = await lockExchange(db, id);
    if (current.status === ExchangeStatus.CANCELLED) return current;
    await db
      .createQueryBuilder()
      .update(Exchange)
      .set({ status: ExchangeStatus.CANCELLED, cancelledAt: () => "now()", updatedAt: () => "now()" })
      .where("id = :id", { id })
      .execute();
    const cancelled = await db.getRepository(Exchange).findOneByOrFail({ id });
    await auditExchange(db, ctx, { action: AuditAction.UPDATE, before: current, after: cancelled });
    return cancelled;
  });
}
