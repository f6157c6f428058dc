import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, signIn, startTestServer, type TestServer } from "../support/test-server";

/**
 * Opt-in visibility of exchange participation (issue 6): who sees which organisations in an
 * attendee list and on a profile. kargah and vhs-hannover have not opted in; TUI has (demo seed).
 */
type Viewer = "public" | "tui" | "kargah" | "vhs" | "office";

let server: TestServer;
const cookies: Partial<Record<Viewer, string>> = {};
const ids: Record<string, string> = {};
const DAY = 86_400_000;

const EXCHANGE = `query($id: ID!, $org: ID) { exchange(id: $id) {
  hiddenParticipantCount
  participations { status waitlistPosition personName organisation { slug } }
  viewerParticipation(organisationId: $org) { status }
} }`;
const PROFILE = `query($slug: String!) { organisation(slug: $slug) {
  showExchangeParticipation version
  exchangeParticipations { status waitlistPosition personName exchange { id title } organisation { slug } }
} }`;
const UPDATE = `mutation($id: ID!, $input: UpdateOrganisationInput!, $v: Int!) {
  updateOrganisation(id: $id, input: $input, expectedVersion: $v) { id version showExchangeParticipation }
}`;
const MINE = `query($org: ID!) { exchanges(filter: { organisationId: $org, includePast: true }, first: 50) { totalCount edges { node { id } } } }`;

type Listed = {
  status: string;
  waitlistPosition: number | null;
  personName: string | null;
  organisation: { slug: string };
};
type ExchangeView = {
  hiddenParticipantCount: number | null;
  participations: Listed[] | null;
  viewerParticipation: { status: string } | null;
};
type Profile = {
  showExchangeParticipation: boolean;
  version: number;
  exchangeParticipations: {
    status: string;
    waitlistPosition: number | null;
    personName: string | null;
    exchange: { id: string; title: string };
    organisation: { slug: string };
  }[];
};

async function exchangeAs(viewer: Viewer, exchangeId: string, organisationId?: string): Promise<ExchangeView> {
  const res = await server.graphql<{ exchange: ExchangeView }>(
    EXCHANGE,
    { id: exchangeId, org: organisationId },
    { cookie: cookies[viewer] },
  );
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!.exchange;
}

async function profileAs(viewer: Viewer, slug: string): Promise<Profile> {
  const res = await server.graphql<{ organisation: Profile }>(PROFILE, { slug }, { cookie: cookies[viewer] });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!.organisation;
}

async function createExchange(title: string, capacity: number, daysAhead: number): Promise<string> {
  const start = new Date(Date.now() + daysAhead * DAY);
  const res = await server.graphql<{ createExchange: { id: string } }>(
    `mutation($input: CreateExchangeInput!) { createExchange(input: $input) { id } }`,
    {
      input: {
        title,
        series: "HADI_MEETING",
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + 7_200_000).toISOString(),
        capacity,
        visibility: "MEMBERS_ONLY",
      },
    },
    { cookie: cookies.office },
  );
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.createExchange.id;
}

async function join(exchangeId: string, slug: string, personName?: string): Promise<void> {
  const res = await server.graphql(
    `mutation($e: ID!, $o: ID!, $n: String) { joinExchange(exchangeId: $e, organisationId: $o, personName: $n) { id } }`,
    { e: exchangeId, o: ids[slug], n: personName },
    { cookie: cookies.office },
  );
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
}

async function setOptIn(slug: string, value: boolean, viewer: Viewer = "office"): Promise<void> {
  const [row] = (await server.dataSource.query(`SELECT version FROM organisation WHERE id = $1`, [ids[slug]])) as [
    { version: number },
  ];
  const res = await server.graphql(
    UPDATE,
    { id: ids[slug], input: { showExchangeParticipation: value }, v: row.version },
    { cookie: cookies[viewer] },
  );
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
}

const slugs = (list: Listed[] | null) => list?.map((p) => p.organisation.slug) ?? null;

beforeAll(async () => {
  server = await startTestServer({ loginLimits: { perIp: 1000, perAccount: 100, windowSeconds: 60 } });
  [cookies.tui, cookies.kargah, cookies.vhs, cookies.office] = await Promise.all([
    signIn(server, DEMO.tui),
    signIn(server, DEMO.kargah),
    signIn(server, DEMO.vhs),
    signIn(server, DEMO.coordinator),
  ]);
  for (const row of (await server.dataSource.query(`SELECT id, slug FROM organisation`)) as {
    id: string;
    slug: string;
  }[])
    ids[row.slug] = row.id;
  // Two seats: kargah and TUI confirmed, vhs-hannover waitlisted.
  ids.soon = await createExchange("Sichtbarkeit: bald", 2, 10);
  await join(ids.soon, "kargah", "Aylin K.");
  await join(ids.soon, "tui", "Hadi T.");
  await join(ids.soon, "vhs-hannover", "Vera H.");
  ids.later = await createExchange("Sichtbarkeit: später", 5, 40);
  await join(ids.later, "tui");
  await join(ids.later, "kargah");
  // Attended last month: joining is closed once it is over, so the dates move afterwards.
  ids.past = await createExchange("Sichtbarkeit: vorbei", 5, 5);
  await join(ids.past, "tui");
  await server.dataSource.query(
    `UPDATE exchange SET starts_at = now() - interval '30 days', ends_at = now() - interval '30 days' + interval '2 hours' WHERE id = $1`,
    [ids.past],
  );
  // A cancelled participation is history, not participation.
  ids.left = await createExchange("Sichtbarkeit: verlassen", 5, 20);
  await join(ids.left, "tui");
  await server.graphql(
    `mutation($e: ID!, $o: ID!) { leaveExchange(exchangeId: $e, organisationId: $o) { id } }`,
    { e: ids.left, o: ids.tui },
    { cookie: cookies.tui },
  );
});
afterAll(async () => {
  await server?.close();
});

describe("the opt-in flag", () => {
  it("is off for the real network and on for the demo company TUI, marked illustrative", async () => {
    const rows = (await server.dataSource.query(
      `SELECT slug, provenance FROM organisation WHERE show_exchange_participation`,
    )) as { slug: string; provenance: Record<string, string> }[];
    expect(rows.map((r) => r.slug)).toEqual(["tui"]);
    expect(rows[0]?.provenance.showExchangeParticipation).toBe("ILLUSTRATIVE");
    expect((await profileAs("public", "tui")).showExchangeParticipation).toBe(true);
    expect((await profileAs("public", "kargah")).showExchangeParticipation).toBe(false);
  });
});

describe("Exchange.participations and hiddenParticipantCount", () => {
  it("the public gets neither list nor count", async () => {
    // The exchange is members-only; a public one shows the same (null) to the public.
    const publicId = (
      (await server.dataSource.query(
        `SELECT id FROM exchange WHERE visibility = 'PUBLIC' AND ends_at > now() LIMIT 1`,
      )) as [{ id: string }]
    )[0].id;
    await join(publicId, "kargah");
    await join(publicId, "tui");
    const view = await exchangeAs("public", publicId, ids.tui);
    expect(view).toEqual({ hiddenParticipantCount: null, participations: null, viewerParticipation: null });
    expect(await exchangeAs("kargah", publicId)).toMatchObject({ hiddenParticipantCount: 0 });
    expect(slugs((await exchangeAs("vhs", publicId)).participations)).toEqual(["tui"]);
    expect((await exchangeAs("vhs", publicId)).hiddenParticipantCount).toBe(1);
    for (const slug of ["kargah", "tui"]) {
      await server.graphql(
        `mutation($e: ID!, $o: ID!) { leaveExchange(exchangeId: $e, organisationId: $o) { id } }`,
        { e: publicId, o: ids[slug] },
        { cookie: cookies.office },
      );
    }
    expect((await exchangeAs("vhs", publicId)).hiddenParticipantCount).toBe(0);
  });

  it("members see their own organisation and those that opted in; the rest is counted, not named", async () => {
    const expected: Record<Exclude<Viewer, "public">, { listed: string[]; hidden: number }> = {
      kargah: { listed: ["kargah", "tui"], hidden: 1 },
      tui: { listed: ["tui"], hidden: 2 },
      vhs: { listed: ["tui", "vhs-hannover"], hidden: 1 },
      office: { listed: ["kargah", "tui", "vhs-hannover"], hidden: 0 },
    };
    for (const [viewer, want] of Object.entries(expected) as [
      Exclude<Viewer, "public">,
      { listed: string[]; hidden: number },
    ][]) {
      const view = await exchangeAs(viewer, ids.soon!);
      expect(slugs(view.participations), viewer).toEqual(want.listed);
      expect(view.hiddenParticipantCount, viewer).toBe(want.hidden);
    }
  });

  it("an opted-in organisation is listed to others without its person's name; the waitlist keeps its positions", async () => {
    const kargahView = await exchangeAs("kargah", ids.soon!);
    expect(kargahView.participations).toEqual([
      { status: "CONFIRMED", waitlistPosition: null, personName: "Aylin K.", organisation: { slug: "kargah" } },
      { status: "CONFIRMED", waitlistPosition: null, personName: null, organisation: { slug: "tui" } },
    ]);
    const vhsView = await exchangeAs("vhs", ids.soon!);
    expect(vhsView.participations?.[1]).toEqual({
      status: "WAITLISTED",
      waitlistPosition: 1,
      personName: "Vera H.",
      organisation: { slug: "vhs-hannover" },
    });
    const office = await exchangeAs("office", ids.soon!);
    expect(office.participations?.map((p) => p.personName)).toEqual(["Aylin K.", "Hadi T.", "Vera H."]);
  });

  it("viewerParticipation for another organisation answers only when it opted in", async () => {
    expect((await exchangeAs("tui", ids.soon!, ids.kargah)).viewerParticipation).toBeNull();
    expect((await exchangeAs("kargah", ids.soon!, ids.tui)).viewerParticipation).toEqual({ status: "CONFIRMED" });
    expect((await exchangeAs("office", ids.soon!, ids.kargah)).viewerParticipation).toEqual({ status: "CONFIRMED" });
    expect((await exchangeAs("kargah", ids.soon!)).viewerParticipation).toEqual({ status: "CONFIRMED" });
  });
});

describe("Organisation.exchangeParticipations", () => {
  it("an opted-in organisation's exchanges, latest first and past ones included, for every member; nothing for the public", async () => {
    const wanted = [ids.later, ids.soon, ids.past];
    for (const viewer of ["kargah", "vhs", "tui", "office"] as const) {
      const profile = await profileAs(viewer, "tui");
      expect(
        profile.exchangeParticipations.map((p) => p.exchange.id),
        viewer,
      ).toEqual(wanted);
      expect(
        profile.exchangeParticipations.every((p) => p.status === "CONFIRMED" && p.organisation.slug === "tui"),
      ).toBe(true);
    }
    expect((await profileAs("kargah", "tui")).exchangeParticipations.map((p) => p.personName)).toEqual([
      null,
      null,
      null,
    ]);
    expect((await profileAs("tui", "tui")).exchangeParticipations[1]?.personName).toBe("Hadi T.");
    expect((await profileAs("public", "tui")).exchangeParticipations).toEqual([]);
  });

  it("an organisation that did not opt in shows its exchanges only to its own members and the office", async () => {
    expect((await profileAs("public", "vhs-hannover")).exchangeParticipations).toEqual([]);
    expect((await profileAs("tui", "vhs-hannover")).exchangeParticipations).toEqual([]);
    expect((await profileAs("kargah", "vhs-hannover")).exchangeParticipations).toEqual([]);
    const own = await profileAs("vhs", "vhs-hannover");
    expect(own.exchangeParticipations.map((p) => [p.exchange.id, p.status, p.waitlistPosition])).toEqual([
      [ids.soon, "WAITLISTED", 1],
    ]);
    expect((await profileAs("office", "vhs-hannover")).exchangeParticipations).toHaveLength(1);
  });

  it("exchanges(filter: { organisationId }) reveals no more than the profile", async () => {
    const list = async (viewer: Viewer, slug: string) => {
      const res = await server.graphql<{ exchanges: { totalCount: number; edges: { node: { id: string } }[] } }>(
        MINE,
        { org: ids[slug] },
        { cookie: cookies[viewer] },
      );
      expect(res.errors).toBeUndefined();
      return res.data!.exchanges;
    };
    expect((await list("tui", "kargah")).totalCount).toBe(0);
    expect((await list("kargah", "kargah")).edges.map((e) => e.node.id)).toEqual(
      expect.arrayContaining([ids.soon, ids.later]),
    );
    expect((await list("office", "kargah")).totalCount).toBeGreaterThanOrEqual(2);
    expect((await list("kargah", "tui")).edges.map((e) => e.node.id)).toEqual(
      expect.arrayContaining([ids.soon, ids.later, ids.past]),
    );
  });
});

describe("updateOrganisation(showExchangeParticipation)", () => {
  it("opting in shows the organisation to other members at once; opting out hides it again", async () => {
    await setOptIn("kargah", true, "kargah");
    const tuiView = await exchangeAs("tui", ids.soon!);
    expect(slugs(tuiView.participations)).toEqual(["kargah", "tui"]);
    expect(tuiView.hiddenParticipantCount).toBe(1);
    expect((await profileAs("tui", "kargah")).exchangeParticipations.map((p) => p.exchange.id)).toEqual([
      ids.later,
      ids.soon,
    ]);
    expect((await exchangeAs("tui", ids.soon!, ids.kargah)).viewerParticipation).toEqual({ status: "CONFIRMED" });

    await setOptIn("kargah", false, "kargah");
    expect((await exchangeAs("tui", ids.soon!)).hiddenParticipantCount).toBe(2);
    expect((await profileAs("tui", "kargah")).exchangeParticipations).toEqual([]);
  });

  it("checks the version like every other field, and the audit log records the change", async () => {
    const before = await profileAs("kargah", "kargah");
    const stale = await server.graphql(
      UPDATE,
      { id: ids.kargah, input: { showExchangeParticipation: true }, v: before.version - 1 },
      { cookie: cookies.kargah },
    );
    expect(stale.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect((await profileAs("kargah", "kargah")).showExchangeParticipation).toBe(false);

    const done = await server.graphql<{ updateOrganisation: { version: number; showExchangeParticipation: boolean } }>(
      UPDATE,
      { id: ids.kargah, input: { showExchangeParticipation: true }, v: before.version },
      { cookie: cookies.kargah },
    );
    expect(done.data?.updateOrganisation).toEqual({
      id: ids.kargah,
      version: before.version + 1,
      showExchangeParticipation: true,
    });
    const log = await server.graphql<{
      auditLog: { edges: { node: { changes: Record<string, unknown>; actor: { email: string } } }[] };
    }>(
      `query($id: ID) { auditLog(entityId: $id, first: 1) { edges { node { changes actor { email } } } } }`,
      { id: ids.kargah },
      { cookie: cookies.office },
    );
    expect(log.data?.auditLog.edges[0]?.node).toEqual({
      changes: { showExchangeParticipation: { before: false, after: true } },
      actor: { email: DEMO.kargah },
    });
    await setOptIn("kargah", false);
  });

  it("refuses null, another organisation's flag and the public, changing nothing", async () => {
    const { version } = await profileAs("kargah", "kargah");
    const nulled = await server.graphql(
      UPDATE,
      { id: ids.kargah, input: { showExchangeParticipation: null }, v: version },
      { cookie: cookies.kargah },
    );
    expect(nulled.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const foreign = await server.graphql(
      UPDATE,
      { id: ids.kargah, input: { showExchangeParticipation: true }, v: version },
      { cookie: cookies.tui },
    );
    expect(foreign.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const anonymous = await server.graphql(UPDATE, {
      id: ids.kargah,
      input: { showExchangeParticipation: true },
      v: version,
    });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const notBoolean = await server.graphql(
      UPDATE,
      { id: ids.kargah, input: { showExchangeParticipation: "ja" }, v: version },
      { cookie: cookies.kargah },
    );
    expect(notBoolean.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const after = await profileAs("kargah", "kargah");
    expect(after).toMatchObject({ version, showExchangeParticipation: false });
  });
});

describe("SQL statements", () => {
  it("stay flat for lists of exchanges and organisations with participations, whatever the viewer", async () => {
    const exchangesQuery = `query($first: Int) { exchanges(first: $first, filter: { includePast: true }) { edges { node {
      hiddenParticipantCount viewerParticipation(organisationId: "${ids.kargah}") { status }
      participations { status waitlistPosition personName organisation { name showExchangeParticipation exchangeParticipations { exchange { title } } } }
    } } } }`;
    const organisationsQuery = `query($first: Int) { organisations(first: $first) { edges { node {
      name exchangeParticipations { status waitlistPosition exchange { title hiddenParticipantCount participations { organisation { name } } } }
    } } } }`;
    // The first organisations of the directory (by name) take part in the first exchanges, so both page sizes hit every loader.
    const first = (await server.dataSource.query(
      `SELECT slug FROM organisation WHERE archived_at IS NULL ORDER BY lower(name) LIMIT 3`,
    )) as { slug: string }[];
    const [soonest] = (await server.dataSource.query(
      `SELECT id FROM exchange WHERE ends_at > now() ORDER BY starts_at LIMIT 1`,
    )) as [{ id: string }];
    // Earlier tests may have joined one of them already (which ones depends on the collation).
    const joined = new Set(
      (
        (await server.dataSource.query(
          `SELECT organisation_id FROM exchange_participation WHERE exchange_id = $1 AND status <> 'CANCELLED'`,
          [soonest.id],
        )) as { organisation_id: string }[]
      ).map((row) => row.organisation_id),
    );
    for (const { slug } of first) if (!joined.has(ids[slug]!)) await join(soonest.id, slug);
    await setOptIn(first[0]!.slug, true);

    const statements = async (query: string, pageSize: number, viewer: Viewer) => {
      const res = await server.graphql(query, { first: pageSize }, { cookie: cookies[viewer] });
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      return Number(res.headers.get("x-sql-statements"));
    };
    for (const viewer of ["tui", "office"] as const) {
      const small = await statements(exchangesQuery, 2, viewer);
      expect(small).toBeGreaterThan(0);
      expect(await statements(exchangesQuery, 30, viewer), `exchanges as ${viewer}`).toBe(small);
      const few = await statements(organisationsQuery, 5, viewer);
      expect(await statements(organisationsQuery, 60, viewer), `organisations as ${viewer}`).toBe(few);
    }
  });
});
