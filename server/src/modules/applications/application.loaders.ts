import DataLoader from "dataloader";
import { In, type EntityManager } from "typeorm";
import { manyPerKey } from "../../shared/batch";
import { ApplicationTandem } from "./application-tandem.entity";
import { ApplicationStatusChange } from "./application-status-change.entity";
import { ApplicationMilestone } from "./application-milestone.entity";

/** Per-request loaders of an application's parts: one `IN (…)` query per part and batch. */
export function createApplicationLoaders(db: EntityManager) {
  return {
    tandemsByApplication: new DataLoader<string, ApplicationTandem[]>(async (ids) => {
      const rows = await db.getRepository(ApplicationTandem).find({ where: { applicationId: In([...ids]) }, order: { position: "ASC", id: "ASC" } });
      return manyPerKey(ids, rows, (row) => row.applicationId);
    }),
    statusHistoryByApplication: new DataLoader<string, ApplicationStatusChange[]>(async (ids) => {
      const rows = await db.getRepository(ApplicationStatusChange).find({ where: { applicationId: In([...ids]) }, order: { at: "ASC", id: "ASC" } });
      return manyPerKey(ids, rows, (row) => row.applicationId);
    }),
    milestonesByApplication: new DataLoader<string, ApplicationMilestone[]>(async (ids) => {
      const rows = await db.getRepository(ApplicationMilestone).find({ where: { applicationId: In([...ids]) }, order: { dueAt: "ASC", id: "ASC" } });
      return manyPerKey(ids, rows, (row) => row.applicationId);
    }),
  };
}

export type ApplicationLoaders = ReturnType<typeof createApplicationLoaders>;
