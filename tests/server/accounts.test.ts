import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, signIn, startTestServer, type TestServer } from "../support/test-server";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { email role organisation { slug } } }`;
const ME = `{ me { email role organisation { slug } } }`;

describe("sign-in", () => {
  it("sets an httpOnly, SameSite=Lax session cookie and knows the user afterwards", async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: LOGIN, variables: { e: "Partner@Kargah.example", p: DEMO.password } }),
    });
    const body = (await response.json()) as { data: { login: { role: string; organisation: { slug: string } } } };
    expect(body.data.login.role).toBe("PARTNER");
    expect(body.data.login.organisation.slug).toBe("kargah");
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^album_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const me = await server.graphql<{ me: { email: string } }>(ME, {}, { cookie: cookie.split(";")[0] });
    expect(me.data?.me.email).toBe(DEMO.kargah);
  });

  it("gives one message for an unknown e-mail and a wrong password", async () => {
    const unknown = await server.graphql(LOGIN, { e: "niemand@example.org", p: DEMO.password });
    const wrong = await server.graphql(LOGIN, { e: DEMO.kargah, p: "falsch" });
    expect(unknown.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(wrong.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(unknown.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
  });

  it("refuses absurdly long credentials without hashing them", async () => {
    const res = await server.graphql(LOGIN, { e: DEMO.kargah, p: "x".repeat(5000) });
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("is anonymous without a cookie or with a forged one", async () => {
    expect((await server.graphql<{ me: null }>(ME)).data?.me).toBeNull();
    expect((await server.graphql<{ me: null }>(ME, {}, { cookie: "album_session=forged" })).data?.me).toBeNull();
  });

  it("ends the session on the server at logout, so the old cookie no longer works", async () => {
    const cookie = await signIn(server, DEMO.coordinator);
    expect((await server.graphql<{ me: { role: string } }>(ME, {}, { cookie })).data?.me.role).toBe("COORDINATOR");
    const out = await server.graphql<{ logout: boolean }>(`mutation { logout }`, {}, { cookie });
    expect(out.data?.logout).toBe(true);
    expect((await server.graphql<{ me: null }>(ME, {}, { cookie })).data?.me).toBeNull();
  });

  it("refuses an expired session", async () => {
    const cookie = await signIn(server, DEMO.vhs);
    await server.dataSource.query(`UPDATE user_session SET expires_at = now() - interval '1 minute'`);
    expect((await server.graphql<{ me: null }>(ME, {}, { cookie })).data?.me).toBeNull();
  });

  it("shows consented contact persons to signed-in members only", async () => {
    const query = `{ organisation(slug: "kargah") { contactPersons { name email } } }`;
    const anonymous = await server.graphql<{ organisation: { contactPersons: unknown[] } }>(query);
    expect(anonymous.data?.organisation.contactPersons).toEqual([]);
    const cookie = await signIn(server, DEMO.tui);
    const member = await server.graphql<{ organisation: { contactPersons: { name: string }[] } }>(
      query,
      {},
      { cookie },
    );
    expect(member.data?.organisation.contactPersons.length).toBeGreaterThan(0);
  });
});
