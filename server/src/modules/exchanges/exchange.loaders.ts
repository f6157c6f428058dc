import DataLoader from "dataloader";
import { In, type EntityManager } from "typeorm";
import { perRequest } from "../../graphql/per-request";
import { manyPerKey, onePerKey } from "../../shared/batch";
import { Exchange } from "./exchange.entity";
import { ExchangeParticipation } from "./exchange-participation.entity";

export interface SeatCounts {
  confirmed: number;
  waitlisted: number;
}

/** Confirmed and waitlisted participations per exchange, one grouped query for the whole batch. */
export async function loadSeatCounts(db: EntityManager, exchangeIds: readonly string[]): Promise<SeatCounts[]> {
  const rows: { exchange_id: string; confirmed: number; waitlisted: number }[] = await db.query(
    `SELECT exchange_id,
            count(*) FILTER (WHERE status = 'CONFIRMED')::int AS confirmed,
            count(*) FILTER (WHERE status = 'WAITLISTED')::int AS waitlisted
       FROM exchange_participation
      WHERE exchange_id = ANY($1::uuid[]) AND status <> 'CANCELLED'
      GROUP BY exchange_id`,
    [exchangeIds],
  );
  return onePerKey(exchangeIds, rows, (row) => row.exchange_id).map((row) => ({
    confirmed: row?.confirmed ?? 0,
    waitlisted: row?.waitlisted ?? 0,
  }));
}

/**
 * 1-based waitlist positions of participations (null when not waitlisted). Positions are ranked
 * on the fly, so they close up by themselves when someone ahead leaves or is promoted.
 */
export async function loadWaitlistPositions(
  db: EntityManager,
  participationIds: readonly string[],
): Promise<(number | null)[]> {
  const rows: { id: string; position: number }[] = await db.query(
    `SELECT id, position FROM (
       SELECT p.id, row_number() OVER (PARTITION BY p.exchange_id ORDER BY p.queue_number)::int AS position
         FROM exchange_participation p
        WHERE p.status = 'WAITLISTED'
          AND p.exchange_id IN (SELECT exchange_id FROM exchange_participation WHERE id = ANY($1::uuid[]))
     ) ranked
     WHERE id = ANY($1::uuid[])`,
    [participationIds],
  );
  return onePerKey(participationIds, rows, (row) => row.id).map((row) => row?.position ?? null);
}

/** Key of `liveParticipation`: an exchange and an organisation. */
export function participationKey(exchangeId: string, organisationId: string): string {
  return `${exchangeId}:${organisationId}`;
}

export function createExchangeLoaders(db: EntityManager) {
  return {
    exchangeById: new DataLoader<string, Exchange | null>(async (ids) => {
      const rows = await db.getRepository(Exchange).findBy({ id: In([...ids]) });
      return onePerKey(ids, rows, (row) => row.id);
    }),
    seatCounts: new DataLoader<string, SeatCounts>((ids) => loadSeatCounts(db, ids)),
    /**
     * Live (confirmed, then waitlisted) participations per exchange, each group in join order,
     * with their organisation joined in: who may be listed depends on its opt-in.
     */
    participationsByExchange: new DataLoader<string, ExchangeParticipation[]>(async (ids) => {
      const rows = await db
        .getRepository(ExchangeParticipation)
        .createQueryBuilder("p")
        .innerJoinAndSelect("p.organisationRelation", "o")
        .where("p.exchange_id = ANY(:ids) AND p.status <> 'CANCELLED'", { ids: [...ids] })
        .orderBy("p.status", "ASC")
        .addOrderBy("p.queue_number", "ASC")
        .getMany();
      return manyPerKey(ids, rows, (row) => row.exchangeId);
    }),
    /** Live participations per organisation with their exchange joined in, the latest exchange first. */
    participationsByOrganisation: new DataLoader<string, ExchangeParticipation[]>(async (ids) => {
      const rows = await db
        .getRepository(ExchangeParticipation)
        .createQueryBuilder("p")
        .innerJoinAndSelect("p.exchangeRelation", "e")
        .where("p.organisation_id = ANY(:ids) AND p.status <> 'CANCELLED'", { ids: [...ids] })
        .orderBy("e.starts_at", "DESC")
        .addOrderBy("e.id", "ASC")
        .getMany();
      return manyPerKey(ids, rows, (row) => row.organisationId);
    }),
    waitlistPosition: new DataLoader<string, number | null>((ids) => loadWaitlistPositions(db, ids)),
    /** The live participation of one organisation in one exchange, keyed by `participationKey`. */
    liveParticipation: new DataLoader<string, ExchangeParticipation | null>(async (keys) => {
      const pairs = keys.map((key) => key.split(":") as [string, string]);
      const rows = await db
        .getRepository(ExchangeParticipation)
        .createQueryBuilder("p")
        .where(
          "p.exchange_id = ANY(:exchangeIds) AND p.organisation_id = ANY(:organisationIds) AND p.status <> 'CANCELLED'",
          {
            exchangeIds: [...new Set(pairs.map(([exchangeId]) => exchangeId))],
            organisationIds: [...new Set(pairs.map(([, organisationId]) => organisationId))],
          },
        )
        .getMany();
      return onePerKey(keys, rows, (row) => participationKey(row.exchangeId, row.organisationId));
    }),
  };
}

export const exchangeLoaders = perRequest(createExchangeLoaders);
