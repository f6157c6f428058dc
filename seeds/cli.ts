/**
 * `npm run seed` — fills the configured database (DATABASE_URL, or PGlite in DATA_DIR).
 *
 *   npm run seed                                   the real ALBuM network, if the database is empty
 *   npm run seed -- --reset                        delete all data, then the real ALBuM network
 *   npm run seed -- --synthetic 10000 [--seed 42]  a synthetic network (empty database only)
 *   npm run seed -- --synthetic 10000 --reset      delete all data first
 *
 * Exit codes: 0 done (or nothing to do), 1 failure, 2 bad arguments or configuration,
 * 3 refused because the database is not empty.
 */
import "reflect-metadata";
import { parseArgs } from "node:util";
import pino from "pino";
import type { DataSource } from "typeorm";
import { ConfigError, loadConfig } from "../server/src/config";
import { createDataSource, openDatabase } from "../server/src/db/data-source";
import { entities } from "../server/src/modules/entities";
import { seedIfEmpty } from "./load-seed";
import {
  DEFAULT_SYNTHETIC_SEED,
  DatabaseNotEmptyError,
  MAX_SYNTHETIC_ORGANISATIONS,
  networkRowCounts,
  seedSyntheticNetwork,
  truncateAllTables,
} from "./synthetic";

const EXIT_FAILURE = 1;
const EXIT_USAGE = 2;
const EXIT_NOT_EMPTY = 3;

const usage = `Usage: npm run seed -- [options]

Without options, seeds the real ALBuM network into the configured database if it is empty.

Options:
  --synthetic N   build a deterministic synthetic network of N organisations (1–${MAX_SYNTHETIC_ORGANISATIONS})
  --seed S        seed of the synthetic generator (integer 0–4294967295, default ${DEFAULT_SYNTHETIC_SEED})
  --reset         delete ALL data first (TRUNCATE … CASCADE); without it a non-empty database is refused
  --no-progress   no progress bar
  -h, --help      this text

Database: DATABASE_URL (PostgreSQL) when set, otherwise embedded PGlite in DATA_DIR (default ./data/pglite).
Exit codes: 0 done, 1 failure, 2 bad arguments/configuration, 3 database not empty.`;

class UsageError extends Error {}
class DatabaseOpenError extends Error {}

interface CliOptions {
  synthetic: number | null;
  seed: number;
  reset: boolean;
  progress: boolean;
  help: boolean;
}

function parseInteger(name: string, raw: string, min: number, max: number): number {
  if (!/^\d+$/.test(raw.trim())) throw new UsageError(`${name} must be a whole number, got "${raw}"`);
  const value = Number(raw.trim());
  if (!Number.isSafeInteger(value) || value < min || value > max)
    throw new UsageError(`${name} must be between ${min} and ${max}, got ${raw}`);
  return value;
}

export function parseCliArguments(args: string[]): CliOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        synthetic: { type: "string" },
        seed: { type: "string" },
        reset: { type: "boolean", default: false },
        progress: { type: "boolean", default: true },
        help: { type: "boolean", short: "h", default: false },
      },
      allowNegative: true,
      allowPositionals: false,
      strict: true,
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const synthetic =
    values.synthetic === undefined
      ? null
      : parseInteger("--synthetic", values.synthetic, 1, MAX_SYNTHETIC_ORGANISATIONS);
  if (values.seed !== undefined && synthetic === null) throw new UsageError("--seed only applies to --synthetic");
  return {
    synthetic,
    seed: values.seed === undefined ? DEFAULT_SYNTHETIC_SEED : parseInteger("--seed", values.seed, 0, 0xffffffff),
    reset: values.reset ?? false,
    progress: (values.progress ?? true) && process.stderr.isTTY === true,
    help: values.help ?? false,
  };
}

function describeDatabase(databaseUrl: string | null, dataDir: string): string {
  if (!databaseUrl) return `PGlite in ${dataDir}`;
  try {
    const url = new URL(databaseUrl);
    return `PostgreSQL ${url.host}${url.pathname}`; // never print the password
  } catch {
    return "PostgreSQL (DATABASE_URL)";
  }
}

async function run(options: CliOptions): Promise<number> {
  const config = loadConfig();
  // big multi-row INSERTs may pass the 1 s slow-query mark on a busy machine: expected while seeding
  const log = pino({ level: process.env.LOG_LEVEL ?? "error" });
  const where = describeDatabase(config.databaseUrl, config.dataDir);
  const dataSource: DataSource = createDataSource({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    log,
    entities,
  });
  console.log(`Opening ${where} …`);
  try {
    await openDatabase(dataSource, log);
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    throw new DatabaseOpenError(`cannot open ${where}: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    if (options.synthetic !== null) {
      if (!options.reset) {
        const counts = await networkRowCounts(dataSource.manager);
        if (Object.values(counts).some((count) => count > 0)) throw new DatabaseNotEmptyError(counts);
      }
      console.log(
        `Building a synthetic network of ${options.synthetic.toLocaleString("en")} organisations (seed ${options.seed})` +
          `${options.reset ? " after deleting all data" : ""} …`,
      );
      const started = Date.now();
      const result = await seedSyntheticNetwork(dataSource, {
        organisations: options.synthetic,
        seed: options.seed,
        reset: options.reset,
        progress: options.progress,
      });
      console.log(
        `Done in ${((Date.now() - started) / 1000).toFixed(1)} s (plan ${result.planMs} ms, write ${result.ms} ms): ` +
          `${result.organisations} organisations, ${result.memberships} memberships, ${result.relations} relations, ` +
          `${result.programmes} programmes, ${result.applications} applications with ${result.participants} participants.`,
      );
      return 0;
    }

    if (options.reset) {
      const tables = await dataSource.transaction((db) => truncateAllTables(db));
      console.log(`Deleted all data (${tables.length} tables).`);
    }
    const started = Date.now();
    const seeded = await seedIfEmpty(dataSource, log, { demoAccounts: !config.production });
    if (seeded) console.log(`Seeded the ALBuM network in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    else console.log("The database already holds data; nothing to do. Use --reset to delete it and seed again.");
    return 0;
  } finally {
    await dataSource.destroy();
  }
}

async function main(): Promise<void> {
  let options: CliOptions;
  try {
    options = parseCliArguments(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`seed: ${error.message}\n\n${usage}`);
      process.exitCode = EXIT_USAGE;
      return;
    }
    throw error;
  }
  if (options.help) {
    console.log(usage);
    return;
  }
  try {
    process.exitCode = await run(options);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`seed: configuration error: ${error.message}`);
      process.exitCode = EXIT_USAGE;
    } else if (error instanceof DatabaseOpenError) {
      console.error(`seed: ${error.message}`);
      process.exitCode = EXIT_FAILURE;
    } else if (error instanceof DatabaseNotEmptyError) {
      console.error(`seed: refused: ${error.message}. Add --reset to delete all data first.`);
      process.exitCode = EXIT_NOT_EMPTY;
    } else {
      console.error("seed: failed:", error instanceof Error ? (error.stack ?? error.message) : error);
      process.exitCode = EXIT_FAILURE;
    }
  }
}

void main();
