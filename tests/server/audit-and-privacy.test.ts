import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, signIn, startTestServer, type TestServer } from "../support/test-server";
import { UPDATE_ORGANISATION } from "../support/queries";

let server: TestServer;
let coordinator: string;
let kargahId: string;

beforeAll(async () => {
  server = await startTestServer();
  coordinator = await signIn(server, DEMO.coordinator);
  const [row] = (await server.dataSource.query(`SELECT id FROM organisation WHERE slug = 'kargah'`)) as [
    { id: string },
  ];
  kargahId = row.id;
});
afterAll(async () => {
  await server?.close();
});

const AUDIT = `query($id: ID) { auditLog(entityId: $id, first: 10) { totalCount edges { node { action entityType changes actor { email } } } } }`;

describe("audit log", () => {
  it("records who changed which fields of an organisation, before and after", async () => {
    const partner = await signIn(server, DEMO.kargah);
    const [{ version, description }] = (await server.dataSource.query(
      `SELECT version, description FROM organisation WHERE id = $1`,
      [kargahId],
    )) as [{ version: number; description: string }];
    const res = await server.graphql(
      UPDATE_ORGANISATION,
      { id: kargahId, input: { description: "Geändert für das Protokoll", capacity: 4 }, expectedVersion: version },
      { cookie: partner },
    );
    expect(res.errors).toBeUndefined();
    const log = await server.graphql<{
      auditLog: {
        totalCount: number;
        edges: {
          node: {
            action: string;
            changes: Record<string, { before: unknown; after: unknown }>;
            actor: { email: string };
          };
        }[];
      };
    }>(AUDIT, { id: kargahId }, { cookie: coordinator });
    const entry = log.data!.auditLog.edges[0]!.node;
    expect(entry.action).toBe("UPDATE");
    expect(entry.actor.email).toBe(DEMO.kargah);
    expect(entry.changes.description).toEqual({ before: description, after: "Geändert für das Protokoll" });
    expect(Object.keys(entry.changes)).not.toContain("name");
  });

  it("records relations created and removed", async () => {
    const [vnb] = (await server.dataSource.query(`SELECT id FROM organisation WHERE slug = 'vnb'`)) as [{ id: string }];
    const created = await server.graphql<{ createRelation: { id: string } }>(
      `mutation($input: CreateRelationInput!) { createRelation(input: $input) { id } }`,
      { input: { sourceId: kargahId, targetId: vnb.id, type: "COOPERATION" } },
      { cookie: coordinator },
    );
    const relationId = created.data!.createRelation.id;
    await server.graphql(`mutation($id: ID!) { removeRelation(id: $id) }`, { id: relationId }, { cookie: coordinator });
    const log = await server.graphql<{ auditLog: { edges: { node: { action: string; entityType: string } }[] } }>(
      AUDIT,
      { id: relationId },
      { cookie: coordinator },
    );
    expect(log.data!.auditLog.edges.map((e) => e.node.action)).toEqual(["DELETE", "CREATE"]);
    expect(log.data!.auditLog.edges.every((e) => e.node.entityType === "RELATION")).toBe(true);
  });

  it("writes no audit entry for a refused change", async () => {
    const before = (await server.dataSource.query(`SELECT count(*)::int AS n FROM audit_entry`)) as [{ n: number }];
    await server.graphql(
      UPDATE_ORGANISATION,
      { id: kargahId, input: { description: "x" }, expectedVersion: 0 },
      { cookie: coordinator },
    );
    const after = (await server.dataSource.query(`SELECT count(*)::int AS n FROM audit_entry`)) as [{ n: number }];
    expect(after[0].n).toBe(before[0].n);
  });
});

describe("personal data (DSGVO)", () => {
  const EXPORT = `query($email: String!) { personalDataExport(email: $email) }`;
  const ERASE = `mutation($email: String!) { erasePersonalData(email: $email) { accountsAnonymised contactPersonsErased sessionsEnded } }`;

  it("exports everything stored about a person", async () => {
    await signIn(server, DEMO.vhs);
    const res = await server.graphql<{
      personalDataExport: {
        accounts: { email: string; organisation: string }[];
        sessions: unknown[];
        contactPersons: unknown[];
      };
    }>(EXPORT, { email: DEMO.vhs.toUpperCase() }, { cookie: coordinator });
    expect(res.errors).toBeUndefined();
    const data = res.data!.personalDataExport;
    expect(data.accounts).toHaveLength(1);
    expect(data.accounts[0]?.organisation).toMatch(/Volkshochschule/);
    expect(data.sessions.length).toBeGreaterThan(0);
    expect(JSON.stringify(data)).not.toMatch(/argon2/);
  });

  it("erases a person: sessions end, sign-in fails, contacts are anonymised, history keeps its shape", async () => {
    const [contact] = (await server.dataSource.query(
      `SELECT email FROM contact_person WHERE email IS NOT NULL LIMIT 1`,
    )) as [{ email: string }];
    const session = await signIn(server, DEMO.vhs);
    const auditBefore = (await server.dataSource.query(`SELECT count(*)::int AS n FROM audit_entry`)) as [
      { n: number },
    ];
    const erased = await server.graphql<{ erasePersonalData: { accountsAnonymised: number; sessionsEnded: number } }>(
      ERASE,
      { email: DEMO.vhs },
      { cookie: coordinator },
    );
    expect(erased.data?.erasePersonalData.accountsAnonymised).toBe(1);
    expect(erased.data?.erasePersonalData.sessionsEnded).toBeGreaterThan(0);
    expect((await server.graphql<{ me: null }>(`{ me { id } }`, {}, { cookie: session })).data?.me).toBeNull();
    const login = await server.graphql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }`, {
      e: DEMO.vhs,
      p: DEMO.password,
    });
    expect(login.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const contactErased = await server.graphql<{ erasePersonalData: { contactPersonsErased: number } }>(
      ERASE,
      { email: contact.email },
      { cookie: coordinator },
    );
    expect(contactErased.data?.erasePersonalData.contactPersonsErased).toBe(1);
    const left = (await server.dataSource.query(
      `SELECT count(*)::int AS n FROM contact_person WHERE lower(email) = lower($1)`,
      [contact.email],
    )) as [{ n: number }];
    expect(left[0].n).toBe(0);
    const exported = await server.graphql<{ personalDataExport: { accounts: unknown[]; contactPersons: unknown[] } }>(
      EXPORT,
      { email: DEMO.vhs },
      { cookie: coordinator },
    );
    expect(exported.data?.personalDataExport.accounts).toEqual([]);
    const auditAfter = (await server.dataSource.query(`SELECT count(*)::int AS n FROM audit_entry`)) as [{ n: number }];
    expect(auditAfter[0].n).toBe(auditBefore[0].n + 2);
  });

  it("refuses something that is not an e-mail address", async () => {
    const res = await server.graphql(EXPORT, { email: "x" }, { cookie: coordinator });
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("personal data in exchange participations (DSGVO)", () => {
  const EXPORT = `query($email: String!) { personalDataExport(email: $email) }`;
  const ERASE = `mutation($email: String!) { erasePersonalData(email: $email) { contactPersonsErased exchangeParticipationNamesErased } }`;
  const CONTACT_EMAIL = "aylin.kaya@kargah.example";
  type Exported = {
    personName: string;
    status: string;
    organisation: string;
    exchange: string;
    exchangeStartsAt: string;
    joinedAt: string;
    cancelledAt: string | null;
  };
  const ids: Record<string, string> = {};

  const createExchange = async (title: string, capacity: number) => {
    const start = new Date(Date.now() + 15 * 86_400_000);
    const res = await server.graphql<{ createExchange: { id: string } }>(
      `mutation($input: CreateExchangeInput!) { createExchange(input: $input) { id } }`,
      {
        input: {
          title,
          series: "WORKSHOP",
          startsAt: start.toISOString(),
          endsAt: new Date(start.getTime() + 3_600_000).toISOString(),
          capacity,
        },
      },
      { cookie: coordinator },
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.createExchange.id;
  };
  const join = async (exchangeId: string, slug: string, personName: string) => {
    const res = await server.graphql<{ joinExchange: { id: string } }>(
      `mutation($e: ID!, $o: ID!, $n: String) { joinExchange(exchangeId: $e, organisationId: $o, personName: $n) { id } }`,
      { e: exchangeId, o: ids[slug], n: personName },
      { cookie: coordinator },
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.joinExchange.id;
  };
  const nameOf = async (participationId: string) =>
    (
      (await server.dataSource.query(
        `SELECT person_name, status::text AS status FROM exchange_participation WHERE id = $1`,
        [participationId],
      )) as [{ person_name: string | null; status: string }]
    )[0];

  beforeAll(async () => {
    for (const row of (await server.dataSource.query(
      `SELECT id, slug FROM organisation WHERE slug IN ('kargah', 'amfn', 'tui')`,
    )) as { id: string; slug: string }[])
      ids[row.slug] = row.id;
    await server.dataSource.query(
      `INSERT INTO contact_person (organisation_id, name, email, consent_given_at) VALUES ($1, 'Aylin Kaya', $2, now())`,
      [ids.kargah, CONTACT_EMAIL],
    );
    ids.full = await createExchange("Datenschutz: ein Platz", 1);
    ids.other = await createExchange("Datenschutz: noch einer", 5);
    ids.mine = await join(ids.full, "kargah", "  AYLIN kaya ");
    ids.namesake = await join(ids.full, "amfn", "Aylin Kaya");
    ids.someoneElse = await join(ids.other, "kargah", "Bernd B.");
    // A cancelled participation still stores the name: it belongs in the export and the erasure.
    ids.cancelled = await createExchange("Datenschutz: abgemeldet", 5);
    ids.left = await join(ids.cancelled, "kargah", "aylin kaya");
    await server.graphql(
      `mutation($e: ID!, $o: ID!) { leaveExchange(exchangeId: $e, organisationId: $o) { id } }`,
      { e: ids.cancelled, o: ids.kargah },
      { cookie: coordinator },
    );
  });

  it("the export holds the participations that name the person within their organisation, not namesakes elsewhere", async () => {
    const res = await server.graphql<{
      personalDataExport: { contactPersons: unknown[]; exchangeParticipations: Exported[] };
    }>(EXPORT, { email: CONTACT_EMAIL }, { cookie: coordinator });
    expect(res.errors).toBeUndefined();
    const exported = res.data!.personalDataExport.exchangeParticipations;
    expect(exported.map((p) => [p.exchange, p.personName, p.status, p.organisation])).toEqual([
      ["Datenschutz: ein Platz", "AYLIN kaya", "CONFIRMED", "kargah e.V."],
      ["Datenschutz: abgemeldet", "aylin kaya", "CANCELLED", "kargah e.V."],
    ]);
    expect(exported[1]?.cancelledAt).not.toBeNull();
    expect(
      exported.every((p) => !Number.isNaN(Date.parse(p.exchangeStartsAt)) && !Number.isNaN(Date.parse(p.joinedAt))),
    ).toBe(true);
  });

  it("an account's display name counts as well, within the account's organisation", async () => {
    await server.dataSource.query(`UPDATE app_user SET display_name = 'Hadi Tester' WHERE email = $1`, [DEMO.tui]);
    const joined = await join(ids.other!, "tui", "Hadi Tester");
    const res = await server.graphql<{ personalDataExport: { exchangeParticipations: Exported[] } }>(
      EXPORT,
      { email: DEMO.tui },
      { cookie: coordinator },
    );
    expect(
      res.data!.personalDataExport.exchangeParticipations.map((p) => [p.exchange, p.personName, p.organisation]),
    ).toEqual([["Datenschutz: noch einer", "Hadi Tester", "TUI"]]);
    expect((await nameOf(joined)).person_name).toBe("Hadi Tester");
  });

  it("erasure blanks those names and keeps the participations, seats and waitlist as they were", async () => {
    const seats = `query($id: ID!) { exchange(id: $id) { seatsLeft waitlistLength } }`;
    const before = await server.graphql(seats, { id: ids.full }, { cookie: coordinator });
    const res = await server.graphql<{
      erasePersonalData: { contactPersonsErased: number; exchangeParticipationNamesErased: number };
    }>(ERASE, { email: CONTACT_EMAIL }, { cookie: coordinator });
    expect(res.data?.erasePersonalData).toEqual({ contactPersonsErased: 1, exchangeParticipationNamesErased: 2 });
    expect(await nameOf(ids.mine!)).toEqual({ person_name: null, status: "CONFIRMED" });
    expect(await nameOf(ids.left!)).toEqual({ person_name: null, status: "CANCELLED" });
    expect((await nameOf(ids.namesake!)).person_name).toBe("Aylin Kaya");
    expect((await nameOf(ids.someoneElse!)).person_name).toBe("Bernd B.");
    expect((await server.graphql(seats, { id: ids.full }, { cookie: coordinator })).data).toEqual(before.data);
    const after = await server.graphql<{ personalDataExport: { exchangeParticipations: unknown[] } }>(
      EXPORT,
      { email: CONTACT_EMAIL },
      { cookie: coordinator },
    );
    expect(after.data?.personalDataExport.exchangeParticipations).toEqual([]);
  });
});
