import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, signIn, startTestServer, type TestServer } from "../support/test-server";
import { TRANSITION, createApplication, fixtureIds, tandem } from "../support/application-fixtures";
import { albumSeed } from "../../seeds/album-network";

const FIGURES = `query($from: DateTime, $to: DateTime) {
  publicNetworkFigures(from: $from, to: $to) {
    from to fundingAcquired peopleReached projects runningProjects completedProjects relations
    projectsWithAmount offers
    byYear { year fundingAcquired peopleReached projects }
    fundingByFunder { funder { slug } funders { slug } attribution amount projects }
    fundingByProgramme { programme { key } amount peopleReached applications }
    organisationsByKind { kind count }
    memberships { kind organisations }
  }
}`;

interface Figures {
  fundingAcquired: number;
  peopleReached: number;
  projects: number;
  runningProjects: number;
  completedProjects: number;
  relations: number;
  projectsWithAmount: number;
  offers: number;
  byYear: { year: number | null; fundingAcquired: number; peopleReached: number; projects: number }[];
  fundingByFunder: {
    funder: { slug: string } | null;
    funders: { slug: string }[];
    attribution: string;
    amount: number;
    projects: number;
  }[];
  fundingByProgramme: {
    programme: { key: string } | null;
    amount: number;
    peopleReached: number;
    applications: number;
  }[];
  organisationsByKind: { kind: string; count: number }[];
  memberships: { kind: string; organisations: number }[];
}

let server: TestServer;
let coordinator: string;
let kargah: string;
let tui: string;
let ids: Record<string, string>;

const TEN_YEARS = { from: "2005-01-01T00:00:00+01:00", to: "2015-12-31T23:59:59+01:00" };

const figures = async (variables: Record<string, unknown> = {}, cookie?: string) => {
  const res = await server.graphql<{ publicNetworkFigures: Figures }>(FIGURES, variables, cookie ? { cookie } : {});
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.publicNetworkFigures;
};
const errorCode = async (variables: Record<string, unknown>) =>
  (await server.graphql(FIGURES, variables)).errors?.[0]?.extensions?.code;
const byProgramme = (f: Figures) => Object.fromEntries(f.fundingByProgramme.map((p) => [p.programme?.key ?? "-", p]));
const kinds = (f: Figures): Record<string, number> =>
  Object.fromEntries(f.organisationsByKind.map((row) => [row.kind, row.count]));
const memberships = (f: Figures): Record<string, number> =>
  Object.fromEntries(f.memberships.map((row) => [row.kind, row.organisations]));
const seededMembers = (kind: string, activeBy?: string) =>
  albumSeed.organisations.filter((o) =>
    o.memberships.some((m) => m.kind === kind && (!activeBy || m.since === null || m.since <= activeBy)),
  ).length;

beforeAll(async () => {
  server = await startTestServer({ loginLimits: { perIp: 1000, perAccount: 100, windowSeconds: 60 } });
  [coordinator, kargah, tui] = await Promise.all([
    signIn(server, DEMO.coordinator),
    signIn(server, DEMO.kargah),
    signIn(server, DEMO.tui),
  ]);
  ids = await fixtureIds(server);
});
afterAll(async () => {
  await server?.close();
});

/** The seed's published projects (running, completed) and their amounts: what the platform's sums must equal. */
const published = albumSeed.projects.filter((p) => p.status === "RUNNING" || p.status === "COMPLETED");
const seededFunding = published.reduce((sum, p) => sum + (p.approvedAmount ?? 0), 0);
const seededPeople = published.reduce((sum, p) => sum + (p.participantsReached ?? 0), 0);
const slugOf = (project: (typeof published)[number]) => project.programme;

/** Euros per year of one seeded project, by hand: the amount ÷ its months, times its months in each year. */
function perYear(project: (typeof published)[number]): Map<number, number> {
  const result = new Map<number, number>();
  if (!project.startsOn || project.approvedAmount === null) return result;
  const end = project.amountCoversUntil ?? project.endsOn ?? project.startsOn;
  const [y0, m0] = [Number(project.startsOn.slice(0, 4)), Number(project.startsOn.slice(5, 7))];
  const [y1, m1] = [Number(end.slice(0, 4)), Number(end.slice(5, 7))];
  const months = (y1 - y0) * 12 + (m1 - m0) + 1;
  for (let year = y0; year <= y1; year += 1) {
    const inYear = (year === y1 ? m1 : 12) - (year === y0 ? m0 : 1) + 1;
    result.set(year, (project.approvedAmount / months) * inYear);
  }
  return result;
}

describe("publicNetworkFigures on the seeded network", () => {
  it("adds up the seeded projects: per programme, in total, and spread over the years of their periods", async () => {
    const all = await figures();
    for (const project of published) {
      expect(byProgramme(all)[slugOf(project) ?? "-"]).toMatchObject({
        amount: project.approvedAmount ?? 0,
        peopleReached: project.participantsReached ?? 0,
        applications: 1,
      });
    }
    expect(all.fundingAcquired).toBe(seededFunding);
    expect(all.fundingAcquired).toBeLessThanOrEqual(albumSeed.figures.fundingAcquiredEuros);
    expect(all.peopleReached).toBe(seededPeople);
    expect(all.projectsWithAmount).toBe(published.filter((p) => p.approvedAmount !== null).length);
    // No year holds a whole multi-year amount: each year gets its months' share.
    const expected = new Map<number, number>();
    for (const project of published)
      for (const [year, amount] of perYear(project)) expected.set(year, (expected.get(year) ?? 0) + amount);
    const funded = all.byYear.filter((y) => y.fundingAcquired > 0);
    expect(funded.map((y) => y.year)).toEqual([...expected.keys()].sort());
    for (const year of funded)
      expect(year.fundingAcquired, String(year.year)).toBeCloseTo(expected.get(year.year!)!, 2);
    expect(funded.reduce((sum, y) => sum + y.fundingAcquired, 0)).toBeCloseTo(all.fundingAcquired, 2);
    // ESF-BAMF: 5.1 M€ over January 2009 to March 2015 (75 months, 68,000 € a month), not all in 2009.
    expect(all.byYear.find((y) => y.year === 2009)?.fundingAcquired).toBe(816_000);
    // People reached and projects count once, in the start year.
    expect(all.byYear.reduce((n, y) => n + y.peopleReached, 0)).toBe(seededPeople);
  });

  it("names a funder only where the records are certain; shared amounts stay not split", async () => {
    const all = await figures();
    const multiFunder = published.filter((p) => p.approvedAmount !== null && new Set(p.funders).size > 1);
    const notSplit = all.fundingByFunder.find((row) => row.attribution === "NOT_SPLIT");
    expect(notSplit).toMatchObject({
      funder: null,
      amount: multiFunder.reduce((sum, p) => sum + (p.approvedAmount ?? 0), 0),
      projects: multiFunder.length,
    });
    expect(notSplit?.funders.map((f) => f.slug).sort()).toEqual(
      [...new Set(multiFunder.flatMap((p) => p.funders))].sort(),
    );
    for (const row of all.fundingByFunder.filter((r) => r.attribution === "SINGLE_FUNDER"))
      expect(row.funder?.slug).toBe(row.funders[0]?.slug);
    expect(all.fundingByFunder.reduce((sum, row) => sum + row.amount, 0)).toBeCloseTo(all.fundingAcquired, 2);
  });

  it("never counts the report's offers as projects", async () => {
    const all = await figures();
    expect(all.offers).toBe(albumSeed.offers.length);
    expect(all.projects).toBe(published.length);
    const offerSlugs = new Set(albumSeed.offers.map((o) => o.slug));
    const [{ count }] = (await server.dataSource.query(
      `SELECT count(*)::int AS count FROM application WHERE slug = ANY($1)`,
      [[...offerSlugs]],
    )) as [{ count: number }];
    expect(count).toBe(0);
    // The report's seven projects: the platform holds two with amounts, never more than the report.
    expect(all.projects).toBeLessThanOrEqual(albumSeed.figures.projectsInitiated);
  });

  it("counts the seed's projects, organisations, memberships and relations", async () => {
    const all = await figures();
    expect(all.projects).toBe(published.length);
    expect(all.runningProjects).toBe(published.filter((p) => p.status === "RUNNING").length);
    expect(all.completedProjects).toBe(published.filter((p) => p.status === "COMPLETED").length);
    expect(all.byYear.reduce((n, y) => n + y.projects, 0)).toBe(published.length);

    const seededKinds: Record<string, number> = {
      MIGRANT_ORGANISATION: 0,
      EDUCATIONAL_INSTITUTION: 0,
      STRATEGIC_PARTNER: 0,
      COMPANY: 0,
      FUNDER: 0,
      ADMINISTRATION: 0,
    };
    for (const organisation of albumSeed.organisations)
      seededKinds[organisation.kind] = (seededKinds[organisation.kind] ?? 0) + 1;
    expect(kinds(all)).toEqual(seededKinds);
    expect(memberships(all)).toEqual({
      ALBUM_PARTNER: seededMembers("ALBUM_PARTNER"),
      ALBUM_CANDIDATE: seededMembers("ALBUM_CANDIDATE"),
      ALBUM_FORMER: seededMembers("ALBUM_FORMER"),
      HADI_MEMBER: seededMembers("HADI_MEMBER"),
    });
    expect(memberships(all).ALBUM_CANDIDATE).toBe(2); // Tolstoi e.V., Afrikanischer Dachverband
    expect(all.relations).toBe(albumSeed.relations.length);
  });

  it("selects projects whose period overlaps the window, their money by month, and memberships by their period", async () => {
    const report = await figures(TEN_YEARS);
    expect(report).toMatchObject({
      fundingAcquired: seededFunding,
      peopleReached: seededPeople,
      projects: published.length,
    });
    const vip = await figures({ from: "2010-01-01T00:00:00+01:00", to: "2013-12-31T23:59:59+01:00" });
    // Both projects ran in 2010–2013: ESF-BAMF's 48 months (68,000 € each) and VIP's 24 (50,000 € each).
    expect(vip).toMatchObject({
      fundingAcquired: 48 * 68_000 + 24 * 50_000,
      projects: 2,
      runningProjects: 1,
      completedProjects: 1,
    });
    // People and projects count once, in the start year, or the window's first year when they started before it.
    expect(vip.byYear.map((y) => y.year)).toEqual([2010, 2011, 2012, 2013]);
    expect(vip.byYear.reduce((n, y) => n + y.peopleReached, 0)).toBe(vip.peopleReached);
    expect(vip.byYear.find((y) => y.year === 2010)).toMatchObject({ projects: 1, fundingAcquired: 12 * 68_000 });
    // AWO's Weiterbildungszentrum joined in 2014: not yet a partner up to 2013.
    expect(memberships(vip).ALBUM_PARTNER).toBe(seededMembers("ALBUM_PARTNER", "2013-12-31"));
    expect(memberships(vip).ALBUM_PARTNER).toBe((memberships(report).ALBUM_PARTNER ?? 0) - 1);
    const before = await figures({ to: "2004-12-31T12:00:00Z" });
    expect(before).toMatchObject({ fundingAcquired: 0, peopleReached: 0, projects: 0, byYear: [] });
  });

  it("is the same for everyone: public, company, partner and office", async () => {
    const answers = await Promise.all([
      figures(TEN_YEARS),
      figures(TEN_YEARS, tui),
      figures(TEN_YEARS, kargah),
      figures(TEN_YEARS, coordinator),
    ]);
    for (const answer of answers.slice(1)) expect(answer).toEqual(answers[0]);
  });

  it("refuses a reversed or absurd window with BAD_USER_INPUT", async () => {
    expect(await errorCode({ from: "2015-01-01T00:00:00Z", to: "2014-01-01T00:00:00Z" })).toBe("BAD_USER_INPUT");
    expect(await errorCode({ from: "0900-01-01T00:00:00Z" })).toBe("BAD_USER_INPUT");
    expect(await errorCode({ to: "2400-01-01T00:00:00Z" })).toBe("BAD_USER_INPUT");
    expect(await errorCode({ from: "not a date" })).toBe("BAD_USER_INPUT");
    // Years outside 1900–2100 stop at the DateTime scalar (every date argument); the statistics'
    // own window (1950–2100) names its fields.
    const ancient = await server.graphql(FIGURES, { from: "1200-01-01T00:00:00Z" });
    expect(ancient.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(ancient.errors?.[0]?.message).toMatch(/1900–2100/);
    const res = await server.graphql(FIGURES, { from: "1920-01-01T00:00:00Z", to: "1930-01-01T00:00:00Z" });
    expect(res.errors?.[0]?.extensions?.fields).toEqual([
      { field: "from", message: "must lie between 1950 and 2100" },
      { field: "to", message: "must lie between 1950 and 2100" },
    ]);
    expect(await errorCode({ from: "1950-01-01T12:00:00Z", to: "2100-12-31T12:00:00Z" })).toBeUndefined();
  });

  it("never changes while an application is unpublished; a project starting to run counts", async () => {
    const all = await figures();
    const [call] = (await server.dataSource.query(
      `SELECT extract(year FROM funding_starts_on)::int AS year FROM call_for_proposals WHERE id = $1`,
      [ids.openCall],
    )) as [{ year: number }];
    const callYear = { from: `${call.year}-01-01T12:00:00Z`, to: `${call.year}-12-31T12:00:00Z` };
    const inCallYear = await figures(callYear);
    const unchanged = async (step: string) => {
      expect(await figures(), step).toEqual(all);
      expect(await figures(callYear), step).toEqual(inCallYear);
    };
    const move = async (id: string, version: number, to: string, extra: Record<string, unknown> = {}) => {
      const res = await server.graphql<{ transitionApplication: { version: number } }>(
        TRANSITION,
        { id, to, expectedVersion: version, ...extra },
        { cookie: coordinator },
      );
      if (!res.data) throw new Error(JSON.stringify(res.errors));
      return res.data.transitionApplication.version;
    };

    const application = await createApplication(server, coordinator, {
      callId: ids.openCall,
      title: "Öffentliche Zahlen",
      requestedAmount: 250_000,
      tandems: [tandem(ids, "kargah", "vhs-hannover", 250_000)],
    });
    await unchanged("DRAFT");
    let version = await move(application.id, application.version, "IN_PREPARATION");
    await unchanged("IN_PREPARATION");
    version = await move(application.id, version, "SUBMITTED");
    await unchanged("SUBMITTED");
    version = await move(application.id, version, "APPROVED", { approvedAmount: 240_000 });
    await unchanged("APPROVED");
    const rejected = await createApplication(server, coordinator, {
      callId: ids.openCall,
      title: "Abgelehnt",
      requestedAmount: 10,
      tandems: [tandem(ids, "amfn", "vnb", 10)],
    });
    let rejectedVersion = await move(rejected.id, rejected.version, "IN_PREPARATION");
    rejectedVersion = await move(rejected.id, rejectedVersion, "SUBMITTED");
    await move(rejected.id, rejectedVersion, "REJECTED");
    await unchanged("REJECTED");

    version = await move(application.id, version, "RUNNING");
    const running = await figures(callYear);
    // The amount spreads by months over the application's period: the call year holds its months' share.
    const [period] = (await server.dataSource.query(
      `SELECT starts_on::text AS starts, coalesce(ends_on, starts_on)::text AS ends FROM application WHERE id = $1`,
      [application.id],
    )) as [{ starts: string; ends: string }];
    const month = (day: string) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
    const months = month(period.ends) - month(period.starts) + 1;
    const monthsInCallYear =
      Math.min(month(period.ends), call.year * 12 + 11) - Math.max(month(period.starts), call.year * 12) + 1;
    const share = (240_000 * monthsInCallYear) / months;
    expect(running.fundingAcquired).toBeCloseTo(inCallYear.fundingAcquired + share, 2);
    expect((await figures()).fundingAcquired).toBe(all.fundingAcquired + 240_000);
    expect(running).toMatchObject({
      projects: inCallYear.projects + 1,
      runningProjects: inCallYear.runningProjects + 1,
      peopleReached: inCallYear.peopleReached,
    });
    await move(application.id, version, "COMPLETED", { participantsReached: 40 });
    const completed = await figures(callYear);
    expect(completed).toMatchObject({
      projects: inCallYear.projects + 1,
      completedProjects: inCallYear.completedProjects + 1,
      peopleReached: inCallYear.peopleReached + 40,
    });
    expect(completed.byYear.find((y) => y.year === call.year)).toMatchObject({ peopleReached: 40, projects: 1 });
    expect(completed.byYear.find((y) => y.year === call.year)?.fundingAcquired).toBeCloseTo(share, 2);
  });

  it("leaves archived organisations and their relations out, and counts relations by their period", async () => {
    const before = await figures();
    const [{ count: tolstoiRelations }] = (await server.dataSource.query(
      `SELECT count(*)::int AS count FROM relation WHERE source_id = $1 OR target_id = $1`,
      [ids.tolstoi],
    )) as [{ count: number }];
    const later = await server.graphql<{ createRelation: { id: string } }>(
      `mutation($input: CreateRelationInput!) { createRelation(input: $input) { id } }`,
      { input: { sourceId: ids.kargah, targetId: ids.bteu, type: "COOPERATION", since: "2030-01-01" } },
      { cookie: coordinator },
    );
    expect(later.errors).toBeUndefined();
    expect((await figures()).relations).toBe(before.relations + 1);
    expect((await figures({ to: "2020-12-31T12:00:00Z" })).relations).toBe(before.relations);

    const archived = await server.graphql(
      `mutation($id: ID!) { archiveOrganisation(id: $id) { id } }`,
      { id: ids.tolstoi },
      { cookie: coordinator },
    );
    expect(archived.errors).toBeUndefined();
    const after = await figures();
    expect(kinds(after).MIGRANT_ORGANISATION).toBe((kinds(before).MIGRANT_ORGANISATION ?? 0) - 1);
    expect(memberships(after).ALBUM_CANDIDATE).toBe((memberships(before).ALBUM_CANDIDATE ?? 0) - 1);
    expect(after.relations).toBe(before.relations + 1 - tolstoiRelations);
  });
});
