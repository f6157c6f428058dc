/**
 * PairFacts: what a reason-writer needs to explain a score in words. Built only for the pairs that
 * are returned, from the raw organisations plus the prepared key indexes (region rule included).
 */
import { bitsOf, countAnd } from "./bitsets";
import { jointProjects } from "./pair-score";
import type { PreparedMatching } from "./prepare";
import { REGION_KEY, type MatchOrganisation, type OfferMeetingNeed, type PairFacts } from "./types";

const sorted = (xs: Iterable<string>): string[] => [...xs].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

function offersMeetingNeeds(from: MatchOrganisation, to: MatchOrganisation): OfferMeetingNeed[] {
  const needs = new Set(to.needs);
  return sorted(new Set(from.offers.filter((k) => needs.has(k)))).map((topic) => ({ from: from.id, to: to.id, topic }));
}

export function buildFacts(prep: PreparedMatching, mi: number, ei: number, coveredTopicWeightShare: number): PairFacts {
  const m = prep.mo.orgs[mi]!;
  const e = prep.ei.orgs[ei]!;
  const mTopics = new Set(m.topics);
  const eTopics = new Set(e.topics);
  const callTopics = prep.topics.keys;
  const coveredTopics = callTopics.filter((k) => mTopics.has(k) || eTopics.has(k));
  const byM = callTopics.filter((k) => mTopics.has(k));
  const byE = callTopics.filter((k) => eTopics.has(k));
  const split = <T>(keys: readonly T[], has: (k: T) => boolean) =>
    [keys.filter(has), keys.filter((k) => !has(k))] as const;

  const tgs = new Set([...m.targetGroups, ...e.targetGroups]);
  const [targetGroupsReached, targetGroupsMissing] = split(prep.targetGroups.keys, (k) => tgs.has(k));
  const langs = new Set([...m.languages, ...e.languages]);
  const [languagesCovered, languagesMissing] = split(prep.languages.keys, (k) => langs.has(k));
  const eLangs = new Set(e.languages);

  const mRegion = m.districtsServed.includes(REGION_KEY);
  const eRegion = e.districtsServed.includes(REGION_KEY);
  const served = new Set([...m.districtsServed, ...e.districtsServed]);
  const [districtsCovered, districtsMissing] = split(prep.districts.keys, (k) => mRegion || eRegion || served.has(k));
  const W = prep.districtWords;
  const shared: string[] = [];
  if (countAnd(prep.mo.districts, mi * W, prep.ei.districts, ei * W, W) > 0) {
    const both = new Uint32Array(W);
    for (let i = 0; i < W; i++) both[i] = (prep.mo.districts[mi * W + i]! & prep.ei.districts[ei * W + i]!) >>> 0;
    for (const b of bitsOf(both, 0, W)) shared.push(prep.districtKeys.keys[b]!);
  }

  return {
    callTopicCount: callTopics.length,
    coveredTopics,
    missingTopics: callTopics.filter((k) => !mTopics.has(k) && !eTopics.has(k)),
    topicsBySide: { migrantOrganisation: byM, educationalInstitution: byE },
    topicsOnlyOneSideCovers: coveredTopics.filter((k) => mTopics.has(k) !== eTopics.has(k)),
    coveredTopicWeightShare,
    callTargetGroupCount: prep.targetGroups.keys.length,
    targetGroupsReached,
    targetGroupsMissing,
    callLanguageCount: prep.languages.keys.length,
    languagesCovered,
    languagesMissing,
    languagesShared: sorted(new Set(m.languages.filter((k) => eLangs.has(k)))),
    callDistrictCount: prep.districts.keys.length,
    districtsCovered,
    districtsMissing,
    districtsShared: sorted(shared),
    servesWholeRegion: { migrantOrganisation: mRegion, educationalInstitution: eRegion },
    jointProjects: jointProjects(prep, mi, ei),
    offersMeetingNeeds: [...offersMeetingNeeds(m, e), ...offersMeetingNeeds(e, m)],
    needsTotal: prep.mo.needCount[mi]! + prep.ei.needCount[ei]!,
    freeCapacity: {
      migrantOrganisation: m.capacity - m.activeCommitments,
      educationalInstitution: e.capacity - e.activeCommitments,
    },
    recentFunding: { migrantOrganisation: m.recentFunding, educationalInstitution: e.recentFunding },
  };
}
