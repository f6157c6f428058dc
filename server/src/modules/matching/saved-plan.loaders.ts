import DataLoader from "dataloader";
import { In, type EntityManager } from "typeorm";
import { perRequest } from "../../graphql/per-request";
import { TandemRequest } from "./tandem-request.entity";

/** "callId|migrantId|institutionId" of a pair in a call. */
export const pairInCall = (callId: string, migrantId: string, institutionId: string) =>
  `${callId}|${migrantId}|${institutionId}`;

export function createSavedPlanLoaders(db: EntityManager) {
  return {
    /** The newest request or proposal of a pair in a call: what became of a saved plan's tandem. */
    latestRequestByPair: new DataLoader<string, TandemRequest | null>(async (keys) => {
      const parts = keys.map((key) => key.split("|"));
      const rows = (await db.query(
        `SELECT DISTINCT ON (r.call_id, r.migrant_organisation_id, r.educational_institution_id) r.id
           FROM tandem_request r
           JOIN unnest($1::uuid[], $2::uuid[], $3::uuid[]) AS k(call_id, m, e)
             ON r.call_id = k.call_id AND r.migrant_organisation_id = k.m AND r.educational_institution_id = k.e
          ORDER BY r.call_id, r.migrant_organisation_id, r.educational_institution_id, r.created_at DESC, r.id DESC`,
        [parts.map((p) => p[0]), parts.map((p) => p[1]), parts.map((p) => p[2])],
      )) as { id: string }[];
      const requests = rows.length
        ? await db.getRepository(TandemRequest).findBy({ id: In(rows.map((row) => row.id)) })
        : [];
      const byPair = new Map(
        requests.map((r) => [pairInCall(r.callId, r.migrantOrganisationId, r.educationalInstitutionId), r]),
      );
      return keys.map((key) => byPair.get(key) ?? null);
    }),
  };
}

export const savedPlanLoaders = perRequest(createSavedPlanLoaders);
