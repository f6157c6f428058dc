import { describe, expect, it } from "vitest";
import { ApplicationStatus } from "../applications/application-status.enums";
import { aggregateStatistics, spreadByMonth, type StatisticsRow } from "./statistics-aggregate";

const row = (overrides: Partial<StatisticsRow>): StatisticsRow => ({
  status: ApplicationStatus.COMPLETED,
  programmeId: null,
  funderIds: [],
  approvedAmount: null,
  participantsReached: null,
  year: 2012,
  startsOn: null,
  amountEndsOn: null,
  decidedOnPlatform: false,
  ...overrides,
});

const sum = (values: Iterable<number>) => [...values].reduce((a, b) => a + b, 0);

describe("spreading an amount by months", () => {
  it("gives each month of the period the same share, the first ones the odd cents", () => {
    // 2012-01 … 2014-12: 36 months; 180,000,000 cents ÷ 36 = 5,000,000 a month.
    expect(Object.fromEntries(spreadByMonth(180_000_000, "2012-01-01", "2014-12-31", 2012))).toEqual({
      2012: 60_000_000,
      2013: 60_000_000,
      2014: 60_000_000,
    });
    // 2009-01 … 2015-03: 75 months of 6,800,000 cents.
    const esf = spreadByMonth(510_000_000, "2009-01-01", "2015-03-31", 2009);
    expect(esf.get(2009)).toBe(81_600_000);
    expect(esf.get(2015)).toBe(20_400_000);
    expect(sum(esf.values())).toBe(510_000_000);
    // Odd cents: 10 cents over 3 months (Nov–Jan) → 4, 3, 3.
    expect(Object.fromEntries(spreadByMonth(10, "2012-11-15", "2013-01-10", 2012))).toEqual({ 2012: 7, 2013: 3 });
  });

  it("keeps the amount in one year without an end, in the attributed year without a start, and clips to a window", () => {
    expect(Object.fromEntries(spreadByMonth(500, "2020-05-01", null, 2020))).toEqual({ 2020: 500 });
    expect([...spreadByMonth(500, null, null, null)]).toEqual([[null, 500]]);
    const clipped = spreadByMonth(180_000_000, "2012-01-01", "2014-12-31", 2012, {
      from: "2013-01-01",
      to: "2013-06-30",
    });
    expect(Object.fromEntries(clipped)).toEqual({ 2013: 30_000_000 });
  });
});

describe("statistics aggregation", () => {
  it("spreads amounts over their periods, attributes funders only where certain, counts people in the start year", () => {
    const figures = aggregateStatistics([
      row({
        status: ApplicationStatus.RUNNING,
        programmeId: "p1",
        funderIds: ["bamf", "esf"],
        approvedAmount: 5_100_000,
        participantsReached: 1600,
        year: 2009,
        startsOn: "2009-01-01",
        amountEndsOn: "2015-03-31",
      }),
      row({
        programmeId: "p2",
        funderIds: ["bmwa", "esf"],
        approvedAmount: 1_800_000,
        participantsReached: 4500,
        year: 2012,
        startsOn: "2012-01-01",
        amountEndsOn: "2014-12-31",
      }),
      row({ status: ApplicationStatus.APPROVED, funderIds: ["a"], approvedAmount: 0.1, year: 2012 }),
    ]);
    expect(figures.totalFundingCents).toBe(690_000_010);
    expect(sum(figures.byYear.map((y) => y.cents))).toBe(figures.totalFundingCents);
    expect(figures.byYear.find((y) => y.year === 2012)?.cents).toBe(81_600_000 + 60_000_000 + 10);
    expect(figures.byYear.find((y) => y.year === 2015)?.cents).toBe(20_400_000);
    // Several funders without shares are never divided: one row "not split", with its funders.
    expect(figures.byFunder).toEqual([
      { funderId: "a", attribution: "SINGLE_FUNDER", funderIds: ["a"], cents: 10, projects: 1 },
      {
        funderId: null,
        attribution: "NOT_SPLIT",
        funderIds: ["bamf", "bmwa", "esf"],
        cents: 690_000_000,
        projects: 2,
      },
    ]);
    expect(figures.peopleReached).toBe(6100);
    expect(figures.years.find((y) => y.year === 2009)).toMatchObject({ peopleReached: 1600, applications: 1 });
    expect(figures.years.find((y) => y.year === 2013)).toMatchObject({ peopleReached: 0, applications: 0 });
    expect(figures.withAmount).toBe(3);
  });

  it("computes the success rate only over decisions recorded on the platform", () => {
    const reportOnly = aggregateStatistics([row({}), row({ status: ApplicationStatus.RUNNING })]);
    expect(reportOnly).toMatchObject({ decided: 0, successful: 0, successRate: null });
    const figures = aggregateStatistics([
      row({ status: ApplicationStatus.SUBMITTED, approvedAmount: 99 }),
      row({ status: ApplicationStatus.REJECTED, decidedOnPlatform: true }),
      row({ status: ApplicationStatus.APPROVED, approvedAmount: 10, decidedOnPlatform: true }),
      row({ status: ApplicationStatus.COMPLETED }),
      row({ status: ApplicationStatus.WITHDRAWN }),
    ]);
    expect(figures.totalFundingCents).toBe(1000);
    expect(figures.successRate).toBe(0.5);
    expect(figures.years).toEqual([
      { year: 2012, cents: 1000, peopleReached: 0, applications: 5, successful: 1, decided: 2 },
    ]);
    expect(aggregateStatistics([]).successRate).toBeNull();
    expect(aggregateStatistics([]).years).toEqual([]);
  });
});
