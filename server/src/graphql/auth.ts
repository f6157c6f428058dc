import type { AuthChecker } from "type-graphql";
import type { RequestContext, SessionUser } from "./context";
import { DomainError, ErrorCode } from "./errors";

export type Role = SessionUser["role"];

export class UnauthenticatedError extends DomainError {
  constructor() {
    super(ErrorCode.UNAUTHENTICATED, "Please sign in");
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = "You may not do this") {
    super(ErrorCode.FORBIDDEN, message);
  }
}

/**
 * `@Authorized()` needs a signed-in user; `@Authorized("COORDINATOR", ...)` one of those roles.
 * Signed out → UNAUTHENTICATED, signed in with the wrong role → FORBIDDEN.
 */
export const authChecker: AuthChecker<RequestContext, Role> = ({ context }, roles) => {
  if (!context.user) throw new UnauthenticatedError();
  if (roles.length > 0 && !roles.includes(context.user.role)) throw new ForbiddenError();
  return true;
};

export function requireUser(ctx: RequestContext): SessionUser {
  if (!ctx.user) throw new UnauthenticatedError();
  return ctx.user;
}

/**
 * The coarse role questions the domains' access modules (e.g. applications/application-access.ts)
 * build their rules from; nothing else compares role names.
 */
export function isOffice(user: SessionUser | null): boolean {
  return user?.role === "COORDINATOR";
}

export function isCompany(user: SessionUser | null): boolean {
  return user?.role === "COMPANY";
}

/** The coordination office may act for every organisation; partners and companies for their own. */
export function actsFor(user: SessionUser | null, organisationId: string): boolean {
  return user !== null && (isOffice(user) || user.organisationId === organisationId);
}

export function assertActsFor(ctx: RequestContext, organisationId: string): SessionUser {
  const user = requireUser(ctx);
  if (actsFor(user, organisationId)) return user;
  throw new ForbiddenError("You may act only for your own organisation");
}
