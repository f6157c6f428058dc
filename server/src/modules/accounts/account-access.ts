import type { RequestContext, SessionUser } from "../../graphql/context";
import { ForbiddenError, isOffice, requireUser } from "../../graphql/auth";

/** Only the coordination office invites people (DESIGN §6: accounts are the office's to give). */
export function assertMayInvite(ctx: RequestContext): void {
  assertMayManageAccounts(ctx);
}

/** Listing, deactivating and reactivating accounts, resending invitations: the office's too. */
export function assertMayManageAccounts(ctx: RequestContext): SessionUser {
  const user = requireUser(ctx);
  if (!isOffice(user)) throw new ForbiddenError("Only the coordination office manages accounts");
  return user;
}
