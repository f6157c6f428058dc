import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, signIn, startTestServer, type TestServer } from "../support/test-server";

let server: TestServer;
let coordinator: string;
let kargah: string;
const ids: Record<string, string> = {};

const SUGGESTIONS = `query($callId: ID!, $for: ID, $first: Int, $weights: ScoringWeightsInput, $locale: String) {
  tandemSuggestions(callId: $callId, forOrganisationId: $for, first: $first, weights: $weights, locale: $locale) {
    migrantOrganisation { slug kind } educationalInstitution { slug kind } score reasons
    breakdown { criterion weight value contribution }
  }
}`;
const PLAN = `query($callId: ID!, $k: Int!, $b: Int, $fixed: [TandemPairInput!], $excluded: [ID!], $weights: ScoringWeightsInput) {
  tandemPlan(callId: $callId, tandems: $k, maxTandemsPerOrganisation: $b, fixedPairs: $fixed, excludedOrganisationIds: $excluded, weights: $weights) {
    totalScore minimumScore tandems { migrantOrganisation { id slug } educationalInstitution { id slug } score fixed formed }
  }
}`;

type Suggestion = {
  migrantOrganisation: { slug: string; kind: string };
  educationalInstitution: { slug: string; kind: string };
  score: number;
  reasons: string[];
  breakdown: { criterion: string; weight: number; value: number; contribution: number }[];
};
type Plan = {
  totalScore: number;
  minimumScore: number;
  tandems: {
    migrantOrganisation: { id: string; slug: string };
    educationalInstitution: { id: string; slug: string };
    score: number;
    fixed: boolean;
    formed: boolean;
  }[];
};

beforeAll(async () => {
  server = await startTestServer();
  coordinator = await signIn(server, DEMO.coordinator);
  kargah = await signIn(server, DEMO.kargah);
  for (const row of (await server.dataSource.query(`SELECT id, slug FROM organisation`)) as {
    id: string;
    slug: string;
  }[])
    ids[row.slug] = row.id;
  const [call] = (await server.dataSource.query(`SELECT id FROM call_for_proposals WHERE status = 'OPEN'`)) as [
    { id: string },
  ];
  ids.call = call.id;
});
afterAll(async () => {
  await server?.close();
});

describe("tandem suggestions over the API", () => {
  it("ranks MO + EI pairs with a breakdown that adds up and German reasons", async () => {
    const res = await server.graphql<{ tandemSuggestions: Suggestion[] }>(
      SUGGESTIONS,
      { callId: ids.call, first: 10 },
      { cookie: coordinator },
    );
    expect(res.errors).toBeUndefined();
    const list = res.data!.tandemSuggestions;
    expect(list.length).toBeGreaterThan(3);
    for (const s of list) {
      expect(s.migrantOrganisation.kind).toBe("MIGRANT_ORGANISATION");
      expect(s.educationalInstitution.kind).toBe("EDUCATIONAL_INSTITUTION");
      expect(s.breakdown.reduce((sum, b) => sum + b.contribution, 0)).toBeCloseTo(s.score, 9);
      expect(s.breakdown.reduce((sum, b) => sum + b.weight, 0)).toBeCloseTo(1, 9);
    }
    expect(list.map((s) => s.score)).toEqual([...list.map((s) => s.score)].sort((a, b) => b - a));
    expect(list[0]!.reasons[0]).toMatch(/^Deckt \d von 4 Handlungsfeldern ab/);
    // Candidates are not eligible for... this call accepts candidates too; companies never appear.
    const english = await server.graphql<{ tandemSuggestions: Suggestion[] }>(
      SUGGESTIONS,
      { callId: ids.call, first: 1, locale: "en" },
      { cookie: coordinator },
    );
    expect(english.data!.tandemSuggestions[0]!.reasons[0]).toMatch(/^Covers \d of 4 topics/);
  });

  it("is reproducible and honours custom weights", async () => {
    const first = await server.graphql<{ tandemSuggestions: Suggestion[] }>(
      SUGGESTIONS,
      { callId: ids.call, first: 20 },
      { cookie: coordinator },
    );
    const second = await server.graphql<{ tandemSuggestions: Suggestion[] }>(
      SUGGESTIONS,
      { callId: ids.call, first: 20 },
      { cookie: coordinator },
    );
    expect(second.data).toEqual(first.data);
    const onlyLanguages = await server.graphql<{ tandemSuggestions: Suggestion[] }>(
      SUGGESTIONS,
      {
        callId: ids.call,
        first: 5,
        weights: {
          topicCoverage: 0,
          complementarity: 0,
          targetGroupFit: 0,
          localFit: 0,
          languageFit: 1,
          trust: 0,
          availability: 0,
        },
      },
      { cookie: coordinator },
    );
    for (const s of onlyLanguages.data!.tandemSuggestions) {
      const language = s.breakdown.find((b) => b.criterion === "languageFit")!;
      expect(language.weight).toBeCloseTo(1, 9);
      expect(s.score).toBeCloseTo(language.value, 9);
    }
    const fair = await server.graphql<{ tandemSuggestions: Suggestion[] }>(
      SUGGESTIONS,
      { callId: ids.call, first: 3, weights: { fairnessMode: true } },
      { cookie: coordinator },
    );
    expect(fair.data!.tandemSuggestions[0]!.breakdown.map((b) => b.criterion)).toContain("fairness");
    const zero = await server.graphql(
      SUGGESTIONS,
      {
        callId: ids.call,
        weights: {
          topicCoverage: 0,
          complementarity: 0,
          targetGroupFit: 0,
          localFit: 0,
          languageFit: 0,
          trust: 0,
          availability: 0,
        },
      },
      { cookie: coordinator },
    );
    expect(zero.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("shows a partner only pairs with its own organisation", async () => {
    const own = await server.graphql<{ tandemSuggestions: Suggestion[] }>(
      SUGGESTIONS,
      { callId: ids.call },
      { cookie: kargah },
    );
    expect(own.errors).toBeUndefined();
    expect(own.data!.tandemSuggestions.length).toBeGreaterThan(0);
    expect(own.data!.tandemSuggestions.every((s) => s.migrantOrganisation.slug === "kargah")).toBe(true);
    const other = await server.graphql(SUGGESTIONS, { callId: ids.call, for: ids.amfn }, { cookie: kargah });
    expect(other.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("never suggests a declined pair or one the office ruled out", async () => {
    const top = (
      await server.graphql<{ tandemSuggestions: Suggestion[] }>(
        SUGGESTIONS,
        { callId: ids.call, first: 100 },
        { cookie: coordinator },
      )
    ).data!.tandemSuggestions;
    const [a, b] = [top[0]!, top[1]!];
    const rule = await server.graphql(
      `mutation($input: MatchingRuleInput!) { addMatchingRule(input: $input) { id } }`,
      {
        input: {
          callId: ids.call,
          organisationId: ids[a.migrantOrganisation.slug],
          counterpartId: ids[a.educationalInstitution.slug],
          reason: "Interessenkonflikt",
        },
      },
      { cookie: coordinator },
    );
    expect(rule.errors).toBeUndefined();
    const sent = await server.graphql<{ sendTandemRequest: { id: string } }>(
      `mutation($input: SendTandemRequestInput!) { sendTandemRequest(input: $input) { id } }`,
      {
        input: {
          callId: ids.call,
          fromOrganisationId: ids[b.migrantOrganisation.slug],
          toOrganisationId: ids[b.educationalInstitution.slug],
        },
      },
      { cookie: coordinator },
    );
    await server.graphql(
      `mutation($id: ID!) { respondToTandemRequest(id: $id, accept: false) { id } }`,
      { id: sent.data!.sendTandemRequest.id },
      { cookie: coordinator },
    );
    const after = (
      await server.graphql<{ tandemSuggestions: Suggestion[] }>(
        SUGGESTIONS,
        { callId: ids.call, first: 100 },
        { cookie: coordinator },
      )
    ).data!.tandemSuggestions;
    const pairs = after.map((s) => `${s.migrantOrganisation.slug}|${s.educationalInstitution.slug}`);
    expect(pairs).not.toContain(`${a.migrantOrganisation.slug}|${a.educationalInstitution.slug}`);
    expect(pairs).not.toContain(`${b.migrantOrganisation.slug}|${b.educationalInstitution.slug}`);
  });
});

describe("tandem plan over the API", () => {
  it("returns k tandems, each organisation at most b times, with pinned pairs and exclusions", async () => {
    const res = await server.graphql<{ tandemPlan: Plan }>(PLAN, { callId: ids.call, k: 3 }, { cookie: coordinator });
    expect(res.errors).toBeUndefined();
    const plan = res.data!.tandemPlan;
    expect(plan.tandems).toHaveLength(3);
    const used = plan.tandems.flatMap((t) => [t.migrantOrganisation.id, t.educationalInstitution.id]);
    expect(new Set(used).size).toBe(used.length);
    expect(plan.totalScore).toBeCloseTo(
      plan.tandems.reduce((sum, t) => sum + t.score, 0),
      9,
    );
    const second = plan.tandems[1]!;
    const excludedId = plan.tandems[0]!.migrantOrganisation.id;
    const pinned = {
      migrantOrganisationId: second.migrantOrganisation.id,
      educationalInstitutionId: second.educationalInstitution.id,
    };
    const withPin = await server.graphql<{ tandemPlan: Plan }>(
      PLAN,
      { callId: ids.call, k: 2, fixed: [pinned], excluded: [excludedId] },
      { cookie: coordinator },
    );
    expect(withPin.errors).toBeUndefined();
    const tandems = withPin.data!.tandemPlan.tandems;
    expect(
      tandems.some(
        (t) =>
          t.fixed &&
          t.migrantOrganisation.id === pinned.migrantOrganisationId &&
          t.educationalInstitution.id === pinned.educationalInstitutionId,
      ),
    ).toBe(true);
    expect(tandems.every((t) => t.migrantOrganisation.id !== excludedId)).toBe(true);
    expect(withPin.data!.tandemPlan.totalScore).toBeLessThanOrEqual(plan.totalScore + 1e-9);
  });

  it("refuses infeasible plans with BAD_USER_INPUT saying why", async () => {
    const tooMany = await server.graphql(PLAN, { callId: ids.call, k: 50 }, { cookie: coordinator });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const badPin = await server.graphql(
      PLAN,
      { callId: ids.call, k: 2, fixed: [{ migrantOrganisationId: ids.kargah, educationalInstitutionId: ids.tui }] },
      { cookie: coordinator },
    );
    expect(badPin.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const zero = await server.graphql(PLAN, { callId: ids.call, k: 0 }, { cookie: coordinator });
    expect(zero.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const partner = await server.graphql(PLAN, { callId: ids.call, k: 2 }, { cookie: kargah });
    expect(partner.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("keeps tandems that formed in every plan, marks them, and plans at least that many", async () => {
    // A pair the optimum leaves out (the weakest of a bigger plan's picks is not in the best single tandem).
    const best = (await server.graphql<{ tandemPlan: Plan }>(PLAN, { callId: ids.call, k: 1 }, { cookie: coordinator }))
      .data!.tandemPlan.tandems[0]!;
    const wide = (await server.graphql<{ tandemPlan: Plan }>(PLAN, { callId: ids.call, k: 4 }, { cookie: coordinator }))
      .data!.tandemPlan.tandems;
    const other = wide.find(
      (t) =>
        t.migrantOrganisation.id !== best.migrantOrganisation.id &&
        t.educationalInstitution.id !== best.educationalInstitution.id,
    )!;
    const sent = await server.graphql<{ sendTandemRequest: { id: string } }>(
      `mutation($input: SendTandemRequestInput!) { sendTandemRequest(input: $input) { id } }`,
      {
        input: {
          callId: ids.call,
          fromOrganisationId: other.migrantOrganisation.id,
          toOrganisationId: other.educationalInstitution.id,
        },
      },
      { cookie: coordinator },
    );
    expect(sent.errors).toBeUndefined();
    const accepted = await server.graphql(
      `mutation($id: ID!) { respondToTandemRequest(id: $id, accept: true) { id } }`,
      { id: sent.data!.sendTandemRequest.id },
      { cookie: coordinator },
    );
    expect(accepted.errors).toBeUndefined();

    const single = await server.graphql<{ tandemPlan: Plan }>(
      PLAN,
      { callId: ids.call, k: 1 },
      { cookie: coordinator },
    );
    expect(single.errors).toBeUndefined();
    expect(
      single.data!.tandemPlan.tandems.map((t) => [
        t.migrantOrganisation.id,
        t.educationalInstitution.id,
        t.formed,
        t.fixed,
      ]),
    ).toEqual([[other.migrantOrganisation.id, other.educationalInstitution.id, true, false]]);
    const pair = await server.graphql<{ tandemPlan: Plan }>(PLAN, { callId: ids.call, k: 2 }, { cookie: coordinator });
    expect(pair.data!.tandemPlan.tandems.filter((t) => t.formed)).toHaveLength(1);
    // Excluding one of its organisations is the user's explicit wish: the formed tandem leaves the plan.
    const without = await server.graphql<{ tandemPlan: Plan }>(
      PLAN,
      { callId: ids.call, k: 1, excluded: [other.migrantOrganisation.id] },
      { cookie: coordinator },
    );
    expect(without.data!.tandemPlan.tandems.some((t) => t.formed)).toBe(false);

    const suggestions = await server.graphql<{
      tandemSuggestions: { migrantOrganisation: { id: string }; formed: boolean }[];
    }>(
      `query($callId: ID!, $for: ID) { tandemSuggestions(callId: $callId, forOrganisationId: $for, first: 50) { migrantOrganisation { id } formed } }`,
      { callId: ids.call, for: other.educationalInstitution.id },
      { cookie: coordinator },
    );
    expect(suggestions.data!.tandemSuggestions.filter((s) => s.formed).map((s) => s.migrantOrganisation.id)).toEqual([
      other.migrantOrganisation.id,
    ]);
  });
});
