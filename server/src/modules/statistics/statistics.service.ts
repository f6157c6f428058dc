import type { EntityManager } from "typeorm";
import { BadUserInputError } from "../../graphql/errors";
import type { ApplicationStatus } from "../funding/funding.enums";
import { aggregateStatistics, type StatisticsRow } from "./statistics-aggregate";
import type { NetworkStatistics } from "./statistics.types";

/** Calendar day in Hannover, so that a window given as local midnight means that day. */
const berlinDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin", year: "numeric", month: "2-digit", day: "2-digit" });

interface Row {
  status: ApplicationStatus;
  programme_id: string | null;
  funder_ids: string[] | null;
  approved_amount: string | number | null;
  participants_reached: number | null;
  year: number;
}

/**
 * Each application is attributed to one day: the start of its funding period, else the day it was
 * approved, else the day it was created. The window selects by that day; the figures are
 * computed in one set-based query plus an in-memory aggregation.
 */
async function statisticsRows(db: EntityManager, from: Date | null, to: Date | null): Promise<StatisticsRow[]> {
  const rows: Row[] = await db.query(
    `SELECT status::text AS status, programme_id, to_json(funder_ids) AS funder_ids, approved_amount, participants_reached,
            extract(year FROM reference_day)::int AS year
       FROM (SELECT a.*, coalesce(a.starts_on,
                      (SELECT min(s.at) FROM application_status_change s WHERE s.application_id = a.id AND s.to_status = 'APPROVED')::date,
                      a.created_at::date) AS reference_day
               FROM application a) attributed
      WHERE ($1::date IS NULL OR reference_day >= $1::date) AND ($2::date IS NULL OR reference_day <= $2::date)`,
    [from ? berlinDay.format(from) : null, to ? berlinDay.format(to) : null],
  );
  return rows.map((row) => ({
    status: row.status,
    programmeId: row.programme_id,
    funderIds: row.funder_ids ?? [],
    approvedAmount: row.approved_amount === null ? null : Number(row.approved_amount),
    participantsReached: row.participants_reached,
    year: row.year,
  }));
}

export async function networkStatistics(db: EntityManager, from: Date | null, to: Date | null): Promise<NetworkStatistics> {
  if (from && to && from > to) throw new BadUserInputError("Empty window", [{ field: "to", message: "must not be before from" }]);
  const figures = aggregateStatistics(await statisticsRows(db, from, to));
  const euros = (cents: number) => cents / 100;
  return {
    from,
    to,
    fundingAcquired: euros(figures.totalFundingCents),
    fundingByYear: figures.byYear.map((y) => ({ year: y.year, amount: euros(y.cents) })),
    fundingByFunder: figures.byFunder.map((f) => ({ funderId: f.funderId, amount: euros(f.cents) })),
    fundingByProgramme: figures.byProgramme.map((p) => ({ programmeId: p.programmeId, amount: euros(p.cents), peopleReached: p.peopleReached, applications: p.applications })),
    peopleReached: figures.peopleReached,
    applicationsByStatus: figures.byStatus,
    successfulApplications: figures.successful,
    decidedApplications: figures.decided,
    successRate: figures.successRate,
  };
}
