import { Writable } from "node:stream";
import { gunzipSync } from "node:zlib";
import http from "node:http";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/test-server";
import { isGraphQLPath } from "../../server/src/http/graphql-endpoint";

// /graphql is answered beside express (server/src/http/graphql-endpoint.ts): these are the things
// express's middleware did for it that the endpoint must still do.

const logLines: Record<string, unknown>[] = [];
const captured = new Writable({
  write(chunk: Buffer, _encoding, done) {
    for (const line of chunk.toString("utf8").split("\n").filter(Boolean))
      logLines.push(JSON.parse(line) as Record<string, unknown>);
    done();
  },
});

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ seed: false, log: pino({ level: "info" }, captured) });
});
afterAll(async () => {
  await server?.close();
});

/** A raw request, so that no client adds or decodes an encoding behind the test's back. */
function request(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const outgoing = http.request(`${server.url}${path}`, {
      method: options.method ?? "GET",
      headers: options.headers,
    });
    outgoing.on("response", (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    });
    outgoing.on("error", reject);
    outgoing.end(options.body);
  });
}

const post = (query: string, headers: Record<string, string> = {}) =>
  request("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query }),
  });

/** Big enough to be compressed (a few KB): the schema's type names. */
const BIG_QUERY = "{ __schema { types { name description } } }";

describe("the GraphQL endpoint beside express", () => {
  it("sends the same security headers as express's routes, and no X-Powered-By", async () => {
    const graphql = await post("{ __typename }");
    const healthz = await request("/healthz");
    expect(graphql.status).toBe(200);
    for (const name of [
      "content-security-policy",
      "cross-origin-opener-policy",
      "cross-origin-resource-policy",
      "referrer-policy",
      "x-content-type-options",
      "x-frame-options",
      "x-dns-prefetch-control",
      "x-permitted-cross-domain-policies",
    ]) {
      expect(healthz.headers[name], name).toBeDefined();
      expect(graphql.headers[name], name).toBe(healthz.headers[name]);
    }
    expect(graphql.headers["x-powered-by"]).toBeUndefined();
    expect(graphql.headers.vary).toMatch(/accept-encoding/i);
    expect(graphql.headers["content-type"]).toMatch(/^application\/(graphql-response\+)?json/);
  });

  it("compresses a large answer for a client that accepts it, and sends it as it is otherwise", async () => {
    const plain = await post(BIG_QUERY);
    expect(plain.status).toBe(200);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(Number(plain.headers["content-length"])).toBe(plain.body.length);
    expect(plain.body.length).toBeGreaterThan(1024);

    const gzipped = await post(BIG_QUERY, { "accept-encoding": "gzip" });
    expect(gzipped.headers["content-encoding"]).toBe("gzip");
    expect(gzipped.body.length).toBeLessThan(plain.body.length);
    expect(JSON.parse(gunzipSync(gzipped.body).toString("utf8"))).toEqual(JSON.parse(plain.body.toString("utf8")));

    const small = await post("{ __typename }", { "accept-encoding": "gzip" });
    expect(small.headers["content-encoding"]).toBeUndefined();
    expect(JSON.parse(small.body.toString("utf8"))).toEqual({ data: { __typename: "Query" } });
  });

  it("answers a body that is not JSON, or too large, with a JSON error and a code", async () => {
    const broken = await request("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{ not json",
    });
    expect(broken.status).toBe(400);
    expect(JSON.parse(broken.body.toString("utf8")).errors[0].extensions.code).toBe("BAD_REQUEST");
    const huge = await request("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ __typename }`, variables: { padding: "x".repeat(200_000) } }),
    });
    expect(huge.status).toBe(413);
    expect(JSON.parse(huge.body.toString("utf8")).errors[0].extensions.code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("answers GET queries and refuses other methods as Apollo does", async () => {
    const get = await request(`/graphql?query=${encodeURIComponent("{ __typename }")}`, {
      headers: { "apollo-require-preflight": "1" },
    });
    expect(get.status).toBe(200);
    expect(JSON.parse(get.body.toString("utf8"))).toEqual({ data: { __typename: "Query" } });
    const put = await request("/graphql", {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    expect(put.status).toBe(405);
  });

  it("logs one line per request with its path (no query string) and status", async () => {
    const before = logLines.length;
    await post("{ __typename }");
    await request(`/graphql?query=${encodeURIComponent("{ __typename }")}&token=secret`, {
      headers: { "apollo-require-preflight": "1" },
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const lines = logLines.slice(before).filter((line) => line.msg === "request completed");
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(line.req).toMatchObject({ method: expect.any(String), path: "/graphql" });
      expect(line.res).toEqual({ statusCode: 200 });
      expect(line.responseTime).toEqual(expect.any(Number));
    }
    expect(JSON.stringify(lines)).not.toContain("secret");
  });

  it("takes only the path /graphql, with or without a query string", () => {
    expect(isGraphQLPath("/graphql")).toBe(true);
    expect(isGraphQLPath("/graphql?query=x")).toBe(true);
    expect(isGraphQLPath("/graphqlx")).toBe(false);
    expect(isGraphQLPath("/graphql/x")).toBe(false);
    expect(isGraphQLPath("/")).toBe(false);
    expect(isGraphQLPath(undefined)).toBe(false);
  });
});
