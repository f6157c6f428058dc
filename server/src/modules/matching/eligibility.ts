import type { EntityManager } from "typeorm";
import type { FieldProblem } from "../../graphql/errors";
import type { CallForProposals } from "../calls/call.entity";

/** Application states in which an organisation's capacity is taken. */
export const ACTIVE_APPLICATION_STATUSES = ["IN_PREPARATION", "SUBMITTED", "REVISION_REQUESTED", "APPROVED", "RUNNING"];

/**
 * Active commitments per organisation: active applications plus tandems agreed for open calls. A
 * tandem and the application built from it are one commitment: once an application beyond its draft
 * carries the pair for that call, the application's status decides, and the tandem no longer counts.
 */
export async function loadActiveCommitments(
  db: EntityManager,
  organisationIds: readonly string[] | null,
): Promise<Map<string, number>> {
  const rows: { organisation_id: string; commitments: number }[] = await db.query(
    `SELECT organisation_id, count(*)::int AS commitments FROM (
       SELECT DISTINCT p.organisation_id, p.application_id::text AS item
         FROM application_participant p JOIN application a ON a.id = p.application_id
        WHERE a.status::text = ANY($1::text[]) AND ($2::uuid[] IS NULL OR p.organisation_id = ANY($2::uuid[]))
       UNION
       SELECT o.organisation_id, r.id::text
         FROM tandem_request r JOIN call_for_proposals c ON c.id = r.call_id
         CROSS JOIN LATERAL (VALUES (r.migrant_organisation_id), (r.educational_institution_id)) AS o(organisation_id)
        WHERE r.status = 'ACCEPTED' AND c.status = 'OPEN' AND ($2::uuid[] IS NULL OR o.organisation_id = ANY($2::uuid[]))
          AND NOT EXISTS (
            SELECT 1 FROM application_tandem t JOIN application a ON a.id = t.application_id
             WHERE a.status::text <> 'DRAFT'
               AND (t.tandem_request_id = r.id
                    OR (a.call_id = r.call_id AND t.migrant_organisation_id = r.migrant_organisation_id
                        AND t.educational_institution_id = r.educational_institution_id)))
     ) commitments GROUP BY organisation_id`,
    [ACTIVE_APPLICATION_STATUSES, organisationIds],
  );
  return new Map(rows.map((row) => [row.organisation_id, row.commitments]));
}

/** Why a pair may not form a tandem for a call (empty when it may): the hard constraints of DESIGN §4. */
export async function eligibilityProblems(
  db: EntityManager,
  call: CallForProposals,
  migrantId: string,
  institutionId: string,
): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  const ids = [migrantId, institutionId];
  const organisations: { id: string; archived: boolean; eligible: boolean; capacity: number }[] = await db.query(
    `SELECT o.id, o.archived_at IS NOT NULL AS archived, o.capacity,
            EXISTS (SELECT 1 FROM membership m WHERE m.organisation_id = o.id AND m.kind::text = ANY($2::text[])
                     AND (m.until IS NULL OR m.until >= CURRENT_DATE)) AS eligible
       FROM organisation o WHERE o.id = ANY($1::uuid[])`,
    [ids, call.eligibleMemberships],
  );
  const commitments = await loadActiveCommitments(db, ids);
  for (const organisation of organisations) {
    const field = organisation.id === migrantId ? "migrantOrganisation" : "educationalInstitution";
    if (organisation.archived) problems.push({ field, message: "is archived" });
    if (!organisation.eligible) problems.push({ field, message: "has no membership this call accepts" });
    if ((commitments.get(organisation.id) ?? 0) >= organisation.capacity)
      problems.push({ field, message: "is at capacity" });
  }
  const rules: { id: string }[] = await db.query(
    `SELECT id FROM matching_rule
      WHERE (call_id IS NULL OR call_id = $1)
        AND ((organisation_id = ANY($2::uuid[]) AND counterpart_id IS NULL)
          OR (organisation_id = $3 AND counterpart_id = $4) OR (organisation_id = $4 AND counterpart_id = $3))`,
    [call.id, ids, migrantId, institutionId],
  );
  if (rules.length > 0)
    problems.push({ field: "toOrganisationId", message: "the coordination office does not propose this pair" });
  return problems;
}
