import type { RequestContext, SessionUser } from "../../graphql/context";
import { ForbiddenError, requireUser } from "../../graphql/auth";
import type { TandemRequest } from "./tandem-request.entity";

/**
 * Who may do what with tandem requests (DESIGN §6), in one place for the mutations, the list and
 * the `viewerCan…` fields the client reads:
 * - send: the office, or a partner for its own organisation; companies do not form tandems;
 * - respond: the addressed organisation (that is the second yes) or the office;
 * - withdraw: the sending organisation or the office;
 * - list: the office all requests, a partner its own organisation's.
 */
export type TandemRequestAction = "respond" | "withdraw";

export function canActOnTandemRequest(
  viewer: SessionUser | null,
  action: TandemRequestAction,
  request: Pick<TandemRequest, "fromOrganisationId" | "toOrganisationId">,
): boolean {
  if (!viewer) return false;
  if (viewer.role === "COORDINATOR") return true;
  const own = action === "respond" ? request.toOrganisationId : request.fromOrganisationId;
  return viewer.organisationId === own;
}

export function assertMayActOnTandemRequest(
  ctx: RequestContext,
  action: TandemRequestAction,
  request: Pick<TandemRequest, "fromOrganisationId" | "toOrganisationId">,
): SessionUser {
  const user = requireUser(ctx);
  if (!canActOnTandemRequest(user, action, request))
    throw new ForbiddenError("You may act only for your own organisation");
  return user;
}

/** Tandems are formed by the office and partners, never by companies. */
export function assertFormsTandems(user: SessionUser): void {
  if (user.role === "COMPANY") throw new ForbiddenError("Companies do not form tandems");
}

/**
 * Whose requests the viewer may list: undefined for all (the office without a filter), else one
 * organisation, which must be the partner's own.
 */
export function listableOrganisation(user: SessionUser, requested: string | undefined): string | undefined {
  const organisationId = requested ?? (user.role === "COORDINATOR" ? undefined : (user.organisationId ?? undefined));
  if (user.role !== "COORDINATOR" && organisationId !== user.organisationId)
    throw new ForbiddenError("You may see only your own organisation's requests");
  return organisationId;
}
