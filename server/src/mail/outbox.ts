import type { DataSource, EntityManager } from "typeorm";
import type { Logger } from "pino";
import type { Locale } from "../graphql/context";
import { queryReturning } from "../db/returning";
import type { JobDefinition, JobQueue } from "../jobs/job-queue";
import { renderMail } from "./templates";
import type { MailTransport } from "./transport";

export interface MailToSend {
  userId?: string | null;
  toAddress: string;
  locale: Locale;
  kind: string;
  payload: Record<string, string>;
}

/**
 * Writes mails into the outbox in the caller's transaction: the mail exists exactly when the change
 * that causes it commits. Delivery is the job queue's work (`mailJobs`).
 */
export async function enqueueMail(db: EntityManager, mails: MailToSend[]): Promise<void> {
  if (mails.length === 0) return;
  await db.query(
    `INSERT INTO mail_outbox (user_id, to_address, locale, kind, payload)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::jsonb[])`,
    [
      mails.map((m) => m.userId ?? null),
      mails.map((m) => m.toAddress),
      mails.map((m) => m.locale),
      mails.map((m) => m.kind),
      mails.map((m) => JSON.stringify(m.payload)),
    ],
  );
}

/** Payload keys that carry a secret (a token link): removed from the outbox once the mail is sent. */
const SECRET_KEYS = ["token"];

interface OutboxRow {
  id: string;
  to_address: string;
  locale: Locale;
  kind: string;
  payload: Record<string, string>;
}

export interface MailDeliveryOptions {
  dataSource: DataSource;
  transport: MailTransport;
  appUrl: string;
  log: Logger;
  /** The queue that carries `mail.send` jobs; set once it has started. */
  queue: () => JobQueue | null;
  /** How often the outbox is looked at for mails not yet queued. */
  drainEverySeconds: number;
  /** A mail claimed by a process that died is sent again after this long. */
  leaseSeconds: number;
}

/**
 * Two jobs deliver the outbox:
 * - `mail.drain` (periodic, once per slot across processes) hands each unsent mail to a
 *   `mail.send` job, in one transaction with stamping `queued_at` (re-queued after the lease);
 * - `mail.send` claims its mail (`sending_at`, a lease), sends it, stamps `sent_at`. A failure
 *   releases the claim and throws: the queue retries with backoff. Two jobs for one mail (a
 *   re-queue after a crash) cannot both send it: the claim is one UPDATE … WHERE sent_at IS NULL.
 */
export function mailJobs(options: MailDeliveryOptions): JobDefinition[] {
  return [
    {
      name: "mail.drain",
      everySeconds: options.drainEverySeconds,
      handler: async () => {
        const queue = options.queue();
        if (!queue) return;
        await options.dataSource.transaction(async (tx) => {
          const rows = await queryReturning<{ id: string }>(
            tx,
            `UPDATE mail_outbox SET queued_at = now()
              WHERE id IN (SELECT id FROM mail_outbox
                            WHERE sent_at IS NULL
                              AND (queued_at IS NULL OR queued_at < now() - make_interval(secs => $1))
                            ORDER BY created_at LIMIT 200 FOR UPDATE SKIP LOCKED)
              RETURNING id`,
            [options.leaseSeconds],
          );
          for (const row of rows) await queue.send(tx, "mail.send", { id: row.id });
        });
      },
    },
    {
      name: "mail.send",
      handler: async (data) => {
        const id = String(data.id ?? "");
        const [row] = await queryReturning<OutboxRow>(
          options.dataSource.manager,
          `UPDATE mail_outbox SET sending_at = now(), attempts = attempts + 1
            WHERE id = $1 AND sent_at IS NULL
              AND (sending_at IS NULL OR sending_at < now() - make_interval(secs => $2))
            RETURNING id, to_address, locale, kind, payload`,
          [id, options.leaseSeconds],
        );
        if (!row) return;
        try {
          const mail = renderMail(row.kind, row.payload, row.locale === "en" ? "en" : "de", options.appUrl);
          await options.transport.send({ to: row.to_address, ...mail });
        } catch (error) {
          await options.dataSource.query(`UPDATE mail_outbox SET sending_at = NULL, last_error = $2 WHERE id = $1`, [
            id,
            String(error instanceof Error ? error.message : error).slice(0, 500),
          ]);
          options.log.warn({ err: error, mail: id }, "mail not sent; will retry");
          throw error;
        }
        await options.dataSource.query(
          `UPDATE mail_outbox SET sent_at = now(), last_error = NULL, payload = payload - $2::text[] WHERE id = $1`,
          [id, SECRET_KEYS],
        );
      },
    },
  ];
}
