import type { EntityManager } from "typeorm";
// Status-change notifications name the status in the reader's language: the labels register themselves.
import "./application-status-labels";

/**
 * Users to tell about an application: the staff of its lead and participating organisations,
 * optionally every coordinator, never the person who caused the event.
 */
export async function applicationAudience(
  db: EntityManager,
  applicationIds: string[],
  options: { includeCoordinators: boolean; exceptUserId?: string | null },
): Promise<Map<string, string[]>> {
  const rows: { application_id: string; user_id: string }[] = await db.query(
    `SELECT DISTINCT a.id AS application_id, u.id AS user_id
       FROM application a
       JOIN app_user u ON u.organisation_id = a.lead_organisation_id
         OR u.organisation_id IN (SELECT organisation_id FROM application_participant WHERE application_id = a.id)
         OR ($2 AND u.role = 'COORDINATOR')
      WHERE a.id = ANY($1::uuid[])`,
    [applicationIds, options.includeCoordinators],
  );
  const audience = new Map<string, string[]>(applicationIds.map((id) => [id, []]));
  for (const row of rows) if (row.user_id !== options.exceptUserId) audience.get(row.application_id)?.push(row.user_id);
  return audience;
}

/** One notification and its mail per user, in the caller's transaction. */
export { notifyUsers } from "../notifications/notification.service";
