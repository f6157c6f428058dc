import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pino from "pino";
import { DEMO, signIn, startTestServer, type TestServer } from "../support/test-server";
import { startSmtpSink, type SmtpSink } from "../support/smtp-sink";
import { startBackgroundJobs } from "../../server/src/background";
import { loadConfig } from "../../server/src/config";
import type { JobQueue } from "../../server/src/jobs/job-queue";

let server: TestServer;
let smtp: SmtpSink;
let jobs: JobQueue;
let coordinator: string;
const ids: Record<string, string> = {};

const INVITE = `mutation($input: InviteUserInput!) { inviteUser(input: $input) }`;
const ACCEPT = `mutation($input: SetPasswordInput!) { acceptInvitation(input: $input) }`;
const REQUEST_RESET = `mutation($email: String!) { requestPasswordReset(email: $email) }`;
const RESET = `mutation($input: SetPasswordInput!) { resetPassword(input: $input) }`;

function tokenOf(link: string | null): string {
  const token = link ? new URL(link).searchParams.get("token") : null;
  if (!token) throw new Error(`no token in ${link}`);
  return token;
}

async function login(email: string, password: string, locale = "de") {
  return server.graphql<{ login: { id: string } }>(
    `mutation($e:String!,$p:String!){ login(email:$e,password:$p){ id } }`,
    { e: email, p: password },
    { headers: { "accept-language": locale } },
  );
}

beforeAll(async () => {
  smtp = await startSmtpSink();
  server = await startTestServer({ loginLimits: { perIp: 1000, perAccount: 100, windowSeconds: 60 } });
  const config = {
    ...loadConfig({ NODE_ENV: "test" }),
    databaseUrl: (server.dataSource.options as { url?: string }).url ?? null,
    smtpUrl: smtp.url,
    appUrl: "https://album.example/app",
    mailDrainSeconds: 1,
    jobPollSeconds: 1,
  };
  jobs = await startBackgroundJobs(config, server.dataSource, pino({ level: "silent" }));
  coordinator = await signIn(server, DEMO.coordinator);
  for (const row of (await server.dataSource.query(`SELECT id, slug FROM organisation`)) as {
    id: string;
    slug: string;
  }[])
    ids[row.slug] = row.id;
}, 120_000);

afterAll(async () => {
  await jobs?.stop();
  await server?.close();
  await smtp?.close();
});

describe("invitation by e-mail", () => {
  it("mails a single-use link in the chosen language; the person sets a password and signs in", async () => {
    const invited = await server.graphql(
      INVITE,
      {
        input: {
          email: "New.Person@Example.org",
          displayName: "Neue Person",
          role: "PARTNER",
          organisationId: ids["kargah"],
          locale: "en",
        },
      },
      { cookie: coordinator },
    );
    expect(invited.errors).toBeUndefined();
    const [mail] = await smtp.waitFor((m) => m.to.includes("new.person@example.org"));
    expect(mail!.subject).toContain("Invitation");
    expect(mail!.text).toContain("kargah");
    expect(mail!.link).toMatch(/^https:\/\/album\.example\/app\/einladung\?token=/);
    expect(mail!.html).toContain("<a href=");
    const token = tokenOf(mail!.link);
    // The token is stored hashed only, and the outbox forgets it once sent.
    const stored: { n: number }[] = await server.dataSource.query(
      `SELECT count(*)::int AS n FROM account_token WHERE token_hash = $1 OR token_hash = $2`,
      [token, token],
    );
    expect(stored[0]!.n).toBe(0);
    const outbox: { payload: Record<string, string>; sent_at: Date | null }[] = await server.dataSource.query(
      `SELECT payload, sent_at FROM mail_outbox WHERE to_address = 'new.person@example.org'`,
    );
    expect(outbox).toHaveLength(1);
    expect(outbox[0]!.sent_at).not.toBeNull();
    expect(outbox[0]!.payload.token).toBeUndefined();

    const accepted = await server.graphql(ACCEPT, { input: { token, password: "a-good-password" } });
    expect(accepted.errors).toBeUndefined();
    expect((await login("new.person@example.org", "a-good-password")).errors).toBeUndefined();

    const again = await server.graphql(ACCEPT, { input: { token, password: "another-password" } });
    expect(again.errors?.[0]?.extensions?.code).toBe("INVALID_TOKEN");
    expect(again.errors?.[0]?.extensions?.reason).toBe("USED");
    const audit: { n: number }[] = await server.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_entry WHERE entity_type = 'USER'`,
    );
    expect(audit[0]!.n).toBeGreaterThanOrEqual(2);
  });

  it("refuses an expired invitation, unknown links, existing addresses and non-office callers", async () => {
    const input = { email: "late@example.org", displayName: "Late", role: "PARTNER", organisationId: ids["kargah"] };
    expect((await server.graphql(INVITE, { input }, { cookie: coordinator })).errors).toBeUndefined();
    const [mail] = await smtp.waitFor((m) => m.to.includes("late@example.org"));
    expect(mail!.subject).toContain("Einladung");
    await server.dataSource.query(
      `UPDATE account_token SET expires_at = now() - interval '1 minute' WHERE email = 'late@example.org'`,
    );
    const expired = await server.graphql(ACCEPT, {
      input: { token: tokenOf(mail!.link), password: "a-good-password" },
    });
    expect(expired.errors?.[0]?.extensions?.reason).toBe("EXPIRED");
    const unknown = await server.graphql(ACCEPT, { input: { token: "nope", password: "a-good-password" } });
    expect(unknown.errors?.[0]?.extensions?.reason).toBe("UNKNOWN");

    const existing = await server.graphql(INVITE, { input: { ...input, email: DEMO.vhs } }, { cookie: coordinator });
    expect(existing.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const partner = await signIn(server, DEMO.kargah);
    const forbidden = await server.graphql(
      INVITE,
      { input: { ...input, email: "x@example.org" } },
      { cookie: partner },
    );
    expect(forbidden.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const anonymous = await server.graphql(INVITE, { input: { ...input, email: "y@example.org" } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const short = await server.graphql(ACCEPT, { input: { token: "x", password: "short" } });
    expect(short.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("password reset by e-mail", () => {
  it("answers the same for unknown addresses, mails known ones, and the link works once", async () => {
    const unknown = await server.graphql(REQUEST_RESET, { email: "nobody@example.org" });
    const known = await server.graphql(REQUEST_RESET, { email: DEMO.tui.toUpperCase() });
    expect(unknown.data).toEqual(known.data);
    expect(unknown.errors).toBeUndefined();
    const [mail] = await smtp.waitFor((m) => m.to.includes(DEMO.tui));
    expect(mail!.link).toContain("/passwort-neu?token=");
    const session = await signIn(server, DEMO.tui);

    const token = tokenOf(mail!.link);
    expect((await server.graphql(RESET, { input: { token, password: "fresh-password-1" } })).errors).toBeUndefined();
    expect((await login(DEMO.tui, DEMO.password)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await login(DEMO.tui, "fresh-password-1")).errors).toBeUndefined();
    // Every earlier session ends with the reset.
    const me = await server.graphql<{ me: null | { id: string } }>(`{ me { id } }`, {}, { cookie: session });
    expect(me.data?.me).toBeNull();
    const reused = await server.graphql(RESET, { input: { token, password: "fresh-password-2" } });
    expect(reused.errors?.[0]?.extensions).toMatchObject({ code: "INVALID_TOKEN", reason: "USED" });
    expect(smtp.mails.filter((m) => m.to.includes("nobody@example.org"))).toHaveLength(0);
  });

  it("refuses a link older than an hour", async () => {
    await server.graphql(REQUEST_RESET, { email: DEMO.vhs });
    const [mail] = await smtp.waitFor((m) => m.to.includes(DEMO.vhs) && m.link?.includes("passwort-neu") === true);
    await server.dataSource.query(
      `UPDATE account_token SET expires_at = now() - interval '1 second' WHERE purpose = 'PASSWORD_RESET' AND email = $1`,
      [DEMO.vhs],
    );
    const expired = await server.graphql(RESET, {
      input: { token: tokenOf(mail!.link), password: "fresh-password-1" },
    });
    expect(expired.errors?.[0]?.extensions).toMatchObject({ code: "INVALID_TOKEN", reason: "EXPIRED" });
  });
});

describe("notification mails", () => {
  it("a tandem request mails the receiving organisation's staff in their language, with a link", async () => {
    // vhs signs in in English: its mails are English from then on.
    expect((await login(DEMO.vhs, DEMO.password, "en")).errors).toBeUndefined();
    const kargah = await signIn(server, DEMO.kargah);
    const [open] = (await server.dataSource.query(`SELECT id FROM call_for_proposals WHERE status = 'OPEN'`)) as [
      { id: string },
    ];
    const sent = await server.graphql(
      `mutation($input: SendTandemRequestInput!) { sendTandemRequest(input: $input) { id } }`,
      {
        input: {
          callId: open.id,
          fromOrganisationId: ids["kargah"],
          toOrganisationId: ids["vhs-hannover"],
          message: "Wollen wir?",
        },
      },
      { cookie: kargah },
    );
    expect(sent.errors).toBeUndefined();
    const [mail] = await smtp.waitFor((m) => m.to.includes(DEMO.vhs) && m.subject.includes("tandem request"));
    expect(mail!.subject).toBe("[ALBuM] New tandem request");
    expect(mail!.link).toMatch(/^https:\/\/album\.example\/app\//);
    // Exactly one mail per notification.
    const notifications: { n: number }[] = await server.dataSource.query(
      `SELECT count(*)::int AS n FROM notification n JOIN app_user u ON u.id = n.user_id
        WHERE u.email = $1 AND n.kind = 'TANDEM_REQUEST_RECEIVED'`,
      [DEMO.vhs],
    );
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(smtp.mails.filter((m) => m.to.includes(DEMO.vhs) && m.subject.includes("tandem request"))).toHaveLength(
      notifications[0]!.n,
    );
  });
});
