import { describe, expect, it } from "vitest";
import { ApplicationStatus } from "../applications/application-status.enums";
import { aggregateStatistics, type StatisticsRow } from "./statistics-aggregate";

const row = (overrides: Partial<StatisticsRow>): StatisticsRow => ({
  status: ApplicationStatus.COMPLETED,
  programmeId: null,
  funderIds: [],
  approvedAmount: null,
  participantsReached: null,
  year: 2012,
  ...overrides,
});

describe("statistics aggregation", () => {
  it("attributes approved amounts to the start year and splits them equally among funders, to the cent", () => {
    const figures = aggregateStatistics([
      row({
        status: ApplicationStatus.RUNNING,
        programmeId: "p1",
        funderIds: ["bamf", "esf"],
        approvedAmount: 5_100_000,
        participantsReached: 1600,
        year: 2009,
      }),
      row({
        programmeId: "p2",
        funderIds: ["bmwa", "esf"],
        approvedAmount: 1_800_000,
        participantsReached: 4500,
        year: 2012,
      }),
      row({ status: ApplicationStatus.APPROVED, funderIds: ["a", "b", "c"], approvedAmount: 0.1, year: 2012 }),
    ]);
    expect(figures.totalFundingCents).toBe(690_000_010);
    expect(figures.byYear).toEqual([
      { year: 2009, cents: 510_000_000 },
      { year: 2012, cents: 180_000_010 },
    ]);
    expect(Object.fromEntries(figures.byFunder.map((f) => [f.funderId, f.cents]))).toEqual({
      esf: 345_000_000,
      bamf: 255_000_000,
      bmwa: 90_000_000,
      a: 4,
      b: 3,
      c: 3,
    });
    expect(figures.peopleReached).toBe(6100);
    expect(figures.years).toEqual([
      { year: 2009, cents: 510_000_000, peopleReached: 1600, applications: 1, successful: 1, decided: 1 },
      { year: 2012, cents: 180_000_010, peopleReached: 4500, applications: 2, successful: 2, decided: 2 },
    ]);
    expect(figures.byProgramme[0]).toEqual({
      programmeId: "p1",
      cents: 510_000_000,
      peopleReached: 1600,
      applications: 1,
    });
  });

  it("counts only funded states as acquired and computes the success rate over decided applications", () => {
    const figures = aggregateStatistics([
      row({ status: ApplicationStatus.SUBMITTED, approvedAmount: 99 }),
      row({ status: ApplicationStatus.REJECTED }),
      row({ status: ApplicationStatus.APPROVED, approvedAmount: 10 }),
      row({ status: ApplicationStatus.WITHDRAWN }),
    ]);
    expect(figures.totalFundingCents).toBe(1000);
    expect(figures.successRate).toBe(0.5);
    // The year holds every application attributed to it, decisions included.
    expect(figures.years).toEqual([
      { year: 2012, cents: 1000, peopleReached: 0, applications: 4, successful: 1, decided: 2 },
    ]);
    expect(figures.byStatus.find((s) => s.status === ApplicationStatus.DRAFT)).toEqual({
      status: ApplicationStatus.DRAFT,
      count: 0,
    });
    expect(aggregateStatistics([]).successRate).toBeNull();
    expect(aggregateStatistics([]).years).toEqual([]);
  });

  it("lists years without funding for their people and decisions, apart from fundingByYear", () => {
    const figures = aggregateStatistics([
      row({ status: ApplicationStatus.REJECTED, participantsReached: 7, year: 2014 }),
      row({ status: ApplicationStatus.COMPLETED, participantsReached: 30, approvedAmount: null, year: 2013 }),
      row({ status: ApplicationStatus.DRAFT, year: 2015 }),
    ]);
    expect(figures.byYear).toEqual([]);
    expect(figures.years.map((y) => [y.year, y.peopleReached, y.successful, y.decided, y.applications])).toEqual([
      [2013, 30, 1, 1, 1],
      [2014, 7, 0, 1, 1],
      [2015, 0, 0, 0, 1],
    ]);
  });
});
