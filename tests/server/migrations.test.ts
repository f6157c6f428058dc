import "reflect-metadata";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { createDataSource, openDatabase } from "../../server/src/db/data-source";
import { entities } from "../../server/src/modules/entities";
import { createTestDatabase } from "../support/test-database";

describe("migrations", () => {
  it("bring an empty database exactly to the entities' schema, and run once", async () => {
    const database = await createTestDatabase();
    const log = pino({ level: "silent" });
    const dataSource = createDataSource({
      databaseUrl: database.databaseUrl,
      dataDir: database.dataDir,
      log,
      entities,
    });
    try {
      await openDatabase(dataSource, log);
      const pending = await dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
      expect(await dataSource.showMigrations()).toBe(false);
      // Every migration can be undone.
      for (let i = 0; i < dataSource.migrations.length; i += 1) await dataSource.undoLastMigration();
      const tables = (await dataSource.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`,
      )) as unknown[];
      expect(tables).toEqual([]);
    } finally {
      await dataSource.destroy();
      await database.drop();
    }
  });
});
