import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/test-server";
import { ORGANISATIONS } from "../support/queries";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

describe("bad input gets a code, never a crash", () => {
  it("refuses an unknown enum value in variables", async () => {
    const res = await server.graphql(ORGANISATIONS, { filter: { kinds: ["SPACESHIP"] } });
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("refuses an unknown enum literal in the document", async () => {
    const res = await server.graphql(`{ organisations(orderBy: SIDEWAYS) { totalCount } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it.each([
    [-1, "first"],
    [1000, "first"],
    [101, "first"],
  ])("refuses first: %i", async (first, field) => {
    const res = await server.graphql(ORGANISATIONS, { first });
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect((res.errors?.[0]?.extensions?.fields as { field: string }[])[0]?.field).toBe(field);
    expect(res.data).toBeNull();
  });

  it("accepts the page size limits 0 and 100", async () => {
    const zero = await server.graphql<{ organisations: { edges: unknown[]; totalCount: number } }>(ORGANISATIONS, {
      first: 0,
    });
    expect(zero.errors).toBeUndefined();
    expect(zero.data?.organisations.edges).toEqual([]);
    expect(zero.data?.organisations.totalCount).toBeGreaterThan(0);
    const hundred = await server.graphql(ORGANISATIONS, { first: 100 });
    expect(hundred.errors).toBeUndefined();
  });

  it("refuses a forged cursor", async () => {
    const res = await server.graphql(ORGANISATIONS, { after: "bm90LWEtY3Vyc29y" });
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("refuses a too long search term", async () => {
    const res = await server.graphql(ORGANISATIONS, { filter: { search: "x".repeat(500) } });
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("answers a malformed id with null rather than a database error", async () => {
    const res = await server.graphql<{ organisation: null }>(`{ organisation(id: "not-a-uuid") { id } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data?.organisation).toBeNull();
  });

  it("refuses bad offer filters with the field named, and finds offers by a misspelt title", async () => {
    const OFFERS = `query($search: String, $organisationId: ID, $first: Int) {
      offers(search: $search, organisationId: $organisationId, first: $first) { slug }
    }`;
    for (const [variables, field] of [
      [{ search: "x".repeat(101) }, "search"],
      [{ first: -1 }, "first"],
      [{ first: 101 }, "first"],
      [{ organisationId: "not-an-id" }, "organisationId"],
    ] as const) {
      const res = await server.graphql(OFFERS, variables);
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe("BAD_USER_INPUT");
      expect((res.errors?.[0]?.extensions?.fields as { field: string }[])[0]?.field).toBe(field);
      expect(res.data).toBeNull();
    }
    const found = await server.graphql<{ offers: { slug: string }[] }>(OFFERS, { search: "Schreibwerkstat" });
    expect(found.data?.offers.map((o) => o.slug)).toEqual(["schreibwerkstatt"]);
    const none = await server.graphql<{ offers: { slug: string }[] }>(OFFERS, { search: "%_\\" });
    expect(none.data?.offers).toEqual([]);
  });

  it("refuses a missing required argument", async () => {
    const res = await server.graphql(`mutation { updateOrganisation(id: "x", input: {}) { id } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("refuses a request without a JSON content type (CSRF prevention)", async () => {
    const response = await fetch(`${server.url}/graphql?query=${encodeURIComponent("{ topics { key } }")}`, {
      method: "GET",
    });
    expect(response.status).toBe(400);
  });

  it("refuses a syntax error with a document error code", async () => {
    const res = await server.graphql(`{ organisations( { totalCount } }`);
    // graphql-armor's token limit parses first and reports syntax errors as validation failures.
    expect(res.errors?.[0]?.extensions?.code).toMatch(/^GRAPHQL_(PARSE|VALIDATION)_FAILED$/);
    expect(res.errors?.[0]?.message).toMatch(/Syntax Error/);
  });
});
