import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, startTestServer, type TestServer } from "../support/test-server";
import { QUERY_LIMITS } from "../../server/src/graphql/query-limits";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ loginLimits: { perIp: 8, perAccount: 3, windowSeconds: 4 } });
});
afterAll(async () => {
  await server?.close();
});

function nested(depth: number): string {
  let selection = "name";
  for (let level = 0; level < depth; level += 1) selection = `partners { ${level === 0 ? "name" : selection} }`;
  return `{ organisation(slug: "kargah") { ${selection} } }`;
}

/** Sends a query and measures how long the refusal takes. */
async function timed(query: string): Promise<{ ms: number; code: unknown; status: number }> {
  const started = performance.now();
  const res = await server.graphql(query);
  return { ms: performance.now() - started, code: res.errors?.[0]?.extensions?.code, status: res.status };
}

describe("query limits", () => {
  it("accepts the client's deepest query shape", async () => {
    const res = await server.graphql(
      `{ organisations(first: 100) { edges { node { partners { name applications { title } } } } } }`,
    );
    expect(res.errors).toBeUndefined();
  });

  it("refuses depth 15, 100 aliases, a huge document and many directives, quickly", async () => {
    const deep = await timed(nested(15));
    const aliases = await timed(`{ ${Array.from({ length: 100 }, (_, i) => `a${i}: topics { key }`).join(" ")} }`);
    const huge = await timed(`{ topics { ${"key ".repeat(5000)} } }`);
    const directives = await timed(`{ topics { key ${"@include(if: true) ".repeat(50)} } }`);
    for (const result of [deep, aliases, huge, directives]) {
      expect(result.code).toMatch(/GRAPHQL_VALIDATION_FAILED|BAD_USER_INPUT|GRAPHQL_PARSE_FAILED/);
      expect(result.ms).toBeLessThan(2000);
    }
    console.log(
      `refusal times (ms): depth15=${deep.ms.toFixed(1)} aliases100=${aliases.ms.toFixed(1)} tokens=${huge.ms.toFixed(1)} directives=${directives.ms.toFixed(1)}; limits ${JSON.stringify(QUERY_LIMITS)}`,
    );
  });

  it("gives no field suggestions", async () => {
    const res = await server.graphql(`{ organisatons { totalCount } }`);
    expect(res.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it("refuses a body over the size limit", async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ topics { key } }", variables: { padding: "x".repeat(200_000) } }),
    });
    expect(response.status).toBe(413);
  });

  it("sends security headers", async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.headers.get("content-security-policy")).toMatch(/default-src 'self'/);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("x-powered-by")).toBeNull();
  });
});

describe("login rate limit", () => {
  const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }`;

  it("locks an account after repeated failures with Retry-After, then recovers", async () => {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const res = await server.graphql(LOGIN, { e: DEMO.vhs, p: "falsch" });
      expect(res.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    }
    const locked = await server.graphql(LOGIN, { e: DEMO.vhs, p: DEMO.password });
    expect(locked.errors?.[0]?.extensions?.code).toBe("TOO_MANY_REQUESTS");
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 4200));
    const again = await server.graphql(LOGIN, { e: DEMO.vhs, p: DEMO.password });
    expect(again.errors).toBeUndefined();
  });
});
