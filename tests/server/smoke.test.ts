import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/test-server";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

describe("smoke", () => {
  it("lists organisations", async () => {
    const res = await server.graphql<{ organisations: { totalCount: number; edges: { node: { name: string } }[] } }>(
      `{ organisations(first: 5) { totalCount edges { node { name kind topics { labelDe } partners { name applications { title } } } } } }`,
    );
    console.log(JSON.stringify(res, null, 1).slice(0, 2000));
    expect(res.errors).toBeUndefined();
    expect(res.data?.organisations.totalCount).toBeGreaterThan(10);
  });
});
