/**
 * Child process of the bench: the ALBuM app alone (no seed, no background jobs) serving the bench's
 * database on a free loopback port, so that its memory and CPU are the server's own and not mixed
 * with the bench's files, generator and answers. Speaks PostGraphile's protocol (children.ts).
 */
process.env.NODE_ENV ??= "production";
import "reflect-metadata";
import pino from "pino";
import { loadConfig } from "../../server/src/config";
import { createDataSource, openDatabase } from "../../server/src/db/data-source";
import { entities } from "../../server/src/modules/entities";
import { buildApp } from "../../server/src/app";
import type { AppServerJob } from "./children";
import { listenOnLoopback, serveAsChild } from "./server-child";

serveAsChild(
  async (job: AppServerJob) => {
    const log = pino({ level: process.env.BENCH_LOG_LEVEL ?? "warn" });
    const dataSource = createDataSource({ databaseUrl: job.databaseUrl, dataDir: job.dataDir, log, entities });
    await openDatabase(dataSource, log);
    const config = {
      ...loadConfig({ NODE_ENV: "production" }),
      port: 0,
      databaseUrl: job.databaseUrl,
      dataDir: job.dataDir,
    };
    const { httpServer, apollo } = await buildApp(config, dataSource, log);
    return {
      port: await listenOnLoopback(httpServer),
      async stop() {
        await apollo.stop();
        await dataSource.destroy();
      },
    };
  },
  { peakRss: "kernel" },
);
