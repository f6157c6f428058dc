import fs from "node:fs";
import { DataSource, type DataSourceOptions } from "typeorm";
import { PGliteDriver } from "typeorm-pglite";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import type { Logger } from "pino";
import { migrations } from "./migrations";
import { CountingLogger } from "./sql-counter";
import { lockDataDir } from "./data-dir-lock";

/**
 * Below this word similarity a name is no search hit: "kargha" (0.57) finds "kargah e.V.",
 * "Archivverein" (0.38) does not match every "…verein". Set per session for the `%>` operator.
 */
export const SEARCH_SIMILARITY = 0.5;

export interface DatabaseOptions {
  /** PostgreSQL server; when null the embedded PGlite is used. */
  databaseUrl: string | null;
  /** PGlite data directory; "memory://" keeps everything in memory (tests). */
  dataDir: string;
  log: Logger;
  /** Every module's entities (modules/entities.ts): db/ knows no module. */
  entities: DataSourceOptions["entities"];
  /**
   * Cancels any statement running longer (PostgreSQL `statement_timeout`); unset: no limit (seeding,
   * tests). PostgreSQL servers only: PGlite runs in-process without the timer signal it needs.
   */
  statementTimeoutMs?: number;
}

/**
 * One data source for both databases: the PostgreSQL server through `pg`, or PGlite (PostgreSQL
 * compiled to WASM) in-process. Same entities, same migrations, same SQL.
 */
export function createDataSource(options: DatabaseOptions): DataSource {
  const common = {
    type: "postgres",
    entities: options.entities,
    migrations,
    migrationsRun: false,
    synchronize: false,
    logging: true,
    logger: new CountingLogger(options.log),
    maxQueryExecutionTime: 1000,
    // gen_random_uuid() is built into PostgreSQL 13+ and PGlite; uuid-ossp is not available in PGlite.
    uuidExtension: "pgcrypto",
    installExtensions: false,
  } as const;
  if (options.databaseUrl) {
    return new DataSource({
      ...common,
      url: options.databaseUrl,
      extra: {
        max: 10,
        connectionTimeoutMillis: 5000,
        idleTimeoutMillis: 30000,
        options:
          `-c pg_trgm.word_similarity_threshold=${SEARCH_SIMILARITY}` +
          (options.statementTimeoutMs ? ` -c statement_timeout=${options.statementTimeoutMs}` : ""),
      },
    } satisfies DataSourceOptions);
  }
  const inMemory = options.dataDir.startsWith("memory://");
  if (!inMemory) fs.mkdirSync(options.dataDir, { recursive: true });
  const embedded = new DataSource({
    ...common,
    driver: new PGliteDriver({
      dataDir: inMemory ? undefined : options.dataDir,
      extensions: { pg_trgm },
      startParams: [...PGlite.defaultStartParams, "-c", `shared_buffers=${PGLITE_SHARED_BUFFERS}`],
    }).driver,
  } as DataSourceOptions);
  if (!inMemory) embeddedDirs.set(embedded, options.dataDir);
  return embedded;
}

/**
 * PGlite's buffer pool lives in the server process (WASM memory, which never shrinks) while the
 * data directory's pages sit in the OS page cache anyway: PostgreSQL's default of 128 MB would count
 * twice against the server's memory budget. 32 MB keeps the hot pages of a 10,000-organisation
 * network and saves ~100 MB of RSS (`npm run bench`).
 */
const PGLITE_SHARED_BUFFERS = "32MB";

/** Opens the data source and brings the schema up to date. */
export async function openDatabase(dataSource: DataSource, log: Logger): Promise<DataSource> {
  const dataDir = embeddedDataDir(dataSource);
  if (dataDir) {
    const release = lockDataDir(dataDir);
    const destroy = dataSource.destroy.bind(dataSource);
    dataSource.destroy = async () => {
      try {
        await destroy();
      } finally {
        release();
      }
    };
    try {
      await dataSource.initialize();
    } catch (error) {
      release();
      throw error;
    }
  } else {
    await dataSource.initialize();
  }
  if (dataSource.driver.options.type === "postgres" && !(dataSource.options as { url?: string }).url) {
    // PGlite has one session for the process: set the search threshold once.
    await dataSource.query(`SET pg_trgm.word_similarity_threshold = ${SEARCH_SIMILARITY}`);
  }
  if (dataSource.driver.options.type === "postgres" && "master" in dataSource.driver) {
    attachPoolErrorListener(dataSource, log);
  }
  const applied = await dataSource.runMigrations({ transaction: "each" });
  if (applied.length > 0) log.info({ migrations: applied.map((m) => m.name) }, "migrations applied");
  return dataSource;
}

/** The PGlite data folder on disk, or null for PostgreSQL servers and in-memory databases. */
function embeddedDataDir(dataSource: DataSource): string | null {
  return embeddedDirs.get(dataSource) ?? null;
}
const embeddedDirs = new WeakMap<DataSource, string>();

/**
 * A pg Pool emits "error" when the server drops idle connections (e.g. a PostgreSQL restart);
 * without a listener Node would crash. The pool replaces the connection on the next query.
 */
function attachPoolErrorListener(dataSource: DataSource, log: Logger): void {
  const pool = (dataSource.driver as unknown as { master?: { on?: (event: string, cb: (e: Error) => void) => void } })
    .master;
  pool?.on?.("error", (error) => log.warn({ err: error }, "idle database connection lost"));
}
