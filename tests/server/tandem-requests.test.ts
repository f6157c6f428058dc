import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, signIn, startTestServer, type TestServer } from "../support/test-server";
import { canActOnTandemRequest } from "../../server/src/modules/matching/tandem-request-access";
import type { SessionUser } from "../../server/src/graphql/context";

let server: TestServer;
let coordinator: string;
let kargah: string;
let vhs: string;
let tui: string;
const ids: Record<string, string> = {};

const SEND = `mutation($input: SendTandemRequestInput!) { sendTandemRequest(input: $input) { id status expiresAt from { slug } to { slug } call { id } } }`;
const RESPOND = `mutation($id: ID!, $accept: Boolean!, $message: String) { respondToTandemRequest(id: $id, accept: $accept, message: $message) { id status responseMessage } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawTandemRequest(id: $id) { id status } }`;
const LIST = `query($filter: TandemRequestFilter) { tandemRequests(filter: $filter) { id status from { slug } to { slug } } }`;
const VIEWER_CAN = `query($filter: TandemRequestFilter) { tandemRequests(filter: $filter) { id viewerCanRespond viewerCanWithdraw } }`;
const NOTIFICATIONS = `{ unreadNotificationCount notifications(first: 10) { kind title message link readAt } }`;

beforeAll(async () => {
  server = await startTestServer({ loginLimits: { perIp: 1000, perAccount: 100, windowSeconds: 60 } });
  coordinator = await signIn(server, DEMO.coordinator);
  kargah = await signIn(server, DEMO.kargah);
  vhs = await signIn(server, DEMO.vhs);
  tui = await signIn(server, DEMO.tui);
  for (const row of (await server.dataSource.query(`SELECT id, slug FROM organisation`)) as {
    id: string;
    slug: string;
  }[])
    ids[row.slug] = row.id;
  const [open] = (await server.dataSource.query(
    `SELECT id, deadline FROM call_for_proposals WHERE status = 'OPEN'`,
  )) as [{ id: string; deadline: Date }];
  ids.call = open.id;
});
afterAll(async () => {
  await server?.close();
});

const send = (cookie: string, from: string, to: string, message = "Wollen wir?") =>
  server.graphql<{ sendTandemRequest: { id: string; status: string; expiresAt: string } }>(
    SEND,
    { input: { callId: ids.call, fromOrganisationId: ids[from], toOrganisationId: ids[to], message } },
    { cookie },
  );

/** The viewer's `viewerCan…` fields of one request, or null when the viewer's list leaves it out. */
async function viewerCan(
  cookie: string,
  requestId: string,
): Promise<{ viewerCanRespond: boolean; viewerCanWithdraw: boolean } | null> {
  const result = await server.graphql<{
    tandemRequests: { id: string; viewerCanRespond: boolean; viewerCanWithdraw: boolean }[];
  }>(VIEWER_CAN, {}, { cookie });
  expect(result.errors).toBeUndefined();
  const found = result.data!.tandemRequests.find((request) => request.id === requestId);
  return found ? { viewerCanRespond: found.viewerCanRespond, viewerCanWithdraw: found.viewerCanWithdraw } : null;
}

describe("tandem requests: double opt-in", () => {
  // Before kargah's tandem below: with the demo call's limit of one tandem it could not ask again.
  it("pending requests expire and both sides are told", async () => {
    const sent = await send(kargah, "kargah", "vnb");
    const requestId = sent.data!.sendTandemRequest.id;
    await server.dataSource.query(`UPDATE tandem_request SET expires_at = now() - interval '1 second' WHERE id = $1`, [
      requestId,
    ]);
    const late = await server.graphql(RESPOND, { id: requestId, accept: true }, { cookie: coordinator });
    expect(late.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const [row] = (await server.dataSource.query(`SELECT status FROM tandem_request WHERE id = $1`, [requestId])) as [
      { status: string },
    ];
    expect(row.status).toBe("EXPIRED");
    const [notified] = (await server.dataSource.query(
      `SELECT count(*)::int AS n FROM notification n JOIN app_user u ON u.id = n.user_id WHERE n.kind = 'TANDEM_REQUEST_EXPIRED' AND u.email = '${DEMO.kargah}'`,
    )) as [{ n: number }];
    expect(notified.n).toBeGreaterThan(0);
  });

  it("a partner asks, only the addressed organisation answers, and both then see the tandem", async () => {
    const sent = await send(kargah, "kargah", "vhs-hannover");
    expect(sent.errors).toBeUndefined();
    expect(sent.data?.sendTandemRequest.status).toBe("PENDING");
    const requestId = sent.data!.sendTandemRequest.id;
    // The expiry is 14 days ahead (the call's deadline is later).
    const days = (Date.parse(sent.data!.sendTandemRequest.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(13.9);
    expect(days).toBeLessThan(14.1);

    // Who may answer or withdraw, as the client reads it: by the same rule the mutations enforce.
    expect(await viewerCan(coordinator, requestId)).toEqual({ viewerCanRespond: true, viewerCanWithdraw: true });
    expect(await viewerCan(vhs, requestId)).toEqual({ viewerCanRespond: true, viewerCanWithdraw: false });
    expect(await viewerCan(kargah, requestId)).toEqual({ viewerCanRespond: false, viewerCanWithdraw: true });

    const byStranger = await server.graphql(RESPOND, { id: requestId, accept: true }, { cookie: kargah });
    expect(byStranger.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const byCompany = await server.graphql(RESPOND, { id: requestId, accept: true }, { cookie: tui });
    expect(byCompany.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    const inbox = await server.graphql<{
      notifications: { kind: string; message: string; link: string }[];
      unreadNotificationCount: number;
    }>(NOTIFICATIONS, {}, { cookie: vhs });
    expect(inbox.data?.notifications[0]?.kind).toBe("TANDEM_REQUEST_RECEIVED");
    expect(inbox.data?.notifications[0]?.message).toMatch(/kargah e\.V\./);
    expect(inbox.data?.unreadNotificationCount).toBeGreaterThan(0);

    const accepted = await server.graphql<{ respondToTandemRequest: { status: string } }>(
      RESPOND,
      { id: requestId, accept: true, message: "Gern!" },
      { cookie: vhs },
    );
    expect(accepted.data?.respondToTandemRequest.status).toBe("ACCEPTED");
    const again = await server.graphql(RESPOND, { id: requestId, accept: false }, { cookie: vhs });
    expect(again.errors?.[0]?.extensions?.code).toBe("CONFLICT");

    for (const cookie of [kargah, vhs]) {
      const tandems = await server.graphql<{
        tandemRequests: { status: string; from: { slug: string }; to: { slug: string } }[];
      }>(LIST, { filter: { statuses: ["ACCEPTED"] } }, { cookie });
      expect(tandems.data?.tandemRequests.map((r) => `${r.from.slug}+${r.to.slug}`)).toEqual(["kargah+vhs-hannover"]);
    }
    const answered = await server.graphql<{ notifications: { kind: string }[] }>(NOTIFICATIONS, {}, { cookie: kargah });
    expect(answered.data?.notifications[0]?.kind).toBe("TANDEM_REQUEST_ACCEPTED");
    const duplicate = await send(kargah, "kargah", "vhs-hannover");
    expect(duplicate.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", reason: "TANDEM_EXISTS" });
    expect(again.errors?.[0]?.extensions).toMatchObject({
      code: "CONFLICT",
      reason: "ALREADY_ANSWERED",
      status: "ACCEPTED",
    });
  });

  it("refuses a second pending request for the same pair and call, even sent concurrently", async () => {
    const results = await Promise.all([
      send(coordinator, "bteu", "vnb"),
      send(coordinator, "vnb", "bteu"),
      send(coordinator, "bteu", "vnb"),
    ]);
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? "OK").sort();
    expect(codes).toEqual(["CONFLICT", "CONFLICT", "OK"]);
    expect(results.flatMap((r) => r.errors ?? []).map((e) => e.extensions?.reason)).toEqual([
      "REQUEST_PENDING",
      "REQUEST_PENDING",
    ]);
  });

  it("a declined pair cannot ask again for this call", async () => {
    const sent = await send(coordinator, "can-arkadas", "arbeit-und-leben-niedersachsen-mitte");
    const declined = await server.graphql<{ respondToTandemRequest: { status: string } }>(
      RESPOND,
      { id: sent.data!.sendTandemRequest.id, accept: false },
      { cookie: coordinator },
    );
    expect(declined.data?.respondToTandemRequest.status).toBe("DECLINED");
    const again = await send(coordinator, "arbeit-und-leben-niedersachsen-mitte", "can-arkadas");
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", reason: "DECLINED_BEFORE" });
  });

  it("the sender withdraws; the addressee cannot", async () => {
    const sent = await send(coordinator, "amfn", "bildungsverein-soziales-lernen-und-kommunikation");
    const requestId = sent.data!.sendTandemRequest.id;
    const byVhs = await server.graphql(WITHDRAW, { id: requestId }, { cookie: vhs });
    expect(byVhs.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const withdrawn = await server.graphql<{ withdrawTandemRequest: { status: string } }>(
      WITHDRAW,
      { id: requestId },
      { cookie: coordinator },
    );
    expect(withdrawn.data?.withdrawTandemRequest.status).toBe("WITHDRAWN");
  });

  it("a stranger gets neither viewerCanRespond nor viewerCanWithdraw, nor sees the request", async () => {
    const sent = await send(coordinator, "amfn", "bildungsverein-soziales-lernen-und-kommunikation");
    const requestId = sent.data!.sendTandemRequest.id;
    expect(await viewerCan(coordinator, requestId)).toEqual({ viewerCanRespond: true, viewerCanWithdraw: true });
    // vhs is neither sender nor addressee: its list leaves the request out, and the rule says no.
    expect(await viewerCan(vhs, requestId)).toBeNull();
    const [vhsUser] = (await server.dataSource.query(
      `SELECT id, role, organisation_id AS "organisationId" FROM app_user WHERE email = $1`,
      [DEMO.vhs],
    )) as [SessionUser];
    expect(
      canActOnTandemRequest(vhsUser, "respond", {
        fromOrganisationId: ids.amfn!,
        toOrganisationId: ids["bildungsverein-soziales-lernen-und-kommunikation"]!,
      }),
    ).toBe(false);
    expect(
      canActOnTandemRequest(vhsUser, "withdraw", {
        fromOrganisationId: ids.amfn!,
        toOrganisationId: ids["bildungsverein-soziales-lernen-und-kommunikation"]!,
      }),
    ).toBe(false);
    // A company lists no requests at all.
    const byCompany = await server.graphql(VIEWER_CAN, {}, { cookie: tui });
    expect(byCompany.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    await server.graphql(WITHDRAW, { id: requestId }, { cookie: coordinator });
  });

  it("refuses wrong pairs, strangers, companies and closed calls with clear codes, writing nothing", async () => {
    const count = async () =>
      ((await server.dataSource.query(`SELECT count(*)::int AS n FROM tandem_request`)) as [{ n: number }])[0].n;
    const before = await count();
    expect((await send(kargah, "kargah", "bteu")).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT"); // two migrant organisations
    expect((await send(kargah, "vhs-hannover", "amfn")).errors?.[0]?.extensions?.code).toBe("FORBIDDEN"); // not its own organisation
    expect((await send(tui, "tui", "vhs-hannover")).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await send(kargah, "kargah", "kargah")).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const anonymous = await server.graphql(SEND, {
      input: { callId: ids.call, fromOrganisationId: ids.kargah, toOrganisationId: ids.vnb },
    });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const [closed] = (await server.dataSource.query(`SELECT id FROM call_for_proposals WHERE status = 'CLOSED'`)) as [
      { id: string },
    ];
    const toClosed = await server.graphql(
      SEND,
      { input: { callId: closed.id, fromOrganisationId: ids.kargah, toOrganisationId: ids.vnb } },
      { cookie: kargah },
    );
    expect(toClosed.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const badId = await server.graphql(
      SEND,
      { input: { callId: "nope", fromOrganisationId: ids.kargah, toOrganisationId: ids.vnb } },
      { cookie: kargah },
    );
    expect(badId.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(await count()).toBe(before);
  });

  it("a partner sees only its own organisation's requests; marks notifications read", async () => {
    const foreign = await server.graphql(LIST, { filter: { organisationId: ids.vnb } }, { cookie: kargah });
    expect(foreign.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const own = await server.graphql<{ tandemRequests: { from: { slug: string }; to: { slug: string } }[] }>(
      LIST,
      {},
      { cookie: kargah },
    );
    expect(own.data!.tandemRequests.every((r) => r.from.slug === "kargah" || r.to.slug === "kargah")).toBe(true);
    const marked = await server.graphql<{ markNotificationsRead: number }>(
      `mutation { markNotificationsRead }`,
      {},
      { cookie: kargah },
    );
    expect(marked.data?.markNotificationsRead).toBeGreaterThan(0);
    const after = await server.graphql<{ unreadNotificationCount: number }>(NOTIFICATIONS, {}, { cookie: kargah });
    expect(after.data?.unreadNotificationCount).toBe(0);
  });

  it("holds the call's tandems-per-organisation limit when sending and when accepting, also concurrently", async () => {
    const acceptedOf = async (slug: string) =>
      Number(
        (
          (await server.dataSource.query(
            `SELECT count(*)::int AS n FROM tandem_request WHERE call_id = $1 AND status = 'ACCEPTED' AND (migrant_organisation_id = $2 OR educational_institution_id = $2)`,
            [ids.call, ids[slug]],
          )) as [{ n: number }]
        )[0].n,
      );
    const setLimit = (limit: number) =>
      server.dataSource.query(`UPDATE call_for_proposals SET max_tandems_per_organisation = $2 WHERE id = $1`, [
        ids.call,
        limit,
      ]);
    const [{ limit: original }] = (await server.dataSource.query(
      `SELECT max_tandems_per_organisation AS limit FROM call_for_proposals WHERE id = $1`,
      [ids.call],
    )) as [{ limit: number }];
    try {
      // kargah has its tandem with the VHS from the first test: with a limit of 1 it may not ask anyone else.
      await setLimit(1);
      const blocked = await send(kargah, "kargah", "arbeit-und-leben-niedersachsen-mitte");
      expect(blocked.errors?.[0]?.extensions).toMatchObject({
        code: "CONFLICT",
        reason: "TANDEM_LIMIT_REACHED",
        organisationId: ids.kargah,
        limit: 1,
      });

      // Two requests to the VHS wait while it has room for exactly one more tandem; both are accepted at once.
      await setLimit(10);
      const first = await send(coordinator, "amfn", "vhs-hannover");
      const second = await send(coordinator, "can-arkadas", "vhs-hannover");
      expect([first.errors, second.errors]).toEqual([undefined, undefined]);
      await setLimit((await acceptedOf("vhs-hannover")) + 1);
      const answers = await Promise.all(
        [first, second].map((sent) =>
          server.graphql(RESPOND, { id: sent.data!.sendTandemRequest.id, accept: true }, { cookie: vhs }),
        ),
      );
      const outcomes = answers
        .map((a) => (a.errors?.[0]?.extensions?.reason as string | undefined) ?? "ACCEPTED")
        .sort();
      expect(outcomes).toEqual(["ACCEPTED", "TANDEM_LIMIT_REACHED"]);
      const statuses = (await server.dataSource.query(`SELECT status FROM tandem_request WHERE id = ANY($1::uuid[]) `, [
        [first.data!.sendTandemRequest.id, second.data!.sendTandemRequest.id],
      ])) as { status: string }[];
      // The VHS is full: the winner's answer closed the other request (issue 12, "limits behave").
      expect(statuses.map((row) => row.status).sort()).toEqual(["ACCEPTED", "CLOSED"]);
    } finally {
      await setLimit(original);
    }
  });
});
