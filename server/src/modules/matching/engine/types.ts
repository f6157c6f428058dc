/**
 * Types of the pure tandem-matching engine (DESIGN.md §4). No database, no GraphQL: the caller
 * loads the organisations of one call into a `MatchContext` and asks for suggestions or a plan.
 */

import { CRITERIA, type Criterion } from "@album/shared";

export { CRITERIA, DEFAULT_WEIGHTS, type Criterion } from "@album/shared";

/**
 * Each criterion's position in CRITERIA: the engine keeps normalised weights in a Float64Array in
 * that order (no object lookups per pair) and addresses them by name through these indices.
 */
export const W = Object.freeze(Object.fromEntries(CRITERIA.map((criterion, i) => [criterion, i]))) as {
  readonly [C in Criterion]: number;
};

/** The district key that stands for the whole Region Hannover (see criteria.ts, localFit). */
export const REGION_KEY = "region-hannover";

export interface MatchOrganisation {
  id: string;
  name: string;
  kind: "MIGRANT_ORGANISATION" | "EDUCATIONAL_INSTITUTION";
  topics: string[];
  offers: string[];
  needs: string[];
  targetGroups: string[];
  languages: string[];
  districtsServed: string[];
  /** Max concurrent projects. */
  capacity: number;
  /** Applications in preparation/submitted/approved/running + accepted tandems. */
  activeCommitments: number;
  /** Euros of funding in recent years attributed to this organisation (for fairness). */
  recentFunding: number;
}

export interface MatchCall {
  id: string;
  /** Weights > 0; a key listed twice counts once with the summed weight. */
  topics: { key: string; weight: number }[];
  targetGroups: string[];
  districts: string[];
  languages: string[];
  maxTandemsPerOrganisation: number;
}

/** Everything the engine needs for one call. Treated as immutable: results are cached per object. */
export interface MatchContext {
  call: MatchCall;
  /** Already filtered by kind/membership eligibility/archival by the caller. */
  migrantOrganisations: MatchOrganisation[];
  educationalInstitutions: MatchOrganisation[];
  /** Earlier joint applications/projects per unordered pair (entries for one pair are added up). */
  jointHistory: { a: string; b: string; count: number }[];
  /** Declined for this call, do-not-propose rules. */
  blockedPairs: { migrantOrganisationId: string; educationalInstitutionId: string }[];
  /** Office exclusions. */
  excludedOrganisationIds: string[];
}

export type ScoringWeights = Record<Criterion, number>;

export interface ScoringOptions {
  weights: ScoringWeights;
  preferNovelty: boolean;
}

/** `weight` is the normalised weight (all weights sum to 1); contribution = weight × value. */
export interface BreakdownItem {
  criterion: Criterion;
  weight: number;
  value: number;
  contribution: number;
}

/** Keys per side, so that a reason can say who brings what. */
export interface SidedKeys {
  migrantOrganisation: string[];
  educationalInstitution: string[];
}

/** One offer of one side that meets a need of the other (topic keys). */
export interface OfferMeetingNeed {
  /** Id of the organisation that offers. */
  from: string;
  /** Id of the organisation that needs it. */
  to: string;
  topic: string;
}

/**
 * The raw material for human-readable reasons. Keys are taxonomy keys; lists keep the call's order
 * (call keys) or are sorted (everything else), so texts are reproducible.
 * Example: "deckt 3 von 4 Handlungsfeldern ab: A, B, C" = coveredTopics.length of callTopicCount.
 */
export interface PairFacts {
  callTopicCount: number;
  /** Call topics covered by M or E, in call order. */
  coveredTopics: string[];
  missingTopics: string[];
  /** Call topics each side covers on its own. */
  topicsBySide: SidedKeys;
  /** Call topics that only one side brings (the complementary part). */
  topicsOnlyOneSideCovers: string[];
  /** Weighted share of the call's topics covered (= topicCoverage value). */
  coveredTopicWeightShare: number;
  callTargetGroupCount: number;
  targetGroupsReached: string[];
  targetGroupsMissing: string[];
  callLanguageCount: number;
  /** Call languages spoken by M or E. */
  languagesCovered: string[];
  languagesMissing: string[];
  /** All languages both sides speak (whether the call asks for them or not), sorted. */
  languagesShared: string[];
  callDistrictCount: number;
  /** Call districts served by M or E ("region-hannover" serves every district). */
  districtsCovered: string[];
  districtsMissing: string[];
  /** Districts both serve (region rule applied, see localFit), sorted. */
  districtsShared: string[];
  /** Which side serves the whole region. */
  servesWholeRegion: { migrantOrganisation: boolean; educationalInstitution: boolean };
  /** Earlier joint applications/projects of the pair. */
  jointProjects: number;
  offersMeetingNeeds: OfferMeetingNeed[];
  /** |needs(M)| + |needs(E)|: the denominator of the needs part of complementarity. */
  needsTotal: number;
  /** capacity − activeCommitments (not clamped). */
  freeCapacity: { migrantOrganisation: number; educationalInstitution: number };
  recentFunding: { migrantOrganisation: number; educationalInstitution: number };
}

export interface ScoredPair {
  migrantOrganisationId: string;
  educationalInstitutionId: string;
  score: number;
  breakdown: BreakdownItem[];
  facts: PairFacts;
}

export interface PairRef {
  migrantOrganisationId: string;
  educationalInstitutionId: string;
}

export interface RankOptions {
  first: number;
  /** Only pairs containing this organisation (an MO or an EI). */
  forOrganisationId?: string;
}

export interface PlanOptions {
  tandems: number;
  maxTandemsPerOrganisation: number;
  fixedPairs: PairRef[];
  /** Lexicographic: first maximise the worst non-fixed tandem's score, then the sum. */
  fairnessMode: boolean;
}

export interface PlanResult {
  /** Sorted by score descending, ties by MO id then EI id. */
  tandems: ScoredPair[];
  totalScore: number;
}
