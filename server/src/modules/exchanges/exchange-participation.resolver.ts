import { Args, Authorized, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { seesParticipationsRegardless } from "./exchange-access";
import { Organisation } from "../network/organisation.entity";
import { Exchange } from "./exchange.entity";
import { ExchangeParticipation } from "./exchange-participation.entity";
import { ParticipationStatus } from "./exchange.enums";
import { JoinExchangeArgs, ParticipationArgs } from "./exchange.inputs";
import { exchangeLoaders } from "./exchange.loaders";
import * as seats from "./exchange-seats.service";
import { networkLoaders } from "../network/network.loaders";

@Resolver(() => ExchangeParticipation)
export class ExchangeParticipationResolver {
  @Authorized()
  @Mutation(() => ExchangeParticipation, {
    description:
      "CONFIRMED while seats are left, else WAITLISTED; partners and companies for their own organisation, the office for any",
  })
  joinExchange(
    @Ctx() ctx: RequestContext,
    @Args(() => JoinExchangeArgs) args: JoinExchangeArgs,
  ): Promise<ExchangeParticipation> {
    return seats.joinExchange(ctx, args);
  }

  @Authorized()
  @Mutation(() => ExchangeParticipation, {
    description: "Returns the now CANCELLED participation; a freed seat goes to the first waitlisted organisation",
  })
  leaveExchange(
    @Ctx() ctx: RequestContext,
    @Args(() => ParticipationArgs) args: ParticipationArgs,
  ): Promise<ExchangeParticipation> {
    return seats.leaveExchange(ctx, args);
  }

  @FieldResolver(() => Exchange)
  async exchange(@Root() participation: ExchangeParticipation, @Ctx() ctx: RequestContext): Promise<Exchange> {
    return participation.exchangeRelation ?? (await exchangeLoaders(ctx).exchangeById.load(participation.exchangeId))!;
  }

  @FieldResolver(() => Organisation)
  async organisation(@Root() participation: ExchangeParticipation, @Ctx() ctx: RequestContext): Promise<Organisation> {
    return (
      participation.organisationRelation ??
      (await networkLoaders(ctx).organisationById.load(participation.organisationId))!
    );
  }

  @FieldResolver(() => Int, { nullable: true, description: "1-based place in the queue while WAITLISTED, else null" })
  waitlistPosition(
    @Root() participation: ExchangeParticipation,
    @Ctx() ctx: RequestContext,
  ): Promise<number | null> | null {
    return participation.status === ParticipationStatus.WAITLISTED
      ? exchangeLoaders(ctx).waitlistPosition.load(participation.id)
      : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Who comes; only for the own organisation and the office",
  })
  personName(@Root() participation: ExchangeParticipation, @Ctx() ctx: RequestContext): string | null {
    return seesParticipationsRegardless(ctx.user, participation.organisationId) ? participation.personName : null;
  }
}
