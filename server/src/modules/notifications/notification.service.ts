import type { EntityManager } from "typeorm";
import type { RequestContext } from "../../graphql/context";
import { requireUser } from "../../graphql/auth";
import { BadUserInputError } from "../../graphql/errors";
import { Notification, type NotificationKind } from "./notification.entity";
// Registers each kind's mail template.
import "./notification-texts";

/** Notifies every user of the given organisations, in the caller's transaction. */
export async function notifyOrganisations(
  db: EntityManager,
  organisationIds: string[],
  kind: NotificationKind,
  payload: Record<string, string>,
): Promise<number> {
  if (organisationIds.length === 0) return 0;
  const users: { id: string }[] = await db.query(`SELECT id FROM app_user WHERE organisation_id = ANY($1::uuid[])`, [
    organisationIds,
  ]);
  if (users.length === 0) return 0;
  return notifyUsers(
    db,
    users.map((user) => user.id),
    kind,
    payload,
  );
}

/**
 * Inserts one notification per user and, in the same transaction, its mail into the outbox
 * (transactional outbox: the mail exists exactly when the notification does). Each user's choice
 * for the kind decides the mail: IMMEDIATELY (also without a choice) writes it now, DAILY_DIGEST
 * marks the notification for the digest job (notification-digest.ts), NEVER writes none.
 */
export async function notifyUsers(
  db: EntityManager,
  userIds: string[],
  kind: NotificationKind,
  payload: Record<string, string>,
): Promise<number> {
  if (userIds.length === 0) return 0;
  const payloadJson = JSON.stringify(payload);
  await db.query(
    `INSERT INTO notification (user_id, kind, payload, digest_pending)
     SELECT u.id, $2, $3::jsonb, COALESCE(p.delivery = 'DAILY_DIGEST', false)
       FROM unnest($1::uuid[]) AS u(id)
       LEFT JOIN notification_preference p ON p.user_id = u.id AND p.kind = $2`,
    [userIds, kind, payloadJson],
  );
  await db.query(
    `INSERT INTO mail_outbox (user_id, to_address, locale, kind, payload)
     SELECT u.id, u.email, u.locale, $2, $3::jsonb FROM app_user u
       LEFT JOIN notification_preference p ON p.user_id = u.id AND p.kind = $2
      WHERE u.id = ANY($1::uuid[]) AND COALESCE(p.delivery, 'IMMEDIATELY') = 'IMMEDIATELY'`,
    [userIds, kind, payloadJson],
  );
  return userIds.length;
}

export const MAX_NOTIFICATIONS = 50;

export async function listNotifications(
  ctx: RequestContext,
  options: { unreadOnly?: boolean | null; first?: number | null },
): Promise<Notification[]> {
  const user = requireUser(ctx);
  const first = options.first ?? 20;
  if (!Number.isInteger(first) || first < 0 || first > MAX_NOTIFICATIONS) {
    throw new BadUserInputError("first out of range", [
      { field: "first", message: `must be between 0 and ${MAX_NOTIFICATIONS}` },
    ]);
  }
  const query = ctx.db
    .getRepository(Notification)
    .createQueryBuilder("n")
    .where("n.user_id = :userId", { userId: user.id });
  if (options.unreadOnly) query.andWhere("n.read_at IS NULL");
  return query.orderBy("n.created_at", "DESC").addOrderBy("n.id", "DESC").limit(first).getMany();
}

export async function unreadCount(ctx: RequestContext): Promise<number> {
  const user = requireUser(ctx);
  return ctx.db
    .getRepository(Notification)
    .createQueryBuilder("n")
    .where("n.user_id = :userId AND n.read_at IS NULL", { userId: user.id })
    .getCount();
}

/** Marks the user's own notifications as read (all when ids is null); returns how many changed. */
export async function markRead(ctx: RequestContext, ids: string[] | null): Promise<number> {
  const user = requireUser(ctx);
  const query = ctx.db
    .createQueryBuilder()
    .update(Notification)
    .set({ readAt: () => "now()" })
    .where("user_id = :userId AND read_at IS NULL", { userId: user.id });
  if (ids) {
    if (ids.length > 200) throw new BadUserInputError("Too many ids", [{ field: "ids", message: "at most 200" }]);
    const valid = ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
    if (valid.length === 0) return 0;
    query.andWhere("id IN (:...ids)", { ids: valid });
  }
  const result = await query.execute();
  return result.affected ?? 0;
}
