import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pino from "pino";
import { DEMO, signIn, startTestServer, type TestServer } from "../support/test-server";
import { startSmtpSink, type SmtpSink } from "../support/smtp-sink";
import { startBackgroundJobs } from "../../server/src/background";
import { loadConfig } from "../../server/src/config";
import type { JobQueue } from "../../server/src/jobs/job-queue";
import { berlinClock, dailyDigestJob } from "../../server/src/modules/notifications/notification-digest";

/**
 * Mail preferences per notification kind and the daily digest, through real events (tandem
 * requests), the real outbox and queue, and a real SMTP server on loopback.
 */
let server: TestServer;
let smtp: SmtpSink;
let jobs: JobQueue;
let kargah: string;
let vhs: string;
const ids: Record<string, string> = {};
let openCall: string;
const DIGEST_HOUR = 7;

const PREFERENCES = `{ myNotificationPreferences { kind delivery } }`;
const SET = `mutation($input: SetNotificationPreferencesInput!) {
  setNotificationPreferences(input: $input) { kind delivery } }`;
const SEND = `mutation($input: SendTandemRequestInput!) { sendTandemRequest(input: $input) { id } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawTandemRequest(id: $id) { id } }`;
const RESPOND = `mutation($id: ID!) { respondToTandemRequest(id: $id, accept: false) { id } }`;

async function count(sql: string, params: unknown[] = []): Promise<number> {
  const [row] = (await server.dataSource.query(sql, params)) as [{ n: number }];
  return row.n;
}

async function sendRequest(): Promise<string> {
  const res = await server.graphql<{ sendTandemRequest: { id: string } }>(
    SEND,
    { input: { callId: openCall, fromOrganisationId: ids.kargah, toOrganisationId: ids["vhs-hannover"] } },
    { cookie: kargah },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.sendTandemRequest.id;
}

async function withdraw(id: string): Promise<void> {
  expect((await server.graphql(WITHDRAW, { id }, { cookie: kargah })).errors).toBeUndefined();
}

async function setPreferences(cookie: string, preferences: { kind: string; delivery: string }[]) {
  return server.graphql<{ setNotificationPreferences: { kind: string; delivery: string }[] }>(
    SET,
    { input: { preferences } },
    { cookie },
  );
}

/** Waits until the queue has delivered every mail of the outbox (nothing pending any more). */
async function outboxDrained(): Promise<void> {
  await expect
    .poll(() => count(`SELECT count(*)::int AS n FROM mail_outbox WHERE sent_at IS NULL`), { timeout: 60_000 })
    .toBe(0);
}

const mailsTo = (address: string, subject: (s: string) => boolean) =>
  smtp.mails.filter((m) => m.to.includes(address) && subject(m.subject));

/** Tomorrow (UTC date) at this UTC hour: Berlin is 1 or 2 hours ahead, both sides of the digest hour are reachable. */
function tomorrowAt(utcHour: number, minutes = 0): string {
  const day = new Date(Date.now() + 24 * 3600 * 1000);
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), utcHour, minutes)).toISOString();
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
    digestHour: DIGEST_HOUR,
    // The test runs the digest itself with a chosen clock; the periodic check only looks at start.
    digestCheckSeconds: 86_400,
  };
  jobs = await startBackgroundJobs(config, server.dataSource, pino({ level: "silent" }));
  kargah = await signIn(server, DEMO.kargah);
  vhs = await signIn(server, DEMO.vhs);
  for (const row of (await server.dataSource.query(`SELECT id, slug FROM organisation`)) as {
    id: string;
    slug: string;
  }[])
    ids[row.slug] = row.id;
  const [call] = (await server.dataSource.query(`SELECT id FROM call_for_proposals WHERE status = 'OPEN'`)) as [
    { id: string },
  ];
  openCall = call.id;
}, 120_000);

afterAll(async () => {
  await jobs?.stop();
  await server?.close();
  await smtp?.close();
});

describe("mail preferences", () => {
  it("lists every kind as IMMEDIATELY until chosen, for the signed-in user only", async () => {
    const mine = await server.graphql<{ myNotificationPreferences: { kind: string; delivery: string }[] }>(
      PREFERENCES,
      {},
      { cookie: vhs },
    );
    expect(mine.data?.myNotificationPreferences.length).toBeGreaterThan(5);
    expect(new Set(mine.data?.myNotificationPreferences.map((p) => p.delivery))).toEqual(new Set(["IMMEDIATELY"]));
    const anonymous = await server.graphql(PREFERENCES);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("refuses unknown kinds, unknown deliveries, duplicates and empty lists, writing nothing", async () => {
    const audit = () => count(`SELECT count(*)::int AS n FROM audit_entry WHERE entity_type = 'ACCOUNT'`);
    const before = await audit();
    for (const preferences of [
      [{ kind: "NEWSLETTER", delivery: "NEVER" }],
      [{ kind: "DEADLINE_SOON", delivery: "WEEKLY" }],
      [
        { kind: "DEADLINE_SOON", delivery: "NEVER" },
        { kind: "DEADLINE_SOON", delivery: "IMMEDIATELY" },
      ],
      [],
    ]) {
      const res = await setPreferences(vhs, preferences);
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify(preferences)).toBe("BAD_USER_INPUT");
    }
    expect(await count(`SELECT count(*)::int AS n FROM notification_preference`)).toBe(0);
    expect(await audit()).toBe(before);
  });

  it("sends at once by default, and no mail (but the in-app notification) for NEVER", async () => {
    const first = await sendRequest();
    const [mail] = await smtp.waitFor((m) => m.to.includes(DEMO.vhs) && m.subject.includes("Neue Tandem-Anfrage"));
    expect(mail!.subject).toBe("[ALBuM] Neue Tandem-Anfrage");

    const set = await setPreferences(vhs, [{ kind: "TANDEM_REQUEST_WITHDRAWN", delivery: "NEVER" }]);
    expect(set.errors).toBeUndefined();
    expect(set.data?.setNotificationPreferences.find((p) => p.kind === "TANDEM_REQUEST_WITHDRAWN")?.delivery).toBe(
      "NEVER",
    );
    const [entry] = (await server.dataSource.query(
      `SELECT changes FROM audit_entry WHERE entity_type = 'ACCOUNT' ORDER BY created_at DESC LIMIT 1`,
    )) as [{ changes: Record<string, unknown> }];
    expect(entry.changes).toEqual({ "mail.TANDEM_REQUEST_WITHDRAWN": { before: "IMMEDIATELY", after: "NEVER" } });

    await withdraw(first);
    const inApp = await server.graphql<{ notifications: { kind: string }[] }>(
      `{ notifications(first: 5) { kind } }`,
      {},
      { cookie: vhs },
    );
    expect(inApp.data?.notifications[0]?.kind).toBe("TANDEM_REQUEST_WITHDRAWN");
    expect(
      await count(
        `SELECT count(*)::int AS n FROM mail_outbox WHERE kind = 'TANDEM_REQUEST_WITHDRAWN' AND to_address = $1`,
        [DEMO.vhs],
      ),
    ).toBe(0);
    // kargah's own choice is untouched by vhs's.
    const theirs = await server.graphql<{ myNotificationPreferences: { kind: string; delivery: string }[] }>(
      PREFERENCES,
      {},
      { cookie: kargah },
    );
    expect(theirs.data?.myNotificationPreferences.every((p) => p.delivery === "IMMEDIATELY")).toBe(true);
    await outboxDrained();
    expect(mailsTo(DEMO.vhs, (s) => s.includes("zurückgezogen") || s.includes("withdrawn"))).toHaveLength(0);
  });
});

describe("daily digest", () => {
  it("counts days and hours in Berlin, summer time included", () => {
    // Summer time starts on 29 March 2026 at 01:00 UTC: 05:30 UTC is 06:30 the day before, 07:30 that day.
    expect(berlinClock(new Date("2026-03-28T05:30:00Z"))).toEqual({ day: "2026-03-28", hour: 6 });
    expect(berlinClock(new Date("2026-03-29T05:30:00Z"))).toEqual({ day: "2026-03-29", hour: 7 });
    // Late evening UTC is already the next day in Berlin.
    expect(berlinClock(new Date("2026-12-31T23:30:00Z"))).toEqual({ day: "2027-01-01", hour: 0 });
  });

  it("collects a day's events into one mail per user in their language, once, from the digest hour on", async () => {
    // vhs reads English from now on and wants requests and withdrawals once a day.
    await server.graphql(
      `mutation($e:String!,$p:String!){ login(email:$e,password:$p){ id } }`,
      { e: DEMO.vhs, p: DEMO.password },
      { headers: { "accept-language": "en" } },
    );
    expect(
      (
        await setPreferences(vhs, [
          { kind: "TANDEM_REQUEST_RECEIVED", delivery: "DAILY_DIGEST" },
          { kind: "TANDEM_REQUEST_WITHDRAWN", delivery: "DAILY_DIGEST" },
        ])
      ).errors,
    ).toBeUndefined();
    expect(
      (await setPreferences(kargah, [{ kind: "TANDEM_REQUEST_DECLINED", delivery: "DAILY_DIGEST" }])).errors,
    ).toBeUndefined();
    const mailsBefore = smtp.mails.length;

    await withdraw(await sendRequest());
    const third = await sendRequest();
    expect((await server.graphql(RESPOND, { id: third }, { cookie: vhs })).errors).toBeUndefined();
    await outboxDrained();
    // Nothing went out at once: three events wait for vhs, one for kargah.
    expect(smtp.mails.length).toBe(mailsBefore);
    const pending = (address: string) =>
      count(
        `SELECT count(*)::int AS n FROM notification n JOIN app_user u ON u.id = n.user_id
          WHERE n.digest_pending AND u.email = $1`,
        [address],
      );
    expect(await pending(DEMO.vhs)).toBe(3);
    expect(await pending(DEMO.kargah)).toBe(1);

    const job = dailyDigestJob({ dataSource: server.dataSource, digestHour: DIGEST_HOUR, checkEverySeconds: 300 });
    // 04:30 UTC is 05:30 or 06:30 in Berlin: before the hour, nothing happens.
    await job.handler({ now: tomorrowAt(4, 30) });
    expect(await pending(DEMO.vhs)).toBe(3);
    // 06:00 UTC is 07:00 or 08:00 in Berlin; the run repeated (a retry, a second process) and later that day.
    await job.handler({ now: tomorrowAt(6) });
    await job.handler({ now: tomorrowAt(6) });
    await job.handler({ now: tomorrowAt(15) });
    expect(await pending(DEMO.vhs)).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM notification_digest`)).toBe(2);

    const [english] = await smtp.waitFor((m) => m.to.includes(DEMO.vhs) && m.subject.includes("notifications"));
    expect(english!.subject).toBe("[ALBuM] 3 new notifications");
    expect(english!.text).toContain("New tandem request");
    expect(english!.text).toContain("Tandem request withdrawn");
    expect(english!.link).toBe("https://album.example/app/mein-bereich");
    const [german] = await smtp.waitFor((m) => m.to.includes(DEMO.kargah) && m.subject.includes("Benachrichtigung"));
    expect(german!.subject).toBe("[ALBuM] 1 neue Benachrichtigung");
    expect(german!.text).toContain("Tandem-Anfrage abgelehnt");
    await outboxDrained();
    expect(mailsTo(DEMO.vhs, (s) => s.includes("notifications"))).toHaveLength(1);
    expect(mailsTo(DEMO.kargah, (s) => s.includes("Benachrichtigung"))).toHaveLength(1);
  });
});
