import { randomBytes } from "node:crypto";
import type { EntityManager } from "typeorm";
import {
  EMAIL_CHANGE_VALID_HOURS,
  EMAIL_MAX_LENGTH,
  INVITATION_VALID_DAYS,
  PASSWORD_MAX_LENGTH,
  PASSWORD_RESET_VALID_HOURS,
} from "@album/shared";
import type { Locale, RequestContext } from "../../graphql/context";
import { BadUserInputError, ConflictError, DomainError, ErrorCode, NotFoundError } from "../../graphql/errors";
import { queryReturning } from "../../db/returning";
import { enqueueMail } from "../../mail/outbox";
import { recordAudit } from "../audit/audit.service";
import { AuditAction, AuditEntityType } from "../audit/audit-entry.entity";
import { hashPassword, hashToken, openSession, passwordMatches } from "./accounts.service";
import { User } from "./user.entity";
import { UserSession } from "./session.entity";
import { UserRole } from "./accounts.enums";
import { assertMayInvite } from "./account-access";
import { requireUser } from "../../graphql/auth";
import { AccountMail } from "./account-mails";
import type { InviteUserInput, SetPasswordInput } from "./account-lifecycle.inputs";

type Purpose = "INVITATION" | "PASSWORD_RESET" | "EMAIL_CHANGE";
export type TokenRefusal = "UNKNOWN" | "EXPIRED" | "USED";

/** A link that cannot be used; `reason` tells the page what to say. */
export class InvalidTokenError extends DomainError {
  constructor(readonly reason: TokenRefusal) {
    super(ErrorCode.INVALID_TOKEN, `This link is ${reason === "UNKNOWN" ? "not valid" : reason.toLowerCase()}`, {
      reason,
    });
  }
}

export function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashToken(token) };
}

interface TokenRow {
  id: string;
  email: string;
  user_id: string | null;
  organisation_id: string | null;
  role: UserRole | null;
  display_name: string | null;
}

/** Uses a token once: the UPDATE claims it, so two simultaneous uses cannot both succeed. */
async function claimToken(tx: EntityManager, purpose: Purpose, token: string): Promise<TokenRow> {
  const hash = hashToken(token);
  const [row] = await queryReturning<TokenRow>(
    tx,
    `UPDATE account_token SET used_at = now()
      WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now()
      RETURNING id, email, user_id, organisation_id, role, display_name`,
    [hash, purpose],
  );
  if (row) return row;
  const [known]: { used: boolean }[] = await tx.query(
    `SELECT used_at IS NOT NULL AS used FROM account_token WHERE token_hash = $1 AND purpose = $2`,
    [hash, purpose],
  );
  throw new InvalidTokenError(!known ? "UNKNOWN" : known.used ? "USED" : "EXPIRED");
}

/** The office invites a person to an organisation with a role; the mail carries a 7-day, single-use link. */
export async function inviteUser(ctx: RequestContext, input: InviteUserInput): Promise<boolean> {
  assertMayInvite(ctx);
  const email = input.email.trim().toLowerCase();
  const needsOrganisation = input.role !== UserRole.COORDINATOR;
  if (needsOrganisation !== Boolean(input.organisationId)) {
    throw new BadUserInputError("organisationId", [
      {
        field: "organisationId",
        message: needsOrganisation ? "required for this role" : "the office belongs to no organisation",
      },
    ]);
  }
  return ctx.db.transaction(async (tx) => {
    if (await tx.getRepository(User).existsBy({ email })) throw new ConflictError("An account with this e-mail exists");
    let organisationName = "";
    if (input.organisationId) {
      const [organisation]: { name: string }[] = await tx.query(`SELECT name FROM organisation WHERE id = $1`, [
        input.organisationId,
      ]);
      if (!organisation) throw new NotFoundError("Organisation", input.organisationId);
      organisationName = organisation.name;
    }
    const [inviter]: { display_name: string }[] = await tx.query(`SELECT display_name FROM app_user WHERE id = $1`, [
      ctx.user!.id,
    ]);
    const { token, hash } = newToken();
    const [created]: { id: string }[] = await tx.query(
      `INSERT INTO account_token (purpose, token_hash, email, organisation_id, role, display_name, created_by, locale, expires_at)
       VALUES ('INVITATION', $1, $2, $3, $4, $5, $6, $7, now() + make_interval(days => $8)) RETURNING id`,
      [
        hash,
        email,
        input.organisationId ?? null,
        input.role,
        input.displayName.trim(),
        ctx.user!.id,
        input.locale ?? "de",
        INVITATION_VALID_DAYS,
      ],
    );
    await enqueueMail(tx, [
      {
        toAddress: email,
        locale: (input.locale as Locale | null) ?? "de",
        kind: AccountMail.INVITATION,
        payload: {
          token,
          inviter: inviter?.display_name ?? "",
          organisation: organisationName || "ALBuM",
        },
      },
    ]);
    await recordAudit(tx, ctx, {
      action: AuditAction.CREATE,
      entityType: AuditEntityType.ACCOUNT,
      entityId: created!.id,
      label: input.displayName,
      organisationIds: [input.organisationId],
      changes: {
        invitation: { before: null, after: { email, role: input.role, organisationId: input.organisationId ?? null } },
      },
    });
    return true;
  });
}

/** The invited person sets a password; the account exists from then on. */
export async function acceptInvitation(
  ctx: RequestContext,
  input: SetPasswordInput,
): Promise<{ token: string; expiresAt: Date }> {
  const passwordHash = await hashPassword(input.password);
  return ctx.db.transaction(async (tx) => {
    const invitation = await claimToken(tx, "INVITATION", input.token);
    if (await tx.getRepository(User).existsBy({ email: invitation.email }))
      throw new ConflictError("An account with this e-mail exists");
    const user = await tx.getRepository(User).save(
      tx.create(User, {
        email: invitation.email,
        displayName: input.displayName?.trim() || invitation.display_name || invitation.email,
        passwordHash,
        role: invitation.role ?? UserRole.PARTNER,
        organisationId: invitation.organisation_id,
        locale: ctx.locale,
      }),
    );
    await recordAudit(tx, ctx, {
      action: AuditAction.CREATE,
      entityType: AuditEntityType.ACCOUNT,
      entityId: user.id,
      label: user.displayName,
      organisationIds: [user.organisationId],
      changes: {
        email: { before: null, after: user.email },
        role: { before: null, after: user.role },
        organisationId: { before: null, after: user.organisationId },
      },
    });
    // The person who just chose a password is signed in: the invitation's last step is the platform.
    return openSession(tx, user.id);
  });
}

/**
 * Sends a reset link when the address belongs to an account. The answer is the same either way,
 * so the mutation tells nobody which addresses exist.
 */
export async function requestPasswordReset(ctx: RequestContext, rawEmail: string): Promise<boolean> {
  if (rawEmail.length > EMAIL_MAX_LENGTH)
    throw new BadUserInputError("Input too long", [
      { field: "email", message: `at most ${EMAIL_MAX_LENGTH} characters` },
    ]);
  const email = rawEmail.trim().toLowerCase();
  await ctx.db.transaction(async (tx) => {
    const user = await tx.getRepository(User).findOneBy({ email });
    // A deactivated account gets no link either: the office reopens it, not a reset.
    if (!user || user.deactivatedAt) return;
    const { token, hash } = newToken();
    const [created]: { id: string }[] = await tx.query(
      `INSERT INTO account_token (purpose, token_hash, email, user_id, expires_at)
       VALUES ('PASSWORD_RESET', $1, $2, $3, now() + make_interval(hours => $4)) RETURNING id`,
      [hash, email, user.id, PASSWORD_RESET_VALID_HOURS],
    );
    await enqueueMail(tx, [
      {
        userId: user.id,
        toAddress: email,
        locale: user.locale === "en" ? "en" : "de",
        kind: AccountMail.PASSWORD_RESET,
        payload: { token },
      },
    ]);
    await recordAudit(tx, ctx, {
      action: AuditAction.CREATE,
      entityType: AuditEntityType.ACCOUNT,
      entityId: user.id,
      label: user.displayName,
      organisationIds: [user.organisationId],
      changes: { passwordResetRequested: { before: null, after: created!.id } },
    });
  });
  return true;
}

/** Sets the new password with a reset link and ends every session of the account. */
export async function resetPassword(ctx: RequestContext, input: SetPasswordInput): Promise<boolean> {
  const passwordHash = await hashPassword(input.password);
  return ctx.db.transaction(async (tx) => {
    const reset = await claimToken(tx, "PASSWORD_RESET", input.token);
    await tx.getRepository(User).update({ id: reset.user_id! }, { passwordHash });
    await tx.getRepository(UserSession).delete({ userId: reset.user_id! });
    const user = await tx.getRepository(User).findOneByOrFail({ id: reset.user_id! });
    await recordAudit(tx, ctx, {
      action: AuditAction.UPDATE,
      entityType: AuditEntityType.ACCOUNT,
      entityId: reset.user_id!,
      label: user.displayName,
      organisationIds: [user.organisationId],
      changes: { password: { before: "(set)", after: "(changed)" } },
    });
    return true;
  });
}

function checkedEmail(raw: string, field: string): string {
  const email = raw.trim().toLowerCase();
  // The same loose shape the invitation's @IsEmail accepts in practice: one @, no spaces, a dot after it.
  if (email.length > EMAIL_MAX_LENGTH || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    throw new BadUserInputError("Not an e-mail address", [{ field, message: "not a valid e-mail address" }]);
  return email;
}

/**
 * Asks to move the signed-in account to a new address: the new address gets a link (valid
 * EMAIL_CHANGE_VALID_HOURS, single use), the old one a notice. Needs the current password, so a
 * session left open on a shared computer cannot take the account over; guesses count against the
 * sign-in limit.
 */
export async function requestEmailChange(
  ctx: RequestContext,
  rawEmail: string,
  currentPassword: string,
): Promise<boolean> {
  const viewer = requireUser(ctx);
  const email = checkedEmail(rawEmail, "newEmail");
  if (currentPassword.length > PASSWORD_MAX_LENGTH)
    throw new BadUserInputError("Input too long", [
      { field: "currentPassword", message: `at most ${PASSWORD_MAX_LENGTH} characters` },
    ]);
  const user = await ctx.db.getRepository(User).findOneByOrFail({ id: viewer.id });
  if (email === user.email)
    throw new BadUserInputError("This is already the account's address", [
      { field: "newEmail", message: "same as the current address" },
    ]);
  const attempt = await ctx.loginRateLimiter.reserve(ctx.http.clientIp, user.email);
  if (!(await passwordMatches(user.passwordHash, currentPassword))) {
    await attempt.failed();
    throw new BadUserInputError("The current password is wrong", [
      { field: "currentPassword", message: "wrong password" },
    ]);
  }
  await attempt.succeeded();
  return ctx.db.transaction(async (tx) => {
    if (await tx.getRepository(User).existsBy({ email })) throw new ConflictError("An account with this e-mail exists");
    // Only the newest request counts: an older link stops working.
    await tx.query(
      `UPDATE account_token SET expires_at = now()
        WHERE purpose = 'EMAIL_CHANGE' AND user_id = $1 AND used_at IS NULL AND expires_at > now()`,
      [user.id],
    );
    const { token, hash } = newToken();
    await tx.query(
      `INSERT INTO account_token (purpose, token_hash, email, user_id, expires_at)
       VALUES ('EMAIL_CHANGE', $1, $2, $3, now() + make_interval(hours => $4))`,
      [hash, email, user.id, EMAIL_CHANGE_VALID_HOURS],
    );
    const locale: Locale = user.locale === "en" ? "en" : "de";
    await enqueueMail(tx, [
      { userId: user.id, toAddress: email, locale, kind: AccountMail.EMAIL_CHANGE_CONFIRM, payload: { token } },
      {
        userId: user.id,
        toAddress: user.email,
        locale,
        kind: AccountMail.EMAIL_CHANGE_NOTICE,
        payload: { newEmail: email },
      },
    ]);
    await recordAudit(tx, ctx, {
      action: AuditAction.UPDATE,
      entityType: AuditEntityType.ACCOUNT,
      entityId: user.id,
      label: user.displayName,
      organisationIds: [user.organisationId],
      changes: { emailChangeRequested: { before: null, after: email } },
    });
    return true;
  });
}

/** The new address's link: the account signs in with it from now on. */
export async function confirmEmailChange(ctx: RequestContext, token: string): Promise<boolean> {
  if (token.length === 0 || token.length > 200)
    throw new BadUserInputError("Not a link token", [{ field: "token", message: "1 to 200 characters" }]);
  return ctx.db.transaction(async (tx) => {
    const change = await claimToken(tx, "EMAIL_CHANGE", token);
    const user = await tx.getRepository(User).findOneBy({ id: change.user_id! });
    if (!user || user.deactivatedAt) throw new InvalidTokenError("UNKNOWN");
    if (await tx.getRepository(User).existsBy({ email: change.email }))
      throw new ConflictError("An account with this e-mail exists");
    await tx.getRepository(User).update({ id: user.id }, { email: change.email });
    await recordAudit(tx, ctx, {
      action: AuditAction.UPDATE,
      entityType: AuditEntityType.ACCOUNT,
      entityId: user.id,
      label: user.displayName,
      organisationIds: [user.organisationId],
      changes: { email: { before: user.email, after: change.email } },
    });
    return true;
  });
}

/** The language of the signed-in user's mails, chosen on the account page (kept over later sign-ins). */
export async function setPreferredLanguage(ctx: RequestContext, locale: string): Promise<User> {
  const viewer = requireUser(ctx);
  if (locale !== "de" && locale !== "en")
    throw new BadUserInputError("Unknown language", [{ field: "locale", message: "de or en" }]);
  return ctx.db.transaction(async (tx) => {
    const user = await tx.getRepository(User).findOneByOrFail({ id: viewer.id });
    await tx.getRepository(User).update({ id: user.id }, { locale, localeChosen: true });
    await recordAudit(tx, ctx, {
      action: AuditAction.UPDATE,
      entityType: AuditEntityType.ACCOUNT,
      entityId: user.id,
      label: user.displayName,
      organisationIds: [user.organisationId],
      changes: { locale: { before: user.locale, after: locale } },
    });
    return { ...user, locale, localeChosen: true };
  });
}
