import type { RequestContext, SessionUser } from "../../graphql/context";
import { actsFor } from "../../graphql/auth";
import type { Organisation } from "../network/organisation.entity";
import type { Exchange } from "./exchange.entity";
import type { ExchangeParticipation } from "./exchange-participation.entity";
import { exchangeLoaders, participationKey } from "./exchange.loaders";
import { networkLoaders } from "../network/network.loaders";

/** The office and an organisation's own members see its participations whatever its opt-in says. */
export function seesParticipationsRegardless(user: SessionUser | null, organisationId: string): boolean {
  return actsFor(user, organisationId);
}

/**
 * Whether the viewer may learn that an organisation takes part in exchanges: the office and the
 * organisation's own members always, other signed-in members only if it opted in, the public never.
 */
export function mayShowParticipationOf(
  user: SessionUser | null,
  organisation: Pick<Organisation, "id" | "showExchangeParticipation">,
): boolean {
  if (!user) return false;
  return seesParticipationsRegardless(user, organisation.id) || organisation.showExchangeParticipation;
}

/** The live participations of an exchange and those of them the viewer may see; null for the public. */
export async function listedParticipations(
  ctx: RequestContext,
  exchange: Exchange,
): Promise<{ all: ExchangeParticipation[]; listed: ExchangeParticipation[] } | null> {
  if (!ctx.user) return null;
  const all = await exchangeLoaders(ctx).participationsByExchange.load(exchange.id);
  const listed = all.filter((participation) => {
    const organisation = participation.organisationRelation;
    return organisation !== undefined && mayShowParticipationOf(ctx.user, organisation);
  });
  return { all, listed };
}

/** Another organisation's standing is shown only when it opted in (or to the office and its own members). */
export async function participationIfShown(
  ctx: RequestContext,
  exchangeId: string,
  organisationId: string,
): Promise<ExchangeParticipation | null> {
  const participation = await exchangeLoaders(ctx).liveParticipation.load(participationKey(exchangeId, organisationId));
  if (!participation || seesParticipationsRegardless(ctx.user, organisationId)) return participation;
  const organisation = await networkLoaders(ctx).organisationById.load(organisationId);
  return organisation && mayShowParticipationOf(ctx.user, organisation) ? participation : null;
}

/**
 * An organisation's confirmed and waitlisted participations, latest exchange first ("exchanges
 * attended"); empty when the viewer may not see them. The hidden case needs no query at all.
 */
export async function participationsOfOrganisation(
  ctx: RequestContext,
  organisation: Organisation,
): Promise<ExchangeParticipation[]> {
  if (!mayShowParticipationOf(ctx.user, organisation)) return [];
  return exchangeLoaders(ctx).participationsByOrganisation.load(organisation.id);
}
