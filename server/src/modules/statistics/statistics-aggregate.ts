import { ApplicationStatus } from "../applications/application-status.enums";

/** What the figures need of one application. */
export interface StatisticsRow {
  status: ApplicationStatus;
  programmeId: string | null;
  funderIds: string[];
  approvedAmount: number | null;
  participantsReached: number | null;
  /** The year the application is attributed to (see statisticsRows); null when no day is known. */
  year: number | null;
}

/** Everything attributed to one year (see StatisticsRow.year), decisions included. */
export interface YearFigures {
  year: number | null;
  cents: number;
  peopleReached: number;
  applications: number;
  successful: number;
  decided: number;
}

export interface Figures {
  totalFundingCents: number;
  /** Years with funding acquired. */
  byYear: { year: number | null; cents: number }[];
  /** Every year with an attributed application, in order. */
  years: YearFigures[];
  byFunder: { funderId: string | null; cents: number }[];
  byProgramme: { programmeId: string | null; cents: number; peopleReached: number; applications: number }[];
  peopleReached: number;
  byStatus: { status: ApplicationStatus; count: number }[];
  successful: number;
  decided: number;
  successRate: number | null;
}

const FUNDED = new Set<ApplicationStatus>([
  ApplicationStatus.APPROVED,
  ApplicationStatus.RUNNING,
  ApplicationStatus.COMPLETED,
]);

function add<K>(map: Map<K, number>, key: K, value: number): void {
  map.set(key, (map.get(key) ?? 0) + value);
}

/** Splits cents equally among n funders; the first ones get the remaining cents, so the parts add up. */
function shares(cents: number, n: number): number[] {
  const base = Math.floor(cents / n);
  return Array.from({ length: n }, (_, index) => base + (index < cents - base * n ? 1 : 0));
}

/**
 * The funders' figures: funding acquired (approved amounts of approved, running and completed
 * applications) by year, by funder (split equally among an application's funders) and by
 * programme; people reached; applications by status; success rate = funded ÷ (funded + rejected).
 * The per-year figures use the same attributed year for everything, decisions included (an
 * application decided in 2013 for a period starting 2014 counts in 2014), so that a year's
 * success rate and its funding describe the same applications.
 * Amounts are summed in cents so that the totals are exact.
 */
/** Oldest year first; the applications without a known year after all years. */
function byYearUnknownLast(a: { year: number | null }, b: { year: number | null }): number {
  return (a.year ?? Number.POSITIVE_INFINITY) - (b.year ?? Number.POSITIVE_INFINITY) || 0;
}

export function aggregateStatistics(rows: StatisticsRow[]): Figures {
  const byYear = new Map<number | null, number>();
  const years = new Map<number | null, YearFigures>();
  const byFunder = new Map<string | null, number>();
  const byProgramme = new Map<string | null, { cents: number; peopleReached: number; applications: number }>();
  const byStatus = new Map<ApplicationStatus, number>(Object.values(ApplicationStatus).map((status) => [status, 0]));
  let totalFundingCents = 0;
  let peopleReached = 0;
  for (const row of rows) {
    add(byStatus, row.status, 1);
    const people = row.participantsReached ?? 0;
    peopleReached += people;
    const year = years.get(row.year) ?? {
      year: row.year,
      cents: 0,
      peopleReached: 0,
      applications: 0,
      successful: 0,
      decided: 0,
    };
    year.applications += 1;
    year.peopleReached += people;
    if (FUNDED.has(row.status)) year.successful += 1;
    if (FUNDED.has(row.status) || row.status === ApplicationStatus.REJECTED) year.decided += 1;
    years.set(row.year, year);
    const programme = byProgramme.get(row.programmeId) ?? { cents: 0, peopleReached: 0, applications: 0 };
    programme.applications += 1;
    programme.peopleReached += people;
    byProgramme.set(row.programmeId, programme);
    if (!FUNDED.has(row.status) || row.approvedAmount === null) continue;
    const cents = Math.round(row.approvedAmount * 100);
    totalFundingCents += cents;
    programme.cents += cents;
    year.cents += cents;
    add(byYear, row.year, cents);
    const funders = [...new Set(row.funderIds)].sort();
    if (funders.length === 0) add(byFunder, null, cents);
    else shares(cents, funders.length).forEach((part, index) => add(byFunder, funders[index] ?? null, part));
  }
  const successful = rows.filter((row) => FUNDED.has(row.status)).length;
  const decided = successful + (byStatus.get(ApplicationStatus.REJECTED) ?? 0);
  return {
    totalFundingCents,
    byYear: [...byYear].map(([year, cents]) => ({ year, cents })).sort(byYearUnknownLast),
    years: [...years.values()].sort(byYearUnknownLast),
    byFunder: [...byFunder]
      .map(([funderId, cents]) => ({ funderId, cents }))
      .sort((a, b) => b.cents - a.cents || String(a.funderId).localeCompare(String(b.funderId))),
    byProgramme: [...byProgramme]
      .map(([programmeId, figures]) => ({ programmeId, ...figures }))
      .sort(
        (a, b) =>
          b.cents - a.cents ||
          b.applications - a.applications ||
          String(a.programmeId).localeCompare(String(b.programmeId)),
      ),
    peopleReached,
    byStatus: [...byStatus].map(([status, count]) => ({ status, count })),
    successful,
    decided,
    successRate: decided > 0 ? successful / decided : null,
  };
}
