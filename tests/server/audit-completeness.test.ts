import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildAppSchema } from "../../server/src/graphql/schema";
import { resolvers } from "../../server/src/modules/resolvers";
import { DEMO, signIn, startTestServer, type TestServer } from "../support/test-server";

/**
 * Every mutation of the schema that changes data leaves exactly one audit entry of its entity's
 * type, made by the caller, in the change's transaction; a refused call leaves none. The list of
 * mutations comes from the schema: a new mutation without a case here (or a justified exemption)
 * fails the first test, and a case whose mutation records nothing fails its own.
 */

type Persona = "anonymous" | "partner" | "coordinator";

/** Mutations that change no shared data, and why they are not audited. */
const EXEMPT: Record<string, string> = {
  login: "creates a session (bookkeeping of the sign-in itself, rate-limited separately), no data of the network",
  logout: "ends a session, no data of the network",
  markNotificationsRead: "read flags of the caller's own notifications, seen by nobody else",
  // The four below are open to anyone holding a mailed token (no persona is refused; a bad token is
  // INVALID_TOKEN); their ACCOUNT entries and refusals are asserted in mail-and-accounts.test.ts.
  requestPasswordReset: "anonymous by design (no enumeration); a known address gets an ACCOUNT entry",
  resetPassword: "authorised by the mailed token, not by a persona; writes an ACCOUNT entry",
  acceptInvitation: "authorised by the mailed token, not by a persona; writes an ACCOUNT entry",
  confirmEmailChange: "authorised by the mailed token, not by a persona; writes an ACCOUNT entry (email before/after)",
};

interface Case {
  document: string;
  variables: () => Record<string, unknown>;
  /** The persona the case runs as: one allowed to make the change. */
  as: Persona;
  /** A persona that is refused (its call must leave no entry). */
  deniedAs: Persona;
  entityType: string;
  /** How many entries: one, except where the mutation changes one record per person found (erasure). */
  entries?: number;
}

let server: TestServer;
const cookies: Partial<Record<Persona, string>> = {};
const ids: Record<string, string> = {};
const userIds: Partial<Record<Persona, string>> = {};

const version = async (table: string, id: string | undefined) => {
  const [row] = (await server.dataSource.query(`SELECT version FROM ${table} WHERE id = $1`, [id])) as [
    { version: number },
  ];
  return row.version;
};

const CASES: Record<string, Case> = {
  inviteUser: {
    document: `mutation($input: InviteUserInput!) { inviteUser(input: $input) }`,
    variables: () => ({
      input: {
        displayName: "Protokoll Person",
        email: `protokoll-${Math.random().toString(36).slice(2)}@example.org`,
        role: "PARTNER",
        organisationId: ids.kargah,
      },
    }),
    as: "coordinator",
    deniedAs: "partner",
    entityType: "ACCOUNT",
  },
  deactivateUser: {
    document: `mutation($id: ID!) { deactivateUser(id: $id) { status } }`,
    variables: () => ({ id: ids.activeUser }),
    as: "coordinator",
    deniedAs: "partner",
    entityType: "ACCOUNT",
  },
  reactivateUser: {
    document: `mutation($id: ID!) { reactivateUser(id: $id) { status } }`,
    variables: () => ({ id: ids.deactivatedUser }),
    as: "coordinator",
    deniedAs: "partner",
    entityType: "ACCOUNT",
  },
  resendInvitation: {
    document: `mutation($id: ID!) { resendInvitation(id: $id) { id } }`,
    variables: () => ({ id: ids.invitation }),
    as: "coordinator",
    deniedAs: "partner",
    entityType: "ACCOUNT",
  },
  requestEmailChange: {
    document: `mutation($e: String!, $p: String!) { requestEmailChange(newEmail: $e, currentPassword: $p) }`,
    variables: () => ({ e: `protokoll-neu-${Math.random().toString(36).slice(2)}@example.org`, p: DEMO.password }),
    as: "partner",
    deniedAs: "anonymous",
    entityType: "ACCOUNT",
  },
  setPreferredLanguage: {
    document: `mutation { setPreferredLanguage(locale: "en") { locale } }`,
    variables: () => ({}),
    as: "partner",
    deniedAs: "anonymous",
    entityType: "ACCOUNT",
  },
  saveTandemPlan: {
    document: `mutation($input: SaveTandemPlanInput!) { saveTandemPlan(input: $input) { id } }`,
    variables: () => ({ input: { callId: ids.openCall, name: `Protokoll-Plan ${Math.random()}`, tandems: 1 } }),
    as: "coordinator",
    deniedAs: "partner",
    entityType: "TANDEM_PLAN",
  },
  deleteSavedTandemPlan: {
    document: `mutation($id: ID!) { deleteSavedTandemPlan(id: $id) }`,
    variables: () => ({ id: ids.savedPlan }),
    as: "coordinator",
    deniedAs: "partner",
    entityType: "TANDEM_PLAN",
  },
  proposeTandems: {
    document: `mutation($input: ProposeTandemsInput!) { proposeTandems(input: $input) { id } }`,
    variables: () => ({
      input: {
        callId: ids.openCall,
        note: "Protokoll-Vorschlag",
        pairs: [
          {
            migrantOrganisationId: ids["afrikanischer-dachverband-norddeutschland"],
            educationalInstitutionId: ids["awo-region-hannover-weiterbildungszentrum"],
          },
        ],
      },
    }),
    as: "coordinator",
    deniedAs: "partner",
    entityType: "TANDEM_REQUEST",
  },
  createOrganisation: {
    document: `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`,
    variables: () => ({ input: { name: `Protokoll ${Math.random()}`, kind: "COMPANY" } }),
    as: "coordinator",
    deniedAs: "partner",
    entityType: "ORGANISATION",
  },
  updateOrganisation: {
    document: `mutation($id: ID!, $v: Int!) { updateOrganisation(id: $id, input: { description: "Protokoll" }, expectedVersion: $v) { id } }`,
    variables: () => ({ id: ids.kargah, v: Number(ids.kargahVersion) }),
    as: "partner",
    deniedAs: "anonymous",
    entityType: "ORGANISATION",
  },
  archiveOrganisation: {
    document: `mutation($id: ID!) { archiveOrganisation(id: $id) { id } }`,
    variables: () => ({ id: ids.tolstoi }),
    as: "coordinator",
    deniedAs: "partner",
    entityType: "ORGANISATION",
  },
  createRelation: {
    document: `mutation($input: CreateRelationInput!) { createRelation(input: $input) { id } }`,
    variables: () => ({ input: { sourceId: ids.kargah, targetId: ids.vnb, type: "FUNDING" } }),
    as: "coordinator",
    deniedAs: "partner",
    entityType: "RELATION",
  },
  removeRelation: {
    document: `mutation($id: ID!) { removeRelation(id: $id) }`,
    variables: () => ({ id: ids.relation }),
    as: "coordinator",
    deniedAs: "partner",
    entityType: "RELATION",
  },
  erasePersonalData: {
    document: `mutation($email: String!) { erasePersonalData(email: $email) { contactPersonsErased } }`,
    variables: () => ({ email: ids.contactEmail }),
    as: "coordinator",
    deniedAs: "partner",
    entityType: "PERSON",
  },
  createCall: {
    document: `mutation($input: CreateCallInput!) { createCall(input: $input) { id } }`,
    variables: () => ({ input: { title: "Protokoll-Aufruf", deadline: "2031-01-01T00:00:00Z" } }),
    as: "coordinator",
    deniedAs: "partner",
    entityType: "CALL",
  },
  updateCall: {
    document: `mutation($id: ID!) { updateCall(id: $id, input: { description: "Protokoll geändert" }) { id } }`,
    variables: () => ({ id: ids.draftCall }),
    as: "coordinator",
    deniedAs: "partner",
    entityType: "CALL",
  },
  closeCall: {
    document: `mutation($id: ID!) { closeCall(id: $id) { id } }`,
    variables: () => ({ id: ids.draftCall }),
    as: "coordinator",
    deniedAs: "partner",
    entityType: "CALL",
  },
  sendTandemRequest: {
    document: `mutation($input: SendTandemRequestInput!) { sendTandemRequest(input: $input) { id } }`,
    variables: () => ({ input: { callId: ids.openCall, fromOrganisationId: ids.kargah, toOrganisationId: ids.vnb } }),
    as: "partner",
    deniedAs: "anonymous",
    entityType: "TANDEM_REQUEST",
  },
  respondToTandemRequest: {
    document: `mutation($id: ID!) { respondToTandemRequest(id: $id, accept: false) { id } }`,
    variables: () => ({ id: ids.toKargah }),
    as: "partner",
    deniedAs: "anonymous",
    entityType: "TANDEM_REQUEST",
  },
  withdrawTandemRequest: {
    document: `mutation($id: ID!) { withdrawTandemRequest(id: $id) { id } }`,
    variables: () => ({ id: ids.fromKargah }),
    as: "partner",
    deniedAs: "anonymous",
    entityType: "TANDEM_REQUEST",
  },
  addMatchingRule: {
    document: `mutation($input: MatchingRuleInput!) { addMatchingRule(input: $input) { id } }`,
    variables: () => ({ input: { organisationId: ids.amfn, reason: "Protokoll-Regel" } }),
    as: "coordinator",
    deniedAs: "partner",
    entityType: "MATCHING_RULE",
  },
  removeMatchingRule: {
    document: `mutation($id: ID!) { removeMatchingRule(id: $id) }`,
    variables: () => ({ id: ids.matchingRule }),
    as: "coordinator",
    deniedAs: "partner",
    entityType: "MATCHING_RULE",
  },
  createExchange: {
    document: `mutation($input: CreateExchangeInput!) { createExchange(input: $input) { id } }`,
    variables: () => ({
      input: {
        title: "Protokoll-Treffen",
        series: "OTHER",
        startsAt: "2031-02-01T10:00:00Z",
        endsAt: "2031-02-01T12:00:00Z",
        capacity: 5,
      },
    }),
    as: "coordinator",
    deniedAs: "partner",
    entityType: "EXCHANGE",
  },
  updateExchange: {
    document: `mutation($id: ID!, $v: Int!) { updateExchange(id: $id, input: { capacity: 2 }, expectedVersion: $v) { id } }`,
    variables: () => ({ id: ids.exchange, v: Number(ids.exchangeVersion) }),
    as: "coordinator",
    deniedAs: "partner",
    entityType: "EXCHANGE",
  },
  cancelExchange: {
    document: `mutation($id: ID!) { cancelExchange(id: $id) { id } }`,
    variables: () => ({ id: ids.exchangeToCancel }),
    as: "coordinator",
    deniedAs: "partner",
    entityType: "EXCHANGE",
  },
  joinExchange: {
    document: `mutation($e: ID!, $o: ID!) { joinExchange(exchangeId: $e, organisationId: $o) { id } }`,
    variables: () => ({ e: ids.exchange, o: ids.kargah }),
    as: "partner",
    deniedAs: "anonymous",
    entityType: "EXCHANGE_PARTICIPATION",
  },
  leaveExchange: {
    document: `mutation($e: ID!, $o: ID!) { leaveExchange(exchangeId: $e, organisationId: $o) { id } }`,
    variables: () => ({ e: ids.exchangeJoined, o: ids.kargah }),
    as: "partner",
    deniedAs: "anonymous",
    entityType: "EXCHANGE_PARTICIPATION",
  },
  createApplication: {
    document: `mutation($input: CreateApplicationInput!) { createApplication(input: $input) { id } }`,
    variables: () => ({
      input: {
        callId: ids.openCall,
        title: "Protokoll-Antrag",
        requestedAmount: 100,
        tandems: [{ migrantOrganisationId: ids.amfn, educationalInstitutionId: ids.vnb, budgetShare: 100 }],
      },
    }),
    as: "coordinator",
    deniedAs: "partner",
    entityType: "APPLICATION",
  },
  updateApplication: {
    document: `mutation($id: ID!, $v: Int!) { updateApplication(id: $id, input: { description: "Protokoll" }, expectedVersion: $v) { id } }`,
    variables: () => ({ id: ids.application, v: Number(ids.applicationVersion) }),
    as: "coordinator",
    deniedAs: "partner",
    entityType: "APPLICATION",
  },
  transitionApplication: {
    document: `mutation($id: ID!, $v: Int!) { transitionApplication(id: $id, to: IN_PREPARATION, expectedVersion: $v) { id } }`,
    variables: () => ({ id: ids.draftApplication, v: 1 }),
    as: "coordinator",
    deniedAs: "partner",
    entityType: "APPLICATION",
  },
  setApplicationBudgetShares: {
    document: `mutation($id: ID!, $v: Int!, $shares: [BudgetShareInput!]!) { setApplicationBudgetShares(applicationId: $id, expectedVersion: $v, shares: $shares) { id } }`,
    variables: () => ({
      id: ids.application,
      v: Number(ids.applicationVersion),
      shares: [
        { organisationId: ids.kargah, funderShare: 6, ownContribution: 1 },
        { organisationId: ids.vnb, funderShare: 4 },
      ],
    }),
    as: "coordinator",
    deniedAs: "partner",
    entityType: "APPLICATION",
  },
  addMilestone: {
    document: `mutation($id: ID!) { addMilestone(applicationId: $id, input: { kind: OTHER, title: "Protokoll", dueAt: "2031-01-01T00:00:00Z" }) { id } }`,
    variables: () => ({ id: ids.application }),
    as: "coordinator",
    deniedAs: "partner",
    entityType: "MILESTONE",
  },
  updateMilestone: {
    document: `mutation($id: ID!) { updateMilestone(id: $id, input: { kind: OTHER, title: "Protokoll geändert", dueAt: "2031-02-01T00:00:00Z" }) { id } }`,
    variables: () => ({ id: ids.milestone }),
    as: "coordinator",
    deniedAs: "partner",
    entityType: "MILESTONE",
  },
  completeMilestone: {
    document: `mutation($id: ID!) { completeMilestone(id: $id) { id } }`,
    variables: () => ({ id: ids.milestone }),
    as: "coordinator",
    deniedAs: "partner",
    entityType: "MILESTONE",
  },
  removeMilestone: {
    document: `mutation($id: ID!) { removeMilestone(id: $id) }`,
    variables: () => ({ id: ids.removableMilestone }),
    as: "coordinator",
    deniedAs: "partner",
    entityType: "MILESTONE",
  },
  regenerateCalendarUrl: {
    document: `mutation { regenerateCalendarUrl }`,
    variables: () => ({}),
    as: "partner",
    deniedAs: "anonymous",
    entityType: "ACCOUNT",
  },
  setNotificationPreferences: {
    document: `mutation { setNotificationPreferences(input: { preferences: [{ kind: DEADLINE_SOON, delivery: DAILY_DIGEST }] }) { kind } }`,
    variables: () => ({}),
    as: "partner",
    deniedAs: "anonymous",
    entityType: "ACCOUNT",
  },
  addContactPerson: {
    document: `mutation($org: ID!) { addContactPerson(organisationId: $org, input: { name: "Protokoll Neu", visibleToNetwork: true, contactableByCompanies: false }) { id } }`,
    variables: () => ({ org: ids.kargah }),
    as: "partner",
    deniedAs: "anonymous",
    entityType: "PERSON",
  },
  updateContactPerson: {
    document: `mutation($id: ID!) { updateContactPerson(id: $id, input: { name: "Protokoll Geändert", visibleToNetwork: false, contactableByCompanies: false }) { id } }`,
    variables: () => ({ id: ids.editableContact }),
    as: "partner",
    deniedAs: "anonymous",
    entityType: "PERSON",
  },
  removeContactPerson: {
    document: `mutation($id: ID!) { removeContactPerson(id: $id) }`,
    variables: () => ({ id: ids.removableContact }),
    as: "partner",
    deniedAs: "anonymous",
    entityType: "PERSON",
  },
};

async function auditRows(): Promise<
  { id: string; entity_type: string; actor_user_id: string | null; entity_label: string; changes: object }[]
> {
  return (await server.dataSource.query(
    `SELECT id, entity_type, actor_user_id, entity_label, changes FROM audit_entry ORDER BY created_at, id`,
  )) as { id: string; entity_type: string; actor_user_id: string | null; entity_label: string; changes: object }[];
}

async function must<T>(document: string, variables: Record<string, unknown>): Promise<T> {
  const res = await server.graphql<T>(document, variables, { cookie: cookies.coordinator });
  if (!res.data || res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

beforeAll(async () => {
  server = await startTestServer({ loginLimits: { perIp: 1000, perAccount: 1000, windowSeconds: 60 } });
  cookies.partner = await signIn(server, DEMO.kargah);
  cookies.coordinator = await signIn(server, DEMO.coordinator);
  for (const row of (await server.dataSource.query(`SELECT id, email FROM app_user`)) as {
    id: string;
    email: string;
  }[]) {
    if (row.email === DEMO.kargah) userIds.partner = row.id;
    if (row.email === DEMO.coordinator) userIds.coordinator = row.id;
  }
  for (const row of (await server.dataSource.query(`SELECT id, slug, version FROM organisation`)) as {
    id: string;
    slug: string;
    version: number;
  }[]) {
    ids[row.slug] = row.id;
    if (row.slug === "kargah") ids.kargahVersion = String(row.version);
  }
  for (const row of (await server.dataSource.query(`SELECT id, status::text AS status FROM call_for_proposals`)) as {
    id: string;
    status: string;
  }[]) {
    if (row.status === "OPEN") ids.openCall = row.id;
    if (row.status === "DRAFT") ids.draftCall = row.id;
  }
  const [relation] = (await server.dataSource.query(`SELECT id FROM relation LIMIT 1`)) as [{ id: string }];
  ids.relation = relation.id;
  const account = async (email: string, deactivated: boolean) =>
    (
      (await server.dataSource.query(
        `INSERT INTO app_user (email, display_name, password_hash, role, organisation_id, deactivated_at)
         VALUES ($1, 'Protokoll Konto', 'x', 'PARTNER', $2, $3) RETURNING id`,
        [email, ids.kargah, deactivated ? new Date() : null],
      )) as [{ id: string }]
    )[0].id;
  ids.activeUser = await account("protokoll-aktiv@example.org", false);
  ids.deactivatedUser = await account("protokoll-inaktiv@example.org", true);
  ids.invitation = (
    (await server.dataSource.query(
      `INSERT INTO account_token (purpose, token_hash, email, organisation_id, role, display_name, expires_at)
       VALUES ('INVITATION', repeat('a', 64), 'protokoll-eingeladen@example.org', $1, 'PARTNER', 'Eingeladen', now())
       RETURNING id`,
      [ids.kargah],
    )) as [{ id: string }]
  )[0].id;
  // An address only one contact person has: its erasure changes exactly one record.
  ids.contactEmail = "protokoll-kontakt@example.org";
  await server.dataSource.query(`INSERT INTO contact_person (organisation_id, name, email) VALUES ($1, $2, $3)`, [
    ids.kargah,
    "Protokoll Kontakt",
    ids.contactEmail,
  ]);
  for (const name of ["editableContact", "removableContact"]) {
    const [row] = (await server.dataSource.query(
      `INSERT INTO contact_person (organisation_id, name) VALUES ($1, $2) RETURNING id`,
      [ids.kargah, name],
    )) as [{ id: string }];
    ids[name] = row.id;
  }

  const request = async (from: string, to: string) =>
    (
      await must<{ sendTandemRequest: { id: string } }>(
        `mutation($input: SendTandemRequestInput!) { sendTandemRequest(input: $input) { id } }`,
        { input: { callId: ids.openCall, fromOrganisationId: ids[from], toOrganisationId: ids[to] } },
      )
    ).sendTandemRequest.id;
  ids.toKargah = await request("vhs-hannover", "kargah");
  ids.fromKargah = await request("kargah", "arbeit-und-leben-niedersachsen-mitte");
  ids.matchingRule = (
    await must<{ addMatchingRule: { id: string } }>(
      `mutation($input: MatchingRuleInput!) { addMatchingRule(input: $input) { id } }`,
      { input: { organisationId: ids.bteu, reason: "Protokoll" } },
    )
  ).addMatchingRule.id;
  ids.savedPlan = (
    await must<{ saveTandemPlan: { id: string } }>(
      `mutation($input: SaveTandemPlanInput!) { saveTandemPlan(input: $input) { id } }`,
      { input: { callId: ids.openCall, name: "Protokoll: zu löschen", tandems: 1 } },
    )
  ).saveTandemPlan.id;
  const application = async (title: string, mo: string, ei: string) =>
    (
      await must<{ createApplication: { id: string } }>(
        `mutation($input: CreateApplicationInput!) { createApplication(input: $input) { id } }`,
        {
          input: {
            callId: ids.openCall,
            title,
            requestedAmount: 10,
            tandems: [{ migrantOrganisationId: ids[mo], educationalInstitutionId: ids[ei], budgetShare: 10 }],
          },
        },
      )
    ).createApplication.id;
  ids.application = await application("Protokoll mit kargah", "kargah", "vnb");
  ids.draftApplication = await application("Protokoll-Entwurf", "bteu", "vnb");
  ids.applicationVersion = String(await version("application", ids.application));
  const milestone = async (title: string) =>
    (
      await must<{ addMilestone: { id: string } }>(
        `mutation($id: ID!, $title: String!) { addMilestone(applicationId: $id, input: { kind: OTHER, title: $title, dueAt: "2031-01-01T00:00:00Z" }) { id } }`,
        { id: ids.application, title },
      )
    ).addMilestone.id;
  ids.milestone = await milestone("Protokoll erledigen");
  ids.removableMilestone = await milestone("Protokoll entfernen");
  const exchange = async (title: string) =>
    (
      await must<{ createExchange: { id: string } }>(
        `mutation($input: CreateExchangeInput!) { createExchange(input: $input) { id } }`,
        {
          input: {
            title,
            series: "HADI_MEETING",
            startsAt: "2031-03-01T15:00:00Z",
            endsAt: "2031-03-01T17:00:00Z",
            capacity: 10,
            visibility: "MEMBERS_ONLY",
          },
        },
      )
    ).createExchange.id;
  ids.exchange = await exchange("Protokoll: beitreten");
  ids.exchangeVersion = String(await version("exchange", ids.exchange));
  ids.exchangeToCancel = await exchange("Protokoll: absagen");
  ids.exchangeJoined = await exchange("Protokoll: verlassen");
  await must(`mutation($e: ID!, $o: ID!) { joinExchange(exchangeId: $e, organisationId: $o) { id } }`, {
    e: ids.exchangeJoined,
    o: ids.kargah,
  });
});
afterAll(async () => {
  await server?.close();
});

describe("audit trail completeness (derived from the schema)", () => {
  it("has a case or a justified exemption for every mutation of the schema", async () => {
    const schema = await buildAppSchema(resolvers);
    const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {});
    const missing = mutations.filter((name) => !(name in CASES) && !(name in EXEMPT));
    expect(missing, "mutations without an audit case or exemption").toEqual([]);
    const stale = [...Object.keys(CASES), ...Object.keys(EXEMPT)].filter((name) => !mutations.includes(name));
    expect(stale, "cases for mutations the schema no longer has").toEqual([]);
  });

  for (const [mutation, spec] of Object.entries(CASES)) {
    it(`${mutation}: refused for ${spec.deniedAs}, and the refusal leaves no entry`, async () => {
      const before = (await auditRows()).length;
      const res = await server.graphql(spec.document, spec.variables(), { cookie: cookies[spec.deniedAs] });
      expect(res.errors?.[0]?.extensions?.code).toBe(spec.deniedAs === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN");
      expect((await auditRows()).length).toBe(before);
    });
  }

  for (const [mutation, spec] of Object.entries(CASES)) {
    it(`${mutation}: as ${spec.as} leaves exactly ${spec.entries ?? 1} ${spec.entityType} entry by the caller`, async () => {
      if (mutation === "updateOrganisation") ids.kargahVersion = String(await version("organisation", ids.kargah));
      if (mutation === "updateExchange") ids.exchangeVersion = String(await version("exchange", ids.exchange));
      if (mutation === "updateApplication" || mutation === "setApplicationBudgetShares")
        ids.applicationVersion = String(await version("application", ids.application));
      const before = new Set((await auditRows()).map((row) => row.id));
      const res = await server.graphql(spec.document, spec.variables(), { cookie: cookies[spec.as] });
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      const added = (await auditRows()).filter((row) => !before.has(row.id));
      expect(added.map((row) => row.entity_type)).toEqual(Array(spec.entries ?? 1).fill(spec.entityType));
      for (const row of added) {
        expect(row.actor_user_id).toBe(userIds[spec.as]);
        // An erased person is not named again in the log; everything else is.
        if (spec.entityType !== "PERSON") {
          expect(row.entity_label.length).toBeGreaterThan(0);
          expect(Object.keys(row.changes).length).toBeGreaterThan(0);
        }
      }
    });
  }

  it("records nothing for a change that changes nothing (closing a closed call)", async () => {
    const before = (await auditRows()).length;
    const res = await server.graphql(
      `mutation($id: ID!) { closeCall(id: $id) { status } }`,
      { id: ids.draftCall },
      {
        cookie: cookies.coordinator,
      },
    );
    expect(res.errors).toBeUndefined();
    expect((await auditRows()).length).toBe(before);
  });

  it("a refused change rolls its entry back with it (invalid application update)", async () => {
    const before = (await auditRows()).length;
    const res = await server.graphql(
      `mutation($id: ID!, $v: Int!) { updateApplication(id: $id, input: { title: "  " }, expectedVersion: $v) { id } }`,
      { id: ids.application, v: await version("application", ids.application) },
      { cookie: cookies.coordinator },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect((await auditRows()).length).toBe(before);
  });
});

describe("auditLog: filters and paging", () => {
  const LOG = `query($type: AuditEntityType, $org: ID, $actor: ID, $from: DateTime, $to: DateTime, $first: Int, $after: String) {
    auditLog(entityType: $type, organisationId: $org, actorUserId: $actor, from: $from, to: $to, first: $first, after: $after) {
      totalCount
      edges { node { id entityType entityLabel createdAt actor { id } } }
      pageInfo { hasNextPage endCursor }
    }
  }`;
  type Log = {
    auditLog: {
      totalCount: number;
      edges: {
        node: { id: string; entityType: string; entityLabel: string; createdAt: string; actor: { id: string } | null };
      }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  };
  const log = async (variables: Record<string, unknown>) => {
    const res = await server.graphql<Log>(LOG, variables, { cookie: cookies.coordinator });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return res.data!.auditLog;
  };

  it("filters by entity type, organisation, person and period, each against the table", async () => {
    const count = async (where: string, params: unknown[]) =>
      (
        (await server.dataSource.query(`SELECT count(*)::int AS n FROM audit_entry WHERE ${where}`, params)) as [
          { n: number },
        ]
      )[0].n;
    const applications = await log({ type: "APPLICATION", first: 100 });
    expect(applications.totalCount).toBe(await count(`entity_type = 'APPLICATION'`, []));
    expect(applications.totalCount).toBeGreaterThan(0);
    expect(applications.edges.every((e) => e.node.entityType === "APPLICATION")).toBe(true);

    // kargah's entries: its profile, its tandem requests, applications, participations, relations.
    const kargah = await log({ org: ids.kargah, first: 100 });
    expect(kargah.totalCount).toBe(await count(`$1 = ANY(organisation_ids)`, [ids.kargah]));
    const kargahTypes = new Set(kargah.edges.map((e) => e.node.entityType));
    for (const type of ["ORGANISATION", "TANDEM_REQUEST", "APPLICATION", "EXCHANGE_PARTICIPATION"])
      expect(kargahTypes.has(type), type).toBe(true);
    expect(kargah.edges.some((e) => e.node.entityLabel === "Protokoll-Entwurf")).toBe(false);

    const byPartner = await log({ actor: userIds.partner, first: 100 });
    expect(byPartner.totalCount).toBe(await count(`actor_user_id = $1`, [userIds.partner]));
    expect(byPartner.edges.every((e) => e.node.actor?.id === userIds.partner)).toBe(true);

    const actors = await server.graphql<{ auditActors: { id: string }[] }>(
      `{ auditActors { id } }`,
      {},
      {
        cookie: cookies.coordinator,
      },
    );
    expect(actors.data!.auditActors.map((a) => a.id).sort()).toEqual([userIds.partner, userIds.coordinator].sort());

    const [{ mid }] = (await server.dataSource.query(
      `SELECT created_at AS mid FROM audit_entry ORDER BY created_at OFFSET (SELECT count(*) / 2 FROM audit_entry) LIMIT 1`,
    )) as [{ mid: Date }];
    const later = await log({ from: new Date(mid).toISOString(), first: 1 });
    expect(later.totalCount).toBe(await count(`created_at >= $1`, [mid]));
    const earlier = await log({ to: new Date(mid).toISOString(), first: 1 });
    expect(earlier.totalCount).toBe(await count(`created_at <= $1`, [mid]));

    const wrongWay = await server.graphql(
      LOG,
      { from: "2030-01-02T00:00:00Z", to: "2030-01-01T00:00:00Z" },
      {
        cookie: cookies.coordinator,
      },
    );
    expect(wrongWay.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const badOrganisation = await server.graphql(LOG, { org: "kargah" }, { cookie: cookies.coordinator });
    expect(badOrganisation.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("pages through thousands of entries, newest first, each entry once", async () => {
    // 3,000 entries of one organisation, one second apart, written as the seed would.
    await server.dataSource.query(
      `INSERT INTO audit_entry (actor_user_id, action, entity_type, entity_id, entity_label, organisation_ids, changes, created_at)
       SELECT $1, 'UPDATE', 'ORGANISATION', $2, 'Masse ' || n, ARRAY[$2]::uuid[], '{}', now() - make_interval(secs => n)
         FROM generate_series(1, 3000) AS n`,
      [userIds.coordinator, ids.amfn],
    );
    const seen: string[] = [];
    let after: string | null = null;
    let previous = Number.POSITIVE_INFINITY;
    let total = 0;
    for (let page = 0; page < 40; page += 1) {
      const result: Log["auditLog"] = await log({ org: ids.amfn, first: 100, after });
      total = result.totalCount;
      for (const { node } of result.edges) {
        const at = new Date(node.createdAt).getTime();
        expect(at).toBeLessThanOrEqual(previous);
        previous = at;
        seen.push(node.id);
      }
      if (!result.pageInfo.hasNextPage) break;
      after = result.pageInfo.endCursor;
    }
    expect(total).toBeGreaterThanOrEqual(3000);
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(seen.length);
  });
});
