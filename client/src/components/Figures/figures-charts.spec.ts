import { describe, expect, it } from "vitest";
import type { PublicNetworkFiguresQuery } from "../../gql/graphql";
import { figuresCharts } from "./figures-charts";

const figures: PublicNetworkFiguresQuery["publicNetworkFigures"] = {
  fundingAcquired: 6_900_000,
  peopleReached: 6_100,
  projects: 3,
  runningProjects: 1,
  completedProjects: 2,
  relations: 4,
  byYear: [
    { year: 2009, fundingAcquired: 5_100_000, peopleReached: 1_600, projects: 1 },
    { year: 2012, fundingAcquired: 1_800_000, peopleReached: 4_500, projects: 1 },
    { year: 2020, fundingAcquired: 0, peopleReached: 0, projects: 1 },
  ],
  fundingByFunder: [
    { amount: 6_900_000, funder: { id: "f", name: "Europäischer Sozialfonds", shortName: "ESF" } },
    { amount: 0, funder: null },
  ],
  fundingByProgramme: [
    {
      amount: 5_100_000,
      peopleReached: 1_600,
      applications: 1,
      programme: { id: "p", key: "esf-bamf", name: "ESF-BAMF-Programm" },
    },
    { amount: 0, peopleReached: 0, applications: 1, programme: null },
  ],
  organisationsByKind: [
    { kind: "MIGRANT_ORGANISATION", count: 6 },
    { kind: "COMPANY", count: 0 },
  ],
  memberships: [{ kind: "ALBUM_PARTNER", organisations: 10 }],
};

const t = (key: string) => `[${key}]`;
/** Intl puts no-break spaces before the euro sign; compare with plain ones. */
const plain = (rows: Record<string, string>[] | undefined) =>
  rows?.map((row) =>
    Object.fromEntries(Object.entries(row).map(([key, value]) => [key, value.replace(/[\u00a0\u202f]/g, " ")])),
  );

describe("the public figures' charts", () => {
  it("tabulates every chart's values, leaving out years, funders and kinds with nothing to show", () => {
    const charts = Object.fromEntries(figuresCharts(figures, t, "de").map((chart) => [chart.id, chart]));
    expect(plain(charts["figures-funding-year"]?.rows)).toEqual([
      { year: "2009", amount: "5.100.000 €", projects: "1" },
      { year: "2012", amount: "1.800.000 €", projects: "1" },
    ]);
    expect(plain(charts["figures-funding-programme"]?.rows)).toEqual([
      { programme: "ESF-BAMF-Programm", amount: "5.100.000 €", people: "1.600" },
    ]);
    expect(plain(charts["figures-funding-funder"]?.rows)).toEqual([
      { funder: "Europäischer Sozialfonds", amount: "6.900.000 €" },
    ]);
    expect(charts["figures-funding-funder"]?.note).toBe("[figures.funderNote]");
    expect(charts["figures-people-year"]?.rows.map((row) => row.year)).toEqual(["2009", "2012"]);
    expect(plain(charts["figures-organisation-kinds"]?.rows)).toEqual([
      { kind: "[kinds.MIGRANT_ORGANISATION]", count: "6" },
    ]);
    expect(plain(charts["figures-memberships"]?.rows)).toEqual([
      { membership: "[memberships.ALBUM_PARTNER]", count: "10" },
    ]);
  });

  it("formats for the English UI", () => {
    const [funding] = figuresCharts(figures, t, "en");
    expect(plain(funding?.rows)?.[0]).toEqual({ year: "2009", amount: "€5,100,000", projects: "1" });
  });
});
