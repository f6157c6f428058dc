/**
 * Matching over real HTTP on the synthetic network: one OPEN call, a coordinator and a partner
 * (a synthetic migrant organisation's user), signed in through the `login` mutation; then
 * `tandemSuggestions` (whole network and one organisation's) and `tandemPlan`, cold and warm.
 *
 * The server caches the prepared matching data per call and network revision (matching-data.ts),
 * so "cold" requests are taken after bumping the revision (`nextval('network_revision')`, what
 * every write to the network does); the first request of each kind is reported as well.
 */
import { randomBytes } from "node:crypto";
import type { DataSource } from "typeorm";
import { hashPassword } from "../../server/src/modules/accounts/accounts.service";
import { ACTIVE_APPLICATION_STATUSES } from "../../server/src/modules/matching/eligibility";
import { assertOk, median, percentile, post, round, type GraphQLReply } from "./http";
import { LOGIN_MUTATION, PLAN_QUERY, SUGGESTIONS_QUERY } from "./queries";

/** The bench's call: four weighted topics, three target groups, two languages, three districts. */
export const BENCH_CALL = {
  title: "Bench: Arbeitsmarktintegration im Quartier",
  topics: [
    { key: "arbeitsmarktintegration", weight: 3 },
    { key: "berufsorientierung", weight: 2 },
    { key: "niedrigschwellige-deutschfoerderung", weight: 1.5 },
    { key: "elternarbeit", weight: 1 },
  ],
  targetGroups: ["jugendliche", "frauen", "gefluechtete-bleibeberechtigte"],
  languages: ["ar", "tr"],
  districts: ["linden-limmer", "mitte", "vahrenwald-list"],
  eligibleMemberships: ["ALBUM_PARTNER", "ALBUM_CANDIDATE"],
  tandemsWanted: 25,
  maxTandemsPerOrganisation: 2,
} as const;

export const PLAN_TANDEMS = 25;
export const SUGGESTIONS_FIRST = 20;

export interface MatchingFixture {
  callId: string;
  partnerOrganisation: { id: string; name: string };
  /** Organisations the call's eligibility admits: the engine scores migrantOrganisations × educationalInstitutions pairs. */
  eligible: { migrantOrganisations: number; educationalInstitutions: number };
  coordinator: { email: string; password: string };
  partner: { email: string; password: string };
}

/** Writes the call and the two users straight into the database (the synthetic seed creates neither). */
export async function createMatchingFixture(db: DataSource): Promise<MatchingFixture> {
  const [call] = (await db.query(
    `INSERT INTO call_for_proposals (title, description, published_on, deadline, topic_weights, target_group_keys, district_keys,
                                     language_keys, tandems_wanted, max_tandems_per_organisation, eligible_memberships, status, version)
     VALUES ($1, 'Synthetic call of npm run bench', CURRENT_DATE, now() + interval '90 days', $2::jsonb, $3::text[], $4::text[],
             $5::text[], $6, $7, $8::text[], 'OPEN', 1)
     RETURNING id`,
    [
      BENCH_CALL.title,
      JSON.stringify(BENCH_CALL.topics),
      BENCH_CALL.targetGroups,
      BENCH_CALL.districts,
      BENCH_CALL.languages,
      BENCH_CALL.tandemsWanted,
      BENCH_CALL.maxTandemsPerOrganisation,
      BENCH_CALL.eligibleMemberships,
    ],
  )) as { id: string }[];
  if (!call) throw new Error("could not create the bench call");

  const eligibleCounts = (await db.query(
    `SELECT o.kind::text AS kind, count(*)::int AS count FROM organisation o
      WHERE o.archived_at IS NULL AND o.kind IN ('MIGRANT_ORGANISATION', 'EDUCATIONAL_INSTITUTION')
        AND EXISTS (SELECT 1 FROM membership m WHERE m.organisation_id = o.id AND m.kind::text = ANY($1::text[])
                     AND (m.until IS NULL OR m.until >= CURRENT_DATE))
      GROUP BY o.kind`,
    [BENCH_CALL.eligibleMemberships],
  )) as { kind: string; count: number }[];
  const countOf = (kind: string) => eligibleCounts.find((row) => row.kind === kind)?.count ?? 0;

  // A typical partner: the first eligible migrant organisation (by slug, so the same in every run
  // with the same seed) that still has capacity for a tandem.
  const [partnerOrganisation] = (await db.query(
    `SELECT o.id, o.name FROM organisation o
      WHERE o.kind = 'MIGRANT_ORGANISATION' AND o.archived_at IS NULL
        AND EXISTS (SELECT 1 FROM membership m WHERE m.organisation_id = o.id AND m.kind::text = ANY($1::text[])
                     AND (m.until IS NULL OR m.until >= CURRENT_DATE))
        AND o.capacity > (SELECT count(*) FROM application_participant p JOIN application a ON a.id = p.application_id
                           WHERE p.organisation_id = o.id AND a.status::text = ANY($2::text[]))
      ORDER BY o.slug LIMIT 1`,
    [BENCH_CALL.eligibleMemberships, ACTIVE_APPLICATION_STATUSES],
  )) as { id: string; name: string }[];
  if (!partnerOrganisation)
    throw new Error("the synthetic network has no eligible migrant organisation with free capacity");

  const password = `bench-${randomBytes(12).toString("hex")}`;
  const passwordHash = await hashPassword(password);
  const suffix = randomBytes(4).toString("hex");
  const coordinator = { email: `bench-coordinator-${suffix}@album-bench.example`, password };
  const partner = { email: `bench-partner-${suffix}@album-bench.example`, password };
  await db.query(
    `INSERT INTO app_user (email, display_name, password_hash, role, organisation_id)
     VALUES ($1, 'Bench Koordination', $3, 'COORDINATOR'::user_role, NULL), ($2, 'Bench Partner', $3, 'PARTNER'::user_role, $4::uuid)`,
    [coordinator.email, partner.email, passwordHash, partnerOrganisation.id],
  );
  return {
    callId: call.id,
    partnerOrganisation,
    eligible: {
      migrantOrganisations: countOf("MIGRANT_ORGANISATION"),
      educationalInstitutions: countOf("EDUCATIONAL_INSTITUTION"),
    },
    coordinator,
    partner,
  };
}

/** Signs in through the `login` mutation and returns the session cookie (`album_session=…`). */
export async function signIn(url: string, account: { email: string; password: string }): Promise<string> {
  const reply = await post(url, LOGIN_MUTATION, { email: account.email, password: account.password });
  assertOk(`sign-in as ${account.email}`, reply);
  const cookie = reply.headers
    .getSetCookie()
    .map((header) => header.split(";")[0] ?? "")
    .find((pair) => pair.startsWith("album_session="));
  if (!cookie) throw new Error(`sign-in as ${account.email} set no album_session cookie`);
  return cookie;
}

interface Suggestion {
  score: number;
  migrantOrganisation: { id: string; name: string };
  educationalInstitution: { id: string; name: string };
}

interface MatchingCase {
  key: "suggestions" | "suggestionsForOrganisation" | "plan";
  label: string;
  query: string;
  variables: Record<string, unknown>;
  cookie: string;
  /** Checks the answer; returns a short description of it. */
  check(data: unknown): string;
}

export interface MatchingTiming {
  key: MatchingCase["key"];
  label: string;
  /** The first request of this kind after the call was created (the very first one loads and prepares the call's data). */
  firstMs: number;
  firstSqlStatements: number | null;
  /** Requests right after a network-revision bump: the server reloads and prepares the call's data. */
  cold: { samples: number; p50Ms: number; maxMs: number; sqlStatements: number | null };
  /** Sequential requests after `warmup` unmeasured ones, with the cached data. */
  warm: {
    warmup: number;
    samples: number;
    p50Ms: number;
    p95Ms: number;
    minMs: number;
    maxMs: number;
    sqlStatements: number | null;
  };
  responseBytes: number;
  result: string;
}

export interface MatchingOptions {
  samples: number;
  warmup: number;
  coldSamples: number;
}

async function send(url: string, testCase: MatchingCase): Promise<GraphQLReply> {
  const reply = await post(url, testCase.query, testCase.variables, { cookie: testCase.cookie });
  assertOk(testCase.label, reply);
  return reply;
}

export async function measureMatching(
  url: string,
  db: DataSource,
  fixture: MatchingFixture,
  options: MatchingOptions,
): Promise<MatchingTiming[]> {
  const coordinatorCookie = await signIn(url, fixture.coordinator);
  const partnerCookie = await signIn(url, fixture.partner);
  const partnerId = fixture.partnerOrganisation.id;
  const suggestionsOf = (data: unknown): Suggestion[] =>
    (data as { tandemSuggestions?: Suggestion[] } | undefined)?.tandemSuggestions ?? [];
  const cases: MatchingCase[] = [
    {
      key: "suggestions",
      label: `tandemSuggestions first:${SUGGESTIONS_FIRST} (coordinator, whole network)`,
      query: SUGGESTIONS_QUERY,
      variables: { call: fixture.callId, first: SUGGESTIONS_FIRST },
      cookie: coordinatorCookie,
      check(data) {
        const list = suggestionsOf(data);
        if (list.length !== SUGGESTIONS_FIRST)
          throw new Error(`tandemSuggestions returned ${list.length} suggestions, expected ${SUGGESTIONS_FIRST}`);
        return `${list.length} pairs, scores ${list[0]?.score.toFixed(3)}…${list.at(-1)?.score.toFixed(3)}`;
      },
    },
    {
      key: "suggestionsForOrganisation",
      label: `tandemSuggestions first:${SUGGESTIONS_FIRST} forOrganisationId (partner, own)`,
      query: SUGGESTIONS_QUERY,
      variables: { call: fixture.callId, org: partnerId, first: SUGGESTIONS_FIRST },
      cookie: partnerCookie,
      check(data) {
        const list = suggestionsOf(data);
        if (list.length === 0) throw new Error("tandemSuggestions for the partner's organisation returned nothing");
        if (list.some((pair) => pair.migrantOrganisation.id !== partnerId))
          throw new Error("a partner's suggestion without its own organisation");
        return `${list.length} pairs, scores ${list[0]?.score.toFixed(3)}…${list.at(-1)?.score.toFixed(3)}`;
      },
    },
    {
      key: "plan",
      label: `tandemPlan tandems:${PLAN_TANDEMS} (coordinator, ≤ ${BENCH_CALL.maxTandemsPerOrganisation} per organisation)`,
      query: PLAN_QUERY,
      variables: { call: fixture.callId, k: PLAN_TANDEMS },
      cookie: coordinatorCookie,
      check(data) {
        const plan = (
          data as { tandemPlan?: { totalScore: number; minimumScore: number | null; tandems: unknown[] } } | undefined
        )?.tandemPlan;
        if (plan?.tandems.length !== PLAN_TANDEMS)
          throw new Error(`tandemPlan returned ${plan?.tandems.length ?? 0} tandems, expected ${PLAN_TANDEMS}`);
        return `${plan.tandems.length} tandems, total ${plan.totalScore.toFixed(3)}, weakest ${plan.minimumScore?.toFixed(3) ?? "-"}`;
      },
    },
  ];

  // 1. The first request of each kind, in this order: the first one reads and prepares the call's data.
  const first = new Map<MatchingCase["key"], GraphQLReply>();
  for (const testCase of cases) {
    const reply = await send(url, testCase);
    testCase.check(reply.data);
    first.set(testCase.key, reply);
  }

  // 2. Warm: the cached data, sequential requests.
  const warm = new Map<MatchingCase["key"], { times: number[]; last: GraphQLReply }>();
  for (const testCase of cases) {
    for (let index = 0; index < options.warmup; index += 1) await send(url, testCase);
    const times: number[] = [];
    let last = first.get(testCase.key) as GraphQLReply;
    for (let index = 0; index < options.samples; index += 1) {
      last = await send(url, testCase);
      times.push(last.ms);
    }
    warm.set(testCase.key, { times, last });
  }

  // 3. Cold: after a revision bump the next request reloads and prepares the data (JIT already warm).
  const cold = new Map<MatchingCase["key"], { times: number[]; last: GraphQLReply | null }>();
  for (const testCase of cases) {
    const times: number[] = [];
    let last: GraphQLReply | null = null;
    for (let index = 0; index < options.coldSamples; index += 1) {
      await db.query(`SELECT nextval('network_revision')`);
      last = await send(url, testCase);
      times.push(last.ms);
    }
    cold.set(testCase.key, { times, last });
  }

  return cases.map((testCase) => {
    const firstReply = first.get(testCase.key) as GraphQLReply;
    const warmRun = warm.get(testCase.key) ?? { times: [], last: firstReply };
    const coldRun = cold.get(testCase.key) ?? { times: [], last: null };
    return {
      key: testCase.key,
      label: testCase.label,
      firstMs: round(firstReply.ms, 1),
      firstSqlStatements: firstReply.sqlStatements,
      cold: {
        samples: coldRun.times.length,
        p50Ms: round(median(coldRun.times), 1),
        maxMs: round(coldRun.times.length ? Math.max(...coldRun.times) : 0, 1),
        sqlStatements: coldRun.last?.sqlStatements ?? null,
      },
      warm: {
        warmup: options.warmup,
        samples: warmRun.times.length,
        p50Ms: round(percentile(warmRun.times, 0.5), 1),
        p95Ms: round(percentile(warmRun.times, 0.95), 1),
        minMs: round(warmRun.times.length ? Math.min(...warmRun.times) : 0, 1),
        maxMs: round(warmRun.times.length ? Math.max(...warmRun.times) : 0, 1),
        sqlStatements: warmRun.last.sqlStatements,
      },
      responseBytes: warmRun.last.bytes,
      result: testCase.check(warmRun.last.data),
    };
  });
}
