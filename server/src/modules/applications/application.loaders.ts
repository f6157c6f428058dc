import DataLoader from "dataloader";
import { In, type EntityManager } from "typeorm";
import { manyPerKey } from "../../shared/batch";
import { jsonRowReader, jsonRowSql, type Properties } from "../../shared/json-rows";
import { projectedLoaders } from "../../shared/projection";
import { perRequest } from "../../graphql/per-request";
import { Application } from "./application.entity";
import { ApplicationParticipant } from "./application-participant.entity";
import { ApplicationTandem } from "./application-tandem.entity";
import { ApplicationBudgetShare } from "./application-budget-share.entity";
import { ApplicationStatusChange } from "./application-status-change.entity";
import { ApplicationMilestone } from "./application-milestone.entity";

/**
 * Applications each organisation takes part in (as lead or participant), newest first, in one
 * statement, read as JSON rows with all columns or only the projected ones (see json-rows.ts and
 * projection.ts; organisation pages list the applications of all their partners).
 */
export async function loadApplicationsByOrganisationWith(
  db: EntityManager,
  organisationIds: readonly string[],
  properties: Properties,
): Promise<Application[][]> {
  const read = jsonRowReader(db, Application, properties);
  const rows: { organisation_id: string; id: string; row: Record<string, unknown> }[] = await db.query(
    `SELECT links.organisation_id, a.id, ${jsonRowSql(db, Application, "a", properties)} AS row
       FROM (
         SELECT organisation_id, application_id FROM application_participant WHERE organisation_id = ANY($1::uuid[])
         UNION
         SELECT lead_organisation_id, id FROM application WHERE lead_organisation_id = ANY($1::uuid[])
       ) links
       JOIN application a ON a.id = links.application_id
      ORDER BY a.starts_on DESC NULLS LAST, a.title, a.id`,
    [organisationIds],
  );
  // Partners share applications: one instance per application.
  const byId = new Map<string, Application>();
  const byOrganisation = new Map<string, Application[]>(organisationIds.map((id) => [id, []]));
  for (const { organisation_id: organisationId, id, row } of rows) {
    let application = byId.get(id);
    if (!application) {
      application = read(row);
      byId.set(id, application);
    }
    byOrganisation.get(organisationId)?.push(application);
  }
  return organisationIds.map((id) => byOrganisation.get(id) ?? []);
}

/** Per-request loaders of an application's parts: one `IN (…)` query per part and batch. */
export function createApplicationLoaders(db: EntityManager) {
  return {
    /** Only for resolvers that computed a projection with `projectionFor` (Organisation.applications). */
    applicationsByOrganisationWith: projectedLoaders(
      (properties) =>
        new DataLoader<string, Application[]>((ids) => loadApplicationsByOrganisationWith(db, ids, properties)),
    ),
    participantsByApplication: new DataLoader<string, ApplicationParticipant[]>(async (ids) => {
      const rows = await db.getRepository(ApplicationParticipant).find({
        where: { applicationId: In([...ids]) },
        order: { role: "ASC" },
      });
      return manyPerKey(ids, rows, (row) => row.applicationId);
    }),
    tandemsByApplication: new DataLoader<string, ApplicationTandem[]>(async (ids) => {
      const rows = await db
        .getRepository(ApplicationTandem)
        .find({ where: { applicationId: In([...ids]) }, order: { position: "ASC", id: "ASC" } });
      return manyPerKey(ids, rows, (row) => row.applicationId);
    }),
    budgetSharesByApplication: new DataLoader<string, ApplicationBudgetShare[]>(async (ids) => {
      const rows = await db
        .getRepository(ApplicationBudgetShare)
        .find({ where: { applicationId: In([...ids]) }, order: { position: "ASC", id: "ASC" } });
      return manyPerKey(ids, rows, (row) => row.applicationId);
    }),
    statusHistoryByApplication: new DataLoader<string, ApplicationStatusChange[]>(async (ids) => {
      const rows = await db
        .getRepository(ApplicationStatusChange)
        .find({ where: { applicationId: In([...ids]) }, order: { at: "ASC", id: "ASC" } });
      return manyPerKey(ids, rows, (row) => row.applicationId);
    }),
    milestonesByApplication: new DataLoader<string, ApplicationMilestone[]>(async (ids) => {
      const rows = await db
        .getRepository(ApplicationMilestone)
        .find({ where: { applicationId: In([...ids]) }, order: { dueAt: "ASC", id: "ASC" } });
      return manyPerKey(ids, rows, (row) => row.applicationId);
    }),
  };
}

export const applicationLoaders = perRequest(createApplicationLoaders);
