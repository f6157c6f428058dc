import DataLoader from "dataloader";
import { In, type EntityManager } from "typeorm";
import { onePerKey } from "../../shared/batch";
import { perRequest } from "../../graphql/per-request";
import { User } from "./user.entity";

export function createAccountsLoaders(db: EntityManager) {
  return {
    userById: new DataLoader<string, User | null>(async (ids) => {
      const rows = await db.getRepository(User).findBy({ id: In([...ids]) });
      return onePerKey(ids, rows, (row) => row.id);
    }),
  };
}

export const accountsLoaders = perRequest(createAccountsLoaders);
