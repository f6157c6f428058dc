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
  projectsWithAmount: 2,
  offers: 8,
  byYear: [
    { year: 2009, fundingAcquired: 5_100_000, peopleReached: 1_600, projects: 1 },
    { year: 2012, fundingAcquired: 1_800_000, peopleReached: 4_500, projects: 1 },
    { year: 2020, fundingAcquired: 0, peopleReached: 0, projects: 1 },
  ],
  fundingByFunder: [
    {
      amount: 100_000,
      attribution: "SINGLE_FUNDER",
      projects: 1,
      funder: { id: "f", name: "Europäischer Sozialfonds", shortName: "ESF" },
      funders: [{ id: "f", name: "Europäischer Sozialfonds", shortName: "ESF" }],
    },
    {
      amount: 6_800_000,
      attribution: "NOT_SPLIT",
      projects: 2,
      funder: null,
      funders: [
        { id: "b", name: "Bundesamt für Migration und Flüchtlinge", shortName: "BAMF" },
        { id: "f", name: "Europäischer Sozialfonds", shortName: "ESF" },
      ],
    },
    { amount: 0, attribution: "NO_FUNDER", projects: 0, funder: null, funders: [] },
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
  memberships: [{ kind: "ALBUM_PARTNER", organisations: 10, illustrativeOrganisations: 0 }],
};

const t = (key: string, values?: Record<string, unknown>) => `[${key}${values ? ` ${JSON.stringify(values)}` : ""}]`;
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
    // One funder: named; several without shares: "not split", with who shares it; never halved.
    expect(plain(charts["figures-funding-funder"]?.rows)).toEqual([
      { funder: "Europäischer Sozialfonds", amount: "100.000 €", projects: "1" },
      { funder: '[figures.notSplit {"funders":"BAMF, ESF"}]', amount: "6.800.000 €", projects: "2" },
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

  it("puts years on a real time axis, 2009 and 2020 eleven years apart", () => {
    const charts = Object.fromEntries(figuresCharts(figures, t, "de").map((chart) => [chart.id, chart]));
    const option = charts["figures-funding-year"]?.option as {
      xAxis: { type: string; min: number; max: number };
      series: { data: [number, number][] }[];
    };
    expect(option.xAxis.type).toBe("value");
    expect(option.series[0]?.data).toEqual([
      [2009, 5_100_000],
      [2012, 1_800_000],
    ]);
    const people = charts["figures-people-year"]?.option as { xAxis: { type: string } };
    expect(people.xAxis.type).toBe("value");
    // Long category names are horizontal bars with every label shown.
    const funders = charts["figures-funding-funder"]?.option as {
      yAxis: { type: string; axisLabel: { interval: number } };
    };
    expect(funders.yAxis).toMatchObject({ type: "category", axisLabel: { interval: 0 } });
  });

  it("formats for the English UI", () => {
    const [funding] = figuresCharts(figures, t, "en");
    expect(plain(funding?.rows)?.[0]).toEqual({ year: "2009", amount: "€5,100,000", projects: "1" });
  });
});
