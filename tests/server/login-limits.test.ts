import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, startTestServer, type TestServer } from "../support/test-server";

const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({
    trustProxy: 1,
    loginLimits: { perIp: 8, perAccount: 3, windowSeconds: 60, delayAfter: 4, baseDelayMs: 400, maxDelayMs: 1600 },
  });
});
afterAll(async () => {
  await server?.close();
});

function login(email: string, password: string, from: string) {
  return server.graphql(LOGIN, { e: email, p: password }, { headers: { "x-forwarded-for": from } });
}

describe("fair login limits", () => {
  it("an attacker elsewhere cannot lock the owner out", async () => {
    for (let attempt = 0; attempt < 3; attempt += 1)
      expect((await login(DEMO.kargah, "falsch", "203.0.113.7")).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const attacker = await login(DEMO.kargah, DEMO.password, "203.0.113.7");
    expect(attacker.status).toBe(429);
    const owner = await login(DEMO.kargah, DEMO.password, "198.51.100.20");
    expect(owner.errors).toBeUndefined();
    expect(owner.data).toEqual({ login: { id: expect.any(String) } });
  });

  it("successful sign-ins never use up the address's budget (one proxy, many users)", async () => {
    for (let attempt = 0; attempt < 12; attempt += 1) {
      const res = await login(DEMO.vhs, DEMO.password, "192.0.2.50");
      expect(res.errors).toBeUndefined();
    }
  });

  it("40 parallel wrong passwords from one address meet the limit exactly: the attempt is reserved before the check", async () => {
    const replies = await Promise.all(
      Array.from({ length: 40 }, () =>
        login(DEMO.tui, "falsch", "192.0.2.99").then((res) => res.errors?.[0]?.extensions?.code),
      ),
    );
    expect(replies.filter((code) => code === "UNAUTHENTICATED")).toHaveLength(3);
    expect(replies.filter((code) => code === "TOO_MANY_REQUESTS")).toHaveLength(37);
  });

  it("limits wrong passwords per address across accounts, counted within the window, not by how fast they come", async () => {
    const codes: unknown[] = [];
    for (let attempt = 0; attempt < 10; attempt += 1)
      codes.push((await login(`niemand${attempt}@example.org`, "x", "192.0.2.150")).errors?.[0]?.extensions?.code);
    expect(codes.slice(0, 8)).toEqual(Array(8).fill("UNAUTHENTICATED"));
    expect(codes.slice(8)).toEqual(["TOO_MANY_REQUESTS", "TOO_MANY_REQUESTS"]);
  });

  it("guessing from many addresses slows each further attempt down but never refuses the right password", async () => {
    const timings: number[] = [];
    for (let attempt = 0; attempt < 6; attempt += 1) {
      const started = performance.now();
      const res = await login(DEMO.coordinator, "falsch", `198.18.0.${attempt + 1}`);
      timings.push(performance.now() - started);
      expect(res.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    }
    // Attempts 5 and 6 on the account wait 400 and 800 ms before their check.
    expect(timings[4]!).toBeGreaterThanOrEqual(390);
    expect(timings[5]!).toBeGreaterThanOrEqual(790);
    const owner = await login(DEMO.coordinator, DEMO.password, "198.18.1.1");
    expect(owner.errors).toBeUndefined();
  });
});
