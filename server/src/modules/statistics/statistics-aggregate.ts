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
  /** First day of the funding period (YYYY-MM-DD), null when unknown. */
  startsOn: string | null;
  /** Last day the approved amount covers: amountCoversUntil, else the period's end; null when unknown. */
  amountEndsOn: string | null;
  /** Whether the approval or rejection was recorded on the platform (a status change to APPROVED or REJECTED). */
  decidedOnPlatform: boolean;
}

/** Calendar days (YYYY-MM-DD) bounding the figures; null ends are open. */
export interface DayWindow {
  from: string | null;
  to: string | null;
}

/** Everything attributed to one year, decisions included. */
export interface YearFigures {
  year: number | null;
  /** Funding spread pro rata over the months the amount covers (see spreadByMonth). */
  cents: number;
  /** People reached, in the year the project is attributed to (its start): the report gives no split. */
  peopleReached: number;
  applications: number;
  successful: number;
  decided: number;
}

/** How an amount reaches a funder: one funder (whole amount), several without shares (not split), none recorded. */
export type FunderAttribution = "SINGLE_FUNDER" | "NOT_SPLIT" | "NO_FUNDER";

export interface FunderFigures {
  /** The funder for SINGLE_FUNDER; null otherwise. */
  funderId: string | null;
  attribution: FunderAttribution;
  /** The funders sharing a NOT_SPLIT amount, sorted; the one funder for SINGLE_FUNDER. */
  funderIds: string[];
  cents: number;
  projects: number;
}

export interface Figures {
  totalFundingCents: number;
  /** Years with funding acquired (spread by months). */
  byYear: { year: number | null; cents: number }[];
  /** Every year with funding or an attributed application, in order. */
  years: YearFigures[];
  byFunder: FunderFigures[];
  byProgramme: { programmeId: string | null; cents: number; peopleReached: number; applications: number }[];
  peopleReached: number;
  byStatus: { status: ApplicationStatus; count: number }[];
  /** Funded applications (approved, running, completed) whose approved amount is recorded. */
  withAmount: number;
  /** Funded among those decided on the platform. */
  successful: number;
  /** Approved or rejected on the platform (records taken from the report were not decided here). */
  decided: number;
  successRate: number | null;
}

export const FUNDED = new Set<ApplicationStatus>([
  ApplicationStatus.APPROVED,
  ApplicationStatus.RUNNING,
  ApplicationStatus.COMPLETED,
]);

function add<K>(map: Map<K, number>, key: K, value: number): void {
  map.set(key, (map.get(key) ?? 0) + value);
}

const monthIndex = (day: string) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;

/**
 * An amount spread pro rata over the months it covers, from the month of `startsOn` to the month
 * of `endsOn` (both counted whole): each month gets the same share, the first months the
 * remaining cents, so the parts add up exactly. Without a start the whole amount stays in the
 * attributed year (`fallbackYear`); without an end, in the start month. Months outside the window
 * are left out. Returns cents per year.
 */
export function spreadByMonth(
  cents: number,
  startsOn: string | null,
  endsOn: string | null,
  fallbackYear: number | null,
  window: DayWindow = { from: null, to: null },
): Map<number | null, number> {
  const result = new Map<number | null, number>();
  if (startsOn === null) {
    result.set(fallbackYear, cents);
    return result;
  }
  const first = monthIndex(startsOn);
  const last = Math.max(first, endsOn === null ? first : monthIndex(endsOn));
  const months = last - first + 1;
  const base = Math.floor(cents / months);
  const extra = cents - base * months;
  const lowest = window.from === null ? Number.NEGATIVE_INFINITY : monthIndex(window.from);
  const highest = window.to === null ? Number.POSITIVE_INFINITY : monthIndex(window.to);
  for (let month = first; month <= last; month += 1) {
    if (month < lowest || month > highest) continue;
    add(result, Math.floor(month / 12), base + (month - first < extra ? 1 : 0));
  }
  return result;
}

/** Oldest year first; the applications without a known year after all years. */
function byYearUnknownLast(a: { year: number | null }, b: { year: number | null }): number {
  return (a.year ?? Number.POSITIVE_INFINITY) - (b.year ?? Number.POSITIVE_INFINITY) || 0;
}

/**
 * The funders' figures: funding acquired (approved amounts of approved, running and completed
 * applications) by year (spread pro rata by months over the period the amount covers, within the
 * window), by funder (only where the attribution is certain: one funder gets the whole amount; an
 * amount of several funders without recorded shares is "not split", never divided equally) and by
 * programme; people reached; applications by status; success rate over the applications decided on
 * the platform = funded ÷ (funded + rejected). Counts and decisions belong to the attributed year
 * (the start of the funding period). Amounts are summed in cents so that the totals are exact.
 */
export function aggregateStatistics(rows: StatisticsRow[], window: DayWindow = { from: null, to: null }): Figures {
  const byYear = new Map<number | null, number>();
  const years = new Map<number | null, YearFigures>();
  const yearFigures = (year: number | null): YearFigures => {
    const existing = years.get(year);
    if (existing) return existing;
    const created = { year, cents: 0, peopleReached: 0, applications: 0, successful: 0, decided: 0 };
    years.set(year, created);
    return created;
  };
  const byFunder = new Map<string, FunderFigures>();
  const byProgramme = new Map<string | null, { cents: number; peopleReached: number; applications: number }>();
  const byStatus = new Map<ApplicationStatus, number>(Object.values(ApplicationStatus).map((status) => [status, 0]));
  let totalFundingCents = 0;
  let peopleReached = 0;
  let withAmount = 0;
  let successful = 0;
  let decided = 0;
  const firstYear = window.from === null ? null : Number(window.from.slice(0, 4));
  const lastYear = window.to === null ? null : Number(window.to.slice(0, 4));
  for (const row of rows) {
    add(byStatus, row.status, 1);
    const people = row.participantsReached ?? 0;
    peopleReached += people;
    // Counted once: in the start year, or the window's first year for a project that began before it.
    const countYear =
      row.year === null
        ? null
        : Math.min(Math.max(row.year, firstYear ?? row.year), lastYear ?? Number.POSITIVE_INFINITY);
    const year = yearFigures(countYear);
    year.applications += 1;
    year.peopleReached += people;
    const funded = FUNDED.has(row.status);
    if (row.decidedOnPlatform && (funded || row.status === ApplicationStatus.REJECTED)) {
      year.decided += 1;
      decided += 1;
      if (funded) {
        year.successful += 1;
        successful += 1;
      }
    }
    const programme = byProgramme.get(row.programmeId) ?? { cents: 0, peopleReached: 0, applications: 0 };
    programme.applications += 1;
    programme.peopleReached += people;
    byProgramme.set(row.programmeId, programme);
    if (!funded || row.approvedAmount === null) continue;
    withAmount += 1;
    const spread = spreadByMonth(
      Math.round(row.approvedAmount * 100),
      row.startsOn,
      row.amountEndsOn,
      row.year,
      row.startsOn === null ? { from: null, to: null } : window,
    );
    let cents = 0;
    for (const [spreadYear, part] of spread) {
      cents += part;
      add(byYear, spreadYear, part);
      yearFigures(spreadYear).cents += part;
    }
    totalFundingCents += cents;
    programme.cents += cents;
    const funders = [...new Set(row.funderIds)].sort();
    const attribution: FunderAttribution =
      funders.length === 0 ? "NO_FUNDER" : funders.length === 1 ? "SINGLE_FUNDER" : "NOT_SPLIT";
    const key = attribution === "SINGLE_FUNDER" ? `funder:${funders[0]}` : attribution;
    const entry = byFunder.get(key) ?? {
      funderId: attribution === "SINGLE_FUNDER" ? (funders[0] ?? null) : null,
      attribution,
      funderIds: [],
      cents: 0,
      projects: 0,
    };
    entry.cents += cents;
    entry.projects += 1;
    entry.funderIds = [...new Set([...entry.funderIds, ...funders])].sort();
    byFunder.set(key, entry);
  }
  return {
    totalFundingCents,
    byYear: [...byYear]
      .filter(([, cents]) => cents > 0)
      .map(([year, cents]) => ({ year, cents }))
      .sort(byYearUnknownLast),
    years: [...years.values()].sort(byYearUnknownLast),
    byFunder: [...byFunder.values()].sort(
      (a, b) =>
        Number(a.attribution !== "SINGLE_FUNDER") - Number(b.attribution !== "SINGLE_FUNDER") ||
        b.cents - a.cents ||
        String(a.funderId).localeCompare(String(b.funderId)),
    ),
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
    withAmount,
    successful,
    decided,
    successRate: decided > 0 ? successful / decided : null,
  };
}
