import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildAppSchema } from "../../server/src/graphql/schema";
import { resolvers } from "../../server/src/modules/resolvers";
import { DEMO, signIn, startTestServer, type TestServer } from "../support/test-server";
import { hashToken } from "../../server/src/modules/accounts/accounts.service";

/**
 * DESIGN §6 as a table. Every mutation and every query must appear here (or among the public
 * queries): a new one without an entry makes the first test fail.
 */
type Persona = "anonymous" | "partnerA" | "partnerB" | "company" | "coordinator";
const PERSONAS: Persona[] = ["anonymous", "partnerA", "partnerB", "company", "coordinator"];
const EVERYONE: Persona[] = [...PERSONAS];

interface Case {
  document: string;
  variables: (persona: Persona) => Record<string, unknown>;
  allowed: Persona[];
}

const PUBLIC_QUERIES = [
  "me",
  "organisation",
  "organisations",
  "network",
  "connectionPaths",
  "networkHubs",
  "topics",
  "targetGroups",
  "districts",
  "languages",
  "funders",
  "programmes",
  "calls",
  "call",
  "exchanges",
  "exchange",
  "offers",
  "reportedFigures",
];

const SIGNED_IN: Persona[] = ["partnerA", "partnerB", "company", "coordinator"];

let server: TestServer;
const cookies: Partial<Record<Persona, string>> = {};
const ids: Record<string, string> = {};

const MATRIX: Record<string, Case> = {
  login: {
    document: `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }`,
    variables: () => ({ e: DEMO.tui, p: DEMO.password }),
    allowed: EVERYONE,
  },
  logout: { document: `mutation { logout }`, variables: () => ({}), allowed: EVERYONE },
  inviteUser: {
    document: `mutation($input: InviteUserInput!) { inviteUser(input: $input) }`,
    variables: (persona) => ({
      input: {
        email: `matrix-${persona}@example.org`,
        displayName: "Matrix",
        role: "PARTNER",
        organisationId: ids.kargah,
      },
    }),
    allowed: ["coordinator"],
  },
  // Link-based: whoever holds a valid link may use it (signed in or not).
  acceptInvitation: {
    document: `mutation($input: SetPasswordInput!) { acceptInvitation(input: $input) }`,
    variables: (persona) => ({ input: { token: `matrix-invitation-${persona}`, password: "matrix-password" } }),
    allowed: EVERYONE,
  },
  requestPasswordReset: {
    document: `mutation($e: String!) { requestPasswordReset(email: $e) }`,
    variables: () => ({ e: "matrix-reset@example.org" }),
    allowed: EVERYONE,
  },
  resetPassword: {
    document: `mutation($input: SetPasswordInput!) { resetPassword(input: $input) }`,
    variables: (persona) => ({ input: { token: `matrix-reset-${persona}`, password: "matrix-password" } }),
    allowed: EVERYONE,
  },
  accounts: { document: `{ accounts { id status } }`, variables: () => ({}), allowed: ["coordinator"] },
  deactivateUser: {
    document: `mutation($id: ID!) { deactivateUser(id: $id) { status } }`,
    variables: () => ({ id: ids.activeUser }),
    allowed: ["coordinator"],
  },
  reactivateUser: {
    document: `mutation($id: ID!) { reactivateUser(id: $id) { status } }`,
    variables: () => ({ id: ids.deactivatedUser }),
    allowed: ["coordinator"],
  },
  resendInvitation: {
    document: `mutation($id: ID!) { resendInvitation(id: $id) { id } }`,
    variables: () => ({ id: ids.invitation }),
    allowed: ["coordinator"],
  },
  requestEmailChange: {
    document: `mutation($e: String!, $p: String!) { requestEmailChange(newEmail: $e, currentPassword: $p) }`,
    variables: (persona) => ({ e: `matrix-new-${persona}@example.org`, p: DEMO.password }),
    allowed: SIGNED_IN,
  },
  // Link-based like the reset: whoever holds the link sent to the new address may confirm it.
  confirmEmailChange: {
    document: `mutation($t: String!) { confirmEmailChange(token: $t) }`,
    variables: (persona) => ({ t: `matrix-email-${persona}` }),
    allowed: EVERYONE,
  },
  setPreferredLanguage: {
    document: `mutation { setPreferredLanguage(locale: "en") { locale } }`,
    variables: () => ({}),
    allowed: SIGNED_IN,
  },
  createOrganisation: {
    document: `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`,
    variables: () => ({ input: { name: `Matrix ${Math.random()}`, kind: "COMPANY" } }),
    allowed: ["coordinator"],
  },
  updateOrganisation: {
    document: `mutation($id: ID!, $v: Int!) { updateOrganisation(id: $id, input: { description: "Matrix" }, expectedVersion: $v) { id } }`,
    variables: () => ({ id: ids.kargah, v: Number(ids.kargahVersion) }),
    allowed: ["partnerA", "coordinator"],
  },
  // Not an operation of its own, but a setting about what others may see: the same rule as every field.
  "updateOrganisation(showExchangeParticipation)": {
    document: `mutation($id: ID!, $v: Int!) { updateOrganisation(id: $id, input: { showExchangeParticipation: true }, expectedVersion: $v) { id } }`,
    variables: () => ({ id: ids.kargah, v: Number(ids.kargahVersion) }),
    allowed: ["partnerA", "coordinator"],
  },
  archiveOrganisation: {
    document: `mutation($id: ID!) { archiveOrganisation(id: $id) { id } }`,
    variables: () => ({ id: ids.throwaway }),
    allowed: ["coordinator"],
  },
  createRelation: {
    document: `mutation($input: CreateRelationInput!) { createRelation(input: $input) { id } }`,
    variables: () => ({ input: { sourceId: ids.kargah, targetId: ids.throwaway, type: "COOPERATION" } }),
    allowed: ["coordinator"],
  },
  removeRelation: {
    document: `mutation($id: ID!) { removeRelation(id: $id) }`,
    variables: () => ({ id: ids.relation }),
    allowed: ["coordinator"],
  },
  erasePersonalData: {
    document: `mutation($email: String!) { erasePersonalData(email: $email) { contactPersonsErased } }`,
    variables: () => ({ email: "niemand@example.org" }),
    allowed: ["coordinator"],
  },
  createCall: {
    document: `mutation($input: CreateCallInput!) { createCall(input: $input) { id } }`,
    variables: () => ({ input: { title: "Matrix-Aufruf", deadline: "2031-01-01T00:00:00Z" } }),
    allowed: ["coordinator"],
  },
  updateCall: {
    document: `mutation($id: ID!) { updateCall(id: $id, input: { description: "Matrix" }) { id } }`,
    variables: () => ({ id: ids.draftCall }),
    allowed: ["coordinator"],
  },
  closeCall: {
    document: `mutation($id: ID!) { closeCall(id: $id) { id } }`,
    variables: () => ({ id: ids.draftCall }),
    allowed: ["coordinator"],
  },
  tandemRequests: {
    document: `{ tandemRequests { id } }`,
    variables: () => ({}),
    allowed: ["partnerA", "partnerB", "coordinator"],
  },
  sendTandemRequest: {
    document: `mutation($input: SendTandemRequestInput!) { sendTandemRequest(input: $input) { id } }`,
    variables: (persona) => ({
      input:
        persona === "coordinator"
          ? { callId: ids.openCall, fromOrganisationId: ids.amfn, toOrganisationId: ids.vnb }
          : { callId: ids.openCall, fromOrganisationId: ids.kargah, toOrganisationId: ids.vnb },
    }),
    allowed: ["partnerA", "coordinator"],
  },
  respondToTandemRequest: {
    document: `mutation($id: ID!) { respondToTandemRequest(id: $id, accept: false) { id } }`,
    variables: (persona) => ({ id: persona === "coordinator" ? ids.toKargah2 : ids.toKargah1 }),
    allowed: ["partnerA", "coordinator"],
  },
  withdrawTandemRequest: {
    document: `mutation($id: ID!) { withdrawTandemRequest(id: $id) { id } }`,
    variables: (persona) => ({ id: persona === "coordinator" ? ids.fromKargah2 : ids.fromKargah1 }),
    allowed: ["partnerA", "coordinator"],
  },
  tandemSuggestions: {
    document: `query($callId: ID!, $for: ID) { tandemSuggestions(callId: $callId, forOrganisationId: $for, first: 3) { score } }`,
    variables: (persona) => ({
      callId: ids.openCall,
      for: persona === "partnerB" || persona === "company" ? ids.kargah : persona === "partnerA" ? ids.kargah : null,
    }),
    allowed: ["partnerA", "coordinator"],
  },
  tandemPlan: {
    document: `query($callId: ID!) { tandemPlan(callId: $callId, tandems: 1) { totalScore } }`,
    variables: () => ({ callId: ids.openCall }),
    allowed: ["coordinator"],
  },
  savedTandemPlans: {
    document: `query($callId: ID!) { savedTandemPlans(callId: $callId) { id stale } }`,
    variables: () => ({ callId: ids.openCall }),
    allowed: ["coordinator"],
  },
  savedTandemPlan: {
    document: `query($id: ID!) { savedTandemPlan(id: $id) { id tandems { score request { id } } } }`,
    variables: () => ({ id: ids.savedPlan }),
    allowed: ["coordinator"],
  },
  saveTandemPlan: {
    document: `mutation($input: SaveTandemPlanInput!) { saveTandemPlan(input: $input) { id } }`,
    variables: () => ({ input: { callId: ids.openCall, name: `Matrix ${Math.random()}`, tandems: 1 } }),
    allowed: ["coordinator"],
  },
  deleteSavedTandemPlan: {
    document: `mutation($id: ID!) { deleteSavedTandemPlan(id: $id) }`,
    variables: () => ({ id: ids.removablePlan }),
    allowed: ["coordinator"],
  },
  proposeTandems: {
    document: `mutation($input: ProposeTandemsInput!) { proposeTandems(input: $input) { id } }`,
    variables: () => ({
      input: {
        callId: ids.openCall,
        pairs: [{ migrantOrganisationId: ids.proposalMigrant, educationalInstitutionId: ids.proposalInstitution }],
        note: "Matrix",
      },
    }),
    allowed: ["coordinator"],
  },
  matchingRules: { document: `{ matchingRules { id } }`, variables: () => ({}), allowed: ["coordinator"] },
  addMatchingRule: {
    document: `mutation($input: MatchingRuleInput!) { addMatchingRule(input: $input) { id } }`,
    variables: () => ({ input: { organisationId: ids.tolstoi, reason: "Matrix-Regel" } }),
    allowed: ["coordinator"],
  },
  removeMatchingRule: {
    document: `mutation($id: ID!) { removeMatchingRule(id: $id) }`,
    variables: () => ({ id: ids.matchingRule }),
    allowed: ["coordinator"],
  },
  notifications: { document: `{ notifications { id } }`, variables: () => ({}), allowed: SIGNED_IN },
  unreadNotificationCount: { document: `{ unreadNotificationCount }`, variables: () => ({}), allowed: SIGNED_IN },
  markNotificationsRead: { document: `mutation { markNotificationsRead }`, variables: () => ({}), allowed: SIGNED_IN },
  createExchange: {
    document: `mutation($input: CreateExchangeInput!) { createExchange(input: $input) { id } }`,
    variables: () => ({
      input: {
        title: "Matrix-Treffen",
        series: "OTHER",
        startsAt: "2031-02-01T10:00:00Z",
        endsAt: "2031-02-01T12:00:00Z",
        capacity: 5,
      },
    }),
    allowed: ["coordinator"],
  },
  updateExchange: {
    document: `mutation($id: ID!, $v: Int!) { updateExchange(id: $id, input: { description: "Matrix" }, expectedVersion: $v) { id } }`,
    variables: () => ({ id: ids.exchange, v: Number(ids.exchangeVersion) }),
    allowed: ["coordinator"],
  },
  cancelExchange: {
    document: `mutation($id: ID!) { cancelExchange(id: $id) { id } }`,
    variables: () => ({ id: ids.exchangeToCancel }),
    allowed: ["coordinator"],
  },
  joinExchange: {
    document: `mutation($e: ID!, $o: ID!) { joinExchange(exchangeId: $e, organisationId: $o) { id } }`,
    variables: (persona) => ({ e: ids.exchange, o: ownOrganisation(persona) }),
    allowed: SIGNED_IN,
  },
  leaveExchange: {
    document: `mutation($e: ID!, $o: ID!) { leaveExchange(exchangeId: $e, organisationId: $o) { id } }`,
    variables: (persona) => ({ e: ids.exchangeJoined, o: ownOrganisation(persona) }),
    allowed: SIGNED_IN,
  },
  auditLog: {
    document: `{ auditLog(first: 5) { totalCount } }`,
    variables: () => ({}),
    allowed: ["coordinator"],
  },
  auditActors: {
    document: `{ auditActors { id displayName } }`,
    variables: () => ({}),
    allowed: ["coordinator"],
  },
  personalDataExport: {
    document: `query($email: String!) { personalDataExport(email: $email) }`,
    variables: () => ({ email: DEMO.kargah }),
    allowed: ["coordinator"],
  },
  applications: {
    document: `{ applications(first: 5) { totalCount } }`,
    variables: () => ({}),
    allowed: ["partnerA", "partnerB", "coordinator"],
  },
  application: {
    document: `query($id: ID!) { application(id: $id) { id } }`,
    variables: () => ({ id: ids.kargahApplication }),
    allowed: ["partnerA", "coordinator"],
  },
  createApplication: {
    document: `mutation($input: CreateApplicationInput!) { createApplication(input: $input) { id } }`,
    variables: () => ({
      input: {
        callId: ids.openCall,
        title: "Matrix-Antrag",
        requestedAmount: 100,
        tandems: [{ migrantOrganisationId: ids.amfn, educationalInstitutionId: ids.vnb, budgetShare: 100 }],
      },
    }),
    allowed: ["coordinator"],
  },
  updateApplication: {
    document: `mutation($id: ID!, $v: Int!) { updateApplication(id: $id, input: { description: "Matrix" }, expectedVersion: $v) { id } }`,
    variables: () => ({ id: ids.kargahApplication, v: Number(ids.kargahApplicationVersion) }),
    allowed: ["coordinator"],
  },
  transitionApplication: {
    document: `mutation($id: ID!, $v: Int!) { transitionApplication(id: $id, to: IN_PREPARATION, expectedVersion: $v) { id } }`,
    variables: () => ({ id: ids.draftApplication, v: 1 }),
    allowed: ["coordinator"],
  },
  setApplicationBudgetShares: {
    document: `mutation($id: ID!, $v: Int!, $shares: [BudgetShareInput!]!) { setApplicationBudgetShares(applicationId: $id, expectedVersion: $v, shares: $shares) { id } }`,
    variables: () => ({
      id: ids.kargahApplication,
      v: Number(ids.kargahApplicationVersion),
      shares: [
        { organisationId: ids.kargah, funderShare: 7, ownContribution: 2 },
        { organisationId: ids.vnb, funderShare: 3 },
      ],
    }),
    allowed: ["coordinator"],
  },
  proposedApprovedSplit: {
    document: `query($id: ID!) { proposedApprovedSplit(applicationId: $id, approvedAmount: 8) { required shares { funderShare } } }`,
    variables: () => ({ id: ids.kargahApplication }),
    allowed: ["coordinator"],
  },
  // Not an operation of its own: the split per organisation is read with the application, by whoever reads it.
  "application(budgetShares, budgetTotals)": {
    document: `query($id: ID!) { application(id: $id) { budgetShares { funderShare organisation { id } } budgetTotals { balanced } } }`,
    variables: () => ({ id: ids.kargahApplication }),
    allowed: ["partnerA", "coordinator"],
  },
  addMilestone: {
    document: `mutation($id: ID!) { addMilestone(applicationId: $id, input: { kind: OTHER, title: "Matrix", dueAt: "2031-01-01T00:00:00Z" }) { id } }`,
    variables: () => ({ id: ids.kargahApplication }),
    allowed: ["coordinator"],
  },
  completeMilestone: {
    document: `mutation($id: ID!) { completeMilestone(id: $id) { id } }`,
    variables: () => ({ id: ids.milestone }),
    allowed: ["coordinator"],
  },
  updateMilestone: {
    document: `mutation($id: ID!) { updateMilestone(id: $id, input: { kind: OTHER, title: "Matrix geändert", dueAt: "2031-02-01T00:00:00Z" }) { id } }`,
    variables: () => ({ id: ids.milestone }),
    allowed: ["coordinator"],
  },
  removeMilestone: {
    document: `mutation($id: ID!) { removeMilestone(id: $id) }`,
    variables: () => ({ id: ids.removableMilestone }),
    allowed: ["coordinator"],
  },
  networkStatistics: {
    document: `{ networkStatistics { fundingAcquired } }`,
    variables: () => ({}),
    allowed: ["partnerA", "partnerB", "coordinator"],
  },
  // Computed from public data only (projects, directory, memberships, relations): the same for everyone.
  publicNetworkFigures: {
    document: `{ publicNetworkFigures { fundingAcquired projects } }`,
    variables: () => ({}),
    allowed: EVERYONE,
  },
  regenerateCalendarUrl: { document: `mutation { regenerateCalendarUrl }`, variables: () => ({}), allowed: SIGNED_IN },
  // Each signed-in user reads and sets their own mail choices; there is no argument naming another user.
  myNotificationPreferences: {
    document: `{ myNotificationPreferences { kind delivery } }`,
    variables: () => ({}),
    allowed: SIGNED_IN,
  },
  setNotificationPreferences: {
    document: `mutation { setNotificationPreferences(input: { preferences: [{ kind: WAITLIST_PROMOTED, delivery: NEVER }] }) { kind } }`,
    variables: () => ({}),
    allowed: SIGNED_IN,
  },
  organisationContactPersons: {
    document: `query($org: ID!) { organisationContactPersons(organisationId: $org) { id } }`,
    variables: () => ({ org: ids.kargah }),
    allowed: ["partnerA", "coordinator"],
  },
  addContactPerson: {
    document: `mutation($org: ID!) { addContactPerson(organisationId: $org, input: { name: "Matrix Kontakt", visibleToNetwork: true, contactableByCompanies: true }) { id } }`,
    variables: () => ({ org: ids.kargah }),
    allowed: ["partnerA", "coordinator"],
  },
  updateContactPerson: {
    document: `mutation($id: ID!) { updateContactPerson(id: $id, input: { name: "Matrix Kontakt geändert", visibleToNetwork: true, contactableByCompanies: false }) { id } }`,
    variables: () => ({ id: ids.matrixContact }),
    allowed: ["partnerA", "coordinator"],
  },
  removeContactPerson: {
    document: `mutation($id: ID!) { removeContactPerson(id: $id) }`,
    variables: (persona) => ({ id: ids[`removableContact-${persona}`] }),
    allowed: ["partnerA", "coordinator"],
  },
};

/** A fingerprint of everything a denied call could have changed. */
async function databaseFingerprint(): Promise<string> {
  const tables = [
    "organisation",
    "membership",
    "relation",
    "contact_person",
    "app_user",
    "audit_entry",
    "application",
    "call_for_proposals",
    "tandem_request",
    "notification",
    "matching_rule",
    "application_participant",
    "application_tandem",
    "application_budget_share",
    "application_status_change",
    "application_milestone",
    "exchange",
    "exchange_participation",
    "account_token",
    "mail_outbox",
  ];
  const parts: string[] = [];
  for (const table of tables) {
    const [row] = (await server.dataSource.query(
      `SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS h FROM ${table} t`,
    )) as [{ h: string }];
    parts.push(`${table}:${row.h}`);
  }
  return parts.join(",");
}

beforeAll(async () => {
  server = await startTestServer({ loginLimits: { perIp: 1000, perAccount: 1000, windowSeconds: 60 } });
  cookies.partnerA = await signIn(server, DEMO.kargah);
  cookies.partnerB = await signIn(server, DEMO.vhs);
  cookies.company = await signIn(server, DEMO.tui);
  cookies.coordinator = await signIn(server, DEMO.coordinator);
  const rows = (await server.dataSource.query(
    `SELECT id, slug, version FROM organisation WHERE slug IN ('kargah', 'tolstoi')`,
  )) as { id: string; slug: string; version: number }[];
  ids.kargah = rows.find((r) => r.slug === "kargah")!.id;
  ids.kargahVersion = String(rows.find((r) => r.slug === "kargah")!.version);
  ids.throwaway = rows.find((r) => r.slug === "tolstoi")!.id;
  const [relation] = (await server.dataSource.query(`SELECT id FROM relation LIMIT 1`)) as [{ id: string }];
  ids.relation = relation.id;
  for (const row of (await server.dataSource.query(`SELECT id, slug FROM organisation`)) as {
    id: string;
    slug: string;
  }[])
    ids[row.slug] = row.id;
  for (const row of (await server.dataSource.query(`SELECT id, status::text AS status FROM call_for_proposals`)) as {
    id: string;
    status: string;
  }[]) {
    if (row.status === "OPEN") ids.openCall = row.id;
    if (row.status === "DRAFT") ids.draftCall = row.id;
  }
  const request = async (from: string, to: string) => {
    const res = await server.graphql<{ sendTandemRequest: { id: string } }>(
      `mutation($input: SendTandemRequestInput!) { sendTandemRequest(input: $input) { id } }`,
      { input: { callId: ids.openCall, fromOrganisationId: ids[from], toOrganisationId: ids[to] } },
      { cookie: cookies.coordinator },
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.sendTandemRequest.id;
  };
  const rule = await server.graphql<{ addMatchingRule: { id: string } }>(
    `mutation($input: MatchingRuleInput!) { addMatchingRule(input: $input) { id } }`,
    {
      input: {
        organisationId: ids.afrikanischer_dachverband ?? ids["afrikanischer-dachverband-norddeutschland"],
        reason: "Matrix",
      },
    },
    { cookie: cookies.coordinator },
  );
  ids.matchingRule = rule.data!.addMatchingRule.id;
  const savePlan = async (name: string) => {
    const res = await server.graphql<{ saveTandemPlan: { id: string } }>(
      `mutation($input: SaveTandemPlanInput!) { saveTandemPlan(input: $input) { id } }`,
      { input: { callId: ids.openCall, name, tandems: 1 } },
      { cookie: cookies.coordinator },
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.saveTandemPlan.id;
  };
  ids.savedPlan = await savePlan("Matrix-Plan");
  ids.removablePlan = await savePlan("Matrix-Plan zum Löschen");
  // A pair no other case touches (their requests and applications name kargah, amfn and bteu).
  const busy = new Set(["kargah", "amfn", "bteu"].map((slug) => ids[slug]));
  const suggestions = await server.graphql<{
    tandemSuggestions: { migrantOrganisation: { id: string }; educationalInstitution: { id: string } }[];
  }>(
    `query($callId: ID!) { tandemSuggestions(callId: $callId, first: 50) { migrantOrganisation { id } educationalInstitution { id } } }`,
    { callId: ids.openCall },
    { cookie: cookies.coordinator },
  );
  const free = suggestions.data!.tandemSuggestions.find((s) => !busy.has(s.migrantOrganisation.id))!;
  ids.proposalMigrant = free.migrantOrganisation.id;
  ids.proposalInstitution = free.educationalInstitution.id;
  ids.toKargah1 = await request("vhs-hannover", "kargah");
  ids.toKargah2 = await request("awo-region-hannover-weiterbildungszentrum", "kargah");
  ids.fromKargah1 = await request("kargah", "bildungsverein-soziales-lernen-und-kommunikation");
  ids.fromKargah2 = await request("kargah", "arbeit-und-leben-niedersachsen-mitte");
  const application = async (title: string, mo: string, ei: string) => {
    const res = await server.graphql<{ createApplication: { id: string } }>(
      `mutation($input: CreateApplicationInput!) { createApplication(input: $input) { id } }`,
      {
        input: {
          callId: ids.openCall,
          title,
          requestedAmount: 10,
          tandems: [{ migrantOrganisationId: ids[mo], educationalInstitutionId: ids[ei], budgetShare: 10 }],
        },
      },
      { cookie: cookies.coordinator },
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.createApplication.id;
  };
  ids.kargahApplication = await application("Matrix mit kargah", "kargah", "vnb");
  ids.kargahApplicationVersion = "1";
  ids.draftApplication = await application("Matrix-Entwurf", "bteu", "vnb");
  const milestone = async (title: string) => {
    const res = await server.graphql<{ addMilestone: { id: string } }>(
      `mutation($id: ID!, $title: String!) { addMilestone(applicationId: $id, input: { kind: OTHER, title: $title, dueAt: "2031-01-01T00:00:00Z" }) { id } }`,
      { id: ids.kargahApplication, title },
      { cookie: cookies.coordinator },
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.addMilestone.id;
  };
  ids.milestone = await milestone("Matrix erledigen");
  ids.removableMilestone = await milestone("Matrix entfernen");
  const exchange = async (title: string) => {
    const res = await server.graphql<{ createExchange: { id: string; version: number } }>(
      `mutation($input: CreateExchangeInput!) { createExchange(input: $input) { id version } }`,
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
      { cookie: cookies.coordinator },
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.createExchange;
  };
  const joinable = await exchange("Matrix: beitreten");
  ids.exchange = joinable.id;
  ids.exchangeVersion = String(joinable.version);
  ids.exchangeToCancel = (await exchange("Matrix: absagen")).id;
  ids.exchangeJoined = (await exchange("Matrix: verlassen")).id;
  for (const persona of SIGNED_IN) {
    await server.graphql(
      `mutation($e: ID!, $o: ID!) { joinExchange(exchangeId: $e, organisationId: $o) { id } }`,
      { e: ids.exchangeJoined, o: ownOrganisation(persona) },
      { cookie: cookies.coordinator },
    );
  }
  // Links for the link-based mutations, one per persona (each works once).
  const [resetUser] = (await server.dataSource.query(
    `INSERT INTO app_user (email, display_name, password_hash, role) VALUES ('matrix-reset@example.org', 'Reset', 'x', 'PARTNER') RETURNING id`,
  )) as [{ id: string }];
  for (const persona of PERSONAS) {
    await server.dataSource.query(
      `INSERT INTO account_token (purpose, token_hash, email, organisation_id, role, expires_at)
       VALUES ('INVITATION', $1, $2, $3, 'PARTNER', now() + interval '1 day'),
              ('PASSWORD_RESET', $4, 'matrix-reset@example.org', NULL, NULL, now() + interval '1 hour')`,
      [
        hashToken(`matrix-invitation-${persona}`),
        `matrix-invited-${persona}@example.org`,
        ids.kargah,
        hashToken(`matrix-reset-${persona}`),
      ],
    );
  }
  await server.dataSource.query(`UPDATE account_token SET user_id = $1 WHERE purpose = 'PASSWORD_RESET'`, [
    resetUser.id,
  ]);
  // kargah's contact persons: one to edit, and one to remove per persona (the denied ones try it too).
  for (const name of ["matrixContact", ...PERSONAS.map((persona) => `removableContact-${persona}`)]) {
    const [row] = (await server.dataSource.query(
      `INSERT INTO contact_person (organisation_id, name) VALUES ($1, $2) RETURNING id`,
      [ids.kargah, name],
    )) as [{ id: string }];
    ids[name] = row.id;
  }
  const account = async (email: string, deactivated: boolean) =>
    (
      (await server.dataSource.query(
        `INSERT INTO app_user (email, display_name, password_hash, role, deactivated_at)
         VALUES ($1, 'Matrix', 'x', 'PARTNER', $2) RETURNING id`,
        [email, deactivated ? new Date() : null],
      )) as [{ id: string }]
    )[0].id;
  ids.activeUser = await account("matrix-active@example.org", false);
  ids.deactivatedUser = await account("matrix-deactivated@example.org", true);
  const emailUser = await account("matrix-email@example.org", false);
  for (const persona of PERSONAS)
    await server.dataSource.query(
      `INSERT INTO account_token (purpose, token_hash, email, user_id, expires_at)
       VALUES ('EMAIL_CHANGE', $1, $2, $3, now() + interval '1 hour')`,
      [hashToken(`matrix-email-${persona}`), `matrix-changed-${persona}@example.org`, emailUser],
    );
  ids.invitation = (
    (await server.dataSource.query(
      `INSERT INTO account_token (purpose, token_hash, email, organisation_id, role, display_name, expires_at)
       VALUES ('INVITATION', $1, 'matrix-resend@example.org', $2, 'PARTNER', 'Resend', now() + interval '1 day')
       RETURNING id`,
      [hashToken("matrix-resend"), ids.kargah],
    )) as [{ id: string }]
  )[0].id;
});
afterAll(async () => {
  await server?.close();
});

describe("authorization matrix (DESIGN §6)", () => {
  it("covers every mutation and every query of the schema", async () => {
    const schema = await buildAppSchema(resolvers);
    const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {});
    const queries = Object.keys(schema.getQueryType()?.getFields() ?? {});
    const missing = [...mutations, ...queries].filter((name) => !(name in MATRIX) && !PUBLIC_QUERIES.includes(name));
    expect(missing, "operations without an authorization entry").toEqual([]);
  });

  for (const [operation, spec] of Object.entries(MATRIX)) {
    const denied = PERSONAS.filter((p) => !spec.allowed.includes(p));
    for (const persona of denied) {
      it(`${operation}: ${persona} is refused and nothing changes`, async () => {
        const before = await databaseFingerprint();
        const res = await server.graphql(spec.document, spec.variables(persona), { cookie: cookies[persona] });
        expect(res.errors?.[0]?.extensions?.code).toBe(persona === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN");
        expect(await databaseFingerprint()).toBe(before);
      });
    }
  }

  for (const [operation, spec] of Object.entries(MATRIX)) {
    for (const persona of spec.allowed) {
      it(`${operation}: ${persona} is allowed`, async () => {
        if (operation.startsWith("updateOrganisation")) {
          const [row] = (await server.dataSource.query(`SELECT version FROM organisation WHERE id = $1`, [
            ids.kargah,
          ])) as [{ version: number }];
          ids.kargahVersion = String(row.version);
        }
        if (operation === "updateExchange") {
          const [row] = (await server.dataSource.query(`SELECT version FROM exchange WHERE id = $1`, [
            ids.exchange,
          ])) as [{ version: number }];
          ids.exchangeVersion = String(row.version);
        }
        if (operation === "updateApplication" || operation === "setApplicationBudgetShares") {
          const [row] = (await server.dataSource.query(`SELECT version FROM application WHERE id = $1`, [
            ids.kargahApplication,
          ])) as [{ version: number }];
          ids.kargahApplicationVersion = String(row.version);
        }
        if (operation === "removeRelation") {
          const [row] = (await server.dataSource.query(`SELECT id FROM relation LIMIT 1`)) as [{ id: string }];
          ids.relation = row.id;
        }
        // Sign-out would end the persona's session for later cases: use a fresh one.
        const cookie =
          operation === "logout" && persona !== "anonymous"
            ? await signIn(server, personaEmail(persona))
            : cookies[persona];
        const res = await server.graphql(spec.document, spec.variables(persona), { cookie });
        expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      });
    }
  }
});

/** The organisation a persona joins exchanges for: its own; the office (which may act for any) picks amfn. */
function ownOrganisation(persona: Persona): string | undefined {
  const slug = { anonymous: "tui", partnerA: "kargah", partnerB: "vhs-hannover", company: "tui", coordinator: "amfn" }[
    persona
  ];
  return ids[slug];
}

function personaEmail(persona: Persona): string {
  switch (persona) {
    case "partnerA":
      return DEMO.kargah;
    case "partnerB":
      return DEMO.vhs;
    case "company":
      return DEMO.tui;
    case "coordinator":
      return DEMO.coordinator;
    case "anonymous":
      throw new Error("anonymous has no account");
  }
}
