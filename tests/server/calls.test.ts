import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, signIn, startTestServer, type TestServer } from "../support/test-server";

let server: TestServer;
let coordinator: string;
let partner: string;

const CALLS = `query($filter: CallFilter) { calls(filter: $filter, first: 20) { totalCount edges { node { id title status deadline topics { topic { key labelDe } weight } targetGroups { key } } } } }`;
const CREATE = `mutation($input: CreateCallInput!) { createCall(input: $input) { id title status version topics { topic { key } weight } eligibleMemberships } }`;

beforeAll(async () => {
  server = await startTestServer();
  coordinator = await signIn(server, DEMO.coordinator);
  partner = await signIn(server, DEMO.kargah);
});
afterAll(async () => {
  await server?.close();
});

type CallsData = { calls: { totalCount: number; edges: { node: { id: string; title: string; status: string } }[] } };

describe("calls for proposals", () => {
  it("shows open calls to the public, closed ones to members, drafts to the office", async () => {
    const statuses = async (cookie?: string) =>
      (
        (await server.graphql<CallsData>(CALLS, {}, { cookie })).data?.calls.edges.map((e) => e.node.status) ?? []
      ).sort();
    expect(await statuses()).toEqual(["OPEN"]);
    expect(await statuses(partner)).toEqual(["CLOSED", "OPEN"]);
    expect(await statuses(coordinator)).toEqual(["CLOSED", "DRAFT", "OPEN"]);
    const draft = (await server.graphql<CallsData>(CALLS, { filter: { statuses: ["DRAFT"] } }, { cookie: coordinator }))
      .data!.calls.edges[0]!.node;
    const asPublic = await server.graphql<{ call: null }>(`query($id: ID!) { call(id: $id) { id } }`, { id: draft.id });
    expect(asPublic.data?.call).toBeNull();
  });

  it("creates a call with weighted topics and refuses bad input without writing", async () => {
    const input = {
      title: "Testaufruf",
      deadline: "2030-01-31T23:59:00Z",
      topics: [
        { key: "beratung", weight: 2 },
        { key: "qualifizierung", weight: 1 },
      ],
      targetGroups: ["frauen"],
      tandemsWanted: 2,
    };
    const created = await server.graphql<{
      createCall: { status: string; topics: { weight: number }[]; eligibleMemberships: string[] };
    }>(CREATE, { input }, { cookie: coordinator });
    expect(created.errors).toBeUndefined();
    expect(created.data?.createCall.status).toBe("DRAFT");
    expect(created.data?.createCall.topics.map((t) => t.weight)).toEqual([2, 1]);
    expect(created.data?.createCall.eligibleMemberships).toEqual(["ALBUM_PARTNER"]);
    const count = async () =>
      ((await server.dataSource.query(`SELECT count(*)::int AS n FROM call_for_proposals`)) as [{ n: number }])[0].n;
    const before = await count();
    const cases = [
      { ...input, topics: [{ key: "unbekannt", weight: 1 }] },
      { ...input, topics: [{ key: "beratung", weight: 0 }] },
      { ...input, budgetMin: 100, budgetMax: 10 },
      { ...input, tandemsWanted: 0 },
      { ...input, deadline: "not a date" },
      { ...input, status: "CLOSED" },
      {
        ...input,
        topics: [
          { key: "beratung", weight: 1 },
          { key: "beratung", weight: 2 },
        ],
      },
    ];
    for (const bad of cases) {
      const res = await server.graphql(CREATE, { input: bad }, { cookie: coordinator });
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify(bad)).toBe("BAD_USER_INPUT");
    }
    expect(await count()).toBe(before);
  });

  it("updates with an optional version check and closes a call for good", async () => {
    const created = await server.graphql<{ createCall: { id: string; version: number } }>(
      CREATE,
      { input: { title: "Zu schließen", deadline: "2030-06-30T12:00:00Z", status: "OPEN" } },
      { cookie: coordinator },
    );
    const { id, version } = created.data!.createCall;
    const update = `mutation($id: ID!, $input: UpdateCallInput!, $v: Int) { updateCall(id: $id, input: $input, expectedVersion: $v) { title version } }`;
    const updated = await server.graphql<{ updateCall: { title: string; version: number } }>(
      update,
      { id, input: { title: "Umbenannt" }, v: version },
      { cookie: coordinator },
    );
    expect(updated.data?.updateCall.title).toBe("Umbenannt");
    const stale = await server.graphql(update, { id, input: { title: "Alt" }, v: version }, { cookie: coordinator });
    expect(stale.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const backToDraft = await server.graphql(update, { id, input: { status: "DRAFT" } }, { cookie: coordinator });
    expect(backToDraft.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const closed = await server.graphql<{ closeCall: { status: string } }>(
      `mutation($id: ID!) { closeCall(id: $id) { status } }`,
      { id },
      { cookie: coordinator },
    );
    expect(closed.data?.closeCall.status).toBe("CLOSED");
    const reopen = await server.graphql(update, { id, input: { status: "OPEN" } }, { cookie: coordinator });
    expect(reopen.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("filters by deadline window", async () => {
    const res = await server.graphql<CallsData>(
      CALLS,
      { filter: { deadlineFrom: "2029-12-31T00:00:00Z" } },
      { cookie: coordinator },
    );
    expect(res.data!.calls.edges.every((e) => ["Testaufruf", "Umbenannt"].includes(e.node.title))).toBe(true);
  });
});
