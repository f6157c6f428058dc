import "reflect-metadata";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DataSource } from "typeorm";
import { createNetworkLoaders, loadPartnerIds } from "../../server/src/modules/network/network.loaders";
import { loadApplicationsByOrganisationWith } from "../../server/src/modules/applications/application.loaders";
import { seedIfEmpty } from "../../seeds/load-seed";
import { sqlCounterStorage } from "../../server/src/db/sql-counter";
import { openTestDatabase, type OpenTestDatabase } from "../support/test-database";

let database: OpenTestDatabase;
let dataSource: DataSource;
const idOf = new Map<string, string>();

beforeAll(async () => {
  database = await openTestDatabase();
  dataSource = database.dataSource;
  const log = pino({ level: "silent" });
  await seedIfEmpty(dataSource, log, { demoAccounts: false });
  for (const row of (await dataSource.query(`SELECT id, slug FROM organisation`)) as { id: string; slug: string }[])
    idOf.set(row.slug, row.id);
});
afterAll(async () => {
  await database?.close();
});

/** Runs fn and returns how many SQL statements it caused. */
async function countStatements(fn: () => Promise<unknown>): Promise<number> {
  const counter = { statements: 0 };
  await sqlCounterStorage.run(counter, fn);
  return counter.statements;
}

describe("DataLoader batch functions", () => {
  it("loadPartnerIds answers in key order, de-duplicated, with an empty list for unknown keys", async () => {
    const unknown = "00000000-0000-4000-8000-000000000000";
    const keys = [idOf.get("vhs-hannover")!, unknown, idOf.get("kargah")!];
    const result = await loadPartnerIds(dataSource.manager, keys);
    expect(result).toHaveLength(3);
    expect(result[1]).toEqual([]);
    expect(result[2]).toContain(idOf.get("koordinationsstelle-album"));
    for (const list of result) expect(new Set(list).size).toBe(list.length);
    expect(result[0]).not.toContain(keys[0]);
  });

  it("loadPartnerIds counts relations in both directions and joint projects", async () => {
    const [coordination] = await loadPartnerIds(dataSource.manager, [idOf.get("koordinationsstelle-album")!]);
    const [kargah] = await loadPartnerIds(dataSource.manager, [idOf.get("kargah")!]);
    expect(coordination).toContain(idOf.get("kargah"));
    expect(kargah).toContain(idOf.get("koordinationsstelle-album"));
  });

  it("loadApplicationsByOrganisationWith answers in key order", async () => {
    const keys = [idOf.get("tui")!, idOf.get("koordinationsstelle-album")!];
    const [, office] = await loadApplicationsByOrganisationWith(dataSource.manager, keys, null);
    const [{ n }] = (await dataSource.query(
      `SELECT count(DISTINCT application_id)::int AS n FROM application_participant WHERE organisation_id = $1`,
      [keys[1]],
    )) as [{ n: number }];
    expect(n).toBeGreaterThan(0);
    expect(office!.length).toBe(n);
    expect(office!.map((a) => a.title)).toContain("Vielfalt – Inklusion – Perspektiven: ALBuM-VIP");
  });

  it("batches many loads into one statement per loader", async () => {
    const loaders = createNetworkLoaders(dataSource.manager);
    const ids = [...idOf.values()];
    const statements = await countStatements(() =>
      Promise.all([
        ...ids.map((id) => loaders.organisationById.load(id)),
        ...ids.map((id) => loaders.partnerIdsByOrganisation.load(id)),
        ...ids.map((id) => loaders.membershipsByOrganisation.load(id)),
      ]),
    );
    expect(statements).toBe(3);
    const organisations = await loaders.organisationById.loadMany(ids);
    expect(organisations.map((o) => (o && "id" in o ? o.id : null))).toEqual(ids);
  });
});
