import { randomBytes } from "node:crypto";
import type { EntityManager } from "typeorm";
import { queryReturning } from "../../db/returning";
import type { RequestContext, SessionUser } from "../../graphql/context";
import { recordAudit } from "../audit/audit.service";
import { AuditAction, AuditEntityType } from "../audit/audit-entry.entity";
import type { UserRole } from "../accounts/accounts.enums";

export const DEADLINE_FEED_PATH = "/calendar/deadlines.ics";

const newToken = () => randomBytes(24).toString("base64url");
const feedUrl = (token: string) => `${DEADLINE_FEED_PATH}?token=${token}`;

type TokenRow = { calendar_token: string };

/**
 * The user's private deadline feed (a path; the client adds its origin). The secret is created on
 * first use; `coalesce` keeps two first requests from handing out different links.
 */
export async function calendarPathFor(db: EntityManager, userId: string): Promise<string | null> {
  const rows = await queryReturning<TokenRow>(
    db,
    `UPDATE app_user SET calendar_token = coalesce(calendar_token, $2) WHERE id = $1 RETURNING calendar_token`,
    [userId, newToken()],
  );
  return rows[0] ? feedUrl(rows[0].calendar_token) : null;
}

/** Replaces the secret, so that a link shared by mistake stops working. */
export async function regenerateCalendarPath(db: EntityManager, userId: string): Promise<string> {
  const rows = await queryReturning<TokenRow>(
    db,
    `UPDATE app_user SET calendar_token = $2 WHERE id = $1 RETURNING calendar_token`,
    [userId, newToken()],
  );
  if (!rows[0]) throw new Error(`user ${userId} vanished`);
  return feedUrl(rows[0].calendar_token);
}

/** Renews the link and records that it was renewed (never the secret itself). */
export async function renewCalendarLink(ctx: RequestContext, userId: string): Promise<string> {
  return ctx.dataSource.transaction(async (db) => {
    const path = await regenerateCalendarPath(db, userId);
    const [user] = (await db.query(`SELECT display_name, organisation_id FROM app_user WHERE id = $1`, [userId])) as {
      display_name: string;
      organisation_id: string | null;
    }[];
    await recordAudit(db, ctx, {
      action: AuditAction.UPDATE,
      entityType: AuditEntityType.ACCOUNT,
      entityId: userId,
      changes: { calendarLink: { before: "replaced", after: "renewed" } },
      label: user?.display_name ?? "",
      organisationIds: [user?.organisation_id],
    });
    return path;
  });
}

/** The user a feed secret belongs to, or null. */
export async function userByCalendarToken(db: EntityManager, token: string): Promise<SessionUser | null> {
  if (token.length < 16 || token.length > 100) return null;
  const rows: { id: string; role: UserRole; organisation_id: string | null }[] = await db.query(
    `SELECT id, role, organisation_id FROM app_user WHERE calendar_token = $1`,
    [token],
  );
  const row = rows[0];
  return row ? { id: row.id, role: row.role, organisationId: row.organisation_id } : null;
}
