import type { EntityManager } from "typeorm";
import { CALENDAR_FEED_HISTORY_DAYS } from "@album/shared";
import type { SessionUser } from "../../graphql/context";
import { CLOSED_STATUSES } from "./application-lifecycle";
import { deadlineScope } from "./application-access";
import type { MilestoneKind } from "./application.enums";

const FEED_LIMIT = 1000;

export interface CallDeadline {
  id: string;
  title: string;
  description: string;
  deadline: Date;
  version: number;
}

export interface MilestoneDeadline {
  id: string;
  kind: MilestoneKind;
  title: string;
  dueAt: Date;
  applicationId: string;
  applicationTitle: string;
}

/** Deadlines of open calls: public, everyone may see them. */
export async function openCallDeadlines(db: EntityManager): Promise<CallDeadline[]> {
  const rows: { id: string; title: string; description: string; deadline: Date | string; version: number }[] =
    await db.query(
      `SELECT id, title, description, deadline, version FROM call_for_proposals
      WHERE status = 'OPEN' AND deadline > now() - make_interval(days => $1)
      ORDER BY deadline, id LIMIT $2`,
      [CALENDAR_FEED_HISTORY_DAYS, FEED_LIMIT],
    );
  return rows.map((row) => ({ ...row, deadline: new Date(row.deadline) }));
}

/**
 * Open milestones (submission, reports, internal deadlines) of the live applications the user may
 * read: the office all, a partner those its organisation leads or takes part in, companies none.
 */
export async function milestoneDeadlines(db: EntityManager, user: SessionUser): Promise<MilestoneDeadline[]> {
  const own = deadlineScope(user);
  if (own === undefined) return [];
  const rows: {
    id: string;
    kind: MilestoneKind;
    title: string;
    due_at: Date | string;
    application_id: string;
    application_title: string;
  }[] = await db.query(
    `SELECT m.id, m.kind, m.title, m.due_at, a.id AS application_id, a.title AS application_title
       FROM application_milestone m JOIN application a ON a.id = m.application_id
      WHERE m.done_at IS NULL AND a.status::text <> ALL($1::text[])
        AND m.due_at > now() - make_interval(days => $2)
        AND ($3::uuid IS NULL OR a.lead_organisation_id = $3::uuid
             OR EXISTS (SELECT 1 FROM application_participant p WHERE p.application_id = a.id AND p.organisation_id = $3::uuid))
      ORDER BY m.due_at, m.id LIMIT $4`,
    [[...CLOSED_STATUSES], CALENDAR_FEED_HISTORY_DAYS, own, FEED_LIMIT],
  );
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    title: row.title,
    dueAt: new Date(row.due_at),
    applicationId: row.application_id,
    applicationTitle: row.application_title,
  }));
}
