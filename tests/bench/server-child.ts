/**
 * The server side of the bench's server children (PostGraphile 4 and 5, the floor, the ALBuM app
 * alone): one implementation of their protocol (children.ts) — wait for the job, start, report
 * "listening", sample memory, stop on "stop" and report "stopped", report "failed" on a start
 * error, and never outlive the parent. Each worker only says how to start and stop its server.
 */
import type http from "node:http";
import type { AddressInfo } from "node:net";
import { residentSetOf, startMemorySampling } from "./http";
import type { FailedReply, PostGraphileListening, PostGraphileStop, PostGraphileStopped } from "./children";

const MB = 1024 * 1024;

export interface StartedServer {
  port: number;
  /** Closes the server and releases what it holds (pools, connections). */
  stop(): Promise<void>;
}

export interface ServerChildOptions {
  /**
   * "sampled": the largest resident set seen every 50 ms; "kernel": the kernel's high-water mark
   * (VmHWM), the true peak also between two samples, for figures that are the server's own.
   */
  peakRss: "sampled" | "kernel";
}

/** Listens on a free loopback port; its port. */
export async function listenOnLoopback(server: http.Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

/** Drops the open (keep-alive) connections and closes the server. */
export async function closeHttpServer(server: http.Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

export function serveAsChild<Job>(
  start: (job: Job) => Promise<StartedServer>,
  options: ServerChildOptions = { peakRss: "sampled" },
): void {
  const serve = async (job: Job) => {
    const started = Date.now();
    const server = await start(job);
    const listening: PostGraphileListening = {
      kind: "listening",
      port: server.port,
      startMs: Date.now() - started,
      rssMb: Math.round(process.memoryUsage().rss / MB),
    };
    const sampling = startMemorySampling();
    process.send?.(listening);
    const stop = async () => {
      const { maxRss, maxHeapUsed } = sampling.stop();
      await server.stop();
      const peak = options.peakRss === "kernel" ? (residentSetOf("self")?.peak ?? maxRss) : maxRss;
      const stopped: PostGraphileStopped = {
        kind: "stopped",
        maxRssMb: Math.round(peak / MB),
        maxHeapUsedMb: Math.round(maxHeapUsed / MB),
      };
      process.send?.(stopped, () => process.exit(0));
    };
    process.on("message", (message: PostGraphileStop) => {
      if (message.kind === "stop") void stop();
    });
    // The parent died or closed the channel without a stop: do not outlive it.
    process.once("disconnect", () => process.exit(0));
  };
  process.once("message", (job: Job) => {
    serve(job).catch((error: unknown) => {
      const reply: FailedReply = {
        kind: "failed",
        message: error instanceof Error ? (error.stack ?? error.message) : String(error),
      };
      process.send?.(reply, () => process.exit(1));
    });
  });
}
