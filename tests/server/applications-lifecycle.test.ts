import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, signIn, startTestServer, type TestServer } from "../support/test-server";
import {
  TRANSITION,
  createApplication,
  fixtureIds,
  forceStatus,
  tandem,
  type ApplicationData,
} from "../support/application-fixtures";

/** DESIGN §3, restated here so that the test checks the server against the design, not against itself. */
const ALLOWED: Record<string, string[]> = {
  DRAFT: ["IN_PREPARATION", "WITHDRAWN"],
  IN_PREPARATION: ["SUBMITTED", "WITHDRAWN"],
  SUBMITTED: ["APPROVED", "REJECTED", "REVISION_REQUESTED", "WITHDRAWN"],
  REVISION_REQUESTED: ["SUBMITTED", "WITHDRAWN"],
  APPROVED: ["RUNNING"],
  RUNNING: ["COMPLETED"],
  REJECTED: [],
  COMPLETED: [],
  WITHDRAWN: [],
};
const STATUSES = Object.keys(ALLOWED);

let server: TestServer;
let coordinator: string;
let kargah: string;
let ids: Record<string, string> = {};
let subject: ApplicationData;

interface Transitioned {
  transitionApplication: {
    status: string;
    version: number;
    approvedAmount: number | null;
    participantsReached: number | null;
    statusHistory: { from: string | null; to: string; comment: string | null; by: { displayName: string } | null }[];
  };
}

const historyCount = async (id: string) =>
  (
    (await server.dataSource.query(
      `SELECT count(*)::int AS n FROM application_status_change WHERE application_id = $1`,
      [id],
    )) as [{ n: number }]
  )[0].n;

/** Figures a move needs or may carry: approving needs the amount, completing may record people reached. */
const figuresFor = (to: string) => ({
  ...(to === "APPROVED" ? { approvedAmount: 120_000 } : {}),
  ...(to === "COMPLETED" ? { participantsReached: 240 } : {}),
});

beforeAll(async () => {
  server = await startTestServer({ loginLimits: { perIp: 1000, perAccount: 100, windowSeconds: 60 } });
  [coordinator, kargah] = await Promise.all([signIn(server, DEMO.coordinator), signIn(server, DEMO.kargah)]);
  ids = await fixtureIds(server);
  subject = await createApplication(server, coordinator, {
    callId: ids.openCall,
    title: "Zustandsautomat",
    requestedAmount: 120_000,
    tandems: [tandem(ids, "kargah", "vhs-hannover", 120_000)],
  });
});
afterAll(async () => {
  await server?.close();
});

describe("transitionApplication: every pair of states", () => {
  for (const from of STATUSES) {
    for (const to of STATUSES) {
      const allowed = ALLOWED[from]!.includes(to);
      it(`${from} → ${to} is ${allowed ? "allowed" : "refused, naming the allowed moves"}`, async () => {
        const version = await forceStatus(server, subject.id, from);
        const before = await historyCount(subject.id);
        const res = await server.graphql<Transitioned>(
          TRANSITION,
          { id: subject.id, to, comment: `${from} nach ${to}`, expectedVersion: version, ...figuresFor(to) },
          { cookie: coordinator },
        );
        if (allowed) {
          expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
          const moved = res.data!.transitionApplication;
          expect(moved.status).toBe(to);
          expect(moved.version).toBe(version + 1);
          expect(moved.statusHistory.at(-1)).toEqual({
            from,
            to,
            comment: `${from} nach ${to}`,
            by: { displayName: "Koordinationsstelle ALBuM (Demo)" },
          });
          expect(await historyCount(subject.id)).toBe(before + 1);
        } else {
          expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
          expect(res.errors?.[0]?.extensions?.allowed).toEqual(ALLOWED[from]);
          expect(res.errors?.[0]?.message).toContain(ALLOWED[from]!.length ? ALLOWED[from]!.join(", ") : "none");
          expect(await historyCount(subject.id)).toBe(before);
          const [row] = (await server.dataSource.query(
            `SELECT status::text AS status, version FROM application WHERE id = $1`,
            [subject.id],
          )) as [{ status: string; version: number }];
          expect(row).toEqual({ status: from, version });
        }
      });
    }
  }
});

describe("transitionApplication: figures, rights and the funder's loop", () => {
  it("walks the whole life with the rework loop, recording the approved amount and the people reached", async () => {
    const application = await createApplication(server, coordinator, {
      callId: ids.openCall,
      title: "Ganzer Lebenslauf",
      requestedAmount: 50_000,
      tandems: [tandem(ids, "amfn", "vnb", 50_000)],
    });
    let version = application.version;
    const move = async (to: string, extra: Record<string, unknown> = {}) => {
      const res = await server.graphql<Transitioned>(
        TRANSITION,
        { id: application.id, to, expectedVersion: version, ...extra },
        { cookie: coordinator },
      );
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      version = res.data!.transitionApplication.version;
      return res.data!.transitionApplication;
    };
    await move("IN_PREPARATION");
    await move("SUBMITTED");
    await move("REVISION_REQUESTED", { comment: "Finanzplan nachbessern" });
    await move("SUBMITTED");
    const missing = await server.graphql(
      TRANSITION,
      { id: application.id, to: "APPROVED", expectedVersion: version },
      { cookie: coordinator },
    );
    expect(missing.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "approvedAmount", message: "required when approving" }],
    });
    expect((await move("APPROVED", { approvedAmount: 45_000 })).approvedAmount).toBe(45_000);
    const early = await server.graphql(
      TRANSITION,
      { id: application.id, to: "RUNNING", expectedVersion: version, participantsReached: 3 },
      { cookie: coordinator },
    );
    expect(early.errors?.[0]?.extensions?.fields).toEqual([
      { field: "participantsReached", message: "recorded only when completing" },
    ]);
    await move("RUNNING");
    const done = await move("COMPLETED", { participantsReached: 320 });
    expect(done).toMatchObject({ status: "COMPLETED", approvedAmount: 45_000, participantsReached: 320 });
    expect(done.statusHistory.map((h) => h.to)).toEqual([
      "DRAFT",
      "IN_PREPARATION",
      "SUBMITTED",
      "REVISION_REQUESTED",
      "SUBMITTED",
      "APPROVED",
      "RUNNING",
      "COMPLETED",
    ]);
    // Submitting met the submission deadline.
    const [milestone] = (await server.dataSource.query(
      `SELECT done_at FROM application_milestone WHERE application_id = $1 AND kind = 'SUBMISSION'`,
      [application.id],
    )) as [{ done_at: Date | null }];
    expect(milestone.done_at).not.toBeNull();
    // Only the organisations taking part hear of it: kargah is not among them.
    const inbox = await server.graphql<{ notifications: { message: string }[] }>(
      `{ notifications(first: 50) { message } }`,
      {},
      { cookie: kargah },
    );
    expect(inbox.data?.notifications.some((n) => n.message.includes("Ganzer Lebenslauf"))).toBe(false);
  });

  it("tells the participating partners about status changes", async () => {
    const version = await forceStatus(server, subject.id, "DRAFT");
    await server.graphql(
      TRANSITION,
      { id: subject.id, to: "IN_PREPARATION", comment: "Los geht's", expectedVersion: version },
      { cookie: coordinator },
    );
    const inbox = await server.graphql<{ notifications: { kind: string; message: string; link: string }[] }>(
      `{ notifications(first: 1) { kind message link } }`,
      {},
      { cookie: kargah },
    );
    expect(inbox.data?.notifications[0]).toEqual({
      kind: "APPLICATION_STATUS_CHANGED",
      message: "„Zustandsautomat“ ist jetzt In Vorbereitung. Kommentar: Los geht's",
      link: `/antraege/${subject.id}`,
    });
  });

  it("only the office moves applications", async () => {
    const version = await forceStatus(server, subject.id, "DRAFT");
    const res = await server.graphql(
      TRANSITION,
      { id: subject.id, to: "IN_PREPARATION", expectedVersion: version },
      { cookie: kargah },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(
      (await server.graphql(TRANSITION, { id: subject.id, to: "IN_PREPARATION", expectedVersion: version })).errors?.[0]
        ?.extensions?.code,
    ).toBe("UNAUTHENTICATED");
    const unknown = await server.graphql(
      TRANSITION,
      { id: "00000000-0000-4000-8000-000000000000", to: "IN_PREPARATION", expectedVersion: 1 },
      { cookie: coordinator },
    );
    expect(unknown.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});

describe("transitionApplication: concurrency", () => {
  it("of 20 parallel moves with the same expected version exactly one wins; 19 get CONFLICT; one history row", async () => {
    const version = await forceStatus(server, subject.id, "SUBMITTED");
    const before = await historyCount(subject.id);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        server.graphql<Transitioned>(
          TRANSITION,
          index % 2 === 0
            ? { id: subject.id, to: "APPROVED", expectedVersion: version, approvedAmount: 100_000 + index }
            : { id: subject.id, to: "REJECTED", expectedVersion: version, comment: `Versuch ${index}` },
          { cookie: coordinator },
        ),
      ),
    );
    const winners = results.filter((r) => !r.errors);
    const conflicts = results.filter((r) => r.errors?.[0]?.extensions?.code === "CONFLICT");
    expect(winners).toHaveLength(1);
    expect(conflicts).toHaveLength(19);
    for (const conflict of conflicts) expect(conflict.errors?.[0]?.extensions?.currentVersion).toBe(version + 1);
    expect(await historyCount(subject.id)).toBe(before + 1);
    const [row] = (await server.dataSource.query(
      `SELECT status::text AS status, version FROM application WHERE id = $1`,
      [subject.id],
    )) as [{ status: string; version: number }];
    expect(row).toEqual({ status: winners[0]!.data!.transitionApplication.status, version: version + 1 });
  });
});
