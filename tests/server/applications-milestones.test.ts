import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, signIn, startTestServer, type TestServer } from "../support/test-server";
import { createApplication, fixtureIds, forceStatus, tandem, type ApplicationData } from "../support/application-fixtures";
import { notifyDueMilestones } from "../../server/src/modules/applications/milestone-reminders";

const ADD = `mutation($applicationId: ID!, $input: MilestoneInput!) { addMilestone(applicationId: $applicationId, input: $input) { id kind title dueAt doneAt } }`;
const COMPLETE = `mutation($id: ID!, $done: Boolean) { completeMilestone(id: $id, done: $done) { id doneAt } }`;
const REMOVE = `mutation($id: ID!) { removeMilestone(id: $id) }`;
const DAY = 86_400_000;

let server: TestServer;
let coordinator: string;
let kargah: string;
let vhs: string;
let ids: Record<string, string> = {};
let application: ApplicationData;

const add = (cookie: string, input: Record<string, unknown>, applicationId = application.id) =>
  server.graphql<{ addMilestone: { id: string; kind: string; title: string; dueAt: string; doneAt: string | null } }>(ADD, { applicationId, input }, { cookie });

beforeAll(async () => {
  server = await startTestServer({ loginLimits: { perIp: 1000, perAccount: 100, windowSeconds: 60 } });
  [coordinator, kargah, vhs] = await Promise.all([signIn(server, DEMO.coordinator), signIn(server, DEMO.kargah), signIn(server, DEMO.vhs)]);
  ids = await fixtureIds(server);
  application = await createApplication(server, coordinator, { callId: ids.openCall, title: "Meilensteine", requestedAmount: 1000, tandems: [tandem(ids, "kargah", "vnb", 1000)] });
});
afterAll(async () => {
  await server?.close();
});

describe("milestones", () => {
  it("the office adds, completes, reopens and removes milestones; partners may not", async () => {
    const dueAt = new Date(Date.now() + 30 * DAY).toISOString();
    const added = await add(coordinator, { kind: "INTERIM_REPORT", title: "Zwischenbericht 1", dueAt });
    expect(added.data?.addMilestone).toMatchObject({ kind: "INTERIM_REPORT", title: "Zwischenbericht 1", dueAt, doneAt: null });
    const id = added.data!.addMilestone.id;
    expect((await add(kargah, { kind: "OTHER", title: "Von kargah", dueAt })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await add(coordinator, { kind: "OTHER", title: " ", dueAt })).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");

    const done = await server.graphql<{ completeMilestone: { doneAt: string | null } }>(COMPLETE, { id }, { cookie: coordinator });
    expect(done.data?.completeMilestone.doneAt).not.toBeNull();
    const again = await server.graphql<{ completeMilestone: { doneAt: string | null } }>(COMPLETE, { id }, { cookie: coordinator });
    expect(again.data?.completeMilestone.doneAt).toBe(done.data?.completeMilestone.doneAt);
    const reopened = await server.graphql<{ completeMilestone: { doneAt: string | null } }>(COMPLETE, { id, done: false }, { cookie: coordinator });
    expect(reopened.data?.completeMilestone.doneAt).toBeNull();
    expect((await server.graphql(COMPLETE, { id }, { cookie: kargah })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    expect((await server.graphql<{ removeMilestone: boolean }>(REMOVE, { id }, { cookie: coordinator })).data?.removeMilestone).toBe(true);
    expect((await server.graphql(REMOVE, { id }, { cookie: coordinator })).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});

describe("notifyDueMilestones", () => {
  it("reminds the participating organisations and the office once, seven days ahead, and only of live applications", async () => {
    const soon = await add(coordinator, { kind: "FINAL_REPORT", title: "Abschlussbericht", dueAt: new Date(Date.now() + 3 * DAY).toISOString() });
    await add(coordinator, { kind: "OTHER", title: "Später", dueAt: new Date(Date.now() + 10 * DAY).toISOString() });
    const finished = await add(coordinator, { kind: "INTERNAL_DEADLINE", title: "Erledigt", dueAt: new Date(Date.now() + 2 * DAY).toISOString() });
    await server.graphql(COMPLETE, { id: finished.data!.addMilestone.id }, { cookie: coordinator });
    const withdrawn = await createApplication(server, coordinator, { callId: ids.openCall, title: "Zurückgezogen", requestedAmount: 10, tandems: [tandem(ids, "kargah", "vnb", 10)] });
    await add(coordinator, { kind: "OTHER", title: "Nie", dueAt: new Date(Date.now() + 2 * DAY).toISOString() }, withdrawn.id);
    await forceStatus(server, withdrawn.id, "WITHDRAWN");

    expect(await notifyDueMilestones(server.dataSource.manager)).toBe(1);
    expect(await notifyDueMilestones(server.dataSource.manager)).toBe(0);

    const inbox = `{ notifications(first: 5) { kind title message link } }`;
    for (const cookie of [kargah, coordinator]) {
      const res = await server.graphql<{ notifications: { kind: string; title: string; message: string; link: string }[] }>(inbox, {}, { cookie });
      const reminders = res.data!.notifications.filter((n) => n.kind === "DEADLINE_SOON");
      expect(reminders).toHaveLength(1);
      expect(reminders[0]).toMatchObject({ title: "Frist in 7 Tagen", link: `/antraege/${application.id}` });
      expect(reminders[0]?.message).toMatch(/^„Abschlussbericht – Meilensteine“ endet am \d\d\.\d\d\.\d{4}\.$/);
    }
    const other = await server.graphql<{ notifications: { kind: string }[] }>(inbox, {}, { cookie: vhs });
    expect(other.data!.notifications.filter((n) => n.kind === "DEADLINE_SOON")).toEqual([]);
    const [row] = (await server.dataSource.query(`SELECT notified_at FROM application_milestone WHERE id = $1`, [soon.data!.addMilestone.id])) as [{ notified_at: Date | null }];
    expect(row.notified_at).not.toBeNull();
  });
});
