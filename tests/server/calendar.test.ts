import ical, { type VEvent } from "node-ical";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, signIn, startTestServer, type TestServer } from "../support/test-server";
import { createApplication, fixtureIds, tandem, type ApplicationData } from "../support/application-fixtures";

let server: TestServer;
let coordinator: string;
let kargah: string;
let tui: string;
let ids: Record<string, string> = {};
let mine: ApplicationData;
let foreign: ApplicationData;

const text = (value: VEvent["summary"] | undefined) => (typeof value === "string" ? value : (value?.val ?? ""));

async function feed(path: string): Promise<{ status: number; headers: Headers; events: VEvent[] }> {
  const response = await fetch(`${server.url}${path}`);
  const body = await response.text();
  if (response.status !== 200) return { status: response.status, headers: response.headers, events: [] };
  const parsed = ical.sync.parseICS(body);
  const events = Object.values(parsed).filter((item): item is VEvent => item?.type === "VEVENT");
  return { status: response.status, headers: response.headers, events };
}

const calendarUrl = async (cookie: string) =>
  (await server.graphql<{ me: { calendarUrl: string } }>(`{ me { calendarUrl } }`, {}, { cookie })).data!.me.calendarUrl;

beforeAll(async () => {
  server = await startTestServer({ loginLimits: { perIp: 1000, perAccount: 100, windowSeconds: 60 } });
  [coordinator, kargah, tui] = await Promise.all([signIn(server, DEMO.coordinator), signIn(server, DEMO.kargah), signIn(server, DEMO.tui)]);
  ids = await fixtureIds(server);
  mine = await createApplication(server, coordinator, { callId: ids.openCall, title: "Antrag mit kargah", requestedAmount: 10, tandems: [tandem(ids, "kargah", "vnb", 10)] });
  foreign = await createApplication(server, coordinator, { callId: ids.openCall, title: "Antrag ohne kargah", requestedAmount: 10, tandems: [tandem(ids, "bteu", "vnb", 10)] });
  await server.graphql(
    `mutation($id: ID!, $input: MilestoneInput!) { addMilestone(applicationId: $id, input: $input) { id } }`,
    { id: mine.id, input: { kind: "INTERIM_REPORT", title: "Zwischenbericht", dueAt: "2027-09-30T10:00:00Z" } },
    { cookie: coordinator },
  );
});
afterAll(async () => {
  await server?.close();
});

describe("/calendar/deadlines.ics", () => {
  it("without a token: the deadlines of open calls only, cacheable", async () => {
    const { status, headers, events } = await feed("/calendar/deadlines.ics");
    expect(status).toBe(200);
    expect(headers.get("content-type")).toMatch(/^text\/calendar/);
    expect(headers.get("cache-control")).toMatch(/public/);
    const [open] = (await server.dataSource.query(`SELECT title, deadline FROM call_for_proposals WHERE id = $1`, [ids.openCall])) as [{ title: string; deadline: Date }];
    expect(events.map((e) => e.uid)).toEqual([`call-deadline-${ids.openCall}@album-hannover`]);
    expect(text(events[0]?.summary)).toBe(`Frist Förderaufruf: ${open.title}`);
    // iCalendar times have whole seconds.
    expect(events[0]?.start.getTime()).toBe(Math.floor(new Date(open.deadline).getTime() / 1000) * 1000);
  });

  it("with a partner's secret link: also the milestones of its own applications, never others'", async () => {
    const url = await calendarUrl(kargah);
    expect(url).toMatch(/^\/calendar\/deadlines\.ics\?token=[\w-]{20,}$/);
    expect(await calendarUrl(kargah)).toBe(url);
    const { headers, events } = await feed(url);
    expect(headers.get("cache-control")).toBe("private, no-store");
    const summaries = events.map((e) => text(e.summary));
    expect(summaries).toContain("Zwischenbericht: Zwischenbericht (Antrag mit kargah)");
    expect(summaries).toContain(`Einreichung: Einreichung: ${mine.call!.title} (Antrag mit kargah)`);
    expect(summaries.some((s) => s.includes("Antrag ohne kargah"))).toBe(false);
    const report = events.find((e) => text(e.summary).startsWith("Zwischenbericht"));
    expect(report?.start.toISOString()).toBe("2027-09-30T10:00:00.000Z");
  });

  it("the office's link shows every live application; a company's only the calls", async () => {
    const office = (await feed(await calendarUrl(coordinator))).events.map((e) => text(e.summary));
    expect(office.some((s) => s.includes("Antrag ohne kargah"))).toBe(true);
    expect(office.some((s) => s.includes("Antrag mit kargah"))).toBe(true);
    const company = await feed(await calendarUrl(tui));
    expect(company.events.map((e) => e.uid)).toEqual([`call-deadline-${ids.openCall}@album-hannover`]);
  });

  it("a replaced or unknown link answers 404; the link is only shown to its owner", async () => {
    const old = await calendarUrl(kargah);
    const regenerated = await server.graphql<{ regenerateCalendarUrl: string }>(`mutation { regenerateCalendarUrl }`, {}, { cookie: kargah });
    const fresh = regenerated.data!.regenerateCalendarUrl;
    expect(fresh).not.toBe(old);
    expect((await feed(old)).status).toBe(404);
    expect((await feed(fresh)).status).toBe(200);
    expect((await feed("/calendar/deadlines.ics?token=nonsense-nonsense-nonsense")).status).toBe(404);
    const login = await server.graphql<{ login: { calendarUrl: string | null } }>(`mutation { login(email: "${DEMO.vhs}", password: "${DEMO.password}") { calendarUrl } }`);
    expect(login.data?.login.calendarUrl).toBeNull();
    expect((await server.graphql(`mutation { regenerateCalendarUrl }`)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("leaves out done milestones and applications that are over", async () => {
    await server.dataSource.query(`UPDATE application SET status = 'WITHDRAWN' WHERE id = $1`, [foreign.id]);
    const office = (await feed(await calendarUrl(coordinator))).events.map((e) => text(e.summary));
    expect(office.some((s) => s.includes("Antrag ohne kargah"))).toBe(false);
  });
});
