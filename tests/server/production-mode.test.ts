import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/test-server";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ production: true, seed: true });
});
afterAll(async () => {
  await server?.close();
});

describe("production mode", () => {
  it("refuses introspection", async () => {
    const res = await server.graphql(`{ __schema { types { name } } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(res.data).toBeUndefined();
  });

  it("masks unexpected errors: no stack trace, no SQL", async () => {
    await server.dataSource.query(`ALTER TABLE topic RENAME TO topic_gone`);
    try {
      const res = await server.graphql(`{ topics { key } }`);
      const error = res.errors?.[0];
      expect(error?.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
      expect(error?.message).toBe("Internal server error");
      expect(Object.keys(error?.extensions ?? {})).toEqual(["code"]);
      expect(JSON.stringify(res.errors)).not.toMatch(/relation|SELECT|stacktrace|\.ts:/i);
    } finally {
      await server.dataSource.query(`ALTER TABLE topic_gone RENAME TO topic`);
    }
  });

  it("does not expose SQL statement counts", async () => {
    const res = await server.graphql(`{ topics { key } }`);
    expect(res.headers.get("x-sql-statements")).toBeNull();
  });
});
