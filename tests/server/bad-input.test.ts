import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, signIn, startTestServer, type TestServer } from "../support/test-server";
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

  it.each([
    ["a too short password", `mutation { resetPassword(input: { token: "t", password: "short" }) }`],
    [
      "a too long token",
      `mutation { acceptInvitation(input: { token: "${"x".repeat(300)}", password: "long-enough-1" }) }`,
    ],
    ["a too long e-mail", `mutation { requestPasswordReset(email: "${"x".repeat(330)}@example.org") }`],
  ])("account links: refuses %s with a code", async (_what, document) => {
    const res = await server.graphql(document);
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.data).toBeNull();
  });

  it("refuses an invitation with a malformed e-mail, role or organisation id", async () => {
    const cookie = await signIn(server, DEMO.coordinator);
    const invite = `mutation($input: InviteUserInput!) { inviteUser(input: $input) }`;
    for (const input of [
      { email: "not-an-address", displayName: "X", role: "PARTNER", organisationId: null },
      { email: "a@example.org", displayName: "X", role: "PARTNER", organisationId: "not-a-uuid" },
      { email: "a@example.org", displayName: "X", role: "PARTNER" },
      { email: "a@example.org", displayName: "", role: "COORDINATOR" },
      { email: "a@example.org", displayName: "X", role: "COORDINATOR", locale: "fr" },
    ]) {
      const res = await server.graphql(invite, { input }, { cookie });
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify(input)).toBe("BAD_USER_INPUT");
    }
    const unknownOrganisation = await server.graphql(
      invite,
      {
        input: {
          email: "a@example.org",
          displayName: "X",
          role: "PARTNER",
          organisationId: "00000000-0000-4000-8000-000000000000",
        },
      },
      { cookie },
    );
    expect(unknownOrganisation.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const tokens: { n: number }[] = await server.dataSource.query(`SELECT count(*)::int AS n FROM account_token`);
    expect(tokens[0]!.n).toBe(0);
  });

  it("refuses bad account changes with a code and changes nothing", async () => {
    const office = await signIn(server, DEMO.coordinator);
    const partner = await signIn(server, DEMO.vhs);
    const change = `mutation($e: String!, $p: String!) { requestEmailChange(newEmail: $e, currentPassword: $p) }`;
    for (const [variables, field] of [
      [{ e: "not-an-address", p: DEMO.password }, "newEmail"],
      [{ e: `${"x".repeat(330)}@example.org`, p: DEMO.password }, "newEmail"],
      [{ e: DEMO.vhs, p: DEMO.password }, "newEmail"],
      [{ e: "new@example.org", p: "a wrong password" }, "currentPassword"],
      [{ e: "new@example.org", p: "x".repeat(1100) }, "currentPassword"],
    ] as const) {
      const res = await server.graphql(change, variables, { cookie: partner });
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe("BAD_USER_INPUT");
      expect((res.errors?.[0]?.extensions?.fields as { field: string }[])[0]?.field).toBe(field);
    }
    const taken = await server.graphql(change, { e: DEMO.kargah, p: DEMO.password }, { cookie: partner });
    expect(taken.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const confirm = await server.graphql(`mutation($t: String!) { confirmEmailChange(token: $t) }`, {
      t: "x".repeat(300),
    });
    expect(confirm.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const language = await server.graphql(
      `mutation { setPreferredLanguage(locale: "fr") { id } }`,
      {},
      {
        cookie: partner,
      },
    );
    expect(language.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    for (const mutation of ["deactivateUser", "reactivateUser", "resendInvitation"]) {
      for (const id of ["not-a-uuid", "00000000-0000-4000-8000-000000000000"]) {
        const res = await server.graphql(
          `mutation($id: ID!) { ${mutation}(id: $id) { id } }`,
          { id },
          {
            cookie: office,
          },
        );
        expect(res.errors?.[0]?.extensions?.code, `${mutation}(${id})`).toBe("NOT_FOUND");
      }
    }
    const [self] = (await server.dataSource.query(`SELECT id FROM app_user WHERE email = $1`, [DEMO.coordinator])) as [
      { id: string },
    ];
    const ownAccount = await server.graphql(
      `mutation($id: ID!) { deactivateUser(id: $id) { id } }`,
      { id: self.id },
      {
        cookie: office,
      },
    );
    expect(ownAccount.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const written: { tokens: number; mails: number; closed: number }[] = await server.dataSource.query(
      `SELECT (SELECT count(*) FROM account_token)::int AS tokens, (SELECT count(*) FROM mail_outbox)::int AS mails,
              (SELECT count(*) FROM app_user WHERE deactivated_at IS NOT NULL)::int AS closed`,
    );
    expect(written[0]).toEqual({ tokens: 0, mails: 0, closed: 0 });
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
