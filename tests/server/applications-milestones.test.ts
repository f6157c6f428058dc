import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, signIn, startTestServer, type TestServer } from "../support/test-server";
import {
  createApplication,
  fixtureIds,
  forceStatus,
  tandem,
  type ApplicationData,
} from "../support/application-fixtures";
import { notifyDueMilestones } from "../../server/src/modules/applications/milestone-reminders";

const ADD = `mutation($applicationId: ID!, $input: MilestoneInput!) { addMilestone(applicationId: $applicationId, input: $input) { id kind title dueAt doneAt } }`;
const COMPLETE = `mutation($id: ID!, $done: Boolean) { completeMilestone(id: $id, done: $done) { id doneAt } }`;
const REMOVE = `mutation($id: ID!) { removeMilestone(id: $id) }`;
const UPDATE = `mutation($id: ID!, $input: MilestoneInput!) { updateMilestone(id: $id, input: $input) { id kind title dueAt doneAt } }`;
const DAY = 86_400_000;

let server: TestServer;
let coordinator: string;
let kargah: string;
let vhs: string;
let ids: Record<string, string> = {};
let application: ApplicationData;

const add = (cookie: string, input: Record<string, unknown>, applicationId = application.id) =>
  server.graphql<{ addMilestone: { id: string; kind: string; title: string; dueAt: string; doneAt: string | null } }>(
    ADD,
    { applicationId, input },
    { cookie },
  );

beforeAll(async () => {
  server = await startTestServer({ loginLimits: { perIp: 1000, perAccount: 100, windowSeconds: 60 } });
  [coordinator, kargah, vhs] = await Promise.all([
    signIn(server, DEMO.coordinator),
    signIn(server, DEMO.kargah),
    signIn(server, DEMO.vhs),
  ]);
  ids = await fixtureIds(server);
  application = await createApplication(server, coordinator, {
    callId: ids.openCall,
    title: "Meilensteine",
    requestedAmount: 1000,
    tandems: [tandem(ids, "kargah", "vnb", 1000)],
  });
});
afterAll(async () => {
  await server?.close();
});

describe("milestones", () => {
  it("the office adds, completes, reopens and removes milestones; partners may not", async () => {
    const dueAt = new Date(Date.now() + 30 * DAY).toISOString();
    const added = await add(coordinator, { kind: "INTERIM_REPORT", title: "Zwischenbericht 1", dueAt });
    expect(added.data?.addMilestone).toMatchObject({
      kind: "INTERIM_REPORT",
      title: "Zwischenbericht 1",
      dueAt,
      doneAt: null,
    });
    const id = added.data!.addMilestone.id;
    expect((await add(kargah, { kind: "OTHER", title: "Von kargah", dueAt })).errors?.[0]?.extensions?.code).toBe(
      "FORBIDDEN",
    );
    expect((await add(coordinator, { kind: "OTHER", title: " ", dueAt })).errors?.[0]?.extensions?.code).toBe(
      "BAD_USER_INPUT",
    );

    const done = await server.graphql<{ completeMilestone: { doneAt: string | null } }>(
      COMPLETE,
      { id },
      { cookie: coordinator },
    );
    expect(done.data?.completeMilestone.doneAt).not.toBeNull();
    const again = await server.graphql<{ completeMilestone: { doneAt: string | null } }>(
      COMPLETE,
      { id },
      { cookie: coordinator },
    );
    expect(again.data?.completeMilestone.doneAt).toBe(done.data?.completeMilestone.doneAt);
    const reopened = await server.graphql<{ completeMilestone: { doneAt: string | null } }>(
      COMPLETE,
      { id, done: false },
      { cookie: coordinator },
    );
    expect(reopened.data?.completeMilestone.doneAt).toBeNull();
    expect((await server.graphql(COMPLETE, { id }, { cookie: kargah })).errors?.[0]?.extensions?.code).toBe(
      "FORBIDDEN",
    );

    expect(
      (await server.graphql<{ removeMilestone: boolean }>(REMOVE, { id }, { cookie: coordinator })).data
        ?.removeMilestone,
    ).toBe(true);
    expect((await server.graphql(REMOVE, { id }, { cookie: coordinator })).errors?.[0]?.extensions?.code).toBe(
      "NOT_FOUND",
    );
  });
});

describe("updateMilestone", () => {
  type Updated = { updateMilestone: { id: string; kind: string; title: string; dueAt: string; doneAt: string | null } };
  const update = (cookie: string, id: string, input: Record<string, unknown>) =>
    server.graphql<Updated>(UPDATE, { id, input }, { cookie });
  const row = async (id: string) =>
    (
      (await server.dataSource.query(
        `SELECT kind::text AS kind, title, due_at, done_at, notified_at FROM application_milestone WHERE id = $1`,
        [id],
      )) as [{ kind: string; title: string; due_at: Date; done_at: Date | null; notified_at: Date | null }]
    )[0];

  it("changes kind, title and date in place, keeps it done, and lets the reminder come again for a new date", async () => {
    const dueAt = new Date(Date.now() + 40 * DAY).toISOString();
    const id = (await add(coordinator, { kind: "OTHER", title: "Entwurf Konzept", dueAt })).data!.addMilestone.id;
    const done = await server.graphql<{ completeMilestone: { doneAt: string } }>(
      COMPLETE,
      { id },
      { cookie: coordinator },
    );
    await server.dataSource.query(`UPDATE application_milestone SET notified_at = now() WHERE id = $1`, [id]);
    const before = await server.dataSource.query(
      `SELECT count(*)::int AS n FROM application_milestone WHERE application_id = $1`,
      [application.id],
    );

    // Same date: the reminder already sent stays sent.
    const renamed = await update(coordinator, id, { kind: "INTERNAL_DEADLINE", title: "  Konzept abgestimmt ", dueAt });
    expect(renamed.errors).toBeUndefined();
    expect(renamed.data?.updateMilestone).toEqual({
      id,
      kind: "INTERNAL_DEADLINE",
      title: "Konzept abgestimmt",
      dueAt,
      doneAt: done.data!.completeMilestone.doneAt,
    });
    expect((await row(id)).notified_at).not.toBeNull();

    const later = new Date(Date.now() + 60 * DAY).toISOString();
    const moved = await update(coordinator, id, { kind: "INTERIM_REPORT", title: "Zwischenbericht", dueAt: later });
    expect(moved.data?.updateMilestone).toMatchObject({
      id,
      kind: "INTERIM_REPORT",
      title: "Zwischenbericht",
      dueAt: later,
    });
    expect(moved.data?.updateMilestone.doneAt).toBe(done.data!.completeMilestone.doneAt);
    expect((await row(id)).notified_at).toBeNull();
    // Changed in place: no milestone added or lost.
    expect(
      await server.dataSource.query(`SELECT count(*)::int AS n FROM application_milestone WHERE application_id = $1`, [
        application.id,
      ]),
    ).toEqual(before);
    await server.graphql(REMOVE, { id }, { cookie: coordinator });
  });

  it("refuses bad input with BAD_USER_INPUT, unknown ids with NOT_FOUND and others than the office with FORBIDDEN, changing nothing", async () => {
    const dueAt = new Date(Date.now() + 50 * DAY).toISOString();
    const id = (await add(coordinator, { kind: "OTHER", title: "Unverändert", dueAt })).data!.addMilestone.id;
    const original = await row(id);
    const bad: [Record<string, unknown>, string][] = [
      [{ kind: "OTHER", title: " ", dueAt }, "title"],
      [{ kind: "OTHER", title: "x", dueAt }, "title"],
      [{ kind: "OTHER", title: "y".repeat(201), dueAt }, "title"],
    ];
    for (const [input, field] of bad) {
      const res = await update(coordinator, id, input);
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify(input)).toBe("BAD_USER_INPUT");
      expect(JSON.stringify(res.errors?.[0]?.extensions)).toContain(field);
    }
    // Values the schema refuses before the resolver runs: an unknown kind, a date that is none.
    for (const input of [
      { kind: "PARTY", title: "Feier", dueAt },
      { kind: "OTHER", title: "Datum", dueAt: "31.12.2027" },
      { kind: "OTHER", title: "Ohne Datum" },
    ]) {
      const res = await update(coordinator, id, input);
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify(input)).toBe("BAD_USER_INPUT");
    }
    for (const unknown of ["00000000-0000-4000-8000-000000000000", "kein-id"]) {
      expect(
        (await update(coordinator, unknown, { kind: "OTHER", title: "Nirgends", dueAt })).errors?.[0]?.extensions?.code,
      ).toBe("NOT_FOUND");
    }
    expect(
      (await update(kargah, id, { kind: "OTHER", title: "Von kargah", dueAt })).errors?.[0]?.extensions?.code,
    ).toBe("FORBIDDEN");
    expect(
      (await server.graphql(UPDATE, { id, input: { kind: "OTHER", title: "Anonym", dueAt } })).errors?.[0]?.extensions
        ?.code,
    ).toBe("UNAUTHENTICATED");
    expect(await row(id)).toEqual(original);
    await server.graphql(REMOVE, { id }, { cookie: coordinator });
  });
});

describe("notifyDueMilestones", () => {
  it("reminds the participating organisations and the office once, seven days ahead, and only of live applications", async () => {
    const soon = await add(coordinator, {
      kind: "FINAL_REPORT",
      title: "Abschlussbericht",
      dueAt: new Date(Date.now() + 3 * DAY).toISOString(),
    });
    await add(coordinator, { kind: "OTHER", title: "Später", dueAt: new Date(Date.now() + 10 * DAY).toISOString() });
    const finished = await add(coordinator, {
      kind: "INTERNAL_DEADLINE",
      title: "Erledigt",
      dueAt: new Date(Date.now() + 2 * DAY).toISOString(),
    });
    await server.graphql(COMPLETE, { id: finished.data!.addMilestone.id }, { cookie: coordinator });
    const withdrawn = await createApplication(server, coordinator, {
      callId: ids.openCall,
      title: "Zurückgezogen",
      requestedAmount: 10,
      tandems: [tandem(ids, "kargah", "vnb", 10)],
    });
    await add(
      coordinator,
      { kind: "OTHER", title: "Nie", dueAt: new Date(Date.now() + 2 * DAY).toISOString() },
      withdrawn.id,
    );
    await forceStatus(server, withdrawn.id, "WITHDRAWN");

    expect(await notifyDueMilestones(server.dataSource.manager)).toBe(1);
    expect(await notifyDueMilestones(server.dataSource.manager)).toBe(0);

    const inbox = `{ notifications(first: 5) { kind title message link } }`;
    for (const cookie of [kargah, coordinator]) {
      const res = await server.graphql<{
        notifications: { kind: string; title: string; message: string; link: string }[];
      }>(inbox, {}, { cookie });
      const reminders = res.data!.notifications.filter((n) => n.kind === "DEADLINE_SOON");
      expect(reminders).toHaveLength(1);
      expect(reminders[0]).toMatchObject({ title: "Frist in 7 Tagen", link: `/antraege/${application.id}` });
      expect(reminders[0]?.message).toMatch(/^„Abschlussbericht – Meilensteine“ endet am \d\d\.\d\d\.\d{4}\.$/);
    }
    const other = await server.graphql<{ notifications: { kind: string }[] }>(inbox, {}, { cookie: vhs });
    expect(other.data!.notifications.filter((n) => n.kind === "DEADLINE_SOON")).toEqual([]);
    const [row] = (await server.dataSource.query(`SELECT notified_at FROM application_milestone WHERE id = $1`, [
      soon.data!.addMilestone.id,
    ])) as [{ notified_at: Date | null }];
    expect(row.notified_at).not.toBeNull();
  });
});
