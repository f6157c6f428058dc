import type { EntityManager } from "typeorm";
import { REMINDER_DAYS } from "@album/shared";
import { queryReturning } from "../../db/returning";
import { NotificationKind } from "../notifications/notification.entity";
import { CLOSED_STATUSES } from "./application-lifecycle";
import { applicationAudience, notifyUsers } from "./application-notify";

const berlinDate = new Intl.DateTimeFormat("de-DE", {
  timeZone: "Europe/Berlin",
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
});

interface DueRow {
  id: string;
  application_id: string;
  title: string;
  due_at: Date | string;
  application_title: string;
}

/**
 * Sends DEADLINE_SOON for open milestones due within seven days to the users of the participating
 * organisations and to the coordinators. The UPDATE … RETURNING claims each milestone once, so
 * timers in several server processes never remind twice. Returns the number of milestones.
 */
export async function notifyDueMilestones(db: EntityManager, now: Date = new Date()): Promise<number> {
  return db.transaction(async (tx) => {
    const due = await queryReturning<DueRow>(
      tx,
      `UPDATE application_milestone m SET notified_at = now()
         FROM application a
        WHERE a.id = m.application_id AND m.done_at IS NULL AND m.notified_at IS NULL
          AND m.due_at > $1 AND m.due_at <= $1::timestamptz + make_interval(days => $2)
          AND a.status::text <> ALL($3::text[])
        RETURNING m.id, m.application_id, m.title, m.due_at, a.title AS application_title`,
      [now, REMINDER_DAYS, [...CLOSED_STATUSES]],
    );
    if (due.length === 0) return 0;
    const audience = await applicationAudience(tx, [...new Set(due.map((row) => row.application_id))], {
      includeCoordinators: true,
    });
    for (const row of due) {
      await notifyUsers(tx, audience.get(row.application_id) ?? [], NotificationKind.DEADLINE_SOON, {
        title: `${row.title} – ${row.application_title}`,
        date: berlinDate.format(new Date(row.due_at)),
        milestoneId: row.id,
        applicationId: row.application_id,
        link: `/antraege/${row.application_id}`,
      });
    }
    return due.length;
  });
}
