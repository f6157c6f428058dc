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

async function upcomingPublicExchangeUids(): Promise<string[]> {
  const rows = (await server.dataSource.query(
    `SELECT id FROM exchange WHERE visibility = 'PUBLIC' AND ends_at > now()`,
  )) as { id: string }[];
  return rows.map((row) => `exchange-${row.id}@album-hannover`).sort();
}

const calendarUrl = async (cookie: string) =>
  (await server.graphql<{ me: { calendarUrl: string } }>(`{ me { calendarUrl } }`, {}, { cookie })).data!.me
    .calendarUrl;

beforeAll(async () => {
  server = await startTestServer({ loginLimits: { perIp: 1000, perAccount: 100, windowSeconds: 60 } });
  [coordinator, kargah, tui] = await Promise.all([
    signIn(server, DEMO.coordinator),
    signIn(server, DEMO.kargah),
    signIn(server, DEMO.tui),
  ]);
  ids = await fixtureIds(server);
  mine = await createApplication(server, coordinator, {
    callId: ids.openCall,
    title: "Antrag mit kargah",
    requestedAmount: 10,
    tandems: [tandem(ids, "kargah", "vnb", 10)],
  });
  foreign = await createApplication(server, coordinator, {
    callId: ids.openCall,
    title: "Antrag ohne kargah",
    requestedAmount: 10,
    tandems: [tandem(ids, "bteu", "vnb", 10)],
  });
  await server.graphql(
    `mutation($id: ID!, $input: MilestoneInput!) { addMilestone(applicationId: $id, input: $input) { id } }`,
    { id: mine.id, input: { kind: "INTERIM_REPORT", title: "Zwischenbericht", dueAt: "2027-09-30T10:00:00Z" } },
    { cookie: coordinator },
  );
  for (const input of [
    { kind: "INTERNAL_DEADLINE", title: "Interne Frist: Entwurf an die VHS", dueAt: "2027-08-01T10:00:00Z" },
    { kind: "OTHER", title: "Treffen mit der VHS", dueAt: "2027-08-02T10:00:00Z" },
    { kind: "FINAL_REPORT", title: "Abschlussberichtsentwurf", dueAt: "2027-08-03T10:00:00Z" },
  ])
    await server.graphql(
      `mutation($id: ID!, $input: MilestoneInput!) { addMilestone(applicationId: $id, input: $input) { id } }`,
      { id: mine.id, input },
      { cookie: coordinator },
    );
});
afterAll(async () => {
  await server?.close();
});

describe("/calendar/deadlines.ics", () => {
  it("without a token: the deadlines of open calls and the upcoming public exchanges, cacheable", async () => {
    const { status, headers, events } = await feed("/calendar/deadlines.ics");
    expect(status).toBe(200);
    expect(headers.get("content-type")).toMatch(/^text\/calendar/);
    expect(headers.get("cache-control")).toMatch(/public/);
    const [open] = (await server.dataSource.query(`SELECT title, deadline FROM call_for_proposals WHERE id = $1`, [
      ids.openCall,
    ])) as [{ title: string; deadline: Date }];
    const deadlines = events.filter((e) => e.uid.startsWith("call-deadline-"));
    expect(deadlines.map((e) => e.uid)).toEqual([`call-deadline-${ids.openCall}@album-hannover`]);
    expect(text(deadlines[0]?.summary)).toBe(`Frist Förderaufruf: ${open.title}`);
    // iCalendar times have whole seconds.
    expect(deadlines[0]?.start.getTime()).toBe(Math.floor(new Date(open.deadline).getTime() / 1000) * 1000);
    expect(
      events
        .filter((e) => !e.uid.startsWith("call-deadline-"))
        .map((e) => e.uid)
        .sort(),
    ).toEqual(await upcomingPublicExchangeUids());
  });

  it("with a partner's secret link: also the milestones of its own applications, never others'", async () => {
    const url = await calendarUrl(kargah);
    expect(url).toMatch(/^\/calendar\/deadlines\.ics\?token=[\w-]{20,}$/);
    expect(await calendarUrl(kargah)).toBe(url);
    const { headers, events } = await feed(url);
    expect(headers.get("cache-control")).toBe("private, no-store");
    const summaries = events.map((e) => text(e.summary));
    // The kind is said once: a title that starts with it stands alone, any other gets it in front.
    expect(summaries).toContain("Zwischenbericht (Antrag mit kargah)");
    expect(summaries).toContain(`Einreichung: ${mine.call!.title} (Antrag mit kargah)`);
    expect(summaries).toContain("Interne Frist: Entwurf an die VHS (Antrag mit kargah)");
    expect(summaries).toContain("Termin: Treffen mit der VHS (Antrag mit kargah)");
    expect(summaries).toContain("Abschlussbericht: Abschlussberichtsentwurf (Antrag mit kargah)");
    for (const summary of summaries) expect(summary).not.toMatch(/(\p{L}[\p{L} ]*\p{L}): \1\b/u);
    expect(summaries.some((s) => s.includes("Antrag ohne kargah"))).toBe(false);
    const report = events.find((e) => text(e.summary).startsWith("Zwischenbericht"));
    expect(report?.start.toISOString()).toBe("2027-09-30T10:00:00.000Z");
  });

  it("the office's link shows every live application; a company's only the calls", async () => {
    const office = (await feed(await calendarUrl(coordinator))).events.map((e) => text(e.summary));
    expect(office.some((s) => s.includes("Antrag ohne kargah"))).toBe(true);
    expect(office.some((s) => s.includes("Antrag mit kargah"))).toBe(true);
    const company = await feed(await calendarUrl(tui));
    expect(company.events.filter((e) => !e.uid.startsWith("exchange-")).map((e) => e.uid)).toEqual([
      `call-deadline-${ids.openCall}@album-hannover`,
    ]);
  });

  it("a replaced or unknown link answers 404; the link is only shown to its owner", async () => {
    const old = await calendarUrl(kargah);
    const regenerated = await server.graphql<{ regenerateCalendarUrl: string }>(
      `mutation { regenerateCalendarUrl }`,
      {},
      { cookie: kargah },
    );
    const fresh = regenerated.data!.regenerateCalendarUrl;
    expect(fresh).not.toBe(old);
    expect((await feed(old)).status).toBe(404);
    expect((await feed(fresh)).status).toBe(200);
    expect((await feed("/calendar/deadlines.ics?token=nonsense-nonsense-nonsense")).status).toBe(404);
    const login = await server.graphql<{ login: { calendarUrl: string | null } }>(
      `mutation { login(email: "${DEMO.vhs}", password: "${DEMO.password}") { calendarUrl } }`,
    );
    expect(login.data?.login.calendarUrl).toBeNull();
    expect((await server.graphql(`mutation { regenerateCalendarUrl }`)).errors?.[0]?.extensions?.code).toBe(
      "UNAUTHENTICATED",
    );
  });

  it("leaves out done milestones and applications that are over", async () => {
    await server.dataSource.query(`UPDATE application SET status = 'WITHDRAWN' WHERE id = $1`, [foreign.id]);
    const office = (await feed(await calendarUrl(coordinator))).events.map((e) => text(e.summary));
    expect(office.some((s) => s.includes("Antrag ohne kargah"))).toBe(false);
  });
});

describe("/calendar/deadlines.ics: exchanges", () => {
  const DAY = 86_400_000;
  const exchangeIds: Record<string, string> = {};
  const uid = (name: string) => `exchange-${exchangeIds[name]}@album-hannover`;
  const byUid = (events: VEvent[], name: string) => events.find((e) => e.uid === uid(name));

  async function createExchange(name: string, input: Record<string, unknown>): Promise<void> {
    const start = new Date(Date.now() + 20 * DAY);
    const res = await server.graphql<{ createExchange: { id: string } }>(
      `mutation($input: CreateExchangeInput!) { createExchange(input: $input) { id } }`,
      {
        input: {
          title: name,
          series: "HADI_MEETING",
          startsAt: start.toISOString(),
          endsAt: new Date(start.getTime() + 2 * 3_600_000).toISOString(),
          capacity: 5,
          ...input,
        },
      },
      { cookie: coordinator },
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    exchangeIds[name] = res.data.createExchange.id;
  }
  async function join(cookie: string, name: string, slug: string): Promise<string> {
    const res = await server.graphql<{ joinExchange: { status: string } }>(
      `mutation($e: ID!, $o: ID!) { joinExchange(exchangeId: $e, organisationId: $o) { status } }`,
      { e: exchangeIds[name], o: ids[slug] },
      { cookie },
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.joinExchange.status;
  }
  const leave = (cookie: string, name: string, slug: string) =>
    server.graphql(
      `mutation($e: ID!, $o: ID!) { leaveExchange(exchangeId: $e, organisationId: $o) { status } }`,
      { e: exchangeIds[name], o: ids[slug] },
      { cookie },
    );

  beforeAll(async () => {
    for (const row of (await server.dataSource.query(
      `SELECT id, slug FROM organisation WHERE slug IN ('tui', 'kargah')`,
    )) as { id: string; slug: string }[])
      ids[row.slug] = row.id;
    await createExchange("Intern, voll", { visibility: "MEMBERS_ONLY", capacity: 1 });
    await createExchange("Offen, TUI dabei", { visibility: "PUBLIC", location: "Rathaus Hannover" });
    await createExchange("Intern, ohne TUI", { visibility: "MEMBERS_ONLY" });
    await createExchange("Intern, verlassen", { visibility: "MEMBERS_ONLY" });
    await createExchange("Intern, vorbei", { visibility: "MEMBERS_ONLY" });
    await createExchange("Offen, abgesagt", { visibility: "PUBLIC" });
    expect(await join(kargah, "Intern, voll", "kargah")).toBe("CONFIRMED");
    expect(await join(tui, "Intern, voll", "tui")).toBe("WAITLISTED");
    expect(await join(tui, "Offen, TUI dabei", "tui")).toBe("CONFIRMED");
    await join(kargah, "Intern, ohne TUI", "kargah");
    await join(tui, "Intern, verlassen", "tui");
    await leave(tui, "Intern, verlassen", "tui");
    await join(tui, "Intern, vorbei", "tui");
    // Ended ten days ago: joining is closed then, so the dates move afterwards.
    await server.dataSource.query(
      `UPDATE exchange SET starts_at = now() - interval '10 days', ends_at = now() - interval '10 days' + interval '2 hours' WHERE id = $1`,
      [exchangeIds["Intern, vorbei"]],
    );
    await server.graphql(
      `mutation($id: ID!) { cancelExchange(id: $id) { id } }`,
      { id: exchangeIds["Offen, abgesagt"] },
      { cookie: coordinator },
    );
  });

  it("the public feed holds upcoming public exchanges only, none marked as joined", async () => {
    const { events } = await feed("/calendar/deadlines.ics");
    const open = byUid(events, "Offen, TUI dabei");
    expect(text(open?.summary)).toBe("Austausch: Offen, TUI dabei");
    expect(text(open?.location)).toBe("Rathaus Hannover");
    expect(open?.transparency).toBe("TRANSPARENT");
    expect(open && (open.end?.getTime() ?? 0) - open.start.getTime()).toBe(2 * 3_600_000);
    expect(byUid(events, "Offen, abgesagt")?.status).toBe("CANCELLED");
    for (const hidden of ["Intern, voll", "Intern, ohne TUI", "Intern, verlassen", "Intern, vorbei"])
      expect(byUid(events, hidden), hidden).toBeUndefined();
    expect(events.some((e) => /angemeldet|Warteliste/.test(text(e.summary)))).toBe(false);
  });

  it("a company's link adds the exchanges it joined or waits for, members-only and recently ended ones too", async () => {
    const { events } = await feed(await calendarUrl(tui));
    const waiting = byUid(events, "Intern, voll");
    expect(text(waiting?.summary)).toBe("Austausch: Intern, voll (Warteliste, Platz 1)");
    expect(waiting?.status).toBe("TENTATIVE");
    expect(waiting?.transparency).toBe("TRANSPARENT");
    const confirmed = byUid(events, "Offen, TUI dabei");
    expect(text(confirmed?.summary)).toBe("Austausch: Offen, TUI dabei (angemeldet)");
    expect(confirmed?.status).toBe("CONFIRMED");
    expect(confirmed?.transparency).toBe("OPAQUE");
    expect(text(byUid(events, "Intern, vorbei")?.summary)).toBe("Austausch: Intern, vorbei (angemeldet)");
    expect(byUid(events, "Intern, ohne TUI")).toBeUndefined();
    expect(byUid(events, "Intern, verlassen")).toBeUndefined();
    // Every event once, even where a joined exchange is public as well.
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    expect(
      events
        .filter((e) => e.uid.startsWith("exchange-") && !/angemeldet|Warteliste/.test(text(e.summary)))
        .map((e) => e.uid)
        .sort(),
    ).toEqual((await upcomingPublicExchangeUids()).filter((id) => id !== uid("Offen, TUI dabei")));
  });

  it("each organisation's link shows its own standing; a promotion shows on the next fetch", async () => {
    const kargahFeed = (await feed(await calendarUrl(kargah))).events;
    expect(text(byUid(kargahFeed, "Intern, voll")?.summary)).toBe("Austausch: Intern, voll (angemeldet)");
    expect(text(byUid(kargahFeed, "Offen, TUI dabei")?.summary)).toBe("Austausch: Offen, TUI dabei");
    expect(byUid(kargahFeed, "Intern, vorbei")).toBeUndefined();

    await leave(kargah, "Intern, voll", "kargah");
    const promoted = byUid((await feed(await calendarUrl(tui))).events, "Intern, voll");
    expect(text(promoted?.summary)).toBe("Austausch: Intern, voll (angemeldet)");
    expect(promoted?.status).toBe("CONFIRMED");
    expect(byUid((await feed(await calendarUrl(kargah))).events, "Intern, voll")).toBeUndefined();
  });
});
