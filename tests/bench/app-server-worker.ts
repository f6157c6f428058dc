/**
 * Child process of the bench: the ALBuM app alone (no seed, no background jobs) serving the bench's
 * database on a free loopback port, so that its memory and CPU are the server's own and not mixed
 * with the bench's files, generator and answers. Speaks PostGraphile's protocol (children.ts).
 */
process.env.NODE_ENV ??= "production";
import "reflect-metadata";
import type { AddressInfo } from "node:net";
import pino from "pino";
import { loadConfig } from "../../server/src/config";
import { createDataSource, openDatabase } from "../../server/src/db/data-source";
import { entities } from "../../server/src/modules/entities";
import { buildApp } from "../../server/src/app";
import { residentSetOf } from "./http";
import type {
  AppServerJob,
  FailedReply,
  PostGraphileListening,
  PostGraphileStop,
  PostGraphileStopped,
} from "./children";

const MB = 1024 * 1024;

async function serve(job: AppServerJob): Promise<void> {
  let maxHeapUsed = 0;
  const sampleHeap = () => {
    maxHeapUsed = Math.max(maxHeapUsed, process.memoryUsage().heapUsed);
  };
  const started = Date.now();
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
  await new Promise<void>((resolve) => httpServer.listen(0, "127.0.0.1", resolve));
  const timer = setInterval(sampleHeap, 50);
  const listening: PostGraphileListening = {
    kind: "listening",
    port: (httpServer.address() as AddressInfo).port,
    startMs: Date.now() - started,
    rssMb: Math.round(process.memoryUsage().rss / MB),
  };
  process.send?.(listening);

  const stop = async () => {
    clearInterval(timer);
    sampleHeap();
    await apollo.stop();
    await dataSource.destroy();
    const stopped: PostGraphileStopped = {
      kind: "stopped",
      // The kernel's high-water mark of the resident set: the true peak, also between two samples.
      maxRssMb: Math.round((residentSetOf("self")?.peak ?? process.memoryUsage().rss) / MB),
      maxHeapUsedMb: Math.round(maxHeapUsed / MB),
    };
    process.send?.(stopped, () => process.exit(0));
  };
  process.on("message", (message: PostGraphileStop) => {
    if (message.kind === "stop") void stop();
  });
  process.once("disconnect", () => process.exit(0));
}

process.once("message", (job: AppServerJob) => {
  serve(job).catch((error: unknown) => {
    const reply: FailedReply = {
      kind: "failed",
      message: error instanceof Error ? (error.stack ?? error.message) : String(error),
    };
    process.send?.(reply, () => process.exit(1));
  });
});
