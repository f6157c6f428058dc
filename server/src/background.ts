import type { DataSource } from "typeorm";
import type { Logger } from "pino";
import type { AppConfig } from "./config";
import { JobQueue } from "./jobs/job-queue";
import { mailJobs } from "./mail/outbox";
import { createMailTransport, type MailTransport } from "./mail/transport";
import { purgeExpiredIdempotencyKeys } from "./graphql/idempotency";
import { expireDueRequests } from "./modules/matching/tandem-request.service";
import { notifyDueMilestones } from "./modules/applications/milestone-reminders";
import { dailyDigestJob } from "./modules/notifications/notification-digest";
// Mail templates of the modules register themselves when loaded.
import "./modules/notifications/notification-texts";
import "./modules/accounts/account-mails";

/**
 * The background work of a process, as jobs on the durable queue: each sweep and each mail runs
 * in one process of however many share the database, is retried with backoff, survives restarts.
 */
export async function startBackgroundJobs(
  config: AppConfig,
  dataSource: DataSource,
  log: Logger,
  options: { transport?: MailTransport } = {},
): Promise<JobQueue> {
  const transport =
    options.transport ??
    createMailTransport({ smtpUrl: config.smtpUrl, from: config.mailFrom, mailDir: config.mailDir, log });
  let queue: JobQueue | null = null;
  queue = await JobQueue.start(dataSource, {
    databaseUrl: config.databaseUrl,
    log,
    pollingIntervalSeconds: config.jobPollSeconds,
    jobs: [
      {
        name: "sweep",
        everySeconds: config.sweepSeconds,
        handler: async () => {
          // Requests also expire when read; the sweep makes sure nobody waits for a reader to be told.
          await expireDueRequests(dataSource.manager);
          await notifyDueMilestones(dataSource.manager);
          await purgeExpiredIdempotencyKeys(dataSource);
        },
      },
      dailyDigestJob({
        dataSource,
        digestHour: config.digestHour,
        checkEverySeconds: config.digestCheckSeconds,
      }),
      ...mailJobs({
        dataSource,
        transport,
        appUrl: config.appUrl,
        log,
        queue: () => queue,
        drainEverySeconds: config.mailDrainSeconds,
        leaseSeconds: config.mailLeaseSeconds,
      }),
    ],
  });
  log.info({ mail: transport.description }, "background jobs started");
  return queue;
}
