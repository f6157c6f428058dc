import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/test-server";
import { NESTED_NETWORK, PROFILE_PAGE } from "../support/queries";
import { seedSyntheticNetwork } from "../../seeds/synthetic";
import { SQL_COUNT_OPT_OUT } from "../../server/src/db/sql-counter";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ seed: false });
  await seedSyntheticNetwork(server.dataSource, { organisations: 300, seed: 7 });
});
afterAll(async () => {
  await server?.close();
});

async function statementsFor(
  query: string,
  variables: Record<string, unknown>,
): Promise<{ statements: number; rows: number }> {
  const res = await server.graphql<{
    organisations: { edges: { node: { partners: { applications: unknown[] }[] } }[] };
  }>(query, variables);
  expect(res.errors).toBeUndefined();
  const edges = res.data!.organisations.edges;
  const rows = edges.reduce(
    (sum, edge) => sum + 1 + edge.node.partners.reduce((inner, p) => inner + 1 + p.applications.length, 0),
    0,
  );
  return { statements: Number(res.headers.get("x-sql-statements")), rows };
}

describe("SQL statements per request", () => {
  it("are the same for page size 10 and 100 of the nested network query", async () => {
    const small = await statementsFor(NESTED_NETWORK, { first: 10 });
    const large = await statementsFor(NESTED_NETWORK, { first: 100 });
    expect(large.rows).toBeGreaterThan(small.rows * 5);
    expect(small.statements).toBeGreaterThan(0);
    expect(large.statements).toBe(small.statements);
  });

  it("is one for the nested network query and for the profile page (the read planner)", async () => {
    expect((await statementsFor(NESTED_NETWORK, { first: 10 })).statements).toBe(1);
    expect((await statementsFor(NESTED_NETWORK, { first: 100 })).statements).toBe(1);
    const [busiest] = (await server.dataSource.manager.query(
      `SELECT o.id FROM organisation o ORDER BY (SELECT count(*) FROM relation r WHERE r.source_id = o.id) DESC, o.id LIMIT 1`,
    )) as { id: string }[];
    const profile = await server.graphql<{ organisation: { relations: unknown[] } }>(PROFILE_PAGE, { id: busiest!.id });
    expect(profile.errors).toBeUndefined();
    expect(profile.data!.organisation.relations.length).toBeGreaterThan(0);
    expect(Number(profile.headers.get("x-sql-statements"))).toBe(1);
  });

  it("are not counted for a request that opts out (the bench's load runs)", async () => {
    const res = await server.graphql(`{ topics { key } }`, {}, { headers: { [SQL_COUNT_OPT_OUT]: "1" } });
    expect(res.errors).toBeUndefined();
    expect(res.headers.get("x-sql-statements")).toBeNull();
  });
});
