import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/test-server";
import { seedSyntheticNetwork } from "../../seeds/synthetic";
import { openTestDatabase } from "../support/test-database";
import { GRAPH_QUERY } from "../bench/queries";

const ALIASED_NETWORK = `{ ${Array.from({ length: 15 }, (_, i) => `n${i}: network { nodes { organisation { id name kind } degree community } edges { source target type weight } }`).join(" ")} }`;
const NESTED_PAGE = `{ organisations(first: 100) { edges { node { name relations { type } partners { name applications { title } } } } } }`;

describe("list-aware query cost at 10,000 organisations", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ seed: false });
    await seedSyntheticNetwork(server.dataSource, { organisations: 10_000, seed: 42 });
  }, 600_000);
  afterAll(async () => {
    await server?.close();
  });

  it("refuses 15 aliased whole-network fields before building any of them", async () => {
    const started = performance.now();
    const res = await server.graphql(ALIASED_NETWORK);
    const ms = performance.now() - started;
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_EXPENSIVE");
    expect(res.errors?.[0]?.extensions?.cost as number).toBeGreaterThan(res.errors?.[0]?.extensions?.maxCost as number);
    expect(res.data ?? null).toBeNull();
    console.log(`aliased network refusal at 10,000 organisations: ${ms.toFixed(0)} ms`);
  });

  it("still answers the graph page's query and the client's deepest directory page", async () => {
    const graph = await server.graphql<{ network: { nodes: unknown[] } }>(GRAPH_QUERY);
    expect(graph.errors).toBeUndefined();
    expect(graph.data?.network.nodes.length).toBe(10_000);
    const nested = await server.graphql(NESTED_PAGE);
    expect(nested.errors).toBeUndefined();
  });
});

describe("per-viewer budget and response cap (seed network)", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      trustProxy: 1,
      queryCost: { expensiveFrom: 50, budgetPerMinute: 500 },
      responseSizeCapBytes: 4 * 1024,
    });
  });
  afterAll(async () => {
    await server?.close();
  });

  it("charges expensive queries to the viewer's budget and answers 429 with Retry-After when it is spent", async () => {
    const query = `{ network { nodes { organisation { id } } } }`;
    const statuses: number[] = [];
    let last: Awaited<ReturnType<TestServer["graphql"]>> | null = null;
    for (let attempt = 0; attempt < 30 && statuses.at(-1) !== 429; attempt += 1) {
      last = await server.graphql(query);
      statuses.push(last.status);
    }
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.slice(0, -1).every((status) => status === 200)).toBe(true);
    expect(last?.errors?.[0]?.extensions?.code).toBe("TOO_MANY_REQUESTS");
    expect(Number(last?.headers.get("retry-after"))).toBeGreaterThan(0);
    // Cheap queries stay free.
    expect((await server.graphql(`{ topics { key } }`)).errors).toBeUndefined();
  });

  it("refuses an answer over the size cap with RESPONSE_TOO_LARGE instead of sending it", async () => {
    const res = await server.graphql(
      `{ organisations(first: 50) { edges { node { name description } } } }`,
      undefined,
      { headers: { "x-forwarded-for": "192.0.2.200" } },
    );
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe("RESPONSE_TOO_LARGE");
  });
});

// PGlite runs in-process without the timer signals PostgreSQL uses for statement_timeout.
describe.skipIf(!process.env.DATABASE_URL)("statement timeout", () => {
  it("cancels a statement over the limit with PostgreSQL's query_canceled", async () => {
    const database = await openTestDatabase({ statementTimeoutMs: 100 });
    try {
      const error = await database.dataSource.query(`SELECT pg_sleep(1)`).catch((failure: unknown) => failure);
      const failure = error as { driverError?: { code?: string }; code?: string };
      expect(failure.driverError?.code ?? failure.code).toBe("57014");
    } finally {
      await database.close();
    }
  });
});
