import http from "node:http";
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, signIn, startTestServer, type TestServer } from "../support/test-server";

const CREATE = `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`;

let server: TestServer;
let office: string;
beforeAll(async () => {
  server = await startTestServer({ shutdownTimeoutMs: 20_000 });
  office = await signIn(server, DEMO.coordinator);
});
afterAll(async () => {
  await server?.close();
});

async function committed(prefix: string): Promise<number> {
  const [row] = (await server.dataSource.query(`SELECT count(*)::int AS n FROM organisation WHERE name LIKE $1`, [
    `${prefix}%`,
  ])) as { n: number }[];
  return row!.n;
}

function rawRequest(body: string, cookie: string): string {
  return (
    `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nCookie: ${cookie}\r\n` +
    `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`
  );
}

describe("SIGTERM with requests in flight", () => {
  it("answers every request already received, keeps answered = committed, and closes each connection after its last answer", async () => {
    // Ten kept-alive connections, warmed first: the burst queues on connections that already exist,
    // as behind a load balancer.
    const agent = new http.Agent({ keepAlive: true, maxSockets: 10 });
    const post = (body: string) =>
      new Promise<{ status: number; text: string }>((resolve, reject) => {
        const request = http.request(
          `${server.url}/graphql`,
          { method: "POST", agent, headers: { "content-type": "application/json", cookie: office } },
          (response) => {
            let text = "";
            response.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
            response.on("end", () => resolve({ status: response.statusCode ?? 0, text }));
          },
        );
        request.on("error", reject);
        request.end(body);
      });
    await Promise.all(Array.from({ length: 10 }, () => post(JSON.stringify({ query: "{ me { id } }" }))));

    // A connection that is open but idle when the signal comes; two pipelined requests follow.
    const socket = net.connect(new URL(server.url).port ? Number(new URL(server.url).port) : 80, "127.0.0.1");
    await new Promise<void>((resolve) => socket.once("connect", () => resolve()));
    let raw = "";
    socket.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
    const socketClosed = new Promise<void>((resolve) => socket.once("close", () => resolve()));
    const pipelined = (i: number) =>
      rawRequest(
        JSON.stringify({ query: CREATE, variables: { input: { name: `Pipeline ${i}`, kind: "COMPANY" } } }),
        office,
      );

    const burst = Array.from({ length: 50 }, (_, i) =>
      post(JSON.stringify({ query: CREATE, variables: { input: { name: `Burst ${i}`, kind: "COMPANY" } } })).then(
        (reply) => ({
          ok: reply.status === 200 && !(JSON.parse(reply.text) as { errors?: unknown }).errors,
          error: null,
        }),
        (error: unknown) => ({ ok: false, error: String(error) }),
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 30));
    const stopped = server.stop();
    // Sent on an open connection after the signal: both are answered, the last with Connection: close.
    socket.write(pipelined(1) + pipelined(2));
    const outcomes = await Promise.all(burst);
    await stopped;
    await socketClosed;

    const answered = outcomes.filter((outcome) => outcome.ok).length;
    const failures = outcomes.filter((outcome) => !outcome.ok).map((outcome) => outcome.error);
    // Requests queued behind a "Connection: close" answer need a new connection: refused, never reset.
    for (const failure of failures) expect(failure).toMatch(/ECONNREFUSED/);
    expect(await committed("Burst ")).toBe(answered);
    expect(answered).toBeGreaterThan(0);

    const responses = raw.split(/(?=HTTP\/1\.1 )/);
    expect(responses).toHaveLength(2);
    expect(responses[0]).toMatch(/^HTTP\/1\.1 200/);
    expect(responses[1]).toMatch(/^HTTP\/1\.1 200/);
    expect(responses[1]).toMatch(/\r\nconnection: close\r\n/i);
    expect(await committed("Pipeline ")).toBe(2);
    expect(server.lastDrain()?.forced).toBe(0);
  });
});
