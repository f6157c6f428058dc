import type { RequestContext } from "../../graphql/context";
import { requireUser } from "../../graphql/auth";
import { BadUserInputError } from "../../graphql/errors";
import { AuditAction, AuditEntityType } from "../audit/audit-entry.entity";
import { recordAudit, type FieldChanges } from "../audit/audit.service";
import { NotificationKind } from "./notification.entity";
import {
  DEFAULT_DELIVERY,
  MailDelivery,
  type NotificationPreference,
  type SetNotificationPreferencesInput,
} from "./notification-preference.types";

const KINDS = Object.values(NotificationKind);
const DELIVERIES = new Set<string>(Object.values(MailDelivery));

async function storedPreferences(
  db: RequestContext["db"],
  userId: string,
): Promise<Map<NotificationKind, MailDelivery>> {
  const rows: { kind: NotificationKind; delivery: MailDelivery }[] = await db.query(
    `SELECT kind, delivery FROM notification_preference WHERE user_id = $1`,
    [userId],
  );
  return new Map(rows.map((row) => [row.kind, row.delivery]));
}

/** Every notification kind with the signed-in user's choice (IMMEDIATELY where none was made). */
export async function myPreferences(ctx: RequestContext): Promise<NotificationPreference[]> {
  const user = requireUser(ctx);
  const stored = await storedPreferences(ctx.db, user.id);
  return KINDS.map((kind) => ({ kind, delivery: stored.get(kind) ?? DEFAULT_DELIVERY }));
}

/** Sets the signed-in user's own choices (never another user's); one audit entry with what changed. */
export async function setPreferences(
  ctx: RequestContext,
  input: SetNotificationPreferencesInput,
): Promise<NotificationPreference[]> {
  const user = requireUser(ctx);
  const seen = new Set<string>();
  input.preferences.forEach((preference, index) => {
    // The schema's enums already refuse unknown names; this guards callers that bypass them.
    if (!KINDS.includes(preference.kind))
      throw new BadUserInputError("Unknown notification kind", [
        { field: `preferences.${index}.kind`, message: "is not a notification kind" },
      ]);
    if (!DELIVERIES.has(preference.delivery))
      throw new BadUserInputError("Unknown delivery", [
        { field: `preferences.${index}.delivery`, message: "must be IMMEDIATELY, DAILY_DIGEST or NEVER" },
      ]);
    if (seen.has(preference.kind))
      throw new BadUserInputError("A kind is listed twice", [
        { field: `preferences.${index}.kind`, message: "is listed more than once" },
      ]);
    seen.add(preference.kind);
  });
  await ctx.dataSource.transaction(async (db) => {
    const before = await storedPreferences(db, user.id);
    const changes: FieldChanges = {};
    for (const { kind, delivery } of input.preferences) {
      const previous = before.get(kind) ?? DEFAULT_DELIVERY;
      if (previous !== delivery) changes[kind] = { before: previous, after: delivery };
    }
    await db.query(
      `INSERT INTO notification_preference (user_id, kind, delivery)
       SELECT $1, kind, delivery FROM unnest($2::text[], $3::text[]) AS p(kind, delivery)
       ON CONFLICT (user_id, kind) DO UPDATE SET delivery = EXCLUDED.delivery, updated_at = now()
        WHERE notification_preference.delivery <> EXCLUDED.delivery`,
      [user.id, input.preferences.map((p) => p.kind), input.preferences.map((p) => p.delivery)],
    );
    const [account] = (await db.query(`SELECT display_name FROM app_user WHERE id = $1`, [user.id])) as {
      display_name: string;
    }[];
    await recordAudit(db, ctx, {
      action: AuditAction.UPDATE,
      entityType: AuditEntityType.ACCOUNT,
      entityId: user.id,
      changes: Object.fromEntries(Object.entries(changes).map(([kind, change]) => [`mail.${kind}`, change])),
      label: account?.display_name ?? "",
      organisationIds: [user.organisationId],
    });
  });
  return myPreferences(ctx);
}
