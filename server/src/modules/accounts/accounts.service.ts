import { createHash, randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";
import type { DataSource, EntityManager } from "typeorm";
import type { RequestContext, SessionUser } from "../../graphql/context";
import { BadUserInputError, DomainError, ErrorCode } from "../../graphql/errors";
import { User } from "./user.entity";
import { UserSession } from "./session.entity";
import type { UserRole } from "./accounts.enums";

export const SESSION_COOKIE = "album_session";
export const SESSION_TTL_MS = 14 * 24 * 60 * 60 * 1000;

/** A hash computed once, so that an unknown e-mail costs as much time as a wrong password. */
let dummyHash: Promise<string> | null = null;

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export class InvalidCredentialsError extends DomainError {
  constructor() {
    // One message for unknown e-mail and wrong password: no user enumeration.
    super(ErrorCode.UNAUTHENTICATED, "E-mail address or password is wrong");
  }
}

/** Told only after the right password: whoever knows it may learn that the office closed the account. */
export class AccountDeactivatedError extends DomainError {
  constructor() {
    super(ErrorCode.UNAUTHENTICATED, "This account has been deactivated by the coordination office", {
      reason: "DEACTIVATED",
    });
  }
}

/** The password's check against a stored hash; a broken hash counts as a wrong password. */
export function passwordMatches(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password).catch(() => false);
}

/** Opens a session for the user (the cookie's token is returned once, only its hash is kept). */
export async function openSession(db: EntityManager, userId: string): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
  await db.getRepository(UserSession).insert({ tokenHash: hashToken(token), userId, expiresAt });
  await db.getRepository(User).update({ id: userId }, { lastSignInAt: new Date() });
  return { token, expiresAt };
}

/** Checks the credentials and opens a session; returns the user and the cookie token. */
export async function login(
  ctx: RequestContext,
  email: string,
  password: string,
): Promise<{ user: User; token: string; expiresAt: Date }> {
  // Bounded inputs keep a hostile request from making argon2 hash megabytes.
  if (email.length > 320 || password.length > 1024) {
    throw new BadUserInputError("Input too long", [
      ...(email.length > 320 ? [{ field: "email", message: "at most 320 characters" }] : []),
      ...(password.length > 1024 ? [{ field: "password", message: "at most 1024 characters" }] : []),
    ]);
  }
  const account = email.trim().toLowerCase();
  const attempt = await ctx.loginRateLimiter.reserve(ctx.http.clientIp, account);
  const user = await ctx.db.getRepository(User).findOneBy({ email: account });
  dummyHash ??= hashPassword("timing-equaliser");
  const valid = await passwordMatches(user?.passwordHash ?? (await dummyHash), password);
  if (!user || !valid) {
    await attempt.failed();
    throw new InvalidCredentialsError();
  }
  if (user.deactivatedAt) {
    await attempt.failed();
    throw new AccountDeactivatedError();
  }
  await attempt.succeeded();
  // Until the user picks a language on the account page, mails follow the browser of the last sign-in.
  if (!user.localeChosen && user.locale !== ctx.locale)
    await ctx.db.getRepository(User).update({ id: user.id }, { locale: ctx.locale });
  const { token, expiresAt } = await openSession(ctx.db, user.id);
  return { user, token, expiresAt };
}

export async function logout(ctx: RequestContext, token: string | undefined): Promise<boolean> {
  if (!token) return false;
  const result = await ctx.db.getRepository(UserSession).delete({ tokenHash: hashToken(token) });
  return (result.affected ?? 0) > 0;
}

/** The user of a session cookie, or null when the session is unknown or expired. */
export async function resolveSession(dataSource: DataSource, token: string | undefined): Promise<SessionUser | null> {
  if (!token || token.length > 200) return null;
  const rows: { id: string; role: UserRole; organisation_id: string | null }[] = await dataSource.query(
    `SELECT u.id, u.role, u.organisation_id FROM user_session s JOIN app_user u ON u.id = s.user_id
      WHERE s.token_hash = $1 AND s.expires_at > now() AND u.deactivated_at IS NULL`,
    [hashToken(token)],
  );
  const row = rows[0];
  return row ? { id: row.id, role: row.role, organisationId: row.organisation_id } : null;
}

export async function findUser(db: EntityManager, id: string): Promise<User | null> {
  return db.getRepository(User).findOneBy({ id });
}
