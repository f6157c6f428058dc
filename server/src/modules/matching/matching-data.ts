import type { EntityManager } from "typeorm";
import type { CallForProposals } from "../calls/call.entity";
import type { MatchContext, MatchOrganisation } from "./engine/types";
import { loadActiveCommitments } from "./eligibility";
import { networkRevision } from "../../db/network-revision";

/** Funding counts for fairness when its project ran within this many years. */
const RECENT_FUNDING_YEARS = 5;
const CACHED_CALLS = 16;

interface CacheEntry {
  key: string;
  context: MatchContext;
}

/**
 * Matching data per call, cached in the process and keyed by the database's network revision (a
 * sequence that every relevant write bumps), so several processes stay correct without talking.
 */
const cache = new Map<string, CacheEntry>();

export async function loadMatchContext(db: EntityManager, call: CallForProposals): Promise<MatchContext> {
  const key = `${await networkRevision(db)}|${new Date().toISOString().slice(0, 10)}`;
  const hit = cache.get(call.id);
  if (hit && hit.key === key) {
    cache.delete(call.id);
    cache.set(call.id, hit); // most recently used last
    return hit.context;
  }
  const context = await buildMatchContext(db, call);
  cache.set(call.id, { key, context });
  while (cache.size > CACHED_CALLS) cache.delete(cache.keys().next().value as string);
  return context;
}

/** Reads everything the engine needs for one call in a handful of set-based queries. */
export async function buildMatchContext(db: EntityManager, call: CallForProposals): Promise<MatchContext> {
  const organisations: {
    id: string;
    name: string;
    kind: MatchOrganisation["kind"];
    topic_keys: string[];
    offer_keys: string[];
    need_keys: string[];
    target_group_keys: string[];
    language_keys: string[];
    districts_served_keys: string[];
    capacity: number;
  }[] = await db.query(
    `SELECT o.id, o.name, o.kind::text AS kind, o.topic_keys, o.offer_keys, o.need_keys, o.target_group_keys,
            o.language_keys, o.districts_served_keys, o.capacity
       FROM organisation o
      WHERE o.archived_at IS NULL
        AND o.kind IN ('MIGRANT_ORGANISATION', 'EDUCATIONAL_INSTITUTION')
        AND EXISTS (SELECT 1 FROM membership m WHERE m.organisation_id = o.id AND m.kind::text = ANY($1::text[])
                     AND (m.until IS NULL OR m.until >= CURRENT_DATE))
      ORDER BY o.id`,
    [call.eligibleMemberships],
  );
  const [commitments, funding, history, rules, declined] = await Promise.all([
    loadActiveCommitments(db, null),
    db.query(
      `SELECT p.organisation_id, sum(coalesce(a.approved_amount, 0) / shares.n)::float AS funding
         FROM application a
         JOIN application_participant p ON p.application_id = a.id
         JOIN (SELECT application_id, count(*) AS n FROM application_participant GROUP BY application_id) shares ON shares.application_id = a.id
        WHERE a.status IN ('APPROVED', 'RUNNING', 'COMPLETED')
          AND (a.ends_on IS NULL OR a.ends_on >= CURRENT_DATE - make_interval(years => $1))
        GROUP BY p.organisation_id`,
      [RECENT_FUNDING_YEARS],
    ) as Promise<{ organisation_id: string; funding: number }[]>,
    db.query(
      `SELECT a.organisation_id AS a, b.organisation_id AS b, count(*)::int AS count
         FROM application_participant a
         JOIN application_participant b ON b.application_id = a.application_id AND a.organisation_id < b.organisation_id
         JOIN application ap ON ap.id = a.application_id
        WHERE ap.status IN ('APPROVED', 'RUNNING', 'COMPLETED')
        GROUP BY a.organisation_id, b.organisation_id`,
    ) as Promise<{ a: string; b: string; count: number }[]>,
    db.query(`SELECT organisation_id, counterpart_id FROM matching_rule WHERE call_id IS NULL OR call_id = $1`, [
      call.id,
    ]) as Promise<{ organisation_id: string; counterpart_id: string | null }[]>,
    db.query(
      `SELECT DISTINCT migrant_organisation_id, educational_institution_id FROM tandem_request WHERE call_id = $1 AND status = 'DECLINED'`,
      [call.id],
    ) as Promise<{ migrant_organisation_id: string; educational_institution_id: string }[]>,
  ]);
  const fundingOf = new Map(funding.map((row) => [row.organisation_id, row.funding]));
  const kindOf = new Map(organisations.map((o) => [o.id, o.kind]));
  const toMatch = (o: (typeof organisations)[number]): MatchOrganisation => ({
    id: o.id,
    name: o.name,
    kind: o.kind,
    topics: o.topic_keys,
    offers: o.offer_keys,
    needs: o.need_keys,
    targetGroups: o.target_group_keys,
    languages: o.language_keys,
    districtsServed: o.districts_served_keys,
    capacity: o.capacity,
    activeCommitments: commitments.get(o.id) ?? 0,
    recentFunding: fundingOf.get(o.id) ?? 0,
  });
  const pairRules = rules.filter((rule) => rule.counterpart_id !== null);
  return {
    call: {
      id: call.id,
      topics: call.topicWeights,
      targetGroups: call.targetGroupKeys,
      districts: call.districtKeys,
      languages: call.languageKeys,
      maxTandemsPerOrganisation: call.maxTandemsPerOrganisation,
    },
    migrantOrganisations: organisations.filter((o) => o.kind === "MIGRANT_ORGANISATION").map(toMatch),
    educationalInstitutions: organisations.filter((o) => o.kind === "EDUCATIONAL_INSTITUTION").map(toMatch),
    jointHistory: history,
    blockedPairs: [
      ...declined.map((row) => ({
        migrantOrganisationId: row.migrant_organisation_id,
        educationalInstitutionId: row.educational_institution_id,
      })),
      ...pairRules.flatMap((rule) => {
        const counterpart = rule.counterpart_id as string;
        if (kindOf.get(rule.organisation_id) === "MIGRANT_ORGANISATION")
          return [{ migrantOrganisationId: rule.organisation_id, educationalInstitutionId: counterpart }];
        if (kindOf.get(counterpart) === "MIGRANT_ORGANISATION")
          return [{ migrantOrganisationId: counterpart, educationalInstitutionId: rule.organisation_id }];
        return [];
      }),
    ],
    excludedOrganisationIds: rules.filter((rule) => rule.counterpart_id === null).map((rule) => rule.organisation_id),
  };
}
