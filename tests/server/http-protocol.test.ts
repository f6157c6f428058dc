import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditServer } from "graphql-http";
import { startTestServer, type TestServer } from "../support/test-server";
import { QUERY_LIMITS } from "../../server/src/graphql/query-limits";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ seed: false });
});
afterAll(async () => {
  await server?.close();
});

async function post(body: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
  });
  const text = await response.text();
  return { status: response.status, contentType: response.headers.get("content-type") ?? "", text };
}

function firstCode(text: string): unknown {
  return (JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code;
}

describe("GraphQL over HTTP", () => {
  it("passes every MUST and SHOULD audit of graphql-http", async () => {
    const results = await auditServer({ url: `${server.url}/graphql` });
    const failures = results
      .filter((result) => result.status === "error" || result.status === "warn")
      .map((result) => `${result.status}: ${result.name}`);
    expect(results.length).toBeGreaterThan(40);
    expect(failures).toEqual([]);
  });

  it("sends GraphQL answers without an ETag (no hash of each body), other routes keep theirs", async () => {
    const graphql = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(graphql.status).toBe(200);
    expect(graphql.headers.get("etag")).toBeNull();
    // res.send outside /graphql still revalidates (the calendar feeds, which clients poll, use it).
    const outside = await fetch(`${server.url}/calendar/exchanges.ics`);
    expect(outside.status).toBe(200);
    expect(outside.headers.get("etag")).toMatch(/^W\//);
  });

  it("answers a syntax error with 400 and a parse code, not 500", async () => {
    const reply = await post(JSON.stringify({ query: "{" }));
    expect(reply.status).toBe(400);
    expect(firstCode(reply.text)).toBe("GRAPHQL_PARSE_FAILED");
  });

  it("answers a document over the token limit with 400 and a parse code", async () => {
    const query = `{ ${"me { id } ".repeat(QUERY_LIMITS.maxTokens)} }`;
    const reply = await post(JSON.stringify({ query }));
    expect(reply.status).toBe(400);
    expect(firstCode(reply.text)).toBe("GRAPHQL_PARSE_FAILED");
  });

  it("gives a legacy application/json client the errors with 200, as the spec recommends", async () => {
    const reply = await post(JSON.stringify({ query: "{" }), { accept: "application/json" });
    expect(reply.status).toBe(200);
    expect(firstCode(reply.text)).toBe("GRAPHQL_PARSE_FAILED");
  });
});

describe("body errors come back as JSON", () => {
  it("malformed JSON → 400 BAD_REQUEST, no HTML, no stack", async () => {
    const reply = await post('{"query":');
    expect(reply.status).toBe(400);
    expect(reply.contentType).toMatch(/application\/json/);
    expect(firstCode(reply.text)).toBe("BAD_REQUEST");
    expect(reply.text).not.toMatch(/<html|at JSON\.parse|node_modules/i);
  });

  it("a body over the size limit → 413 PAYLOAD_TOO_LARGE as JSON", async () => {
    const reply = await post(JSON.stringify({ query: "{ me { id } }", variables: { padding: "x".repeat(200_000) } }));
    expect(reply.status).toBe(413);
    expect(reply.contentType).toMatch(/application\/json/);
    expect(firstCode(reply.text)).toBe("PAYLOAD_TOO_LARGE");
  });

  it("a charset other than UTF-8 → 415 as JSON", async () => {
    const reply = await post(JSON.stringify({ query: "{ me { id } }" }), {
      "content-type": "application/json; charset=latin1",
    });
    expect(reply.status).toBe(415);
    expect(firstCode(reply.text)).toBe("UNSUPPORTED_CHARSET");
  });
});
