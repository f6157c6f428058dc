import type { EntityManager } from "typeorm";
import { CALENDAR_FEED_HISTORY_DAYS } from "@album/shared";
import { ExchangeStatus, ParticipationStatus } from "./exchange.enums";

const FEED_LIMIT = 500;

/** An exchange as a calendar entry, with where the subscriber's organisation stands (null: not joined). */
export interface FeedExchange {
  id: string;
  title: string;
  description: string;
  location: string;
  startsAt: Date;
  endsAt: Date;
  status: ExchangeStatus;
  version: number;
  updatedAt: Date;
  participation: ParticipationStatus.CONFIRMED | ParticipationStatus.WAITLISTED | null;
  waitlistPosition: number | null;
}

interface FeedRow {
  id: string;
  title: string;
  description: string;
  location: string;
  starts_at: Date | string;
  ends_at: Date | string;
  status: ExchangeStatus;
  version: number;
  updated_at: Date | string;
  participation: FeedExchange["participation"];
  waitlist_position: number | null;
}

/**
 * Upcoming public exchanges for everyone; with an organisation also the exchanges it joined or
 * waits for (members-only ones included, recently ended ones kept). One statement.
 */
export async function feedExchanges(db: EntityManager, organisationId: string | null): Promise<FeedExchange[]> {
  const rows: FeedRow[] = await db.query(
    `SELECT e.id, e.title, e.description, e.location, e.starts_at, e.ends_at, e.status, e.version, e.updated_at,
            mine.status AS participation,
            CASE WHEN mine.status = 'WAITLISTED' THEN (
              SELECT count(*)::int FROM exchange_participation w
               WHERE w.exchange_id = e.id AND w.status = 'WAITLISTED' AND w.queue_number <= mine.queue_number
            ) END AS waitlist_position
       FROM exchange e
       LEFT JOIN exchange_participation mine
         ON mine.exchange_id = e.id AND mine.organisation_id = $1::uuid AND mine.status <> 'CANCELLED'
      WHERE (e.visibility = 'PUBLIC' AND e.ends_at > now())
         OR (mine.id IS NOT NULL AND e.ends_at > now() - make_interval(days => $2))
      ORDER BY e.starts_at, e.id
      LIMIT $3`,
    // Joined exchanges stay in the feed as long after they ended as the deadlines beside them.
    [organisationId, CALENDAR_FEED_HISTORY_DAYS, FEED_LIMIT],
  );
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    description: row.description,
    location: row.location,
    startsAt: new Date(row.starts_at),
    endsAt: new Date(row.ends_at),
    status: row.status,
    version: row.version,
    updatedAt: new Date(row.updated_at),
    participation: row.participation,
    waitlistPosition: row.waitlist_position,
  }));
}
