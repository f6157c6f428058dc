import type { DataSource } from "typeorm";
import type { Locale } from "../../graphql/context";
import { queryReturning } from "../../db/returning";
import type { JobDefinition } from "../../jobs/job-queue";
import { enqueueMail } from "../../mail/outbox";
import { registerMailTemplate } from "../../mail/templates";
import { NotificationKind } from "./notification.entity";
import { notificationText } from "./notification-texts";

/** The mail kind of the daily digest in the outbox (not a notification kind: it has no in-app twin). */
export const DIGEST_MAIL_KIND = "NOTIFICATION_DIGEST";
/** The network works in Hannover: "daily" and the digest hour are Berlin's, summer time included. */
export const DIGEST_TIME_ZONE = "Europe/Berlin";
/** A digest lists this many notifications and counts the rest. */
const DIGEST_ITEMS_LISTED = 50;

const berlinParts = new Intl.DateTimeFormat("en-CA", {
  timeZone: DIGEST_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  hourCycle: "h23",
});

/** The Berlin calendar day (YYYY-MM-DD) and hour of an instant. */
export function berlinClock(now: Date): { day: string; hour: number } {
  const parts = Object.fromEntries(berlinParts.formatToParts(now).map((part) => [part.type, part.value]));
  return { day: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour) };
}

interface DigestItem {
  kind: NotificationKind;
  payload: Record<string, string>;
}

export interface DigestRun {
  /** The Berlin day the run stands for; null before the digest hour. */
  day: string | null;
  /** Users who got a digest mail in this run. */
  users: number;
}

/**
 * Writes one digest mail per user whose DAILY_DIGEST notifications wait, for the Berlin day of
 * `now`, once the digest hour has come. Idempotent: each (user, day) is claimed by inserting its
 * `notification_digest` row in the same transaction that writes the mail and clears the
 * notifications' pending mark, so a second run (another process, a retry, a restart) of the same
 * day finds the claim and writes nothing; what arrives later that day waits for the next day.
 */
export async function runDailyDigest(dataSource: DataSource, now: Date, digestHour: number): Promise<DigestRun> {
  const clock = berlinClock(now);
  if (clock.hour < digestHour) return { day: null, users: 0 };
  const candidates: { user_id: string }[] = await dataSource.query(
    `SELECT DISTINCT n.user_id FROM notification n
      WHERE n.digest_pending AND n.created_at <= $1
        AND NOT EXISTS (SELECT 1 FROM notification_digest d WHERE d.user_id = n.user_id AND d.day = $2::date)`,
    [now, clock.day],
  );
  let users = 0;
  for (const { user_id: userId } of candidates) {
    const sent = await dataSource.transaction(async (tx) => {
      const claimed = await queryReturning<{ user_id: string }>(
        tx,
        `INSERT INTO notification_digest (user_id, day, notifications) VALUES ($1, $2::date, 0)
         ON CONFLICT (user_id, day) DO NOTHING RETURNING user_id`,
        [userId, clock.day],
      );
      if (claimed.length === 0) return false;
      const items = await queryReturning<DigestItem & { created_at: Date; id: string }>(
        tx,
        `UPDATE notification SET digest_pending = false
          WHERE user_id = $1 AND digest_pending AND created_at <= $2
          RETURNING id, kind, payload, created_at`,
        [userId, now],
      );
      await tx.query(`UPDATE notification_digest SET notifications = $3 WHERE user_id = $1 AND day = $2::date`, [
        userId,
        clock.day,
        items.length,
      ]);
      const [user] = (await tx.query(`SELECT email, locale FROM app_user WHERE id = $1`, [userId])) as {
        email: string;
        locale: string;
      }[];
      if (!user || items.length === 0) return false;
      items.sort((a, b) => a.created_at.getTime() - b.created_at.getTime() || a.id.localeCompare(b.id));
      await enqueueMail(tx, [
        {
          userId,
          toAddress: user.email,
          locale: user.locale === "en" ? "en" : "de",
          kind: DIGEST_MAIL_KIND,
          payload: {
            day: clock.day,
            count: String(items.length),
            items: JSON.stringify(
              items.slice(0, DIGEST_ITEMS_LISTED).map((item) => ({ kind: item.kind, payload: item.payload })),
            ),
          },
        },
      ]);
      return true;
    });
    if (sent) users += 1;
  }
  return { day: clock.day, users };
}

/**
 * The digest as a periodic job: it looks every `checkEverySeconds` (once per slot across all
 * processes) and does the day's work once the hour has come. `data.now` (ISO time) stands in for
 * the clock, so tests run this very handler for a chosen day and hour.
 */
export function dailyDigestJob(options: {
  dataSource: DataSource;
  digestHour: number;
  checkEverySeconds: number;
}): JobDefinition {
  return {
    name: "notification.digest",
    everySeconds: options.checkEverySeconds,
    handler: async (data) => {
      const now = typeof data.now === "string" ? new Date(data.now) : new Date();
      if (Number.isNaN(now.getTime())) throw new Error(`notification.digest: bad time ${String(data.now)}`);
      await runDailyDigest(options.dataSource, now, options.digestHour);
    },
  };
}

const DIGEST_FRAME: Record<
  Locale,
  { subject: (count: number) => string; intro: (count: number, day: string) => string; more: (n: number) => string }
> = {
  de: {
    subject: (count) => (count === 1 ? "1 neue Benachrichtigung" : `${count} neue Benachrichtigungen`),
    intro: (count, day) =>
      `${count === 1 ? "Eine Benachrichtigung ist" : `${count} Benachrichtigungen sind`} seit der letzten Zusammenfassung eingegangen (Stand ${formatDay(day, "de")}):`,
    more: (n) => `… und ${n} weitere in der Plattform.`,
  },
  en: {
    subject: (count) => (count === 1 ? "1 new notification" : `${count} new notifications`),
    intro: (count, day) =>
      `${count === 1 ? "One notification has" : `${count} notifications have`} arrived since the last summary (as of ${formatDay(day, "en")}):`,
    more: (n) => `… and ${n} more in the platform.`,
  },
};

function formatDay(day: string, locale: Locale): string {
  const [year, month, date] = day.split("-");
  return locale === "de" ? `${date}.${month}.${year}` : `${year}-${month}-${date}`;
}

registerMailTemplate(DIGEST_MAIL_KIND, (payload, locale) => {
  const frame = DIGEST_FRAME[locale];
  const count = Number(payload.count ?? 0);
  const items = JSON.parse(payload.items ?? "[]") as DigestItem[];
  const known = new Set<string>(Object.values(NotificationKind));
  const lines = items
    .filter((item) => known.has(item.kind))
    .map((item) => {
      const { title, message } = notificationText(item.kind, item.payload, locale);
      return `• ${title}: ${message}`;
    });
  return {
    subject: frame.subject(count),
    paragraphs: [
      frame.intro(count, payload.day ?? ""),
      ...lines,
      ...(count > lines.length ? [frame.more(count - lines.length)] : []),
    ],
    // The notifications are listed by the bell on every page; the user's own area is their home.
    link: "/mein-bereich",
  };
});
