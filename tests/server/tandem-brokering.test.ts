import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, signIn, startTestServer, type TestServer } from "../support/test-server";

/**
 * The office's workflow from a plan to tandems: saved plans (and when they go stale), proposals to
 * both organisations of a pair (each must accept), and the call's tandem limit closing the rest.
 */
let server: TestServer;
let coordinator: string;
let kargah: string;
let vhs: string;
let tui: string;
const ids: Record<string, string> = {};
/** Eligible organisations of the open call, not kargah or the VHS, handed out so no two tests share one. */
const freeMigrants: string[] = [];
const freeInstitutions: string[] = [];
/** The same, never used up: the limit tests each run in a call of their own. */
const allMigrants: string[] = [];
const allInstitutions: string[] = [];

/** A copy of the open call (limit: one tandem per organisation), so a test starts with no tandems. */
async function freshCall(): Promise<string> {
  const [row] = (await server.dataSource.query(
    `INSERT INTO call_for_proposals
     SELECT (jsonb_populate_record(c, jsonb_build_object('id', gen_random_uuid(), 'max_tandems_per_organisation', 1))).*
       FROM call_for_proposals c WHERE c.id = $1
     RETURNING id`,
    [ids.call],
  )) as [{ id: string }];
  return row.id;
}

const SAVE = `mutation($input: SaveTandemPlanInput!) { saveTandemPlan(input: $input) { id name totalScore minimumScore stale
  parameters { tandems maxTandemsPerOrganisation fixedPairs { migrantOrganisationId educationalInstitutionId } excludedOrganisationIds weights { topicCoverage fairnessMode } locale }
  tandems { migrantOrganisationId educationalInstitutionId migrantOrganisationName educationalInstitutionName score reasons fixed formed request { id status } } } }`;
const PLANS = `query($callId: ID!) { savedTandemPlans(callId: $callId) { id name stale totalScore tandems { migrantOrganisationId educationalInstitutionId request { id kind status } } } }`;
const PROPOSE = `mutation($input: ProposeTandemsInput!) { proposeTandems(input: $input) { id kind status officeNote score reasons savedPlanId from { slug } to { slug } } }`;
const SEND = `mutation($input: SendTandemRequestInput!) { sendTandemRequest(input: $input) { id } }`;
const RESPOND = `mutation($id: ID!, $accept: Boolean!) { respondToTandemRequest(id: $id, accept: $accept) { id kind status migrantAcceptedAt institutionAcceptedAt closedReason } }`;
const LIST = `query($filter: TandemRequestFilter) { tandemRequests(filter: $filter) { id kind status officeNote score reasons closedReason viewerCanRespond viewerCanWithdraw } }`;

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
  const [open] = (await server.dataSource.query(`SELECT id FROM call_for_proposals WHERE status = 'OPEN'`)) as [
    { id: string },
  ];
  ids.call = open.id;
  const suggestions = await server.graphql<{
    tandemSuggestions: { migrantOrganisation: { id: string }; educationalInstitution: { id: string } }[];
  }>(
    `query($callId: ID!) { tandemSuggestions(callId: $callId, first: 100) { migrantOrganisation { id } educationalInstitution { id } } }`,
    { callId: ids.call },
    { cookie: coordinator },
  );
  for (const s of suggestions.data!.tandemSuggestions) {
    const m = s.migrantOrganisation.id;
    const e = s.educationalInstitution.id;
    if (m !== ids.kargah && !freeMigrants.includes(m)) freeMigrants.push(m);
    if (e !== ids["vhs-hannover"] && !freeInstitutions.includes(e)) freeInstitutions.push(e);
  }
  allMigrants.push(...freeMigrants);
  allInstitutions.push(...freeInstitutions);
});
afterAll(async () => {
  await server?.close();
});

function takeMigrant(): string {
  const id = freeMigrants.shift();
  if (!id) throw new Error("no free migrant organisation left");
  return id;
}
function takeInstitution(): string {
  const id = freeInstitutions.shift();
  if (!id) throw new Error("no free educational institution left");
  return id;
}

async function auditCount(entityType: string): Promise<number> {
  const [row] = (await server.dataSource.query(`SELECT count(*)::int AS n FROM audit_entry WHERE entity_type = $1`, [
    entityType,
  ])) as [{ n: number }];
  return row.n;
}

async function notifications(kind: string, organisationId: string | undefined): Promise<number> {
  const [row] = (await server.dataSource.query(
    `SELECT count(*)::int AS n FROM notification n JOIN app_user u ON u.id = n.user_id WHERE n.kind = $1 AND u.organisation_id = $2`,
    [kind, organisationId],
  )) as [{ n: number }];
  return row.n;
}

async function status(id: string): Promise<{ status: string; closed_reason: string | null }> {
  const [row] = (await server.dataSource.query(
    `SELECT status::text AS status, closed_reason FROM tandem_request WHERE id = $1`,
    [id],
  )) as [{ status: string; closed_reason: string | null }];
  return row;
}

/** A partner account for any organisation (the demo has only two partners), signed in; made once per organisation. */
const partners = new Map<string, string>();
async function partnerOf(organisationId: string): Promise<string> {
  const known = partners.get(organisationId);
  if (known) return known;
  const email = `partner-${organisationId}@brokering.example`;
  await server.dataSource.query(
    `INSERT INTO app_user (email, display_name, password_hash, role, organisation_id)
     SELECT $1, 'Test partner', password_hash, 'PARTNER', $2 FROM app_user WHERE email = $3`,
    [email, organisationId, DEMO.kargah],
  );
  const cookie = await signIn(server, email);
  partners.set(organisationId, cookie);
  return cookie;
}

const request = async (from: string, to: string, callId = ids.call) => {
  const res = await server.graphql<{ sendTandemRequest: { id: string } }>(
    SEND,
    { input: { callId, fromOrganisationId: from, toOrganisationId: to } },
    { cookie: coordinator },
  );
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!.sendTandemRequest.id;
};

describe("saved plans", () => {
  let planId: string;
  let plan: {
    tandems: { migrantOrganisationId: string; educationalInstitutionId: string; score: number; reasons: string[] }[];
  };

  it("saves a plan with its parameters, tandems, scores and reasons, and writes one audit entry", async () => {
    const before = await auditCount("TANDEM_PLAN");
    const pin = { migrantOrganisationId: ids.kargah, educationalInstitutionId: ids["vhs-hannover"] };
    const excluded = freeMigrants[freeMigrants.length - 1]!;
    const res = await server.graphql<{ saveTandemPlan: Record<string, unknown> & typeof plan & { id: string } }>(
      SAVE,
      {
        input: {
          callId: ids.call,
          name: "  Variante A  ",
          tandems: 3,
          maxTandemsPerOrganisation: 1,
          fixedPairs: [pin],
          excludedOrganisationIds: [excluded],
          weights: { topicCoverage: 0.5, fairnessMode: true },
          locale: "de",
        },
      },
      { cookie: coordinator },
    );
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const saved = res.data!.saveTandemPlan;
    planId = saved.id;
    plan = saved;
    expect(saved.name).toBe("Variante A");
    expect(saved.stale).toBe(false);
    expect(saved.parameters).toEqual({
      tandems: 3,
      maxTandemsPerOrganisation: 1,
      fixedPairs: [pin],
      excludedOrganisationIds: [excluded],
      weights: { topicCoverage: 0.5, fairnessMode: true },
      locale: "de",
    });
    expect(saved.tandems).toHaveLength(3);
    const pinned = saved.tandems.find((t) => t.migrantOrganisationId === ids.kargah) as unknown as {
      fixed: boolean;
      educationalInstitutionId: string;
      migrantOrganisationName: string;
    };
    expect(pinned.fixed).toBe(true);
    expect(pinned.educationalInstitutionId).toBe(ids["vhs-hannover"]);
    expect(pinned.migrantOrganisationName).toMatch(/kargah/);
    expect(saved.tandems.some((t) => t.migrantOrganisationId === excluded)).toBe(false);
    for (const tandem of saved.tandems) expect(tandem.reasons.length).toBeGreaterThan(0);
    // The saved figures are those the live plan computes for the same settings.
    const live = await server.graphql<{ tandemPlan: { totalScore: number; minimumScore: number } }>(
      `query($callId: ID!, $pin: [TandemPairInput!], $ex: [ID!]) { tandemPlan(callId: $callId, tandems: 3, maxTandemsPerOrganisation: 1, fixedPairs: $pin, excludedOrganisationIds: $ex, weights: { topicCoverage: 0.5, fairnessMode: true }) { totalScore minimumScore } }`,
      { callId: ids.call, pin: [pin], ex: [excluded] },
      { cookie: coordinator },
    );
    expect(saved.totalScore).toBeCloseTo(live.data!.tandemPlan.totalScore, 10);
    expect(saved.minimumScore).toBeCloseTo(live.data!.tandemPlan.minimumScore, 10);
    expect(await auditCount("TANDEM_PLAN")).toBe(before + 1);
  });

  it("lists the call's plans for comparison; a second plan with other settings differs", async () => {
    const second = await server.graphql<{ saveTandemPlan: { id: string; totalScore: number } }>(
      SAVE,
      { input: { callId: ids.call, name: "Variante B", tandems: 2 } },
      { cookie: coordinator },
    );
    expect(second.errors).toBeUndefined();
    const list = await server.graphql<{ savedTandemPlans: { id: string; name: string; stale: boolean }[] }>(
      PLANS,
      { callId: ids.call },
      { cookie: coordinator },
    );
    expect(list.data!.savedTandemPlans.map((p) => p.name)).toEqual(["Variante B", "Variante A"]);
    expect(list.data!.savedTandemPlans.every((p) => !p.stale)).toBe(true);
  });

  it("refuses a second plan of the same name, bad input and other roles, and writes nothing then", async () => {
    const before = await auditCount("TANDEM_PLAN");
    const duplicate = await server.graphql(
      SAVE,
      { input: { callId: ids.call, name: "Variante A", tandems: 1 } },
      { cookie: coordinator },
    );
    expect(duplicate.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", reason: "PLAN_NAME_TAKEN" });
    const bad = [
      { callId: ids.call, name: "   ", tandems: 1 },
      { callId: ids.call, name: "x".repeat(121), tandems: 1 },
      { callId: ids.call, name: "Null", tandems: 0 },
      { callId: ids.call, name: "Fremd", tandems: 1, excludedOrganisationIds: ["nope"] },
      { callId: "nope", name: "Kein Aufruf", tandems: 1 },
      { callId: ids.call, name: "Gewicht", tandems: 1, weights: { trust: -1 } },
    ];
    for (const input of bad) {
      const res = await server.graphql(SAVE, { input }, { cookie: coordinator });
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify(input)).toBe("BAD_USER_INPUT");
    }
    const unknownCall = await server.graphql(
      SAVE,
      { input: { callId: "00000000-0000-4000-8000-000000000000", name: "Weg", tandems: 1 } },
      { cookie: coordinator },
    );
    expect(unknownCall.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    for (const cookie of [kargah, tui]) {
      const res = await server.graphql(SAVE, { input: { callId: ids.call, name: "Partner", tandems: 1 } }, { cookie });
      expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      const list = await server.graphql(PLANS, { callId: ids.call }, { cookie });
      expect(list.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    const missing = await server.graphql(
      `query($id: ID!) { savedTandemPlan(id: $id) { id } }`,
      { id: "00000000-0000-4000-8000-000000000000" },
      { cookie: coordinator },
    );
    expect(missing.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(await auditCount("TANDEM_PLAN")).toBe(before);
  });

  it("sending its proposals leaves a plan fresh; a new office rule makes it stale", async () => {
    const propose = await server.graphql(
      PROPOSE,
      {
        input: {
          callId: ids.call,
          savedPlanId: planId,
          pairs: plan.tandems.map((t) => ({
            migrantOrganisationId: t.migrantOrganisationId,
            educationalInstitutionId: t.educationalInstitutionId,
          })),
        },
      },
      { cookie: coordinator },
    );
    expect(propose.errors, JSON.stringify(propose.errors)).toBeUndefined();
    const afterProposals = await server.graphql<{
      savedTandemPlans: { id: string; stale: boolean; tandems: { request: { kind: string; status: string } }[] }[];
    }>(PLANS, { callId: ids.call }, { cookie: coordinator });
    const mine = afterProposals.data!.savedTandemPlans.find((p) => p.id === planId)!;
    expect(mine.stale).toBe(false);
    expect(mine.tandems.map((t) => t.request)).toEqual(
      plan.tandems.map(() => ({ id: expect.any(String), kind: "PROPOSAL", status: "PENDING" })),
    );
    // Withdraw them again: the brokering tests below start from no pending proposal.
    for (const t of mine.tandems as unknown as { request: { id: string } }[]) {
      const res = await server.graphql(
        `mutation($id: ID!) { withdrawTandemRequest(id: $id) { id } }`,
        { id: t.request.id },
        { cookie: coordinator },
      );
      expect(res.errors).toBeUndefined();
    }
    const rule = await server.graphql(
      `mutation($input: MatchingRuleInput!) { addMatchingRule(input: $input) { id } }`,
      {
        input: {
          callId: ids.call,
          organisationId: freeMigrants[freeMigrants.length - 2],
          reason: "Interessenkonflikt",
        },
      },
      { cookie: coordinator },
    );
    expect(rule.errors).toBeUndefined();
    freeMigrants.splice(freeMigrants.length - 2, 1);
    const afterRule = await server.graphql<{ savedTandemPlans: { id: string; stale: boolean }[] }>(
      PLANS,
      { callId: ids.call },
      { cookie: coordinator },
    );
    expect(afterRule.data!.savedTandemPlans.every((p) => p.stale)).toBe(true);
  });

  it("deletes a plan with one audit entry", async () => {
    const before = await auditCount("TANDEM_PLAN");
    const res = await server.graphql(
      `mutation($id: ID!) { deleteSavedTandemPlan(id: $id) }`,
      { id: planId },
      {
        cookie: coordinator,
      },
    );
    expect(res.errors).toBeUndefined();
    expect(await auditCount("TANDEM_PLAN")).toBe(before + 1);
    const again = await server.graphql(
      `mutation($id: ID!) { deleteSavedTandemPlan(id: $id) }`,
      { id: planId },
      {
        cookie: coordinator,
      },
    );
    expect(again.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});

describe("brokering: the office proposes, both sides accept", () => {
  it("a proposal reaches both sides with note, score and reasons; the tandem forms at the second yes", async () => {
    const auditBefore = await auditCount("TANDEM_REQUEST");
    const proposedBefore = [
      await notifications("TANDEM_PROPOSED", ids.kargah),
      await notifications("TANDEM_PROPOSED", ids["vhs-hannover"]),
    ];
    const res = await server.graphql<{
      proposeTandems: {
        id: string;
        kind: string;
        status: string;
        officeNote: string;
        score: number;
        reasons: string[];
      }[];
    }>(
      PROPOSE,
      {
        input: {
          callId: ids.call,
          note: "Sie arbeiten beide zur Sprachförderung.",
          pairs: [{ migrantOrganisationId: ids.kargah, educationalInstitutionId: ids["vhs-hannover"] }],
          locale: "de",
        },
      },
      { cookie: coordinator },
    );
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const [proposal] = res.data!.proposeTandems;
    expect(proposal).toMatchObject({
      kind: "PROPOSAL",
      status: "PENDING",
      officeNote: "Sie arbeiten beide zur Sprachförderung.",
    });
    expect(proposal!.score).toBeGreaterThan(0);
    expect(proposal!.reasons.length).toBeGreaterThan(0);
    expect(await auditCount("TANDEM_REQUEST")).toBe(auditBefore + 1);
    expect(await notifications("TANDEM_PROPOSED", ids.kargah)).toBe(proposedBefore[0]! + 1);
    expect(await notifications("TANDEM_PROPOSED", ids["vhs-hannover"])).toBe(proposedBefore[1]! + 1);
    for (const cookie of [kargah, vhs]) {
      const list = await server.graphql<{
        tandemRequests: {
          id: string;
          officeNote: string;
          reasons: string[];
          viewerCanRespond: boolean;
          viewerCanWithdraw: boolean;
        }[];
      }>(LIST, { filter: { callId: ids.call, statuses: ["PENDING"] } }, { cookie });
      const seen = list.data!.tandemRequests.find((r) => r.id === proposal!.id)!;
      expect(seen.officeNote).toBe("Sie arbeiten beide zur Sprachförderung.");
      expect(seen.reasons).toEqual(proposal!.reasons);
      expect(seen.viewerCanRespond).toBe(true);
      expect(seen.viewerCanWithdraw).toBe(false);
    }
    // The office proposed it; it gives neither side's yes.
    const office = await server.graphql(RESPOND, { id: proposal!.id, accept: true }, { cookie: coordinator });
    expect(office.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const otherPartner = await server.graphql(RESPOND, { id: proposal!.id, accept: true }, { cookie: tui });
    expect(otherPartner.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    const first = await server.graphql<{
      respondToTandemRequest: { status: string; migrantAcceptedAt: string | null };
    }>(RESPOND, { id: proposal!.id, accept: true }, { cookie: kargah });
    expect(first.errors).toBeUndefined();
    expect(first.data!.respondToTandemRequest.status).toBe("PENDING");
    expect(first.data!.respondToTandemRequest.migrantAcceptedAt).not.toBeNull();
    expect(await notifications("TANDEM_PROPOSAL_HALF_ACCEPTED", ids["vhs-hannover"])).toBe(1);
    const twice = await server.graphql(RESPOND, { id: proposal!.id, accept: true }, { cookie: kargah });
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", reason: "ALREADY_ANSWERED" });

    const second = await server.graphql<{ respondToTandemRequest: { status: string; institutionAcceptedAt: string } }>(
      RESPOND,
      { id: proposal!.id, accept: true },
      { cookie: vhs },
    );
    expect(second.errors).toBeUndefined();
    expect(second.data!.respondToTandemRequest.status).toBe("ACCEPTED");
    expect(await notifications("TANDEM_REQUEST_ACCEPTED", ids.kargah)).toBe(1);
    expect(await notifications("TANDEM_REQUEST_ACCEPTED", ids["vhs-hannover"])).toBe(1);
    // Each answer wrote one entry; the plan marks the pair as formed.
    expect(await auditCount("TANDEM_REQUEST")).toBe(auditBefore + 3);
    const plan = await server.graphql<{
      tandemPlan: { tandems: { formed: boolean; migrantOrganisation: { id: string } }[] };
    }>(
      `query($callId: ID!) { tandemPlan(callId: $callId, tandems: 2) { tandems { formed migrantOrganisation { id } } } }`,
      { callId: ids.call },
      { cookie: coordinator },
    );
    expect(plan.data!.tandemPlan.tandems.find((t) => t.migrantOrganisation.id === ids.kargah)?.formed).toBe(true);
  });

  it("one declined side ends a proposal; the other's yes then meets a CONFLICT", async () => {
    const m = takeMigrant();
    const e = takeInstitution();
    const res = await server.graphql<{ proposeTandems: { id: string }[] }>(
      PROPOSE,
      { input: { callId: ids.call, pairs: [{ migrantOrganisationId: m, educationalInstitutionId: e }] } },
      { cookie: coordinator },
    );
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const id = res.data!.proposeTandems[0]!.id;
    const asMigrant = await partnerOf(m);
    await partnerOf(e);
    const yes = await server.graphql(RESPOND, { id, accept: true }, { cookie: await partnerOf(e) });
    expect(yes.errors).toBeUndefined();
    const declined = await server.graphql<{ respondToTandemRequest: { status: string } }>(
      RESPOND,
      { id, accept: false },
      { cookie: asMigrant },
    );
    expect(declined.errors, JSON.stringify(declined.errors)).toBeUndefined();
    expect(declined.data!.respondToTandemRequest.status).toBe("DECLINED");
    expect(await notifications("TANDEM_REQUEST_DECLINED", e)).toBe(1);
    expect((await status(id)).status).toBe("DECLINED");
    const late = await server.graphql(RESPOND, { id, accept: true }, { cookie: await partnerOf(e) });
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", status: "DECLINED" });
    // The pair cannot be proposed again for this call.
    const again = await server.graphql(
      PROPOSE,
      { input: { callId: ids.call, pairs: [{ migrantOrganisationId: m, educationalInstitutionId: e }] } },
      { cookie: coordinator },
    );
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", reason: "DECLINED_BEFORE", pairIndex: 0 });
  });

  it("refuses bad input, partners and companies, all or nothing", async () => {
    const before = await auditCount("TANDEM_REQUEST");
    const m = freeMigrants[0]!;
    const e = freeInstitutions[0]!;
    const bad = [
      { callId: ids.call, pairs: [] },
      { callId: ids.call, pairs: [{ migrantOrganisationId: "x", educationalInstitutionId: e }] },
      {
        callId: ids.call,
        pairs: [
          { migrantOrganisationId: m, educationalInstitutionId: e },
          { migrantOrganisationId: m, educationalInstitutionId: e },
        ],
      },
      { callId: ids.call, pairs: [{ migrantOrganisationId: e, educationalInstitutionId: m }] },
      { callId: ids.call, note: "x".repeat(2001), pairs: [{ migrantOrganisationId: m, educationalInstitutionId: e }] },
      { callId: "nope", pairs: [{ migrantOrganisationId: m, educationalInstitutionId: e }] },
      {
        callId: ids.call,
        savedPlanId: "00000000-0000-4000-8000-000000000000",
        pairs: [{ migrantOrganisationId: m, educationalInstitutionId: e }],
      },
      // The second pair is fine, the first (kargah, at its limit) is not: nothing is sent.
      {
        callId: ids.call,
        pairs: [
          { migrantOrganisationId: m, educationalInstitutionId: e },
          { migrantOrganisationId: ids.kargah, educationalInstitutionId: freeInstitutions[1] },
        ],
      },
    ];
    for (const input of bad) {
      const res = await server.graphql(PROPOSE, { input }, { cookie: coordinator });
      expect(["BAD_USER_INPUT", "CONFLICT"], JSON.stringify(input)).toContain(res.errors?.[0]?.extensions?.code);
    }
    const last = await server.graphql(PROPOSE, { input: bad[bad.length - 1] }, { cookie: coordinator });
    expect(last.errors?.[0]?.extensions).toMatchObject({
      code: "CONFLICT",
      reason: "TANDEM_LIMIT_REACHED",
      pairIndex: 1,
    });
    for (const cookie of [kargah, vhs]) {
      const res = await server.graphql(
        PROPOSE,
        { input: { callId: ids.call, pairs: [{ migrantOrganisationId: m, educationalInstitutionId: e }] } },
        { cookie },
      );
      expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    const [pending] = (await server.dataSource.query(
      `SELECT count(*)::int AS n FROM tandem_request WHERE migrant_organisation_id = $1 AND educational_institution_id = $2`,
      [m, e],
    )) as [{ n: number }];
    expect(pending.n).toBe(0);
    expect(await auditCount("TANDEM_REQUEST")).toBe(before);
  });
});

describe("limits: an organisation at the call's tandem limit", () => {
  it("closes its other pending requests and proposals with a reason, and tells both sides", async () => {
    const call = await freshCall();
    const institution = allInstitutions[0]!;
    const [a, b, c] = [allMigrants[0]!, allMigrants[1]!, allMigrants[2]!];
    for (const org of [institution, a, b, c]) await partnerOf(org);
    const first = await request(a, institution, call);
    const second = await request(institution, b, call);
    const proposal = await server.graphql<{ proposeTandems: { id: string }[] }>(
      PROPOSE,
      { input: { callId: call, pairs: [{ migrantOrganisationId: c, educationalInstitutionId: institution }] } },
      { cookie: coordinator },
    );
    expect(proposal.errors).toBeUndefined();
    const third = proposal.data!.proposeTandems[0]!.id;
    const accepted = await server.graphql(RESPOND, { id: first, accept: true }, { cookie: coordinator });
    expect(accepted.errors).toBeUndefined();
    expect(await status(first)).toEqual({ status: "ACCEPTED", closed_reason: null });
    expect(await status(second)).toEqual({ status: "CLOSED", closed_reason: "TANDEM_LIMIT_REACHED" });
    expect(await status(third)).toEqual({ status: "CLOSED", closed_reason: "TANDEM_LIMIT_REACHED" });
    // Answering a closed one names the real cause.
    const late = await server.graphql(RESPOND, { id: second, accept: true }, { cookie: coordinator });
    expect(late.errors?.[0]?.extensions).toMatchObject({
      code: "CONFLICT",
      status: "CLOSED",
      reason: "TANDEM_LIMIT_REACHED",
    });
    const closedNotifications = (await server.dataSource.query(
      `SELECT u.organisation_id, n.payload->>'requestId' AS request FROM notification n JOIN app_user u ON u.id = n.user_id WHERE n.kind = 'TANDEM_REQUEST_CLOSED'`,
    )) as { organisation_id: string; request: string }[];
    for (const [requestId, orgs] of [
      [second, [institution, b]],
      [third, [institution, c]],
    ] as const)
      for (const org of orgs)
        expect(closedNotifications.filter((n) => n.request === requestId && n.organisation_id === org)).toHaveLength(1);
    // The organisation that got its tandem hears of nothing closed.
    expect(closedNotifications.some((n) => n.organisation_id === a)).toBe(false);
  });

  it("of two accepts racing for the last tandem, exactly one wins; the other is closed with the reason", async () => {
    const call = await freshCall();
    const institution = allInstitutions[1]!;
    const [a, b] = [allMigrants[3]!, allMigrants[4]!];
    const first = await request(a, institution, call);
    const second = await request(b, institution, call);
    const own = await partnerOf(institution);
    const answers = await Promise.all(
      [first, second].map((id) => server.graphql(RESPOND, { id, accept: true }, { cookie: own })),
    );
    const ok = answers.filter((r) => !r.errors);
    const refused = answers.filter((r) => r.errors);
    expect(ok).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(refused[0]!.errors![0]!.extensions).toMatchObject({ code: "CONFLICT", reason: "TANDEM_LIMIT_REACHED" });
    const states = [(await status(first)).status, (await status(second)).status].sort();
    expect(states).toEqual(["ACCEPTED", "CLOSED"]);
    const [tandems] = (await server.dataSource.query(
      `SELECT count(*)::int AS n FROM tandem_request WHERE call_id = $1 AND status = 'ACCEPTED' AND educational_institution_id = $2`,
      [call, institution],
    )) as [{ n: number }];
    expect(tandems.n).toBe(1);
  });

  it("two different organisations racing to the same partner's last slot: one tandem, one refusal", async () => {
    const call = await freshCall();
    const migrant = allMigrants[1]!;
    const [x, y] = [allInstitutions[2]!, allInstitutions[3]!];
    const toX = await request(migrant, x, call);
    const toY = await request(migrant, y, call);
    // x and y each accept at the same moment: both would pass the count without the row locks.
    const [asX, asY] = [await partnerOf(x), await partnerOf(y)];
    const answers = await Promise.all([
      server.graphql(RESPOND, { id: toX, accept: true }, { cookie: asX }),
      server.graphql(RESPOND, { id: toY, accept: true }, { cookie: asY }),
    ]);
    expect(answers.filter((r) => !r.errors)).toHaveLength(1);
    expect(answers.find((r) => r.errors)!.errors![0]!.extensions).toMatchObject({
      code: "CONFLICT",
      reason: "TANDEM_LIMIT_REACHED",
    });
    const [row] = (await server.dataSource.query(
      `SELECT count(*)::int AS n FROM tandem_request WHERE call_id = $1 AND status = 'ACCEPTED' AND migrant_organisation_id = $2`,
      [call, migrant],
    )) as [{ n: number }];
    expect(row.n).toBe(1);
  });
});
