import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, signIn, startTestServer, type TestServer } from "../support/test-server";

/**
 * DESIGN §8: concurrent joins of a full exchange never overbook. On PostgreSQL the requests really
 * run in parallel on a pool of connections and the exchange row lock orders them; on PGlite (one
 * connection) they queue, and the outcome must be the same.
 */
let server: TestServer;
let coordinator: string;
let exchangeId: string;
const organisationIds: string[] = [];

const JOIN = `mutation($e: ID!, $o: ID!) { joinExchange(exchangeId: $e, organisationId: $o) { id status waitlistPosition organisation { id } } }`;
const LEAVE = `mutation($e: ID!, $o: ID!) { leaveExchange(exchangeId: $e, organisationId: $o) { id status } }`;
const STATE = `query($id: ID!) { exchange(id: $id) { seatsLeft waitlistLength participations { status waitlistPosition organisation { id } } } }`;

interface Participation {
  status: string;
  waitlistPosition: number | null;
  organisation: { id: string };
}

beforeAll(async () => {
  server = await startTestServer({ loginLimits: { perIp: 1000, perAccount: 1000, windowSeconds: 60 } });
  coordinator = await signIn(server, DEMO.coordinator);
  // Three organisations with users (to check the notifications) and 97 without.
  const demo = (await server.dataSource.query(
    `SELECT id FROM organisation WHERE slug IN ('kargah', 'vhs-hannover', 'tui') ORDER BY slug`,
  )) as { id: string }[];
  const load = (await server.dataSource.query(
    `INSERT INTO organisation (slug, name, kind, version)
     SELECT 'last-' || g, 'Lastprobe ' || g, 'COMPANY', 1 FROM generate_series(1, 97) g RETURNING id`,
  )) as { id: string }[];
  organisationIds.push(...demo.map((row) => row.id), ...load.map((row) => row.id));
  const created = await server.graphql<{ createExchange: { id: string } }>(
    `mutation($input: CreateExchangeInput!) { createExchange(input: $input) { id } }`,
    {
      input: {
        title: "HaDi-Treffen: Lasttest",
        series: "HADI_MEETING",
        startsAt: "2031-05-05T14:00:00Z",
        endsAt: "2031-05-05T16:00:00Z",
        capacity: 20,
        visibility: "MEMBERS_ONLY",
      },
    },
    { cookie: coordinator },
  );
  exchangeId = created.data!.createExchange.id;
});
afterAll(async () => {
  await server?.close();
});

async function state(): Promise<{ seatsLeft: number; waitlistLength: number; participations: Participation[] }> {
  const res = await server.graphql<{
    exchange: { seatsLeft: number; waitlistLength: number; participations: Participation[] };
  }>(STATE, { id: exchangeId }, { cookie: coordinator });
  expect(res.errors).toBeUndefined();
  return res.data!.exchange;
}

/** Organisation ids of the live participations in join order (the queue). */
async function joinOrder(): Promise<string[]> {
  const rows = (await server.dataSource.query(
    `SELECT organisation_id FROM exchange_participation WHERE exchange_id = $1 AND status <> 'CANCELLED' ORDER BY queue_number`,
    [exchangeId],
  )) as { organisation_id: string }[];
  return rows.map((row) => row.organisation_id);
}

describe("exchanges under concurrency", () => {
  it("100 simultaneous joins of 20 seats: exactly 20 confirmed, 80 waitlisted at positions 1–80", async () => {
    const started = performance.now();
    const results = await Promise.all(
      organisationIds.map((o) =>
        server.graphql<{ joinExchange: Participation }>(JOIN, { e: exchangeId, o }, { cookie: coordinator }),
      ),
    );
    const elapsed = performance.now() - started;
    console.log(
      `100 concurrent joins (${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"}): ${elapsed.toFixed(0)} ms`,
    );

    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    const joined = results.map((r) => r.data!.joinExchange);
    expect(joined.filter((p) => p.status === "CONFIRMED")).toHaveLength(20);
    const waitlisted = joined.filter((p) => p.status === "WAITLISTED");
    expect(waitlisted.map((p) => p.waitlistPosition).sort((a, b) => a! - b!)).toEqual(
      Array.from({ length: 80 }, (_, i) => i + 1),
    );

    const after = await state();
    expect(after.seatsLeft).toBe(0);
    expect(after.waitlistLength).toBe(80);
    // The first 20 in join order hold the seats; the rest queue in that order.
    const order = await joinOrder();
    const byOrganisation = new Map(after.participations.map((p) => [p.organisation.id, p]));
    order.forEach((organisationId, index) => {
      const participation = byOrganisation.get(organisationId)!;
      if (index < 20) expect(participation.status).toBe("CONFIRMED");
      else expect(participation.waitlistPosition).toBe(index - 19);
    });
  });

  it("10 simultaneous leaves promote exactly the first 10 waitlisted; the queue closes up to 1–70", async () => {
    const before = await joinOrder();
    const confirmed = before.slice(0, 20);
    const firstWaitlisted = before.slice(20, 30);
    const stillWaiting = before.slice(30);
    const leaving = confirmed.slice(5, 15);

    const started = performance.now();
    const results = await Promise.all(
      leaving.map((o) =>
        server.graphql<{ leaveExchange: { status: string } }>(LEAVE, { e: exchangeId, o }, { cookie: coordinator }),
      ),
    );
    console.log(
      `10 concurrent leaves (${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"}): ${(performance.now() - started).toFixed(0)} ms`,
    );
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    expect(results.map((r) => r.data!.leaveExchange.status)).toEqual(Array(10).fill("CANCELLED"));

    const after = await state();
    expect(after.seatsLeft).toBe(0);
    expect(after.waitlistLength).toBe(70);
    const byOrganisation = new Map(after.participations.map((p) => [p.organisation.id, p]));
    for (const organisationId of leaving) expect(byOrganisation.has(organisationId)).toBe(false);
    const confirmedNow = after.participations.filter((p) => p.status === "CONFIRMED").map((p) => p.organisation.id);
    expect(new Set(confirmedNow)).toEqual(
      new Set([...confirmed.filter((o) => !leaving.includes(o)), ...firstWaitlisted]),
    );
    expect(stillWaiting.map((o) => byOrganisation.get(o)?.waitlistPosition)).toEqual(
      Array.from({ length: 70 }, (_, i) => i + 1),
    );

    // Users of promoted organisations were told, nobody else.
    const notified = (await server.dataSource.query(
      `SELECT DISTINCT u.organisation_id FROM notification n JOIN app_user u ON u.id = n.user_id
        WHERE n.kind = 'WAITLIST_PROMOTED' AND n.payload->>'exchangeId' = $1`,
      [exchangeId],
    )) as { organisation_id: string }[];
    const withUsers = new Set(organisationIds.slice(0, 3));
    expect(new Set(notified.map((row) => row.organisation_id))).toEqual(
      new Set(firstWaitlisted.filter((o) => withUsers.has(o))),
    );
  });
});
