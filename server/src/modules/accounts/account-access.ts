import type { RequestContext } from "../../graphql/context";
import { ForbiddenError, isOffice, requireUser } from "../../graphql/auth";

/** Only the coordination office invites people (DESIGN §6: accounts are the office's to give). */
export function assertMayInvite(ctx: RequestContext): void {
  if (!isOffice(requireUser(ctx))) throw new ForbiddenError("Only the coordination office may invite people");
}
