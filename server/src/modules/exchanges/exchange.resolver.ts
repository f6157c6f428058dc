import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { ConnectionType, type Page } from "../../graphql/pagination";
import { Topic } from "../network/taxonomy.entity";
import { isUuid } from "../../db/ids";
import { Exchange } from "./exchange.entity";
import { ExchangeParticipation } from "./exchange-participation.entity";
import { CreateExchangeInput, ExchangesArgs, UpdateExchangeInput } from "./exchange.inputs";
import { exchangeLoaders } from "./exchange.loaders";
import { hasEnded } from "./exchange-seats.service";
import { listedParticipations, participationIfShown } from "./exchange-access";
import * as exchanges from "./exchange.service";
import { networkLoaders } from "../network/network.loaders";

const ExchangeConnection = ConnectionType(Exchange, "Exchange");

@Resolver(() => Exchange)
export class ExchangeResolver {
  @Query(() => ExchangeConnection, {
    description: "Public exchanges for everyone, members-only ones for signed-in members; upcoming first",
  })
  exchanges(@Ctx() ctx: RequestContext, @Args(() => ExchangesArgs) args: ExchangesArgs): Promise<Page<Exchange>> {
    return exchanges.listExchanges(ctx, args);
  }

  @Query(() => Exchange, { nullable: true })
  exchange(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string): Promise<Exchange | null> {
    return exchanges.findExchange(ctx, id);
  }

  @Authorized("COORDINATOR")
  @Mutation(() => Exchange)
  createExchange(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => CreateExchangeInput) input: CreateExchangeInput,
  ): Promise<Exchange> {
    return exchanges.createExchange(ctx, input);
  }

  @Authorized("COORDINATOR")
  @Mutation(() => Exchange)
  updateExchange(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateExchangeInput) input: UpdateExchangeInput,
    @Arg("expectedVersion", () => Int) expectedVersion: number,
  ): Promise<Exchange> {
    return exchanges.updateExchange(ctx, id, input, expectedVersion);
  }

  @Authorized("COORDINATOR")
  @Mutation(() => Exchange, { description: "The exchange stays listed as CANCELLED; nobody can join it any more" })
  cancelExchange(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string): Promise<Exchange> {
    return exchanges.cancelExchange(ctx, id);
  }

  @FieldResolver(() => [Topic])
  async topics(@Root() exchange: Exchange, @Ctx() ctx: RequestContext): Promise<Topic[]> {
    const topics = await networkLoaders(ctx).topicByKey.loadMany(exchange.topicKeys);
    return topics.filter((topic): topic is Topic => topic instanceof Topic);
  }

  @FieldResolver(() => Int)
  async seatsLeft(@Root() exchange: Exchange, @Ctx() ctx: RequestContext): Promise<number> {
    const { confirmed } = await exchangeLoaders(ctx).seatCounts.load(exchange.id);
    return Math.max(0, exchange.capacity - confirmed);
  }

  @FieldResolver(() => Int)
  async waitlistLength(@Root() exchange: Exchange, @Ctx() ctx: RequestContext): Promise<number> {
    return (await exchangeLoaders(ctx).seatCounts.load(exchange.id)).waitlisted;
  }

  @FieldResolver(() => Boolean, { description: "Ended: joining and leaving are closed" })
  past(@Root() exchange: Exchange): boolean {
    return hasEnded(exchange);
  }

  @FieldResolver(() => [ExchangeParticipation], {
    nullable: true,
    description:
      "Confirmed, then waitlisted organisations in join order. Attendee lists are for signed-in members (null for the public); " +
      "they list the viewer's own organisation and those that opted in (showExchangeParticipation), the office sees all",
  })
  async participations(
    @Root() exchange: Exchange,
    @Ctx() ctx: RequestContext,
  ): Promise<ExchangeParticipation[] | null> {
    return (await listedParticipations(ctx, exchange))?.listed ?? null;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      "How many confirmed or waitlisted organisations `participations` leaves out for this viewer (not opted in); null for the public",
  })
  async hiddenParticipantCount(@Root() exchange: Exchange, @Ctx() ctx: RequestContext): Promise<number | null> {
    const participations = await listedParticipations(ctx, exchange);
    return participations ? participations.all.length - participations.listed.length : null;
  }

  @FieldResolver(() => ExchangeParticipation, {
    nullable: true,
    description:
      "Where an organisation stands (default: the viewer's own); null when it has not joined, for the public, and for another organisation that did not opt in (showExchangeParticipation)",
  })
  viewerParticipation(
    @Root() exchange: Exchange,
    @Ctx() ctx: RequestContext,
    @Arg("organisationId", () => ID, { nullable: true }) organisationId?: string,
  ): Promise<ExchangeParticipation | null> | null {
    const id = organisationId ?? ctx.user?.organisationId;
    // A malformed id would fail the whole batch's uuid comparison; it matches nothing anyway.
    if (!ctx.user || !id || !isUuid(id)) return null;
    return participationIfShown(ctx, exchange.id, id);
  }

  @FieldResolver(() => String, { description: "Path of the exchange's iCalendar file" })
  calendarPath(@Root() exchange: Exchange): string {
    return `/calendar/exchanges/${exchange.id}.ics`;
  }
}
