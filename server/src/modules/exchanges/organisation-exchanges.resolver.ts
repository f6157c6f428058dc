import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { Organisation } from "../network/organisation.entity";
import { ExchangeParticipation } from "./exchange-participation.entity";
import { participationsOfOrganisation } from "./exchange-access";

/** The exchanges side of an organisation's profile; lives here so the network module need not know exchanges. */
@Resolver(() => Organisation)
export class OrganisationExchangesResolver {
  @FieldResolver(() => [ExchangeParticipation], {
    description:
      "Confirmed and waitlisted participations, latest exchange first, past ones included. Empty for the public, and for other members unless the organisation opted in (showExchangeParticipation)",
  })
  exchangeParticipations(
    @Root() organisation: Organisation,
    @Ctx() ctx: RequestContext,
  ): Promise<ExchangeParticipation[]> {
    return participationsOfOrganisation(ctx, organisation);
  }
}
