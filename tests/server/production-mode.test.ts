import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import zlib from "node:zlib";
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

  it("sends the client's assets as compressed at build time, in the encoding the browser takes", async () => {
    const clientDist = path.resolve(__dirname, "../../client/dist");
    const entry = /src="(\/assets\/index-[^"]+\.js)"/.exec(
      fs.readFileSync(path.join(clientDist, "index.html"), "utf8"),
    )?.[1];
    expect(entry).toBeDefined();
    const original = fs.readFileSync(path.join(clientDist, entry!));
    const get = (acceptEncoding: string) =>
      new Promise<{ encoding: string | undefined; body: Buffer }>((resolve, reject) => {
        http
          .get(`${server.url}${entry}`, { headers: { "accept-encoding": acceptEncoding } }, (res) => {
            const chunks: Buffer[] = [];
            res.on("data", (chunk: Buffer) => chunks.push(chunk));
            res.on("end", () => resolve({ encoding: res.headers["content-encoding"], body: Buffer.concat(chunks) }));
          })
          .on("error", reject);
      });

    const brotli = await get("gzip, deflate, br");
    expect(brotli.encoding).toBe("br");
    expect(brotli.body).toEqual(fs.readFileSync(path.join(clientDist, `${entry}.br`)));
    expect(zlib.brotliDecompressSync(brotli.body)).toEqual(original);

    const gzip = await get("gzip");
    expect(gzip.encoding).toBe("gzip");
    expect(zlib.gunzipSync(gzip.body)).toEqual(original);

    const plain = await get("identity");
    expect(plain.encoding).toBeUndefined();
    expect(plain.body).toEqual(original);
  });
});
