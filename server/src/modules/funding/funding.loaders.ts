import DataLoader from "dataloader";
import { In, type EntityManager } from "typeorm";
import { manyPerKey, onePerKey } from "../../shared/batch";
import { Application } from "../applications/application.entity";
import { ApplicationParticipant } from "../applications/application-participant.entity";
import { FundingProgramme } from "./programme.entity";
import { CallForProposals } from "../calls/call.entity";
import { createApplicationLoaders } from "../applications/application.loaders";

/** Applications an organisation takes part in (as lead or participant), newest first. */
export async function loadApplicationsByOrganisation(
  db: EntityManager,
  organisationIds: readonly string[],
): Promise<Application[][]> {
  const links: { organisation_id: string; application_id: string }[] = await db.query(
    `SELECT DISTINCT organisation_id, application_id FROM (
       SELECT organisation_id, application_id FROM application_participant WHERE organisation_id = ANY($1::uuid[])
       UNION
       SELECT lead_organisation_id, id FROM application WHERE lead_organisation_id = ANY($1::uuid[])
     ) links`,
    [organisationIds],
  );
  const applicationIds = [...new Set(links.map((link) => link.application_id))];
  const applications = applicationIds.length
    ? await db.getRepository(Application).find({
        where: { id: In(applicationIds) },
        order: { startsOn: { direction: "DESC", nulls: "LAST" }, title: "ASC" },
      })
    : [];
  const order = new Map(applications.map((application, index) => [application.id, index]));
  const byId = new Map(applications.map((application) => [application.id, application]));
  return manyPerKey(organisationIds, links, (link) => link.organisation_id).map((list) =>
    list
      .map((link) => byId.get(link.application_id))
      .filter((application): application is Application => application !== undefined)
      .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0)),
  );
}

export function createFundingLoaders(db: EntityManager) {
  return {
    ...createApplicationLoaders(db),
    applicationsByOrganisation: new DataLoader<string, Application[]>((ids) => loadApplicationsByOrganisation(db, ids)),
    participantsByApplication: new DataLoader<string, ApplicationParticipant[]>(async (ids) => {
      const rows = await db.getRepository(ApplicationParticipant).find({
        where: { applicationId: In([...ids]) },
        order: { role: "ASC" },
      });
      return manyPerKey(ids, rows, (row) => row.applicationId);
    }),
    callById: new DataLoader<string, CallForProposals | null>(async (ids) => {
      const rows = await db.getRepository(CallForProposals).findBy({ id: In([...ids]) });
      return onePerKey(ids, rows, (row) => row.id);
    }),
    programmeById: new DataLoader<string, FundingProgramme | null>(async (ids) => {
      const rows = await db.getRepository(FundingProgramme).findBy({ id: In([...ids]) });
      return onePerKey(ids, rows, (row) => row.id);
    }),
  };
}

export type FundingLoaders = ReturnType<typeof createFundingLoaders>;
