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
    // The invitee is signed in by accepting.
    const cookie = accepted.headers.get("set-cookie")?.split(";")[0] ?? "";
    const me = await server.graphql<{ me: { email: string } | null }>(`{ me { email } }`, {}, { cookie });
    expect(me.data?.me?.email).toBe("new.person@example.org");
    expect((await login("new.person@example.org", "a-good-password")).errors).toBeUndefined();

    const again = await server.graphql(ACCEPT, { input: { token, password: "another-password" } });
    expect(again.errors?.[0]?.extensions?.code).toBe("INVALID_TOKEN");
    expect(again.errors?.[0]?.extensions?.reason).toBe("USED");
    const audit: { n: number }[] = await server.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_entry WHERE entity_type = 'ACCOUNT'`,
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

const ACCOUNTS = `{ accounts { id email status invitation lastSignInAt organisationName } }`;
type Summary = {
  id: string;
  email: string;
  status: string;
  invitation: boolean;
  lastSignInAt: string | null;
  organisationName: string | null;
};
async function accountRow(email: string): Promise<Summary | undefined> {
  const res = await server.graphql<{ accounts: Summary[] }>(ACCOUNTS, {}, { cookie: coordinator });
  expect(res.errors).toBeUndefined();
  return res.data!.accounts.find((row) => row.email === email);
}

describe("the office's account list, deactivation and resent invitations", () => {
  it("deactivates an account (no sign-in, sessions end, no reset mail) and reactivates it", async () => {
    const before = await accountRow(DEMO.kargah);
    expect(before).toMatchObject({ status: "ACTIVE", invitation: false, organisationName: "kargah e.V." });
    const session = await signIn(server, DEMO.kargah);
    expect((await accountRow(DEMO.kargah))!.lastSignInAt).not.toBeNull();

    const closed = await server.graphql<{ deactivateUser: Summary }>(
      `mutation($id: ID!) { deactivateUser(id: $id) { status } }`,
      { id: before!.id },
      { cookie: coordinator },
    );
    expect(closed.data?.deactivateUser.status).toBe("DEACTIVATED");
    const me = await server.graphql<{ me: null | { id: string } }>(`{ me { id } }`, {}, { cookie: session });
    expect(me.data?.me).toBeNull();
    const refused = await login(DEMO.kargah, DEMO.password);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "UNAUTHENTICATED", reason: "DEACTIVATED" });
    // A wrong password still gets the one message for everything: deactivation is no enumeration oracle.
    const wrong = await login(DEMO.kargah, "not-the-password");
    expect(wrong.errors?.[0]?.extensions?.reason).toBeUndefined();
    const sessions: { n: number }[] = await server.dataSource.query(
      `SELECT count(*)::int AS n FROM user_session WHERE user_id = $1`,
      [before!.id],
    );
    expect(sessions[0]!.n).toBe(0);
    await server.graphql(REQUEST_RESET, { email: DEMO.kargah });
    const again = await server.graphql(
      `mutation($id: ID!) { deactivateUser(id: $id) { status } }`,
      { id: before!.id },
      {
        cookie: coordinator,
      },
    );
    expect(again.errors?.[0]?.extensions?.code).toBe("CONFLICT");

    const reopened = await server.graphql<{ reactivateUser: Summary }>(
      `mutation($id: ID!) { reactivateUser(id: $id) { status } }`,
      { id: before!.id },
      { cookie: coordinator },
    );
    expect(reopened.data?.reactivateUser.status).toBe("ACTIVE");
    expect((await login(DEMO.kargah, DEMO.password)).errors).toBeUndefined();
    const audit: { changes: Record<string, { after: boolean }> }[] = await server.dataSource.query(
      `SELECT changes FROM audit_entry WHERE entity_type = 'ACCOUNT' AND entity_id = $1 AND changes ? 'active'
        ORDER BY created_at`,
      [before!.id],
    );
    expect(audit.map((row) => row.changes.active!.after)).toEqual([false, true]);
    // The reset asked for while the account was closed sent nothing.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(smtp.mails.filter((m) => m.to.includes(DEMO.kargah) && m.link?.includes("passwort-neu"))).toHaveLength(0);
  });

  it("the office cannot deactivate itself", async () => {
    const self = await accountRow("koordination@album-hannover.example");
    const res = await server.graphql(
      `mutation($id: ID!) { deactivateUser(id: $id) { status } }`,
      { id: self!.id },
      {
        cookie: coordinator,
      },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect((await accountRow("koordination@album-hannover.example"))!.status).toBe("ACTIVE");
  });

  it("lists an expired invitation and resends it: the new link works, the old one is expired", async () => {
    const input = {
      email: "resend@example.org",
      displayName: "Resend",
      role: "PARTNER",
      organisationId: ids["kargah"],
    };
    expect(
      (await server.graphql(INVITE, { input: { ...input, locale: "en" } }, { cookie: coordinator })).errors,
    ).toBeUndefined();
    const [first] = await smtp.waitFor((m) => m.to.includes("resend@example.org"));
    await server.dataSource.query(
      `UPDATE account_token SET expires_at = now() - interval '1 minute' WHERE email = 'resend@example.org'`,
    );
    const listed = await accountRow("resend@example.org");
    expect(listed).toMatchObject({ invitation: true, status: "INVITATION_EXPIRED" });
    const resent = await server.graphql<{ resendInvitation: Summary }>(
      `mutation($id: ID!) { resendInvitation(id: $id) { id status } }`,
      { id: listed!.id },
      { cookie: coordinator },
    );
    expect(resent.data?.resendInvitation.status).toBe("INVITED");
    const mails = await smtp.waitFor((m) => m.to.includes("resend@example.org"), 2);
    // The language of the first invitation is kept.
    expect(mails[1]!.subject).toContain("Invitation");
    const old = await server.graphql(ACCEPT, { input: { token: tokenOf(first!.link), password: "a-good-password" } });
    expect(old.errors?.[0]?.extensions?.reason).toBe("EXPIRED");
    const fresh = await server.graphql(ACCEPT, {
      input: { token: tokenOf(mails[1]!.link), password: "a-good-password" },
    });
    expect(fresh.errors).toBeUndefined();
    expect((await accountRow("resend@example.org"))!).toMatchObject({ invitation: false, status: "ACTIVE" });
  });
});

describe("change of e-mail address, confirmed by the new address", () => {
  const CHANGE = `mutation($e: String!, $p: String!) { requestEmailChange(newEmail: $e, currentPassword: $p) }`;
  const CONFIRM = `mutation($t: String!) { confirmEmailChange(token: $t) }`;

  it("mails a link to the new address and a notice to the old; the link works once", async () => {
    // The person invited above (English invitation, signed in in German since).
    const session = await signIn(server, "new.person@example.org", "a-good-password");
    expect(
      (await server.graphql(`mutation { setPreferredLanguage(locale: "de") { locale } }`, {}, { cookie: session }))
        .errors,
    ).toBeUndefined();
    const asked = await server.graphql(
      CHANGE,
      { e: "Person.New@Example.org", p: "a-good-password" },
      { cookie: session },
    );
    expect(asked.errors).toBeUndefined();
    const [confirm] = await smtp.waitFor((m) => m.to.includes("person.new@example.org"));
    expect(confirm!.subject).toContain("E-Mail-Adresse bestätigen");
    expect(confirm!.link).toContain("/email-bestaetigen?token=");
    const [notice] = await smtp.waitFor(
      (m) => m.to.includes("new.person@example.org") && m.subject.includes("Änderung"),
    );
    expect(notice!.text).toContain("person.new@example.org");
    expect(notice!.link).toBeNull();
    // Nothing changes before the confirmation.
    expect((await login("new.person@example.org", "a-good-password")).errors).toBeUndefined();

    const token = tokenOf(confirm!.link);
    expect((await server.graphql(CONFIRM, { t: token })).errors).toBeUndefined();
    expect((await login("person.new@example.org", "a-good-password")).errors).toBeUndefined();
    expect((await login("new.person@example.org", "a-good-password")).errors?.[0]?.extensions?.code).toBe(
      "UNAUTHENTICATED",
    );
    const reused = await server.graphql(CONFIRM, { t: token });
    expect(reused.errors?.[0]?.extensions).toMatchObject({ code: "INVALID_TOKEN", reason: "USED" });
    const [entry] = (await server.dataSource.query(
      `SELECT changes FROM audit_entry WHERE entity_type = 'ACCOUNT' AND changes ? 'email' ORDER BY created_at DESC LIMIT 1`,
    )) as { changes: { email: { before: string; after: string } } }[];
    expect(entry!.changes.email).toEqual({ before: "new.person@example.org", after: "person.new@example.org" });
  });

  it("refuses an expired link, and an older link once a newer one was asked for", async () => {
    const session = await signIn(server, "resend@example.org", "a-good-password");
    await server.graphql(CHANGE, { e: "resend.first@example.org", p: "a-good-password" }, { cookie: session });
    await server.graphql(CHANGE, { e: "resend.second@example.org", p: "a-good-password" }, { cookie: session });
    const [first] = await smtp.waitFor((m) => m.to.includes("resend.first@example.org"));
    const [second] = await smtp.waitFor((m) => m.to.includes("resend.second@example.org"));
    const superseded = await server.graphql(CONFIRM, { t: tokenOf(first!.link) });
    expect(superseded.errors?.[0]?.extensions?.reason).toBe("EXPIRED");
    await server.dataSource.query(
      `UPDATE account_token SET expires_at = now() - interval '1 second' WHERE email = 'resend.second@example.org'`,
    );
    const expired = await server.graphql(CONFIRM, { t: tokenOf(second!.link) });
    expect(expired.errors?.[0]?.extensions).toMatchObject({ code: "INVALID_TOKEN", reason: "EXPIRED" });
    expect((await login("resend@example.org", "a-good-password")).errors).toBeUndefined();
  });

  it("keeps the chosen language over sign-ins in another browser language", async () => {
    const session = await signIn(server, "resend@example.org", "a-good-password");
    const set = await server.graphql<{ setPreferredLanguage: { locale: string } }>(
      `mutation { setPreferredLanguage(locale: "en") { locale } }`,
      {},
      { cookie: session },
    );
    expect(set.data?.setPreferredLanguage.locale).toBe("en");
    expect((await login("resend@example.org", "a-good-password", "de")).errors).toBeUndefined();
    const [row] = (await server.dataSource.query(`SELECT locale FROM app_user WHERE email = $1`, [
      "resend@example.org",
    ])) as {
      locale: string;
    }[];
    expect(row!.locale).toBe("en");
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
