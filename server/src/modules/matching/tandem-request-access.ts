import type { RequestContext, SessionUser } from "../../graphql/context";
import { ForbiddenError, actsFor, isCompany, isOffice, requireUser } from "../../graphql/auth";
import { TandemRequestKind, type TandemRequest } from "./tandem-request.entity";
import { CallStatus, type CallForProposals } from "../calls/call.entity";

/**
 * Who may do what with tandem requests (DESIGN §6), in one place for the mutations, the list and
 * the `viewerCan…` fields the client reads:
 * - send: the office, or a partner for its own organisation; companies do not form tandems;
 * - respond: the addressed organisation (that is the second yes) or the office;
 * - withdraw: the sending organisation or the office;
 * - list: the office all requests, a partner its own organisation's.
 * An office proposal (kind PROPOSAL) is answered by each of its two organisations for itself (the
 * office proposed it, so it gives neither yes) and withdrawn only by the office.
 */
export type TandemRequestAction = "respond" | "withdraw";

/** A request's parties; the pair's canonical sides matter only for proposals. */
type RequestParties = Pick<TandemRequest, "fromOrganisationId" | "toOrganisationId"> &
  Partial<Pick<TandemRequest, "kind" | "migrantOrganisationId" | "educationalInstitutionId">>;

/** The side of a proposal the viewer answers for: its own organisation when that is one of the pair. */
export function proposalSideOf(viewer: SessionUser | null, request: RequestParties): string | null {
  const own = viewer?.organisationId;
  if (!own || isOffice(viewer)) return null;
  return own === request.migrantOrganisationId || own === request.educationalInstitutionId ? own : null;
}

export function canActOnTandemRequest(
  viewer: SessionUser | null,
  action: TandemRequestAction,
  request: RequestParties,
): boolean {
  if (request.kind === TandemRequestKind.PROPOSAL)
    return action === "respond" ? proposalSideOf(viewer, request) !== null : isOffice(viewer);
  return actsFor(viewer, action === "respond" ? request.toOrganisationId : request.fromOrganisationId);
}

/** Proposals are the office's: it sends them, partners answer them. */
export function assertMayPropose(user: SessionUser): void {
  if (!isOffice(user)) throw new ForbiddenError("Only the coordination office proposes tandems");
}

export function assertMayActOnTandemRequest(
  ctx: RequestContext,
  action: TandemRequestAction,
  request: RequestParties,
): SessionUser {
  const user = requireUser(ctx);
  if (!canActOnTandemRequest(user, action, request))
    throw new ForbiddenError("You may act only for your own organisation");
  return user;
}

/** Saved plans are the office's working material, like the plan builder. */
export function assertMayManagePlans(user: SessionUser): void {
  if (!isOffice(user)) throw new ForbiddenError("Saved tandem plans are the coordination office's");
}

/** Tandems are formed by the office and partners, never by companies. */
export function assertFormsTandems(user: SessionUser): void {
  if (isCompany(user)) throw new ForbiddenError("Companies do not form tandems");
}

/**
 * Whose requests the viewer may list: undefined for all (the office without a filter), else one
 * organisation, which must be the partner's own.
 */
export function listableOrganisation(user: SessionUser, requested: string | undefined): string | undefined {
  const organisationId = requested ?? (isOffice(user) ? undefined : (user.organisationId ?? undefined));
  if (!isOffice(user) && organisationId !== user.organisationId)
    throw new ForbiddenError("You may see only your own organisation's requests");
  return organisationId;
}

/** Draft calls are the office's; members match and ask within open and closed ones. */
export function callVisibleTo(user: SessionUser, call: Pick<CallForProposals, "status">): boolean {
  return call.status !== CallStatus.DRAFT || isOffice(user);
}

/**
 * For whom the viewer may see tandem suggestions: the office for any organisation (or none),
 * a partner for its own only; companies not at all.
 */
export function suggestionsOrganisation(user: SessionUser, requested: string | null | undefined): string | null {
  if (isCompany(user)) throw new ForbiddenError("Tandem suggestions are for partners and the coordination office");
  if (isOffice(user)) return requested ?? null;
  const forOrganisationId = requested ?? user.organisationId;
  if (forOrganisationId !== user.organisationId)
    throw new ForbiddenError("Partners see suggestions for their own organisation");
  return forOrganisationId;
}
