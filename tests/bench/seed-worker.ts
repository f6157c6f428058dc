/** Child process of the bench: builds the synthetic network in the bench's database (see children.ts). */
process.env.NODE_ENV ??= "production";
import "reflect-metadata";
import pino from "pino";
import { createDataSource, openDatabase } from "../../server/src/db/data-source";
import { entities } from "../../server/src/modules/entities";
import { seedSyntheticNetwork } from "../../seeds/synthetic";
import { answerOneJob, type SeedJob, type SeedReply } from "./children";

async function seed(job: SeedJob): Promise<SeedReply> {
  // big multi-row INSERTs may pass the 1 s slow-query mark; that is expected while seeding
  const log = pino({ level: process.env.BENCH_LOG_LEVEL ?? "error" });
  const dataSource = createDataSource({ databaseUrl: job.databaseUrl, dataDir: job.dataDir, log, entities });
  const opened = Date.now();
  await openDatabase(dataSource, log);
  const openMs = Date.now() - opened;
  try {
    const started = Date.now();
    const result = await seedSyntheticNetwork(dataSource, {
      organisations: job.organisations,
      seed: job.seed,
      progress: job.progress,
    });
    const seedMs = Date.now() - started;
    // A freshly written database has no planner statistics until autovacuum gets to it (PostgreSQL,
    // about a minute later; PGlite never): without them the planner misjudges every table as tiny.
    const analyzed = Date.now();
    await dataSource.query("ANALYZE");
    return { kind: "seeded", result, openMs, seedMs, analyzeMs: Date.now() - analyzed };
  } finally {
    await dataSource.destroy();
  }
}

answerOneJob(seed);
