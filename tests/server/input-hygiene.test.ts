import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, signIn, startTestServer, type TestServer } from "../support/test-server";
import { CREATE_ORGANISATION } from "../support/queries";

let server: TestServer;
let office: string;
beforeAll(async () => {
  server = await startTestServer();
  office = await signIn(server, DEMO.coordinator);
});
afterAll(async () => {
  await server?.close();
});

async function count(table: "organisation" | "exchange"): Promise<number> {
  const [row] = (await server.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`)) as { n: number }[];
  return row!.n;
}

const CREATE_EXCHANGE = `mutation($input: CreateExchangeInput!) { createExchange(input: $input) { id } }`;

describe("text that no field may hold is refused before any resolver runs", () => {
  it.each([
    ["a NUL byte", "kargah\u0000 e.V.", /NUL/],
    ["a lone high surrogate", "Verein \uD83D", /surrogate/],
    ["a lone low surrogate", "Verein \uDE00 e.V.", /surrogate/],
    ["a right-to-left override", "Verein \u202Egnuliets\u202C", /U\+202E/],
    ["a left-to-right isolate", "Verein \u2066x\u2069", /U\+2066/],
  ])("in a variable: %s → BAD_USER_INPUT, nothing written", async (_label, name, message) => {
    const before = await count("organisation");
    const res = await server.graphql(
      CREATE_ORGANISATION,
      { input: { name, kind: "MIGRANT_ORGANISATION" } },
      { cookie: office },
    );
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0]?.message).toMatch(message);
    expect(res.errors?.[0]?.extensions?.field).toBe("input.name");
    expect(await count("organisation")).toBe(before);
  });

  it("in a literal argument → BAD_USER_INPUT", async () => {
    const res = await server.graphql(`{ organisations(filter: { search: "ka\\u0000rgah" }) { totalCount } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.data ?? null).toBeNull();
  });

  it("keeps Arabic text with its plain direction marks", async () => {
    const name = "جمعية\u200F الثقافة";
    const res = await server.graphql<{ createOrganisation: { name: string } }>(
      CREATE_ORGANISATION,
      { input: { name, kind: "MIGRANT_ORGANISATION" } },
      { cookie: office },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.createOrganisation.name).toBe(name);
  });
});

describe("dates stay within 1900–2100", () => {
  it.each(["0000-01-01T10:00:00.000Z", "1899-12-31T10:00:00.000Z", "2101-01-01T10:00:00.000Z"])(
    "refuses a timestamp %s with BAD_USER_INPUT, nothing written",
    async (startsAt) => {
      const before = await count("exchange");
      const res = await server.graphql(
        CREATE_EXCHANGE,
        {
          input: {
            title: "Probe",
            series: "WORKSHOP",
            startsAt,
            endsAt: "2100-12-31T12:00:00.000Z",
            location: "Hannover",
            capacity: 5,
            visibility: "PUBLIC",
          },
        },
        { cookie: office },
      );
      expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(res.status).toBeLessThan(500);
      expect(await count("exchange")).toBe(before);
    },
  );

  it("refuses a calendar date 0000-01-01 in a membership", async () => {
    const res = await server.graphql(
      CREATE_ORGANISATION,
      { input: { name: "Datumsprobe", kind: "COMPANY", memberships: [{ kind: "HADI_MEMBER", since: "0000-01-01" }] } },
      { cookie: office },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0]?.message).toMatch(/1900/);
  });
});

describe("names and titles need visible characters", () => {
  it.each([
    ["blanks", "     "],
    ["zero-width spaces", "\u200B\u200B\u200B\u200B"],
    ["a BOM and a soft hyphen between blanks", " \uFEFF \u00AD  "],
    ["a word joiner and tabs", "\u2060\t\t\u2060"],
  ])("refuses an organisation named with %s, nothing written", async (_label, name) => {
    const before = await count("organisation");
    const res = await server.graphql(
      CREATE_ORGANISATION,
      { input: { name, kind: "MIGRANT_ORGANISATION" } },
      { cookie: office },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(JSON.stringify(res.errors?.[0]?.extensions?.fields)).toMatch(/visible/);
    expect(await count("organisation")).toBe(before);
  });

  it("trims the name it saves", async () => {
    const res = await server.graphql<{ createOrganisation: { name: string } }>(
      CREATE_ORGANISATION,
      { input: { name: "   Nachbarschaftsverein Linden  ", kind: "MIGRANT_ORGANISATION" } },
      { cookie: office },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.createOrganisation.name).toBe("Nachbarschaftsverein Linden");
  });

  it("refuses an invisible title on an exchange and an invisible rename", async () => {
    const exchange = await server.graphql(
      CREATE_EXCHANGE,
      {
        input: {
          title: "\u200B\u200C\u200D\u200B",
          series: "WORKSHOP",
          startsAt: "2099-05-01T10:00:00.000Z",
          endsAt: "2099-05-01T12:00:00.000Z",
          location: "Hannover",
          capacity: 5,
          visibility: "PUBLIC",
        },
      },
      { cookie: office },
    );
    expect(exchange.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const [kargah] = (await server.dataSource.query(
      `SELECT id, version, name FROM organisation WHERE slug = 'kargah'`,
    )) as {
      id: string;
      version: number;
      name: string;
    }[];
    const rename = await server.graphql(
      `mutation($id: ID!, $input: UpdateOrganisationInput!, $v: Int!) { updateOrganisation(id: $id, input: $input, expectedVersion: $v) { name } }`,
      { id: kargah!.id, input: { name: "    " }, v: kargah!.version },
      { cookie: office },
    );
    expect(rename.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const [after] = (await server.dataSource.query(`SELECT name FROM organisation WHERE slug = 'kargah'`)) as {
      name: string;
    }[];
    expect(after!.name).toBe(kargah!.name);
  });
});
