import DataLoader from "dataloader";
import { In, type EntityManager } from "typeorm";
import { onePerKey } from "../../shared/batch";
import { perRequest } from "../../graphql/per-request";
import { FundingProgramme } from "./programme.entity";

export function createFundingLoaders(db: EntityManager) {
  return {
    programmeById: new DataLoader<string, FundingProgramme | null>(async (ids) => {
      const rows = await db.getRepository(FundingProgramme).findBy({ id: In([...ids]) });
      return onePerKey(ids, rows, (row) => row.id);
    }),
  };
}

export const fundingLoaders = perRequest(createFundingLoaders);
