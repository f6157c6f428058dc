/**
 * `prepareMatching` turns a context into flat, index-based data once per call and scoring options:
 * organisations sorted by id (so index order is the tie-break order), bitsets of offers, needs and
 * districts, per-organisation availability and fairness, the four call families and the profiles.
 * Ranking and planning only read it; the scan order for pruning is built lazily (scan-order.ts).
 */
import { count, KeyIndex, setBit } from "./bitsets";
import { normaliseWeights, orgAvailability, orgFairness } from "./criteria";
import { InvalidContextError } from "./errors";
import { Family, familyWords } from "./families";
import { buildProfiles, type SideProfiles } from "./profiles";
import type { ScanOrder } from "./scan-order";
import { buildSpecialPairs, type SpecialPairs } from "./special-pairs";
import { CRITERIA, REGION_KEY, W, type MatchContext, type MatchOrganisation, type ScoringOptions } from "./types";

export interface Side {
  n: number;
  /** Sorted by id (code-unit order). */
  orgs: MatchOrganisation[];
  indexById: Map<string, number>;
  /** 1 when the organisation may be paired: right kind, not excluded, below capacity. */
  eligible: Uint8Array;
  /** Offers / needs over the offer-need key index, `topicWords` words each. */
  offers: Uint32Array;
  needs: Uint32Array;
  needCount: Int32Array;
  /** Districts served (region rule applied) over the district key index, `districtWords` each. */
  districts: Uint32Array;
  availability: Float64Array;
  fairness: Float64Array;
  /** capacity − activeCommitments, for the plan's per-organisation limit. */
  freeCapacity: Float64Array;
  /** w_availability × availability + w_fairness × fairness / 2: the per-side part of pair bounds. */
  memberKey: Float64Array;
  profileOf: Int32Array;
  profiles: SideProfiles;
}

export interface PreparedMatching {
  ctx: MatchContext;
  options: ScoringOptions;
  /** Normalised weights in CRITERIA order. */
  w: Float64Array;
  fairnessOn: boolean;
  /** Trust of a pair without joint history (0, or 1 with preferNovelty). */
  trustNew: number;
  offerNeedKeys: KeyIndex;
  topicWords: number;
  districtKeys: KeyIndex;
  districtWords: number;
  topics: Family;
  targetGroups: Family;
  languages: Family;
  districts: Family;
  mo: Side;
  ei: Side;
  special: SpecialPairs;
  /** Built on first use by the full ranking and the plan. */
  scanOrder: ScanOrder | null;
}

const cache = new WeakMap<MatchContext, Map<string, PreparedMatching>>();

/** The prepared structure for (ctx, options), cached per context object and options. */
export function getPrepared(ctx: MatchContext, options: ScoringOptions): PreparedMatching {
  const key = `${CRITERIA.map((c) => options.weights[c]).join(",")}|${options.preferNovelty}`;
  let perCtx = cache.get(ctx);
  if (!perCtx) {
    perCtx = new Map();
    cache.set(ctx, perCtx);
  }
  let prepared = perCtx.get(key);
  if (!prepared) {
    prepared = prepareMatching(ctx, options);
    perCtx.set(key, prepared);
  }
  return prepared;
}

function finite(x: number): number {
  return Number.isFinite(x) ? x : 0;
}

function byId(a: MatchOrganisation, b: MatchOrganisation): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Call keys deduplicated in first-seen order. */
function callKeys(keys: readonly string[]): KeyIndex {
  const index = new KeyIndex();
  for (const k of keys) index.add(k);
  return index;
}

function callTopics(ctx: MatchContext): { keys: KeyIndex; weights: Float64Array } {
  const keys = new KeyIndex();
  const weights: number[] = [];
  for (const { key, weight } of ctx.call.topics) {
    if (typeof weight !== "number" || !Number.isFinite(weight) || weight <= 0) {
      throw new InvalidContextError(`Call topic "${key}" must have a finite weight > 0, got ${String(weight)}.`);
    }
    const i = keys.add(key);
    weights[i] = (weights[i] ?? 0) + weight;
  }
  return { keys, weights: Float64Array.from(weights) };
}

export interface PrepareTuning {
  /** Memoise family class-pair values only up to this many entries (default MAX_TABLE_ENTRIES). */
  maxTableEntries?: number;
}

/** Builds the prepared structure (validates options and context). Prefer `getPrepared`. */
export function prepareMatching(
  ctx: MatchContext,
  options: ScoringOptions,
  tuning: PrepareTuning = {},
): PreparedMatching {
  const w = normaliseWeights(options.weights);
  const mos = [...ctx.migrantOrganisations].sort(byId);
  const eis = [...ctx.educationalInstitutions].sort(byId);
  const seen = new Set<string>();
  for (const o of [...mos, ...eis]) {
    if (seen.has(o.id)) throw new InvalidContextError(`Organisation ${o.id} appears twice in the context.`);
    seen.add(o.id);
  }
  const excluded = new Set(ctx.excludedOrganisationIds);
  let maxFunding = 0;
  for (const o of [...mos, ...eis]) maxFunding = Math.max(maxFunding, finite(o.recentFunding));

  const offerNeedKeys = new KeyIndex();
  const districtKeys = new KeyIndex();
  for (const o of [...mos, ...eis]) {
    for (const k of o.offers) offerNeedKeys.add(k);
    for (const k of o.needs) offerNeedKeys.add(k);
    for (const k of o.districtsServed) if (k !== REGION_KEY) districtKeys.add(k);
  }
  for (const k of ctx.call.districts) if (k !== REGION_KEY) districtKeys.add(k);
  districtKeys.add(REGION_KEY);
  const topicWords = offerNeedKeys.words;
  const districtWords = districtKeys.words;

  const topicIndex = callTopics(ctx);
  const tgIndex = callKeys(ctx.call.targetGroups);
  const langIndex = callKeys(ctx.call.languages);
  const distIndex = callKeys(ctx.call.districts);
  /** Per organisation the set of call keys (of `index`) it has, as masks of familyWords words. */
  const masks = (
    orgs: MatchOrganisation[],
    index: KeyIndex,
    list: (o: MatchOrganisation) => readonly string[],
  ): Uint32Array => {
    const words = familyWords(index.size);
    const out = new Uint32Array(orgs.length * words);
    orgs.forEach((o, i) => {
      for (const k of list(o)) {
        const bit = index.get(k);
        if (bit !== undefined) setBit(out, i * words, bit);
      }
    });
    return out;
  };
  const family = (index: KeyIndex, weights: Float64Array | null, list: (o: MatchOrganisation) => readonly string[]) =>
    new Family(
      index.keys,
      weights,
      masks(mos, index, list),
      mos.length,
      masks(eis, index, list),
      eis.length,
      tuning.maxTableEntries,
    );
  // Region rule: a region-wide organisation serves every district, so all call districts.
  const served = (o: MatchOrganisation) =>
    o.districtsServed.includes(REGION_KEY) ? distIndex.keys : o.districtsServed;
  const topics = family(topicIndex.keys, topicIndex.weights, (o) => o.topics);
  const targetGroups = family(tgIndex, null, (o) => o.targetGroups);
  const languages = family(langIndex, null, (o) => o.languages);
  const districts = family(distIndex, null, served);
  const families = { topics, targetGroups, languages, districts };

  const buildSide = (orgs: MatchOrganisation[], kind: MatchOrganisation["kind"], pick: "mo" | "ei"): Side => {
    const n = orgs.length;
    const side = {
      n,
      orgs,
      indexById: new Map(orgs.map((o, i) => [o.id, i])),
      eligible: new Uint8Array(n),
      offers: new Uint32Array(n * topicWords),
      needs: new Uint32Array(n * topicWords),
      needCount: new Int32Array(n),
      districts: new Uint32Array(n * districtWords),
      availability: new Float64Array(n),
      fairness: new Float64Array(n),
      freeCapacity: new Float64Array(n),
    };
    orgs.forEach((o, i) => {
      // NaN capacity or commitments make `active < capacity` false: ineligible, never a guess.
      side.eligible[i] = o.kind === kind && !excluded.has(o.id) && o.activeCommitments < o.capacity ? 1 : 0;
      for (const k of o.offers) setBit(side.offers, i * topicWords, offerNeedKeys.get(k)!);
      for (const k of o.needs) setBit(side.needs, i * topicWords, offerNeedKeys.get(k)!);
      // |needs| as a set (a key listed twice is one need).
      side.needCount[i] = count(side.needs, i * topicWords, topicWords);
      const ds = o.districtsServed.includes(REGION_KEY) ? districtKeys.keys : o.districtsServed;
      for (const k of ds) setBit(side.districts, i * districtWords, districtKeys.get(k)!);
      side.availability[i] = orgAvailability(o.activeCommitments, o.capacity);
      side.fairness[i] = orgFairness(finite(o.recentFunding), maxFunding);
      side.freeCapacity[i] = o.capacity - o.activeCommitments;
    });
    const memberKey = Float64Array.from(
      side.availability,
      (av, i) => w[W.availability]! * av + w[W.fairness]! * 0.5 * side.fairness[i]!,
    );
    const { profiles, profileOf } = buildProfiles(side, pick, families, memberKey);
    return { ...side, memberKey, profileOf, profiles };
  };
  const mo = buildSide(mos, "MIGRANT_ORGANISATION", "mo");
  const ei = buildSide(eis, "EDUCATIONAL_INSTITUTION", "ei");
  return {
    ctx,
    options,
    w,
    fairnessOn: options.weights.fairness > 0,
    trustNew: options.preferNovelty ? 1 : 0,
    offerNeedKeys,
    topicWords,
    districtKeys,
    districtWords,
    ...families,
    mo,
    ei,
    special: buildSpecialPairs(ctx, mo, ei),
    scanOrder: null,
  };
}
