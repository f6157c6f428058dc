import type { EntityManager } from "typeorm";
import { INVITATION_VALID_DAYS } from "@album/shared";
import type { Locale, RequestContext } from "../../graphql/context";
import { ConflictError, NotFoundError } from "../../graphql/errors";
import { enqueueMail } from "../../mail/outbox";
import { isUuid } from "../../db/ids";
import { recordAudit } from "../audit/audit.service";
import { AuditAction, AuditEntityType } from "../audit/audit-entry.entity";
import { assertMayManageAccounts } from "./account-access";
import { newToken } from "./account-lifecycle.service";
import { AccountMail } from "./account-mails";
import { AccountStatus, AccountSummary } from "./account-admin.types";
import type { UserRole } from "./accounts.enums";
import { User } from "./user.entity";
import { UserSession } from "./session.entity";

interface SummaryRow {
  id: string;
  invitation: boolean;
  email: string;
  display_name: string;
  role: UserRole;
  organisation_id: string | null;
  organisation_name: string | null;
  deactivated_at: Date | null;
  last_sign_in_at: Date | null;
  created_at: Date;
  expires_at: Date | null;
  expired: boolean;
}

function toSummary(row: SummaryRow): AccountSummary {
  return Object.assign(new AccountSummary(), {
    id: row.id,
    invitation: row.invitation,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    status: row.invitation
      ? row.expired
        ? AccountStatus.INVITATION_EXPIRED
        : AccountStatus.INVITED
      : row.deactivated_at
        ? AccountStatus.DEACTIVATED
        : AccountStatus.ACTIVE,
    lastSignInAt: row.last_sign_in_at,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
  });
}

// Accounts, and for every address without an account its newest unused invitation.
const SUMMARY_SQL = `
  SELECT * FROM (
    SELECT u.id, false AS invitation, u.email, u.display_name, u.role, u.organisation_id, o.name AS organisation_name,
           u.deactivated_at, u.last_sign_in_at, u.created_at, NULL::timestamptz AS expires_at, false AS expired
      FROM app_user u LEFT JOIN organisation o ON o.id = u.organisation_id
    UNION ALL
    SELECT * FROM (
      SELECT DISTINCT ON (t.email) t.id, true, t.email, coalesce(t.display_name, t.email), t.role, t.organisation_id,
             o.name, NULL::timestamptz, NULL::timestamptz, t.created_at, t.expires_at, t.expires_at <= now()
        FROM account_token t LEFT JOIN organisation o ON o.id = t.organisation_id
       WHERE t.purpose = 'INVITATION' AND t.used_at IS NULL
         AND NOT EXISTS (SELECT 1 FROM app_user u WHERE u.email = t.email)
       ORDER BY t.email, t.created_at DESC
    ) invitations
  ) rows`;

async function summaryOf(db: EntityManager, id: string): Promise<AccountSummary> {
  const [row] = (await db.query(`${SUMMARY_SQL} WHERE id = $1`, [id])) as SummaryRow[];
  if (!row) throw new NotFoundError("Account", id);
  return toSummary(row);
}

/** The office's list: every account and every open invitation, by name. */
export async function listAccounts(ctx: RequestContext): Promise<AccountSummary[]> {
  assertMayManageAccounts(ctx);
  const rows = (await ctx.db.query(`${SUMMARY_SQL} ORDER BY lower(display_name), email`)) as SummaryRow[];
  return rows.map(toSummary);
}

async function setDeactivated(ctx: RequestContext, userId: string, deactivate: boolean): Promise<AccountSummary> {
  const office = assertMayManageAccounts(ctx);
  // The office cannot lock itself out: someone must be left to reopen accounts.
  if (deactivate && userId === office.id) throw new ConflictError("You cannot deactivate your own account");
  if (!isUuid(userId)) throw new NotFoundError("Account", userId);
  return ctx.db.transaction(async (tx) => {
    const user = await tx
      .getRepository(User)
      .createQueryBuilder("u")
      .setLock("pessimistic_write")
      .where("u.id = :id", { id: userId })
      .getOne();
    if (!user) throw new NotFoundError("Account", userId);
    if (Boolean(user.deactivatedAt) === deactivate)
      throw new ConflictError(deactivate ? "The account is already deactivated" : "The account is active");
    const deactivatedAt = deactivate ? new Date() : null;
    await tx.getRepository(User).update({ id: user.id }, { deactivatedAt });
    // Deactivation takes effect at once: every open session of the account ends.
    if (deactivate) await tx.getRepository(UserSession).delete({ userId: user.id });
    await recordAudit(tx, ctx, {
      action: AuditAction.UPDATE,
      entityType: AuditEntityType.ACCOUNT,
      entityId: user.id,
      label: user.displayName,
      organisationIds: [user.organisationId],
      changes: { active: { before: deactivate, after: !deactivate } },
    });
    return summaryOf(tx, user.id);
  });
}

export function deactivateUser(ctx: RequestContext, userId: string): Promise<AccountSummary> {
  return setDeactivated(ctx, userId, true);
}

export function reactivateUser(ctx: RequestContext, userId: string): Promise<AccountSummary> {
  return setDeactivated(ctx, userId, false);
}

/**
 * Sends an open invitation again with a fresh 7-day link; the earlier link stops working (it
 * answers "expired", which the page explains).
 */
export async function resendInvitation(ctx: RequestContext, invitationId: string): Promise<AccountSummary> {
  const office = assertMayManageAccounts(ctx);
  if (!isUuid(invitationId)) throw new NotFoundError("Invitation", invitationId);
  return ctx.db.transaction(async (tx) => {
    const [old] = (await tx.query(
      `SELECT t.id, t.email, t.organisation_id, t.role, t.display_name, t.locale, o.name AS organisation_name
         FROM account_token t LEFT JOIN organisation o ON o.id = t.organisation_id
        WHERE t.id = $1 AND t.purpose = 'INVITATION' AND t.used_at IS NULL FOR UPDATE OF t`,
      [invitationId],
    )) as {
      id: string;
      email: string;
      organisation_id: string | null;
      role: UserRole;
      display_name: string | null;
      locale: string | null;
      organisation_name: string | null;
    }[];
    if (!old) throw new NotFoundError("Invitation", invitationId);
    if (await tx.getRepository(User).existsBy({ email: old.email }))
      throw new ConflictError("An account with this e-mail exists");
    await tx.query(
      `UPDATE account_token SET expires_at = least(expires_at, now())
        WHERE purpose = 'INVITATION' AND email = $1 AND used_at IS NULL`,
      [old.email],
    );
    const [inviter] = (await tx.query(`SELECT display_name FROM app_user WHERE id = $1`, [office.id])) as {
      display_name: string;
    }[];
    const { token, hash } = newToken();
    const [created] = (await tx.query(
      `INSERT INTO account_token (purpose, token_hash, email, organisation_id, role, display_name, created_by, locale, expires_at)
       VALUES ('INVITATION', $1, $2, $3, $4, $5, $6, $7, now() + make_interval(days => $8)) RETURNING id`,
      [hash, old.email, old.organisation_id, old.role, old.display_name, office.id, old.locale, INVITATION_VALID_DAYS],
    )) as { id: string }[];
    const locale: Locale = old.locale === "en" ? "en" : "de";
    await enqueueMail(tx, [
      {
        toAddress: old.email,
        locale,
        kind: AccountMail.INVITATION,
        payload: { token, inviter: inviter?.display_name ?? "", organisation: old.organisation_name ?? "ALBuM" },
      },
    ]);
    await recordAudit(tx, ctx, {
      action: AuditAction.CREATE,
      entityType: AuditEntityType.ACCOUNT,
      entityId: created!.id,
      label: old.display_name ?? old.email,
      organisationIds: [old.organisation_id],
      changes: { invitation: { before: old.id, after: created!.id } },
    });
    return summaryOf(tx, created!.id);
  });
}
