import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, signIn, startTestServer, type TestServer } from "../support/test-server";
import {
  APPLICATION,
  APPLICATIONS,
  UPDATE_APPLICATION,
  applicationTableCounts,
  createApplication,
  fixtureIds,
  tandem,
  type ApplicationData,
} from "../support/application-fixtures";

let server: TestServer;
let coordinator: string;
let kargah: string;
let vhs: string;
let tui: string;
let ids: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer({ loginLimits: { perIp: 1000, perAccount: 100, windowSeconds: 60 } });
  [coordinator, kargah, vhs, tui] = await Promise.all([
    signIn(server, DEMO.coordinator),
    signIn(server, DEMO.kargah),
    signIn(server, DEMO.vhs),
    signIn(server, DEMO.tui),
  ]);
  ids = await fixtureIds(server);
});
afterAll(async () => {
  await server?.close();
});

describe("createApplication", () => {
  it("creates a DRAFT led by the office, with tandems, participants, history and a submission milestone", async () => {
    const created = await createApplication(server, coordinator, {
      callId: ids.openCall,
      title: "Sprache und Beruf in Linden",
      description: "Zwei Tandems",
      requestedAmount: 150_000.5,
      tandems: [tandem(ids, "kargah", "vhs-hannover", 100_000.25), tandem(ids, "amfn", "vnb", 50_000.25)],
    });
    expect(created).toMatchObject({
      slug: "sprache-und-beruf-in-linden",
      status: "DRAFT",
      version: 1,
      requestedAmount: 150_000.5,
      approvedAmount: null,
      allowedTransitions: ["IN_PREPARATION", "WITHDRAWN"],
      call: { id: ids.openCall },
      leadOrganisation: { slug: "koordinationsstelle-album" },
    });
    expect(
      created.tandems.map((t) => [t.migrantOrganisation.slug, t.educationalInstitution.slug, t.budgetShare]),
    ).toEqual([
      ["kargah", "vhs-hannover", 100_000.25],
      ["amfn", "vnb", 50_000.25],
    ]);
    expect(Object.fromEntries(created.participants.map((p) => [p.organisation.slug, p.role]))).toEqual({
      "koordinationsstelle-album": "LEAD",
      kargah: "MIGRANT_ORGANISATION",
      "vhs-hannover": "EDUCATIONAL_INSTITUTION",
      amfn: "MIGRANT_ORGANISATION",
      vnb: "EDUCATIONAL_INSTITUTION",
    });
    expect(created.statusHistory).toEqual([
      {
        from: null,
        to: "DRAFT",
        comment: null,
        at: expect.any(String),
        by: { displayName: "Koordinationsstelle ALBuM (Demo)" },
      },
    ]);
    expect(created.milestones).toEqual([expect.objectContaining({ kind: "SUBMISSION", doneAt: null })]);
    expect(created.nextDeadline).toBe(created.milestones[0]?.dueAt);

    // The joint application links the tandem partners in the network (partners read participants).
    const partners = await server.graphql<{ organisation: { partners: { slug: string }[] } }>(
      `{ organisation(slug: "amfn") { partners { slug } } }`,
    );
    expect(partners.data?.organisation.partners.map((p) => p.slug)).toContain("vnb");
  });

  it("builds tandems from accepted tandem requests of the call and splits the open budget equally", async () => {
    const send = `mutation($input: SendTandemRequestInput!) { sendTandemRequest(input: $input) { id } }`;
    const respond = `mutation($id: ID!) { respondToTandemRequest(id: $id, accept: true) { status } }`;
    const sent = await server.graphql<{ sendTandemRequest: { id: string } }>(
      send,
      {
        input: {
          callId: ids.openCall,
          fromOrganisationId: ids.kargah,
          toOrganisationId: ids["bildungsverein-soziales-lernen-und-kommunikation"],
        },
      },
      { cookie: kargah },
    );
    const accepted = sent.data!.sendTandemRequest.id;
    expect((await server.graphql(respond, { id: accepted }, { cookie: coordinator })).errors).toBeUndefined();
    const pending = await server.graphql<{ sendTandemRequest: { id: string } }>(
      send,
      { input: { callId: ids.openCall, fromOrganisationId: ids.bteu, toOrganisationId: ids.vnb } },
      { cookie: coordinator },
    );

    const refused = await server.graphql(
      `mutation($input: CreateApplicationInput!) { createApplication(input: $input) { id } }`,
      {
        input: {
          callId: ids.openCall,
          title: "Aus Anfragen",
          requestedAmount: 1000,
          fromTandemRequestIds: [accepted, pending.data!.sendTandemRequest.id],
        },
      },
      { cookie: coordinator },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(refused.errors?.[0]?.extensions?.fields).toEqual([
      { field: "fromTandemRequestIds.1", message: "is pending, not accepted" },
    ]);

    const created = await createApplication(server, coordinator, {
      callId: ids.openCall,
      title: "Aus Anfragen",
      requestedAmount: 1000,
      tandems: [tandem(ids, "can-arkadas", "vnb", 333.33)],
      fromTandemRequestIds: [accepted],
    });
    expect(
      created.tandems.map((t) => [t.migrantOrganisation.slug, t.educationalInstitution.slug, t.budgetShare]),
    ).toEqual([
      ["can-arkadas", "vnb", 333.33],
      ["kargah", "bildungsverein-soziales-lernen-und-kommunikation", 666.67],
    ]);
  });

  const invalid: [string, Record<string, unknown>, string[]][] = [
    [
      "shares that do not add up",
      {
        tandems: [
          ["kargah", "vhs-hannover", 60_000],
          ["amfn", "vnb", 30_000],
        ],
      },
      ["tandems"],
    ],
    [
      "a negative share",
      {
        requestedAmount: 10_000,
        tandems: [
          ["kargah", "vhs-hannover", 20_000],
          ["amfn", "vnb", -10_000],
        ],
      },
      ["tandems.1.budgetShare"],
    ],
    [
      "a share finer than a cent",
      { requestedAmount: 100.005, tandems: [["kargah", "vhs-hannover", 100.005]] },
      ["requestedAmount", "tandems.0.budgetShare"],
    ],
    [
      "a negative requested amount",
      { requestedAmount: -5, tandems: [["kargah", "vhs-hannover", 0]] },
      ["requestedAmount"],
    ],
    [
      "two educational institutions",
      { tandems: [["vnb", "vhs-hannover", 100_000]] },
      ["tandems.0.migrantOrganisationId"],
    ],
    [
      "swapped kinds",
      { tandems: [["vhs-hannover", "kargah", 100_000]] },
      ["tandems.0.migrantOrganisationId", "tandems.0.educationalInstitutionId"],
    ],
    [
      "the same tandem twice",
      {
        tandems: [
          ["kargah", "vhs-hannover", 50_000],
          ["kargah", "vhs-hannover", 50_000],
        ],
      },
      ["tandems.1"],
    ],
    ["no tandem", { tandems: [] }, ["tandems"]],
    ["an unknown call", { callId: "00000000-0000-4000-8000-000000000000" }, ["callId"]],
    ["a call id that is no id", { callId: "x" }, ["callId"]],
    ["a title too short", { title: "ab" }, ["title"]],
    ["a blank title", { title: "     " }, ["title"]],
  ];
  for (const [name, change, fields] of invalid) {
    it(`refuses ${name} with BAD_USER_INPUT and writes nothing`, async () => {
      const before = await applicationTableCounts(server);
      const { tandems, ...rest } = change as { tandems?: [string, string, number][] };
      const input = {
        callId: ids.openCall,
        title: "Ungültiger Antrag",
        requestedAmount: 100_000,
        tandems: (tandems ?? [["kargah", "vhs-hannover", 100_000]]).map(([mo, ei, share]) =>
          tandem(ids, mo, ei, share),
        ),
        ...rest,
      };
      const res = await server.graphql(
        `mutation($input: CreateApplicationInput!) { createApplication(input: $input) { id } }`,
        { input },
        { cookie: coordinator },
      );
      expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      const reported = (res.errors?.[0]?.extensions?.fields as { field: string }[]).map((f) => f.field).sort();
      expect(reported).toEqual([...fields].sort());
      expect(await applicationTableCounts(server)).toEqual(before);
    });
  }
});

describe("updateApplication", () => {
  let application: ApplicationData;
  beforeAll(async () => {
    application = await createApplication(server, coordinator, {
      callId: ids.openCall,
      title: "Zu ändernder Antrag",
      requestedAmount: 80_000,
      tandems: [tandem(ids, "bteu", "arbeit-und-leben-niedersachsen-mitte", 80_000)],
    });
  });

  it("replaces tandems and budget, keeps participants in step, and bumps the version", async () => {
    const res = await server.graphql<{ updateApplication: ApplicationData }>(
      UPDATE_APPLICATION,
      {
        id: application.id,
        expectedVersion: 1,
        input: {
          title: "Geänderter Antrag",
          requestedAmount: 90_000,
          tandems: [tandem(ids, "tolstoi", "vnb", 90_000)],
        },
      },
      { cookie: coordinator },
    );
    expect(res.errors).toBeUndefined();
    const updated = res.data!.updateApplication;
    expect(updated).toMatchObject({ title: "Geänderter Antrag", requestedAmount: 90_000, version: 2 });
    expect(updated.participants.map((p) => `${p.organisation.slug}:${p.role}`).sort()).toEqual([
      "koordinationsstelle-album:LEAD",
      "tolstoi:MIGRANT_ORGANISATION",
      "vnb:EDUCATIONAL_INSTITUTION",
    ]);
    application = updated;
  });

  it("refuses a stale version with CONFLICT and the current version, changing nothing", async () => {
    const res = await server.graphql(
      UPDATE_APPLICATION,
      { id: application.id, expectedVersion: 1, input: { title: "Verlorene Änderung" } },
      { cookie: coordinator },
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", currentVersion: 2 });
    const current = await server.graphql<{ application: ApplicationData }>(
      APPLICATION,
      { id: application.id },
      { cookie: coordinator },
    );
    expect(current.data?.application.title).toBe("Geänderter Antrag");
  });

  it("checks the budget against the current tandems when only the amount changes", async () => {
    const res = await server.graphql(
      UPDATE_APPLICATION,
      { id: application.id, expectedVersion: 2, input: { requestedAmount: 95_000 } },
      { cookie: coordinator },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0]?.extensions?.fields).toEqual([
      { field: "tandems", message: "budget shares add up to 90000.00 €, but 95000.00 € are requested" },
    ]);
  });

  it("freezes tandems and budget once submitted, while texts may still change", async () => {
    await server.dataSource.query(`UPDATE application SET status = 'SUBMITTED' WHERE id = $1`, [application.id]);
    const budget = await server.graphql(
      UPDATE_APPLICATION,
      { id: application.id, expectedVersion: 2, input: { requestedAmount: 90_000 } },
      { cookie: coordinator },
    );
    expect(budget.errors?.[0]?.extensions?.fields).toEqual([
      {
        field: "requestedAmount",
        message: expect.stringMatching(/only while DRAFT, IN_PREPARATION, REVISION_REQUESTED/),
      },
    ]);
    const text = await server.graphql<{ updateApplication: ApplicationData }>(
      UPDATE_APPLICATION,
      { id: application.id, expectedVersion: 2, input: { description: "Nachgetragen" } },
      { cookie: coordinator },
    );
    expect(text.errors).toBeUndefined();
    expect(text.data?.updateApplication.version).toBe(3);
  });
});

describe("who reads applications (DESIGN §6)", () => {
  let shared: ApplicationData;
  let foreign: ApplicationData;
  beforeAll(async () => {
    shared = await createApplication(server, coordinator, {
      callId: ids.openCall,
      title: "Gemeinsam kargah und VHS",
      requestedAmount: 10,
      tandems: [tandem(ids, "kargah", "vhs-hannover", 10)],
    });
    foreign = await createApplication(server, coordinator, {
      callId: ids.openCall,
      title: "Ohne kargah",
      requestedAmount: 10,
      tandems: [tandem(ids, "bteu", "vnb", 10)],
    });
  });

  const slugsOf = async (cookie: string | undefined, filter?: Record<string, unknown>) => {
    const res = await server.graphql<{ applications: { edges: { node: { id: string; slug: string } }[] } }>(
      APPLICATIONS,
      { filter, first: 100 },
      { cookie },
    );
    return res;
  };

  it("the office sees all, a partner only the applications its organisation takes part in", async () => {
    const all = await slugsOf(coordinator);
    const allIds = all.data!.applications.edges.map((e) => e.node.id);
    expect(allIds).toEqual(expect.arrayContaining([shared.id, foreign.id]));
    for (const cookie of [kargah, vhs]) {
      const mine = (await slugsOf(cookie)).data!.applications.edges.map((e) => e.node.id);
      expect(mine).toContain(shared.id);
      expect(mine).not.toContain(foreign.id);
    }
    const kargahSlugs = (await slugsOf(kargah)).data!.applications.edges.map((e) => e.node.slug);
    expect(kargahSlugs).toEqual(expect.arrayContaining(["album-vip"]));
    // The report's offers are offers, not applications.
    expect(kargahSlugs).not.toContain("spielwelten");
    expect(kargahSlugs).not.toContain("deutsch-fuer-den-beruf");
  });

  it("a partner is refused others' applications; companies and the public are refused all", async () => {
    expect(
      (await server.graphql(APPLICATION, { id: foreign.id }, { cookie: kargah })).errors?.[0]?.extensions?.code,
    ).toBe("FORBIDDEN");
    expect((await server.graphql(APPLICATION, { id: shared.id }, { cookie: kargah })).data).toMatchObject({
      application: { id: shared.id },
    });
    expect((await slugsOf(kargah, { organisationId: ids.bteu })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await slugsOf(tui)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await slugsOf(undefined)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await server.graphql(APPLICATION, { id: shared.id })).errors?.[0]?.extensions?.code).toBe(
      "UNAUTHENTICATED",
    );
  });

  it("public projects on organisation pages show no working data to outsiders", async () => {
    const query = `{ organisation(slug: "kargah") { applications { slug status statusHistory { to } milestones { id } allowedTransitions } } }`;
    const anonymous = await server.graphql<{
      organisation: {
        applications: { slug: string; status: string; statusHistory: unknown[]; allowedTransitions: string[] }[];
      };
    }>(query);
    const projects = anonymous.data!.organisation.applications;
    expect(projects.every((p) => ["RUNNING", "COMPLETED"].includes(p.status))).toBe(true);
    expect(projects.every((p) => p.statusHistory.length === 0 && p.allowedTransitions.length === 0)).toBe(true);
    const asMember = await server.graphql<{
      organisation: { applications: { slug: string; statusHistory: unknown[] }[] };
    }>(query, {}, { cookie: kargah });
    expect(asMember.data!.organisation.applications.find((p) => p.slug === shared.slug)?.statusHistory).toHaveLength(1);
  });

  it("filters by status, call, organisation, deadline window and title, and pages", async () => {
    const byCall = await slugsOf(coordinator, { callId: ids.openCall, statuses: ["DRAFT"], search: "kargah und" });
    expect(byCall.data!.applications.edges.map((e) => e.node.id)).toEqual([shared.id]);
    const byOrganisation = await slugsOf(coordinator, { organisationId: ids.bteu, statuses: ["DRAFT"] });
    expect(byOrganisation.data!.applications.edges.map((e) => e.node.id)).toContain(foreign.id);
    const soon = new Date(Date.now() + 200 * 86_400_000).toISOString();
    const window = await slugsOf(coordinator, { deadlineFrom: new Date().toISOString(), deadlineTo: soon });
    expect(window.data!.applications.edges.map((e) => e.node.id)).toEqual(
      expect.arrayContaining([shared.id, foreign.id]),
    );
    const past = await slugsOf(coordinator, { deadlineTo: "2000-01-01T00:00:00Z" });
    expect(past.data!.applications.edges).toEqual([]);

    const first = await server.graphql<{
      applications: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: { node: { id: string } }[];
      };
    }>(APPLICATIONS, { first: 3 }, { cookie: coordinator });
    const page = first.data!.applications;
    expect(page.edges).toHaveLength(3);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const next = await server.graphql<{ applications: { edges: { node: { id: string } }[] } }>(
      APPLICATIONS,
      { first: 100, after: page.pageInfo.endCursor },
      { cookie: coordinator },
    );
    const seen = [...page.edges, ...next.data!.applications.edges].map((e) => e.node.id);
    expect(new Set(seen).size).toBe(page.totalCount);
  });

  it("loads tandems, history and milestones of a whole page with a constant number of statements", async () => {
    const query = `query($first: Int) { applications(first: $first) { edges { node { title tandems { migrantOrganisation { name } budgetShare } statusHistory { to by { displayName } } milestones { title } participants { organisation { name } } } } } }`;
    // The seed holds only the report's four applications (its offers are not applications): add drafts for a full page.
    for (let index = 0; index < 8; index += 1)
      await createApplication(server, coordinator, {
        callId: ids.openCall,
        title: `Seite ${index}`,
        requestedAmount: 1_000,
        tandems: [tandem(ids, "kargah", "vhs-hannover", 1_000)],
      });
    const small = await server.graphql(query, { first: 2 }, { cookie: coordinator });
    const large = await server.graphql<{ applications: { edges: unknown[] } }>(
      query,
      { first: 100 },
      { cookie: coordinator },
    );
    expect(large.errors).toBeUndefined();
    const smallCount = Number(small.headers.get("x-sql-statements"));
    const largeCount = Number(large.headers.get("x-sql-statements"));
    // A nested loader runs only when some row on the page has such children (e.g. a history entry
    // with an author), so a bigger page may add one statement per kind — never one per row.
    expect(largeCount - smallCount).toBeLessThanOrEqual(2);
    expect(large.data!.applications.edges.length).toBeGreaterThan(10);
    expect(largeCount).toBeLessThan(large.data!.applications.edges.length);
  });
});
