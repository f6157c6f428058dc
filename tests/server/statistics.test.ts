import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, signIn, startTestServer, type TestServer } from "../support/test-server";
import { TRANSITION, createApplication, fixtureIds, tandem } from "../support/application-fixtures";
import { albumSeed } from "../../seeds/album-network";

const STATISTICS = `query($from: DateTime, $to: DateTime) {
  networkStatistics(from: $from, to: $to) {
    fundingAcquired peopleReached successRate successfulApplications decidedApplications
    fundingByYear { year amount }
    fundingByFunder { funder { slug } attribution amount }
    fundingByProgramme { programme { key } amount peopleReached applications }
    applicationsByStatus { status count }
    byYear { year fundingAcquired peopleReached applications successfulApplications decidedApplications successRate }
  }
}`;

interface Statistics {
  fundingAcquired: number;
  peopleReached: number;
  successRate: number | null;
  successfulApplications: number;
  decidedApplications: number;
  fundingByYear: { year: number | null; amount: number }[];
  fundingByFunder: { funder: { slug: string } | null; attribution: string; amount: number }[];
  fundingByProgramme: {
    programme: { key: string } | null;
    amount: number;
    peopleReached: number;
    applications: number;
  }[];
  applicationsByStatus: { status: string; count: number }[];
  byYear: YearStatistics[];
}

interface YearStatistics {
  year: number | null;
  fundingAcquired: number;
  peopleReached: number;
  applications: number;
  successfulApplications: number;
  decidedApplications: number;
  successRate: number | null;
}

let server: TestServer;
let coordinator: string;
let kargah: string;
let tui: string;

const statistics = async (variables: Record<string, unknown> = {}, cookie = coordinator) => {
  const res = await server.graphql<{ networkStatistics: Statistics }>(STATISTICS, variables, { cookie });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.networkStatistics;
};
const byProgramme = (s: Statistics) =>
  Object.fromEntries(s.fundingByProgramme.map((p) => [p.programme?.key ?? "-", p]));
const byFunder = (s: Statistics) =>
  Object.fromEntries(s.fundingByFunder.map((f) => [f.funder?.slug ?? f.attribution, f.amount]));
const funded = albumSeed.projects.filter((p) => ["APPROVED", "RUNNING", "COMPLETED"].includes(p.status));
const seededFunding = funded.reduce((sum, p) => sum + (p.approvedAmount ?? 0), 0);
const seededPeople = albumSeed.projects.reduce((sum, p) => sum + (p.participantsReached ?? 0), 0);
const yearOf = (s: Statistics, year: number) => s.byYear.find((row) => row.year === year);
const sum = (rows: YearStatistics[], pick: (row: YearStatistics) => number) =>
  rows.reduce((total, row) => total + pick(row), 0);
const byStatus = (s: Statistics) => Object.fromEntries(s.applicationsByStatus.map((row) => [row.status, row.count]));

beforeAll(async () => {
  server = await startTestServer({ loginLimits: { perIp: 1000, perAccount: 100, windowSeconds: 60 } });
  [coordinator, kargah, tui] = await Promise.all([
    signIn(server, DEMO.coordinator),
    signIn(server, DEMO.kargah),
    signIn(server, DEMO.tui),
  ]);
});
afterAll(async () => {
  await server?.close();
});

describe("networkStatistics on the seeded network", () => {
  it("adds up the seeded projects, spreads their money over their periods, and never divides shared amounts", async () => {
    const figures = await statistics();
    const programmes = byProgramme(figures);
    for (const project of funded)
      expect(programmes[project.programme ?? "-"]).toMatchObject({
        amount: project.approvedAmount ?? 0,
        peopleReached: project.participantsReached ?? 0,
      });
    expect(figures.fundingAcquired).toBe(seededFunding);
    expect(figures.peopleReached).toBe(seededPeople);
    // 5.1 M€ over 2009-01 … 2015-03 (68,000 € a month) and 1.8 M€ over 2012–2014 (50,000 € a month).
    expect(figures.fundingByYear).toEqual([
      { year: 2009, amount: 816_000 },
      { year: 2010, amount: 816_000 },
      { year: 2011, amount: 816_000 },
      { year: 2012, amount: 1_416_000 },
      { year: 2013, amount: 1_416_000 },
      { year: 2014, amount: 1_416_000 },
      { year: 2015, amount: 204_000 },
    ]);
    // Both projects have several funders and no recorded shares: not split, never halved.
    expect(byFunder(figures)).toEqual({ NOT_SPLIT: seededFunding });
    expect(figures.fundingAcquired).toBeLessThanOrEqual(albumSeed.figures.fundingAcquiredEuros);
  });

  it("equals the seed's projects, counted by status, with no success rate before a decision on the platform", async () => {
    const figures = await statistics();
    const expected: Record<string, number> = {};
    for (const project of albumSeed.projects) expected[project.status] = (expected[project.status] ?? 0) + 1;
    expect(Object.fromEntries(Object.entries(byStatus(figures)).filter(([, count]) => count > 0))).toEqual(expected);
    expect(figures.applicationsByStatus).toHaveLength(9);
    expect(figures.fundingAcquired).toBe(seededFunding);
    // The report's projects were decided elsewhere: no "100 %" from records nobody decided here.
    expect(figures.successRate).toBeNull();
    expect(figures.decidedApplications).toBe(0);
    expect(figures.successfulApplications).toBe(0);
  });

  it("breaks money down by month-share and people and decisions by start year", async () => {
    const figures = await statistics();
    expect(yearOf(figures, 2009)).toEqual({
      year: 2009,
      fundingAcquired: 816_000,
      peopleReached: 1_600,
      applications: 1,
      successfulApplications: 0,
      decidedApplications: 0,
      successRate: null,
    });
    expect(yearOf(figures, 2012)).toEqual({
      year: 2012,
      fundingAcquired: 1_416_000,
      peopleReached: 4_500,
      applications: 1,
      successfulApplications: 0,
      decidedApplications: 0,
      successRate: null,
    });
    // The years add up to the totals, and the funded years are those of fundingByYear.
    // Oldest first; the report's applications without a period have no year (not the year they were seeded) and come last.
    expect(figures.byYear.map((row) => row.year)).toEqual([2009, 2010, 2011, 2012, 2013, 2014, 2015, null]);
    const undated = albumSeed.projects.filter((project) => project.startsOn === null);
    expect(figures.byYear.at(-1)).toMatchObject({ year: null, applications: undated.length, fundingAcquired: 0 });
    expect(sum(figures.byYear, (row) => row.fundingAcquired)).toBe(figures.fundingAcquired);
    expect(sum(figures.byYear, (row) => row.peopleReached)).toBe(figures.peopleReached);
    expect(sum(figures.byYear, (row) => row.applications)).toBe(albumSeed.projects.length);
    expect(sum(figures.byYear, (row) => row.decidedApplications)).toBe(figures.decidedApplications);
    expect(sum(figures.byYear, (row) => row.successfulApplications)).toBe(figures.successfulApplications);
    expect(
      figures.byYear
        .filter((row) => row.fundingAcquired > 0)
        .map(({ year, fundingAcquired }) => ({ year, amount: fundingAcquired })),
    ).toEqual(figures.fundingByYear);

    const window = await statistics({ from: "2013-01-01T00:00:00+01:00", to: "2015-12-31T23:59:59+01:00" });
    expect(window.byYear.map((row) => [row.year, row.fundingAcquired])).toEqual([
      [2013, 1_416_000],
      [2014, 1_416_000],
      [2015, 204_000],
    ]);
  });

  it("selects the applications whose time overlaps the window, their money by month", async () => {
    const report = await statistics({ from: "2015-01-01T00:00:00+01:00", to: "2015-12-31T23:59:59+01:00" });
    // Only ESF-BAMF's last three months (VIP ended 2014).
    expect(report.fundingAcquired).toBe(3 * 68_000);
    const tenYears = await statistics({ from: "2005-01-01T00:00:00+01:00", to: "2015-12-31T23:59:59+01:00" });
    expect(tenYears.fundingAcquired).toBe(seededFunding);
    const empty = await server.graphql(
      STATISTICS,
      { from: "2015-01-01T00:00:00Z", to: "2014-01-01T00:00:00Z" },
      { cookie: coordinator },
    );
    expect(empty.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    for (const absurd of [{ from: "1200-01-01T00:00:00Z" }, { to: "9999-12-31T00:00:00Z" }]) {
      const res = await server.graphql(STATISTICS, absurd, { cookie: coordinator });
      expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
  });

  it("follows the lifecycle: an approval adds funding in its start year, a rejection lowers the success rate", async () => {
    const ids = await fixtureIds(server);
    const move = async (id: string, version: number, to: string, extra: Record<string, unknown> = {}) => {
      const res = await server.graphql<{ transitionApplication: { version: number } }>(
        TRANSITION,
        { id, to, expectedVersion: version, ...extra },
        { cookie: coordinator },
      );
      if (!res.data) throw new Error(JSON.stringify(res.errors));
      return res.data.transitionApplication.version;
    };
    const before = await statistics();
    const approved = await createApplication(server, coordinator, {
      callId: ids.openCall,
      title: "Bewilligt",
      requestedAmount: 120_000,
      tandems: [tandem(ids, "kargah", "vhs-hannover", 120_000)],
    });
    let version = await move(approved.id, approved.version, "IN_PREPARATION");
    version = await move(approved.id, version, "SUBMITTED");
    await move(approved.id, version, "APPROVED", { approvedAmount: 99_999.99 });
    const rejected = await createApplication(server, coordinator, {
      callId: ids.openCall,
      title: "Abgelehnt",
      requestedAmount: 10,
      tandems: [tandem(ids, "amfn", "vnb", 10)],
    });
    version = await move(rejected.id, rejected.version, "IN_PREPARATION");
    version = await move(rejected.id, version, "SUBMITTED");
    await move(rejected.id, version, "REJECTED");

    const after = await statistics();
    expect(after.fundingAcquired).toBeCloseTo(before.fundingAcquired + 99_999.99, 2);
    const [call] = (await server.dataSource.query(
      `SELECT extract(year FROM funding_starts_on)::int AS year FROM call_for_proposals WHERE id = $1`,
      [ids.openCall],
    )) as [{ year: number }];
    // The amount spreads over the application's period by months: the call year holds its share.
    const [period] = (await server.dataSource.query(
      `SELECT starts_on::text AS starts, coalesce(ends_on, starts_on)::text AS ends FROM application WHERE id = $1`,
      [approved.id],
    )) as [{ starts: string; ends: string }];
    const month = (day: string) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
    const months = month(period.ends) - month(period.starts) + 1;
    const inYear =
      Math.min(month(period.ends), call.year * 12 + 11) - Math.max(month(period.starts), call.year * 12) + 1;
    const share = (99_999.99 * inYear) / months;
    expect(after.fundingByYear.find((y) => y.year === call.year)?.amount ?? 0).toBeCloseTo(share, 1);
    expect(after.decidedApplications).toBe(before.decidedApplications + 2);
    // Both applications start with the call's funding period: one year gains one success of two decisions.
    const yearBefore = yearOf(before, call.year) ?? {
      fundingAcquired: 0,
      peopleReached: 0,
      applications: 0,
      successfulApplications: 0,
      decidedApplications: 0,
    };
    const yearAfter = yearOf(after, call.year);
    expect(yearAfter).toMatchObject({
      applications: yearBefore.applications + 2,
      successfulApplications: yearBefore.successfulApplications + 1,
      decidedApplications: yearBefore.decidedApplications + 2,
      peopleReached: yearBefore.peopleReached,
    });
    expect(yearAfter?.fundingAcquired).toBeCloseTo(yearBefore.fundingAcquired + share, 1);
    expect(yearAfter?.successRate).toBeCloseTo(
      (yearBefore.successfulApplications + 1) / (yearBefore.decidedApplications + 2),
      10,
    );
    expect(after.successRate).toBeCloseTo((before.successfulApplications + 1) / (before.decidedApplications + 2), 10);
    expect(byStatus(after).APPROVED).toBe(1);
    expect(byStatus(after).REJECTED).toBe(1);
  });

  it("is for members: the office and partners; companies and the public are refused", async () => {
    expect((await statistics({}, kargah)).fundingAcquired).toBeGreaterThan(0);
    expect((await server.graphql(STATISTICS, {}, { cookie: tui })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await server.graphql(STATISTICS)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});
