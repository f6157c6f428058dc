/**
 * Public scoring API: one pair with its breakdown, and the ranked suggestions of a call.
 */
import { combineScore, complementarity, localFit, pairFairness } from "./criteria";
import { buildFacts } from "./facts";
import {
  newProfilePairValues,
  pairDistrictJaccard,
  pairNeedsMet,
  pairTrust,
  profilePairValues,
  PV_DISTRICT,
  PV_EXTRA,
  PV_LANGUAGE,
  PV_TARGET,
  PV_TOPIC,
} from "./pair-score";
import { getPrepared, prepareMatching, type PreparedMatching } from "./prepare";
import { topPairs, topPairsFor } from "./ranking";
import {
  CRITERIA,
  type BreakdownItem,
  type MatchContext,
  type MatchOrganisation,
  type RankOptions,
  type ScoredPair,
  type ScoringOptions,
} from "./types";

/** The full ScoredPair of (mi, ei): values, breakdown, facts. Same score bits as every scan. */
export function scoredPairAt(prep: PreparedMatching, mi: number, ei: number): ScoredPair {
  const pv = profilePairValues(prep, prep.mo.profileOf[mi]!, prep.ei.profileOf[ei]!, newProfilePairValues());
  const avM = prep.mo.availability[mi]!;
  const avE = prep.ei.availability[ei]!;
  const values = [
    pv[PV_TOPIC]!,
    complementarity(pv[PV_EXTRA]!, pairNeedsMet(prep, mi, ei)),
    pv[PV_TARGET]!,
    localFit(pv[PV_DISTRICT]!, pairDistrictJaccard(prep, mi, ei)),
    pv[PV_LANGUAGE]!,
    pairTrust(prep, mi, ei),
    avM < avE ? avM : avE,
    pairFairness(prep.mo.fairness[mi]!, prep.ei.fairness[ei]!),
  ] as const;
  const breakdown: BreakdownItem[] = [];
  CRITERIA.forEach((criterion, i) => {
    // Fairness weight 0 means fairness mode is off: no fairness line at all.
    if (criterion === "fairness" && !prep.fairnessOn) return;
    const weight = prep.w[i]!;
    const value = values[i]!;
    breakdown.push({ criterion, weight, value, contribution: weight * value });
  });
  return {
    migrantOrganisationId: prep.mo.orgs[mi]!.id,
    educationalInstitutionId: prep.ei.orgs[ei]!.id,
    score: combineScore(prep.w, ...values),
    breakdown,
    facts: buildFacts(prep, mi, ei, values[0]),
  };
}

/**
 * Scores M with E in the context of `ctx` (fairness maxima, region districts, joint history).
 * Hard constraints are not checked: an ineligible pair still gets its explanation. Organisations
 * not in the context (or changed copies) are scored as if they replaced their id's entry.
 */
export function scorePair(
  ctx: MatchContext,
  m: MatchOrganisation,
  e: MatchOrganisation,
  options: ScoringOptions,
): ScoredPair {
  let prep = getPrepared(ctx, options);
  let mi = prep.mo.indexById.get(m.id);
  let ei = prep.ei.indexById.get(e.id);
  if (
    mi === undefined ||
    ei === undefined ||
    !sameOrganisation(prep.mo.orgs[mi]!, m) ||
    !sameOrganisation(prep.ei.orgs[ei]!, e)
  ) {
    prep = prepareMatching(
      {
        ...ctx,
        migrantOrganisations: [m, ...ctx.migrantOrganisations.filter((o) => o.id !== m.id && o.id !== e.id)],
        educationalInstitutions: [e, ...ctx.educationalInstitutions.filter((o) => o.id !== m.id && o.id !== e.id)],
      },
      options,
    );
    mi = prep.mo.indexById.get(m.id)!;
    ei = prep.ei.indexById.get(e.id)!;
  }
  return scoredPairAt(prep, mi, ei);
}

const LIST_FIELDS = ["topics", "offers", "needs", "targetGroups", "languages", "districtsServed"] as const;
const NUMBER_FIELDS = ["capacity", "activeCommitments", "recentFunding"] as const;

/** Same data (not necessarily the same object), so the cached preparation applies. */
function sameOrganisation(a: MatchOrganisation, b: MatchOrganisation): boolean {
  if (a === b) return true;
  if (a.id !== b.id || a.kind !== b.kind) return false;
  if (NUMBER_FIELDS.some((f) => !Object.is(a[f], b[f]))) return false;
  return LIST_FIELDS.every((f) => a[f].length === b[f].length && a[f].every((x, i) => x === b[f][i]));
}

/** Ranking on an already prepared call (see `getPrepared` / `prepareMatching`). */
export function rankPrepared(prep: PreparedMatching, rank: RankOptions): ScoredPair[] {
  // NaN or ≤ 0 → nothing; more than there are pairs → all of them.
  const first = rank.first > 0 ? Math.min(Math.floor(rank.first), prep.mo.n * prep.ei.n) : 0;
  const pairs =
    rank.forOrganisationId === undefined ? topPairs(prep, first) : topPairsFor(prep, rank.forOrganisationId, first);
  return pairs.map((p) => scoredPairAt(prep, p.mi, p.ei));
}

/**
 * The `first` best eligible pairs, score descending, ties by MO id then EI id (code-unit order);
 * with `forOrganisationId` only pairs containing that organisation ([] when it is ineligible).
 */
export function rankSuggestions(ctx: MatchContext, options: ScoringOptions, rank: RankOptions): ScoredPair[] {
  return rankPrepared(getPrepared(ctx, options), rank);
}
