import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, signIn, startTestServer, type TestServer } from "../support/test-server";

let server: TestServer;
let coordinator: string;

const FIELDS = `id status version publishedOn fundingStartsOn fundingEndsOn budgetMin budgetMax eligibleMemberships documentLinks { label url }`;
const CREATE = `mutation($input: CreateCallInput!) { createCall(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateCallInput!) { updateCall(id: $id, input: $input) { ${FIELDS} } }`;
type Call = {
  id: string;
  status: string;
  publishedOn: string | null;
  fundingStartsOn: string | null;
  fundingEndsOn: string | null;
  budgetMin: number | null;
  budgetMax: number | null;
  eligibleMemberships: string[];
  documentLinks: { label: string; url: string }[];
};

const hanoverToday = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(new Date());

beforeAll(async () => {
  server = await startTestServer();
  coordinator = await signIn(server, DEMO.coordinator);
});
afterAll(async () => {
  await server?.close();
});

describe("a call's period, budget range, publication date and documents", () => {
  it("keeps every field of the form and shows it publicly once open", async () => {
    const input = {
      title: "Aufruf mit allen Angaben",
      deadline: "2031-03-31T21:59:00Z",
      fundingStartsOn: "2031-07-01",
      fundingEndsOn: "2032-06-30",
      budgetMin: 50000,
      budgetMax: 150000.5,
      eligibleMemberships: ["ALBUM_PARTNER", "ALBUM_CANDIDATE"],
      documentLinks: [
        { label: " Förderrichtlinie ", url: "https://www.example.org/richtlinie.pdf" },
        { label: "Antragsformular", url: "http://example.org/formular.docx" },
      ],
    };
    const created = await server.graphql<{ createCall: Call }>(CREATE, { input }, { cookie: coordinator });
    expect(created.errors).toBeUndefined();
    const call = created.data!.createCall;
    expect(call).toMatchObject({
      status: "DRAFT",
      publishedOn: null,
      fundingStartsOn: "2031-07-01",
      fundingEndsOn: "2032-06-30",
      budgetMin: 50000,
      budgetMax: 150000.5,
      eligibleMemberships: ["ALBUM_PARTNER", "ALBUM_CANDIDATE"],
      documentLinks: [
        { label: "Förderrichtlinie", url: "https://www.example.org/richtlinie.pdf" },
        { label: "Antragsformular", url: "http://example.org/formular.docx" },
      ],
    });

    // Publishing (opening) dates the call: "Veröffentlicht" is never empty on an open call.
    const opened = await server.graphql<{ updateCall: Call }>(
      UPDATE,
      { id: call.id, input: { status: "OPEN" } },
      { cookie: coordinator },
    );
    expect(opened.errors).toBeUndefined();
    expect(opened.data!.updateCall.publishedOn).toBe(hanoverToday());
    // Clearing it on an open call keeps it.
    const cleared = await server.graphql<{ updateCall: Call }>(
      UPDATE,
      { id: call.id, input: { publishedOn: null, documentLinks: [] } },
      { cookie: coordinator },
    );
    expect(cleared.data!.updateCall.publishedOn).toBe(hanoverToday());
    expect(cleared.data!.updateCall.documentLinks).toEqual([]);

    const asPublic = await server.graphql<{ call: Call }>(`query($id: ID!) { call(id: $id) { ${FIELDS} } }`, {
      id: call.id,
    });
    expect(asPublic.data!.call).toMatchObject({ publishedOn: hanoverToday(), budgetMax: 150000.5 });

    // The audit log has the opening with its publication date.
    const [entry] = (await server.dataSource.query(
      `SELECT changes FROM audit_entry WHERE entity_type = 'CALL' AND action = 'UPDATE' AND entity_id = $1 AND changes ? 'status'`,
      [call.id],
    )) as [{ changes: Record<string, { before: unknown; after: unknown }> }];
    expect(entry.changes.status).toEqual({ before: "DRAFT", after: "OPEN" });
    expect(entry.changes.publishedOn).toEqual({ before: null, after: hanoverToday() });
  });

  it("a date the office gives when opening is kept", async () => {
    const created = await server.graphql<{ createCall: Call }>(
      CREATE,
      {
        input: {
          title: "Aufruf des Bundes",
          deadline: "2031-05-31T21:59:00Z",
          status: "OPEN",
          publishedOn: "2031-01-10",
        },
      },
      { cookie: coordinator },
    );
    expect(created.data!.createCall).toMatchObject({ status: "OPEN", publishedOn: "2031-01-10" });
  });

  it("refuses bad links, a reversed period and a reversed budget range, writing nothing", async () => {
    const before = (await server.dataSource.query(`SELECT count(*)::int AS n FROM call_for_proposals`)) as [
      { n: number },
    ];
    const cases: [Record<string, unknown>, string][] = [
      [{ documentLinks: [{ label: "Formular", url: "javascript:alert(1)" }] }, "documentLinks"],
      [{ documentLinks: [{ label: "Formular", url: "ftp://example.org/x" }] }, "documentLinks"],
      [{ documentLinks: [{ label: "F", url: "https://example.org/x" }] }, "documentLinks"],
      [{ documentLinks: Array(21).fill({ label: "Formular", url: "https://example.org/x" }) }, "documentLinks"],
      [{ fundingStartsOn: "2031-07-01", fundingEndsOn: "2031-06-30" }, "fundingEndsOn"],
      [{ budgetMin: 100, budgetMax: 50 }, "budgetMax"],
    ];
    for (const [extra, field] of cases) {
      const res = await server.graphql(
        CREATE,
        { input: { title: "Ungültiger Aufruf", deadline: "2031-01-01T00:00:00Z", ...extra } },
        { cookie: coordinator },
      );
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify(extra)).toBe("BAD_USER_INPUT");
      expect(JSON.stringify(res.errors?.[0]?.extensions)).toContain(field);
    }
    const after = (await server.dataSource.query(`SELECT count(*)::int AS n FROM call_for_proposals`)) as [
      { n: number },
    ];
    expect(after[0].n).toBe(before[0].n);
  });
});
