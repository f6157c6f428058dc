import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, signIn, startTestServer, type TestServer } from "../support/test-server";
import { TRANSITION, createApplication, fixtureIds, tandem } from "../support/application-fixtures";
import { albumSeed } from "../../seeds/album-network";

const STATISTICS = `query($from: DateTime, $to: DateTime) {
  networkStatistics(from: $from, to: $to) {
    fundingAcquired peopleReached successRate successfulApplications decidedApplications
    fundingByYear { year amount }
    fundingByFunder { funder { slug } amount }
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
  fundingByFunder: { funder: { slug: string } | null; amount: number }[];
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
const byFunder = (s: Statistics) => Object.fromEntries(s.fundingByFunder.map((f) => [f.funder?.slug ?? "-", f.amount]));
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
  it("reproduces the document: 5.1 M€ through ESF-BAMF; about 1.8 M€ and 4,500 people for ALBuM-VIP", async () => {
    const figures = await statistics();
    const programmes = byProgramme(figures);
    expect(programmes["esf-bamf"]).toMatchObject({ amount: 5_100_000, peopleReached: 1_600, applications: 1 });
    expect(programmes["xenos-integration-und-vielfalt"]).toMatchObject({
      amount: 1_800_000,
      peopleReached: 4_500,
      applications: 1,
    });
    expect(figures.fundingAcquired).toBe(6_900_000);
    expect(figures.peopleReached).toBe(6_100);
    expect(figures.fundingByYear).toEqual([
      { year: 2009, amount: 5_100_000 },
      { year: 2012, amount: 1_800_000 },
    ]);
    // Each application's amount split equally among its funders.
    expect(byFunder(figures)).toEqual({ "europaeischer-sozialfonds": 3_450_000, bamf: 2_550_000, bmwa: 900_000 });
    expect(figures.fundingAcquired).toBeLessThanOrEqual(albumSeed.figures.fundingAcquiredEuros);
  });

  it("equals the seed's projects, counted by status, with every decided application a success", async () => {
    const figures = await statistics();
    const expected: Record<string, number> = {};
    for (const project of albumSeed.projects) expected[project.status] = (expected[project.status] ?? 0) + 1;
    expect(Object.fromEntries(Object.entries(byStatus(figures)).filter(([, count]) => count > 0))).toEqual(expected);
    expect(figures.applicationsByStatus).toHaveLength(9);
    const seededFunding = albumSeed.projects.reduce((sum, p) => sum + (p.approvedAmount ?? 0), 0);
    expect(figures.fundingAcquired).toBe(seededFunding);
    expect(figures.successRate).toBe(1);
    expect(figures.decidedApplications).toBe((expected.RUNNING ?? 0) + (expected.COMPLETED ?? 0));
  });

  it("breaks people reached and decisions down by the same year as the funding", async () => {
    const figures = await statistics();
    expect(yearOf(figures, 2009)).toEqual({
      year: 2009,
      fundingAcquired: 5_100_000,
      peopleReached: 1_600,
      applications: 1,
      successfulApplications: 1,
      decidedApplications: 1,
      successRate: 1,
    });
    expect(yearOf(figures, 2012)).toEqual({
      year: 2012,
      fundingAcquired: 1_800_000,
      peopleReached: 4_500,
      applications: 1,
      successfulApplications: 1,
      decidedApplications: 1,
      successRate: 1,
    });
    // The years add up to the totals, and the funded years are those of fundingByYear.
    // Oldest first; the report's projects without a period have no year (not the year they were seeded) and come last.
    expect(figures.byYear.map((row) => row.year)).toEqual([2009, 2012, null]);
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

    const window = await statistics({ from: "2010-01-01T00:00:00+01:00", to: "2015-12-31T23:59:59+01:00" });
    expect(window.byYear).toEqual([yearOf(figures, 2012)]);
  });

  it("selects by the start of the funding period", async () => {
    const report = await statistics({ from: "2010-01-01T00:00:00+01:00", to: "2015-12-31T23:59:59+01:00" });
    expect(report.fundingAcquired).toBe(1_800_000);
    expect(report.peopleReached).toBe(4_500);
    const tenYears = await statistics({ from: "2005-01-01T00:00:00+01:00", to: "2015-12-31T23:59:59+01:00" });
    expect(tenYears.fundingAcquired).toBe(6_900_000);
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
    expect(after.fundingByYear.find((y) => y.year === call.year)?.amount).toBeCloseTo(99_999.99, 2);
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
    expect(yearAfter?.fundingAcquired).toBeCloseTo(yearBefore.fundingAcquired + 99_999.99, 2);
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
