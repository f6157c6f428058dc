import { randomBytes } from "node:crypto";
import pg from "pg";
import pino from "pino";
import type { DataSource } from "typeorm";
import { createDataSource, openDatabase } from "../../server/src/db/data-source";
import { entities } from "../../server/src/modules/entities";

/**
 * Where tests put their data: embedded PGlite in memory by default; with DATABASE_URL a fresh
 * database on that PostgreSQL server, dropped afterwards, so test files never share state.
 */
export interface TestDatabase {
  databaseUrl: string | null;
  dataDir: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) return { databaseUrl: null, dataDir: "memory://", drop: async () => {} };
  const name = `album_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    databaseUrl: url.toString(),
    dataDir: "memory://",
    async drop() {
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

/** An open data source on a fresh test database (migrated, empty), for tests below the HTTP layer. */
export interface OpenTestDatabase {
  dataSource: DataSource;
  /** Closes the data source and drops the database. */
  close(): Promise<void>;
}

export async function openTestDatabase(options: { statementTimeoutMs?: number } = {}): Promise<OpenTestDatabase> {
  const database = await createTestDatabase();
  const log = pino({ level: "silent" });
  const dataSource = createDataSource({
    databaseUrl: database.databaseUrl,
    dataDir: database.dataDir,
    log,
    entities,
    statementTimeoutMs: options.statementTimeoutMs,
  });
  try {
    await openDatabase(dataSource, log);
  } catch (error) {
    await database.drop();
    throw error;
  }
  return {
    dataSource,
    async close() {
      if (dataSource.isInitialized) await dataSource.destroy();
      await database.drop();
    },
  };
}
