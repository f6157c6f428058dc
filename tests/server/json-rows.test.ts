import "reflect-metadata";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DataSource } from "typeorm";
import { loadOrganisationsById, loadRelationsByOrganisation } from "../../server/src/modules/network/network.loaders";
import { loadApplicationsByOrganisationWith } from "../../server/src/modules/applications/application.loaders";
import { Organisation } from "../../server/src/modules/network/organisation.entity";
import { Relation } from "../../server/src/modules/network/relation.entity";
import { Application } from "../../server/src/modules/applications/application.entity";
import { seedIfEmpty } from "../../seeds/load-seed";
import { openTestDatabase, type OpenTestDatabase } from "../support/test-database";

let database: OpenTestDatabase;
let dataSource: DataSource;

beforeAll(async () => {
  database = await openTestDatabase();
  dataSource = database.dataSource;
  const log = pino({ level: "silent" });
  await seedIfEmpty(dataSource, log, { demoAccounts: false });
  // Values the seed leaves empty, so that every converted column type is compared at least once.
  await dataSource.query(`UPDATE organisation SET archived_at = '2024-05-06 07:08:09.123456+02' WHERE slug = 'kargah'`);
  await dataSource.query(`UPDATE application SET requested_amount = 12345.60, approved_amount = 0.05, ends_on = '2025-12-31'
                           WHERE id = (SELECT id FROM application ORDER BY id LIMIT 1)`);
});
afterAll(async () => {
  await database?.close();
});

/** The JSON-row loaders must build exactly what TypeORM's find builds: same class, same values. */
describe("entities read as JSON rows", () => {
  it("organisations equal TypeORM's, in key order, null for unknown ids", async () => {
    const expected = await dataSource.getRepository(Organisation).find({ order: { id: "ASC" } });
    const unknown = "00000000-0000-4000-8000-000000000000";
    const loaded = await loadOrganisationsById(dataSource.manager, [unknown, ...expected.map((o) => o.id)]);
    expect(loaded[0]).toBeNull();
    expect(loaded.slice(1)).toStrictEqual(expected);
    expect(loaded[1]).toBeInstanceOf(Organisation);
    expect(loaded.find((o) => o?.slug === "kargah")?.archivedAt?.toISOString()).toBe("2024-05-06T05:08:09.123Z");
  });

  it("a projection reads only the named columns", async () => {
    const [organisation] = await loadOrganisationsById(
      dataSource.manager,
      [(await dataSource.getRepository(Organisation).findOneByOrFail({ slug: "kargah" })).id],
      ["id", "name"],
    );
    expect(organisation).toBeInstanceOf(Organisation);
    expect(Object.keys(organisation!).sort()).toEqual(["id", "name"]);
  });

  it("relations equal TypeORM's, listed for both ends", async () => {
    const expected = await dataSource.getRepository(Relation).find({ order: { type: "ASC", id: "ASC" } });
    expect(expected.length).toBeGreaterThan(0);
    const first = expected[0]!;
    const [ofSource, ofTarget] = await loadRelationsByOrganisation(dataSource.manager, [
      first.sourceId,
      first.targetId,
    ]);
    expect(ofSource).toStrictEqual(
      expected.filter((r) => r.sourceId === first.sourceId || r.targetId === first.sourceId),
    );
    expect(ofTarget).toStrictEqual(
      expected.filter((r) => r.sourceId === first.targetId || r.targetId === first.targetId),
    );
  });

  it("applications equal TypeORM's (numeric, date and timestamp columns included)", async () => {
    const expected = await dataSource.getRepository(Application).find({ order: { id: "ASC" } });
    const byId = new Map(expected.map((a) => [a.id, a]));
    const leads = [...new Set(expected.map((a) => a.leadOrganisationId))];
    const loaded = (await loadApplicationsByOrganisationWith(dataSource.manager, leads, null)).flat();
    expect(loaded.length).toBeGreaterThan(0);
    for (const application of loaded) expect(application).toStrictEqual(byId.get(application.id));
    expect(
      loaded.some((a) => a.requestedAmount === 12345.6 && a.approvedAmount === 0.05 && a.endsOn === "2025-12-31"),
    ).toBe(true);
  });
});
