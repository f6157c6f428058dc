import PgBoss from "pg-boss";
import type { DataSource, EntityManager } from "typeorm";
import type { Logger } from "pino";

/** A job's work; throwing makes the queue retry it later with a growing delay. */
export type JobHandler = (data: Record<string, unknown>) => Promise<void>;

export interface JobDefinition {
  name: string;
  handler: JobHandler;
  /** Enqueued by a timer in every process, at most once per this many seconds across all of them. */
  everySeconds?: number;
}

export interface JobQueueOptions {
  /** PostgreSQL server; null: the embedded PGlite of `dataSource` (one process). */
  databaseUrl: string | null;
  log: Logger;
  jobs: JobDefinition[];
  /** How often an idle worker looks for new jobs (pg-boss polling). */
  pollingIntervalSeconds?: number;
  retryLimit?: number;
  /** First retry delay; doubles on each further retry (pg-boss retryBackoff). */
  retryDelaySeconds?: number;
  /** An active job whose process died is handed out again after this long. */
  expireInSeconds?: number;
}

/** pg-boss's database port on a TypeORM entity manager: inside a transaction, the job commits with it. */
export function queueDb(db: EntityManager | DataSource): PgBoss.Db {
  return {
    async executeSql(text: string, values: unknown[]) {
      const manager = "manager" in db ? db.manager : db;
      if (manager.queryRunner) {
        const result = await manager.queryRunner.query(text, values?.length ? values : undefined, true);
        return { rows: (result.records ?? []) as unknown[] };
      }
      const runner = manager.connection.createQueryRunner();
      try {
        const result = await runner.query(text, values?.length ? values : undefined, true);
        return { rows: (result.records ?? []) as unknown[] };
      } finally {
        await runner.release();
      }
    },
  };
}

/**
 * The durable job queue: pg-boss on the database the app already uses. Jobs are rows in the
 * `pgboss` schema, fetched with SKIP LOCKED, so each runs in one process of many; a failed job is
 * retried with exponential backoff; jobs survive restarts.
 *
 * On PostgreSQL pg-boss keeps its own small pool and runs its maintenance (expiring jobs of dead
 * processes, archiving). On embedded PGlite there is one process and one database session shared
 * with TypeORM: pg-boss then runs through the same TypeORM connection, without its supervisor
 * (whose BEGIN…COMMIT scripts would interleave with the app's transactions on the one session);
 * the two things it would do are done here with single statements: jobs left active by a killed
 * process are put back on start (nobody else can own them: the data folder is locked), and old
 * finished jobs are deleted by the periodic tick.
 */
export class JobQueue {
  private readonly timers: NodeJS.Timeout[] = [];
  private stopped = false;

  private constructor(
    readonly boss: PgBoss,
    private readonly options: JobQueueOptions,
    private readonly embedded: boolean,
    private readonly dataSource: DataSource,
  ) {}

  static async start(dataSource: DataSource, options: JobQueueOptions): Promise<JobQueue> {
    const embedded = options.databaseUrl === null;
    const retry = {
      retryLimit: options.retryLimit ?? 8,
      retryDelay: options.retryDelaySeconds ?? 10,
      retryBackoff: true,
      expireInSeconds: options.expireInSeconds ?? 15 * 60,
    };
    const boss = embedded
      ? new PgBoss({ db: queueDb(dataSource), supervise: false, schedule: false, migrate: true, ...retry })
      : new PgBoss({
          connectionString: options.databaseUrl!,
          max: 3,
          application_name: "album-jobs",
          schedule: false,
          maintenanceIntervalSeconds: Math.max(30, Math.min(retry.expireInSeconds, 120)),
          ...retry,
        });
    boss.on("error", (error: Error) => options.log.warn({ err: error }, "job queue error"));
    await boss.start();
    const queue = new JobQueue(boss, options, embedded, dataSource);
    if (embedded) {
      await dataSource.query(`UPDATE pgboss.job SET state = 'retry' WHERE state = 'active'`);
    }
    for (const job of options.jobs) {
      await queue.ensureQueue(job.name, retry);
      await boss.work<Record<string, unknown>>(
        job.name,
        { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2, batchSize: 1 },
        async (jobs) => {
          for (const item of jobs) await job.handler(item.data ?? {});
        },
      );
      if (job.everySeconds) {
        const every = job.everySeconds;
        const tick = () => void queue.sendPeriodic(job.name, every);
        tick();
        const timer = setInterval(tick, Math.max(1, Math.floor(every / 2)) * 1000);
        timer.unref();
        queue.timers.push(timer);
      }
    }
    if (embedded) {
      const timer = setInterval(() => void queue.purgeFinished(), 60 * 60 * 1000);
      timer.unref();
      queue.timers.push(timer);
    }
    return queue;
  }

  /** Creates the queue unless another process just did (two processes starting together). */
  private async ensureQueue(name: string, retry: PgBoss.RetryOptions & PgBoss.ExpirationOptions): Promise<void> {
    if (await this.boss.getQueue(name)) return;
    try {
      await this.boss.createQueue(name, { name, ...retry });
    } catch (error) {
      if (!(await this.boss.getQueue(name))) throw error;
    }
  }

  /** One job per time slot across all processes: pg-boss's singleton slot is a unique key. */
  private async sendPeriodic(name: string, everySeconds: number): Promise<void> {
    if (this.stopped) return;
    try {
      await this.boss.send(name, {}, { singletonKey: name, singletonSeconds: everySeconds });
    } catch (error) {
      this.options.log.warn({ err: error, job: name }, "could not enqueue periodic job");
    }
  }

  /** Adds a job in the caller's transaction (or on its own when `db` is the data source). */
  async send(
    db: EntityManager | DataSource,
    name: string,
    data: object,
    options: PgBoss.SendOptions = {},
  ): Promise<void> {
    await this.boss.send(name, data, { ...options, db: queueDb(db) });
  }

  private async purgeFinished(): Promise<void> {
    try {
      await this.dataSource.query(
        `DELETE FROM pgboss.job WHERE state IN ('completed', 'cancelled') AND completed_on < now() - interval '7 days'`,
      );
    } catch (error) {
      this.options.log.warn({ err: error }, "job purge failed");
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers) clearInterval(timer);
    await this.boss.stop({ graceful: true, close: !this.embedded, wait: true, timeout: 5_000 });
  }
}
