import DataLoader from "dataloader";
import { In, type EntityManager } from "typeorm";
import { onePerKey } from "../../shared/batch";
import { perRequest } from "../../graphql/per-request";
import { CallForProposals } from "./call.entity";

export function createCallLoaders(db: EntityManager) {
  return {
    callById: new DataLoader<string, CallForProposals | null>(async (ids) => {
      const rows = await db.getRepository(CallForProposals).findBy({ id: In([...ids]) });
      return onePerKey(ids, rows, (row) => row.id);
    }),
  };
}

export const callLoaders = perRequest(createCallLoaders);
