import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { Organisation } from "../network/organisation.entity";
import { CallForProposals } from "../calls/call.entity";
import { TandemRequest } from "./tandem-request.entity";
import { SendTandemRequestInput, TandemRequestFilter } from "./tandem-request.inputs";
import { ProposeTandemsInput } from "./saved-plan.inputs";
import * as requests from "./tandem-request.service";
import { callLoaders } from "../calls/call.loaders";
import { networkLoaders } from "../network/network.loaders";
import { canActOnTandemRequest } from "./tandem-request-access";

@Resolver(() => TandemRequest)
export class TandemRequestResolver {
  @Authorized("COORDINATOR", "PARTNER")
  @Query(() => [TandemRequest], { description: "The office sees all; a partner its own organisation's requests" })
  tandemRequests(
    @Ctx() ctx: RequestContext,
    @Arg("filter", () => TandemRequestFilter, { nullable: true }) filter?: TandemRequestFilter,
  ): Promise<TandemRequest[]> {
    return requests.listTandemRequests(ctx, filter);
  }

  @Authorized("COORDINATOR", "PARTNER")
  @Mutation(() => TandemRequest)
  sendTandemRequest(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => SendTandemRequestInput) input: SendTandemRequestInput,
  ): Promise<TandemRequest> {
    return requests.sendTandemRequest(ctx, input);
  }

  @Authorized("COORDINATOR", "PARTNER")
  @Mutation(() => TandemRequest, {
    description:
      "A request: the addressed organisation answers, accepting forms the tandem. A proposal: each organisation of the pair answers for itself; the second yes forms it",
  })
  respondToTandemRequest(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("accept", () => Boolean) accept: boolean,
    @Arg("message", () => String, { nullable: true }) message?: string,
  ): Promise<TandemRequest> {
    return requests.respondToTandemRequest(ctx, id, accept, message);
  }

  @Authorized("COORDINATOR")
  @Mutation(() => [TandemRequest], {
    description: "The office proposes each pair to both its organisations; the tandem forms when both accept",
  })
  proposeTandems(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => ProposeTandemsInput) input: ProposeTandemsInput,
  ): Promise<TandemRequest[]> {
    return requests.proposeTandems(ctx, input);
  }

  @Authorized("COORDINATOR", "PARTNER")
  @Mutation(() => TandemRequest)
  withdrawTandemRequest(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string): Promise<TandemRequest> {
    return requests.withdrawTandemRequest(ctx, id);
  }

  @FieldResolver(() => Organisation)
  async from(@Root() request: TandemRequest, @Ctx() ctx: RequestContext): Promise<Organisation> {
    return (await networkLoaders(ctx).organisationById.load(request.fromOrganisationId))!;
  }

  @FieldResolver(() => Organisation)
  async to(@Root() request: TandemRequest, @Ctx() ctx: RequestContext): Promise<Organisation> {
    return (await networkLoaders(ctx).organisationById.load(request.toOrganisationId))!;
  }

  @FieldResolver(() => Organisation)
  async migrantOrganisation(@Root() request: TandemRequest, @Ctx() ctx: RequestContext): Promise<Organisation> {
    return (await networkLoaders(ctx).organisationById.load(request.migrantOrganisationId))!;
  }

  @FieldResolver(() => Organisation)
  async educationalInstitution(@Root() request: TandemRequest, @Ctx() ctx: RequestContext): Promise<Organisation> {
    return (await networkLoaders(ctx).organisationById.load(request.educationalInstitutionId))!;
  }

  @FieldResolver(() => CallForProposals)
  async call(@Root() request: TandemRequest, @Ctx() ctx: RequestContext): Promise<CallForProposals> {
    return (await callLoaders(ctx).callById.load(request.callId))!;
  }

  @FieldResolver(() => Boolean, {
    description: "Whether the viewer may answer this request (the addressed organisation or the office)",
  })
  viewerCanRespond(@Root() request: TandemRequest, @Ctx() ctx: RequestContext): boolean {
    return canActOnTandemRequest(ctx.user, "respond", request);
  }

  @FieldResolver(() => Boolean, {
    description: "Whether the viewer may withdraw this request (the sending organisation or the office)",
  })
  viewerCanWithdraw(@Root() request: TandemRequest, @Ctx() ctx: RequestContext): boolean {
    return canActOnTandemRequest(ctx.user, "withdraw", request);
  }
}
