import type { EntityManager } from "typeorm";
import { BadUserInputError } from "../../graphql/errors";
import { ApplicationStatus } from "../applications/application-status.enums";
import { PUBLIC_STATUSES } from "../applications/application-access";
import { MembershipKind, OrganisationKind } from "../network/network.enums";
import { aggregateStatistics, type FunderFigures, type StatisticsRow } from "./statistics-aggregate";
import { FunderAttribution, type NetworkStatistics, type PublicNetworkFigures } from "./statistics.types";

/** Calendar day in Hannover, so that a window given as local midnight means that day. */
const berlinDay = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Berlin",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

interface Row {
  status: ApplicationStatus;
  programme_id: string | null;
  funder_ids: string[] | null;
  approved_amount: string | number | null;
  participants_reached: number | null;
  year: number | null;
  starts_on: string | null;
  amount_ends_on: string | null;
  decided_on_platform: boolean;
}

/** The network began in 2004; anything far outside its life is a typo, not a question. */
const EARLIEST_DAY = "1950-01-01";
const LATEST_DAY = "2100-12-31";

const euros = (cents: number) => cents / 100;

const funderRow = (row: FunderFigures) => ({
  funderId: row.funderId,
  attribution: row.attribution as FunderAttribution,
  funderIds: row.funderIds,
  amount: euros(row.cents),
  projects: row.projects,
});

interface Window {
  from: string | null;
  to: string | null;
}

/** The window as Hannover calendar days, refused when reversed or outside 1950–2100. */
function windowDays(from: Date | null, to: Date | null): Window {
  const days = { from: from ? berlinDay.format(from) : null, to: to ? berlinDay.format(to) : null };
  const problems = (["from", "to"] as const)
    .filter((field) => {
      const day = days[field];
      return day !== null && (day < EARLIEST_DAY || day > LATEST_DAY);
    })
    .map((field) => ({ field, message: "must lie between 1950 and 2100" }));
  if (problems.length > 0) throw new BadUserInputError("Window out of range", problems);
  if (days.from !== null && days.to !== null && days.from > days.to)
    throw new BadUserInputError("Empty window", [{ field: "to", message: "must not be before from" }]);
  return days;
}

/**
 * Each application is attributed to one day: the start of its funding period, else the day it was
 * approved, else its call's deadline, else the day it was created on the platform. Records taken
 * from the network's report (they carry a provenance) have no creation day of their own: without a
 * period they stay without a year (null) rather than landing in the year they were seeded. A window
 * selects the applications whose time — from that day to the end of the period or of what the
 * amount covers — overlaps it, so it leaves the year-less ones out; their amounts count only for
 * the months inside the window (aggregateStatistics). One set-based query plus an in-memory
 * aggregation.
 */
async function statisticsRows(
  db: EntityManager,
  window: Window,
  statuses: readonly ApplicationStatus[] | null = null,
): Promise<StatisticsRow[]> {
  const rows: Row[] = await db.query(
    `SELECT status::text AS status, programme_id, to_json(funder_ids) AS funder_ids, approved_amount, participants_reached,
            extract(year FROM reference_day)::int AS year, starts_on::text AS starts_on,
            coalesce(amount_covers_until, ends_on)::text AS amount_ends_on, decided_on_platform
       FROM (SELECT a.*, coalesce(a.starts_on,
                      (SELECT min(s.at) FROM application_status_change s WHERE s.application_id = a.id AND s.to_status = 'APPROVED')::date,
                      (SELECT c.deadline FROM call_for_proposals c WHERE c.id = a.call_id)::date,
                      CASE WHEN a.provenance = '{}'::jsonb THEN a.created_at::date END) AS reference_day,
                    EXISTS (SELECT 1 FROM application_status_change s
                             WHERE s.application_id = a.id AND s.to_status IN ('APPROVED', 'REJECTED')) AS decided_on_platform
               FROM application a) attributed
      WHERE ($1::date IS NULL OR greatest(reference_day, ends_on, amount_covers_until) >= $1::date)
        AND ($2::date IS NULL OR reference_day <= $2::date)
        AND ($3::text[] IS NULL OR status::text = ANY($3::text[]))`,
    [window.from, window.to, statuses ? [...statuses] : null],
  );
  return rows.map((row) => ({
    status: row.status,
    programmeId: row.programme_id,
    funderIds: row.funder_ids ?? [],
    approvedAmount: row.approved_amount === null ? null : Number(row.approved_amount),
    participantsReached: row.participants_reached,
    year: row.year,
    startsOn: row.starts_on,
    amountEndsOn: row.amount_ends_on,
    decidedOnPlatform: row.decided_on_platform,
  }));
}

export async function networkStatistics(
  db: EntityManager,
  from: Date | null,
  to: Date | null,
): Promise<NetworkStatistics> {
  const window = windowDays(from, to);
  const figures = aggregateStatistics(await statisticsRows(db, window), window);
  return {
    from,
    to,
    fundingAcquired: euros(figures.totalFundingCents),
    fundingByYear: figures.byYear.map((y) => ({ year: y.year, amount: euros(y.cents) })),
    fundingByFunder: figures.byFunder.map(funderRow),
    fundingByProgramme: figures.byProgramme.map((p) => ({
      programmeId: p.programmeId,
      amount: euros(p.cents),
      peopleReached: p.peopleReached,
      applications: p.applications,
    })),
    peopleReached: figures.peopleReached,
    applicationsWithAmount: figures.withAmount,
    applicationsByStatus: figures.byStatus,
    successfulApplications: figures.successful,
    decidedApplications: figures.decided,
    successRate: figures.successRate,
    byYear: figures.years.map((y) => ({
      year: y.year,
      fundingAcquired: euros(y.cents),
      peopleReached: y.peopleReached,
      applications: y.applications,
      successfulApplications: y.successful,
      decidedApplications: y.decided,
      successRate: y.decided > 0 ? y.successful / y.decided : null,
    })),
  };
}

/** Counts per enum value, zero counts included, in the enum's order. */
function countsByKind<K extends string>(
  kinds: readonly K[],
  rows: { kind: K; count: number }[],
): { kind: K; count: number }[] {
  const counted = new Map(rows.map((row) => [row.kind, Number(row.count)]));
  return kinds.map((kind) => ({ kind, count: counted.get(kind) ?? 0 }));
}

/** A since/until period (open ends unbounded) that overlaps the window given as $1 and $2. */
const overlapsWindow = (alias: string) =>
  `(${alias}.since IS NULL OR $2::date IS NULL OR ${alias}.since <= $2::date) AND (${alias}.until IS NULL OR $1::date IS NULL OR ${alias}.until >= $1::date)`;

/**
 * The public's figures. Projects are selected in SQL by the statuses everyone may see
 * (PUBLIC_STATUSES, the rule of Organisation.applications), so nothing unpublished is ever read.
 */
export async function publicNetworkFigures(
  db: EntityManager,
  from: Date | null,
  to: Date | null,
): Promise<PublicNetworkFigures> {
  const window = windowDays(from, to);
  const [rows, kinds, memberships, [relations], [offers]] = await Promise.all([
    statisticsRows(db, window, [...PUBLIC_STATUSES]),
    db.query(
      `SELECT kind::text AS kind, count(*)::int AS count FROM organisation WHERE archived_at IS NULL GROUP BY kind`,
    ) as Promise<{ kind: OrganisationKind; count: number }[]>,
    db.query(
      `SELECT m.kind::text AS kind, count(DISTINCT m.organisation_id)::int AS count,
              count(DISTINCT m.organisation_id) FILTER (WHERE m.provenance->>'kind' = 'ILLUSTRATIVE')::int AS illustrative
         FROM membership m JOIN organisation o ON o.id = m.organisation_id
        WHERE o.archived_at IS NULL AND ${overlapsWindow("m")}
        GROUP BY m.kind`,
      [window.from, window.to],
    ) as Promise<{ kind: MembershipKind; count: number; illustrative: number }[]>,
    db.query(
      `SELECT count(*)::int AS count
         FROM relation r JOIN organisation s ON s.id = r.source_id JOIN organisation t ON t.id = r.target_id
        WHERE s.archived_at IS NULL AND t.archived_at IS NULL AND ${overlapsWindow("r")}`,
      [window.from, window.to],
    ) as Promise<[{ count: number }]>,
    // Offers are never projects; a window selects those whose known period overlaps it (none without one).
    db.query(
      `SELECT count(*)::int AS count FROM offer o
        WHERE ($1::date IS NULL AND $2::date IS NULL)
           OR (o.starts_on IS NOT NULL AND ($2::date IS NULL OR o.starts_on <= $2::date)
               AND ($1::date IS NULL OR coalesce(o.ends_on, o.starts_on) >= $1::date))`,
      [window.from, window.to],
    ) as Promise<[{ count: number }]>,
  ]);
  const figures = aggregateStatistics(rows, window);
  const projects = (status: ApplicationStatus) => figures.byStatus.find((row) => row.status === status)?.count ?? 0;
  return {
    from,
    to,
    fundingAcquired: euros(figures.totalFundingCents),
    peopleReached: figures.peopleReached,
    projects: rows.length,
    runningProjects: projects(ApplicationStatus.RUNNING),
    completedProjects: projects(ApplicationStatus.COMPLETED),
    byYear: figures.years.map((y) => ({
      year: y.year,
      fundingAcquired: euros(y.cents),
      peopleReached: y.peopleReached,
      projects: y.applications,
    })),
    projectsWithAmount: figures.withAmount,
    offers: Number(offers.count),
    fundingByFunder: figures.byFunder.map(funderRow),
    fundingByProgramme: figures.byProgramme.map((p) => ({
      programmeId: p.programmeId,
      amount: euros(p.cents),
      peopleReached: p.peopleReached,
      applications: p.applications,
    })),
    organisationsByKind: countsByKind(Object.values(OrganisationKind), kinds),
    memberships: countsByKind(Object.values(MembershipKind), memberships).map(({ kind, count }) => ({
      kind,
      organisations: count,
      illustrativeOrganisations: Number(memberships.find((row) => row.kind === kind)?.illustrative ?? 0),
    })),
    relations: Number(relations.count),
  };
}
