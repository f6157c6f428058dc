import "reflect-metadata";
import pino from "pino";
import { loadConfig } from "./config";
import { createDataSource, openDatabase } from "./db/data-source";
import { entities } from "./modules/entities";
import { DataDirLockedError } from "./db/data-dir-lock";
import { buildApp } from "./app";
import { seedIfEmpty } from "../../seeds/load-seed";
import { startBackgroundJobs } from "./background";

/** Process entry: config → database (migrations, seed) → HTTP server; drains on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  const config = loadConfig();
  const log = pino({ level: config.logLevel });
  const dataSource = createDataSource({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    log,
    entities,
    statementTimeoutMs: config.statementTimeoutMs,
  });
  await openDatabase(dataSource, log);
  log.info({ database: config.databaseUrl ? "postgresql" : `pglite:${config.dataDir}` }, "database ready");
  await seedIfEmpty(dataSource, log, { demoAccounts: !config.production });
  const { httpServer, apollo, lastDrain } = await buildApp(config, dataSource, log);
  await new Promise<void>((resolve) => httpServer.listen(config.port, resolve));
  log.info(`ALBuM network platform at http://localhost:${config.port} (API at /graphql)`);

  // Sweeps (request expiry, deadline reminders) and mail delivery: jobs on the durable queue.
  const jobs = await startBackgroundJobs(config, dataSource, log);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal, timeoutMs: config.shutdownTimeoutMs }, "shutting down: draining requests");
    const force = setTimeout(() => {
      log.error("shutdown took too long; exiting");
      process.exit(1);
    }, config.shutdownTimeoutMs + 5_000);
    force.unref();
    try {
      // Stops accepting, answers every request already received, then closes the connections.
      await apollo.stop();
      const drained = lastDrain();
      if (drained?.forced) log.warn(drained, "shutdown deadline: connections cut with requests in flight");
      else log.info(drained ?? {}, "requests drained");
      await jobs.stop();
      await dataSource.destroy();
      log.info("stopped");
      process.exit(0);
    } catch (error) {
      log.error({ err: error }, "error during shutdown");
      process.exit(1);
    }
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
}

main().catch((error: unknown) => {
  console.error(error instanceof DataDirLockedError ? error.message : error);
  process.exit(1);
});
