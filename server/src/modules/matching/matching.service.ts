import type { RequestContext, Locale } from "../../graphql/context";
import { requireUser } from "../../graphql/auth";
import { callVisibleTo, suggestionsOrganisation } from "./tandem-request-access";
import { BadUserInputError, NotFoundError } from "../../graphql/errors";
import { isUuid } from "../../db/ids";
import { Organisation } from "../network/organisation.entity";
import { listTaxonomy, type TaxonomyName } from "../network/taxonomy.service";
import { CallForProposals } from "../calls/call.entity";
import { DEFAULT_FAIRNESS_WEIGHT, PLAN_LIMITS, SUGGESTION_LIMITS } from "@album/shared";
import { DEFAULT_WEIGHTS, type MatchContext, type ScoredPair, type ScoringOptions } from "./engine/types";
import { InfeasiblePlanError, InvalidWeightsError } from "./engine/errors";
import { rankSuggestions, planTandems, scorePair } from "./engine";
import { loadMatchContext } from "./matching-data";
import { reasonsFor, type TaxonomyLabeller } from "./reasons";
import type { ScoringWeightsInput, TandemPairInput, TandemPlan, TandemSuggestion } from "./matching.types";
import { ScoringCriterion } from "./matching.types";
import { networkLoaders } from "../network/network.loaders";

function scoringOptions(input: ScoringWeightsInput | undefined | null): {
  options: ScoringOptions;
  fairnessMode: boolean;
} {
  const fairnessMode = input?.fairnessMode ?? false;
  const weights = {
    topicCoverage: input?.topicCoverage ?? DEFAULT_WEIGHTS.topicCoverage,
    complementarity: input?.complementarity ?? DEFAULT_WEIGHTS.complementarity,
    targetGroupFit: input?.targetGroupFit ?? DEFAULT_WEIGHTS.targetGroupFit,
    localFit: input?.localFit ?? DEFAULT_WEIGHTS.localFit,
    languageFit: input?.languageFit ?? DEFAULT_WEIGHTS.languageFit,
    trust: input?.trust ?? DEFAULT_WEIGHTS.trust,
    availability: input?.availability ?? DEFAULT_WEIGHTS.availability,
    fairness: input?.fairness ?? (fairnessMode ? DEFAULT_FAIRNESS_WEIGHT : 0),
  };
  if (Object.values(weights).every((w) => w === 0)) {
    throw new BadUserInputError("At least one weight must be above 0", [
      { field: "weights", message: "all weights are 0" },
    ]);
  }
  return { options: { weights, preferNovelty: input?.preferNovelty ?? false }, fairnessMode };
}

async function loadCallFor(ctx: RequestContext, callId: string): Promise<CallForProposals> {
  const call = isUuid(callId) ? await ctx.db.getRepository(CallForProposals).findOneBy({ id: callId }) : null;
  const user = requireUser(ctx);
  if (!call || !callVisibleTo(user, call)) throw new NotFoundError("Call", callId);
  return call;
}

async function labeller(ctx: RequestContext, locale: Locale): Promise<TaxonomyLabeller> {
  const names: TaxonomyName[] = ["topics", "targetGroups", "districts", "languages"];
  const tables = await Promise.all(names.map((name) => listTaxonomy(ctx.db, name, locale)));
  const labels = new Map<string, string>();
  names.forEach((name, index) => {
    for (const row of tables[index] ?? [])
      labels.set(`${name}:${row.key}`, locale === "en" ? row.labelEn : row.labelDe);
  });
  return (taxonomy, key) => labels.get(`${taxonomy}:${key}`) ?? key;
}

export const pairKey = (pair: TandemPairInput) => `${pair.migrantOrganisationId}|${pair.educationalInstitutionId}`;

/** The tandems that exist for a call: both sides said yes. */
export async function formedTandems(ctx: RequestContext, callId: string): Promise<TandemPairInput[]> {
  const rows = (await ctx.db.query(
    `SELECT migrant_organisation_id, educational_institution_id FROM tandem_request WHERE call_id = $1 AND status = 'ACCEPTED' ORDER BY responded_at, id`,
    [callId],
  )) as { migrant_organisation_id: string; educational_institution_id: string }[];
  return rows.map((row) => ({
    migrantOrganisationId: row.migrant_organisation_id,
    educationalInstitutionId: row.educational_institution_id,
  }));
}

async function present(
  ctx: RequestContext,
  pairs: ScoredPair[],
  locale: Locale,
  marks: { fixed?: Set<string>; formed: Set<string> },
): Promise<TandemSuggestion[]> {
  const ids = [...new Set(pairs.flatMap((p) => [p.migrantOrganisationId, p.educationalInstitutionId]))];
  const organisations = (await networkLoaders(ctx).organisationById.loadMany(ids)).filter(
    (o): o is Organisation => o instanceof Organisation,
  );
  const byId = new Map(organisations.map((o) => [o.id, o]));
  const label = await labeller(ctx, locale);
  return pairs.map((pair) => {
    const migrantOrganisation = byId.get(pair.migrantOrganisationId)!;
    const educationalInstitution = byId.get(pair.educationalInstitutionId)!;
    return {
      migrantOrganisation,
      educationalInstitution,
      score: pair.score,
      breakdown: pair.breakdown.map((item) => ({ ...item, criterion: item.criterion as ScoringCriterion })),
      reasons: reasonsFor(
        pair,
        { migrantOrganisation: migrantOrganisation.name, educationalInstitution: educationalInstitution.name },
        label,
        locale,
      ),
      fixed: marks.fixed?.has(pairKey(pair)) ?? false,
      formed: marks.formed.has(pairKey(pair)),
    };
  });
}

export function resolveLocale(ctx: RequestContext, locale: string | null | undefined): Locale {
  if (!locale) return ctx.locale;
  if (/^de/i.test(locale)) return "de";
  if (/^en/i.test(locale)) return "en";
  throw new BadUserInputError("Unsupported locale", [{ field: "locale", message: "de or en" }]);
}

/** Best tandems for a call; a partner sees only pairs with its own organisation. */
export async function tandemSuggestions(
  ctx: RequestContext,
  args: {
    callId: string;
    forOrganisationId?: string | null;
    first?: number | null;
    weights?: ScoringWeightsInput | null;
    locale?: string | null;
  },
): Promise<TandemSuggestion[]> {
  const user = requireUser(ctx);
  const forOrganisationId = suggestionsOrganisation(user, args.forOrganisationId);
  const first = args.first ?? SUGGESTION_LIMITS.pageSize;
  if (!Number.isInteger(first) || first < 1 || first > SUGGESTION_LIMITS.max) {
    throw new BadUserInputError("first out of range", [
      { field: "first", message: `between 1 and ${SUGGESTION_LIMITS.max}` },
    ]);
  }
  const locale = resolveLocale(ctx, args.locale);
  const { options } = scoringOptions(args.weights);
  const call = await loadCallFor(ctx, args.callId);
  const context = await loadMatchContext(ctx.db, call);
  try {
    const pairs = rankSuggestions(context, options, { first, forOrganisationId: forOrganisationId ?? undefined });
    const formed = new Set((await formedTandems(ctx, call.id)).map(pairKey));
    return present(ctx, pairs, locale, { formed });
  } catch (error) {
    if (error instanceof InvalidWeightsError)
      throw new BadUserInputError(error.message, [{ field: "weights", message: error.message }]);
    throw error;
  }
}

export interface TandemPlanArgs {
  callId: string;
  tandems: number;
  maxTandemsPerOrganisation?: number | null;
  fixedPairs?: TandemPairInput[] | null;
  excludedOrganisationIds?: string[] | null;
  weights?: ScoringWeightsInput | null;
  locale?: string | null;
}

/** The optimal set of k tandems for a call (maximum summed score; fairness mode: best weakest tandem first). */
export async function tandemPlan(ctx: RequestContext, args: TandemPlanArgs): Promise<TandemPlan> {
  return (await computeTandemPlan(ctx, args)).plan;
}

/** A plan and what it was computed from: the call, the engine's inputs, the formed tandems, the settings used. */
export interface ComputedPlan {
  plan: TandemPlan;
  call: CallForProposals;
  context: MatchContext;
  formed: TandemPairInput[];
  maxTandemsPerOrganisation: number;
  locale: Locale;
}

export async function computeTandemPlan(ctx: RequestContext, args: TandemPlanArgs): Promise<ComputedPlan> {
  const { tandems: k, maxTandemsPerOrganisation: perOrganisation } = PLAN_LIMITS;
  if (!Number.isInteger(args.tandems) || args.tandems < k.min || args.tandems > k.max) {
    throw new BadUserInputError("tandems out of range", [
      { field: "tandems", message: `between ${k.min} and ${k.max}` },
    ]);
  }
  const b = args.maxTandemsPerOrganisation;
  if (b !== undefined && b !== null && (!Number.isInteger(b) || b < perOrganisation.min || b > perOrganisation.max)) {
    throw new BadUserInputError("maxTandemsPerOrganisation out of range", [
      { field: "maxTandemsPerOrganisation", message: `between ${perOrganisation.min} and ${perOrganisation.max}` },
    ]);
  }
  if ((args.excludedOrganisationIds ?? []).some((id) => !isUuid(id))) {
    throw new BadUserInputError("Invalid organisation id", [
      { field: "excludedOrganisationIds", message: "must be organisation ids" },
    ]);
  }
  const locale = resolveLocale(ctx, args.locale);
  const { options, fairnessMode } = scoringOptions(args.weights);
  const call = await loadCallFor(ctx, args.callId);
  const base = await loadMatchContext(ctx.db, call);
  const excluded = args.excludedOrganisationIds ?? [];
  // A new context object (the engine caches per object) only when the request adds exclusions.
  const context = excluded.length
    ? { ...base, excludedOrganisationIds: [...base.excludedOrganisationIds, ...excluded] }
    : base;
  const requested = (args.fixedPairs ?? []).map((p) => ({
    migrantOrganisationId: p.migrantOrganisationId,
    educationalInstitutionId: p.educationalInstitutionId,
  }));
  // Tandems that already formed stay in every plan, unless the user excluded one of their organisations.
  const formed = (await formedTandems(ctx, call.id)).filter(
    (p) => !excluded.includes(p.migrantOrganisationId) && !excluded.includes(p.educationalInstitutionId),
  );
  const formedKeys = new Set(formed.map(pairKey));
  const fixedPairs = [...formed, ...requested.filter((p) => !formedKeys.has(pairKey(p)))];
  if (formed.length > args.tandems) {
    throw new BadUserInputError(`The call has ${formed.length} formed tandems; plan at least that many`, [
      { field: "tandems", message: `at least ${formed.length}: the formed tandems stay in the plan` },
    ]);
  }
  try {
    const plan = planTandems(context, options, {
      tandems: args.tandems,
      maxTandemsPerOrganisation: b ?? call.maxTandemsPerOrganisation,
      fixedPairs,
      fairnessMode,
    });
    const tandems = await present(ctx, plan.tandems, locale, {
      fixed: new Set(requested.map(pairKey)),
      formed: formedKeys,
    });
    return {
      plan: {
        tandems,
        totalScore: plan.totalScore,
        minimumScore: tandems.length ? Math.min(...tandems.map((t) => t.score)) : null,
      },
      call,
      context: base,
      formed: await formedTandems(ctx, call.id),
      maxTandemsPerOrganisation: b ?? call.maxTandemsPerOrganisation,
      locale,
    };
  } catch (error) {
    if (error instanceof InfeasiblePlanError)
      throw new BadUserInputError(error.message, [
        { field: error.reason === "TOO_FEW_TANDEMS" ? "tandems" : "fixedPairs", message: error.message },
      ]);
    if (error instanceof InvalidWeightsError)
      throw new BadUserInputError(error.message, [{ field: "weights", message: error.message }]);
    throw error;
  }
}

/**
 * Score and reasons of single pairs, as the suggestions would show them, for the office's
 * proposals. A pair the engine does not consider (an organisation outside the call) gets none.
 */
export async function explainPairs(
  ctx: RequestContext,
  call: CallForProposals,
  pairs: TandemPairInput[],
  weights: ScoringWeightsInput | null | undefined,
  locale: Locale,
): Promise<Map<string, { score: number; reasons: string[] }>> {
  const { options } = scoringOptions(weights);
  const context = await loadMatchContext(ctx.db, call);
  const migrants = new Map(context.migrantOrganisations.map((o) => [o.id, o]));
  const institutions = new Map(context.educationalInstitutions.map((o) => [o.id, o]));
  const label = await labeller(ctx, locale);
  const explained = new Map<string, { score: number; reasons: string[] }>();
  for (const pair of pairs) {
    const m = migrants.get(pair.migrantOrganisationId);
    const e = institutions.get(pair.educationalInstitutionId);
    if (!m || !e) continue;
    const scored = scorePair(context, m, e, options);
    explained.set(pairKey(pair), {
      score: scored.score,
      reasons: reasonsFor(scored, { migrantOrganisation: m.name, educationalInstitution: e.name }, label, locale),
    });
  }
  return explained;
}
