import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { Organisation } from "../network/organisation.entity";
import { CallForProposals } from "../calls/call.entity";
import { callLoaders } from "../calls/call.loaders";
import { networkLoaders } from "../network/network.loaders";
import { SavedPlanTandem, SavedTandemPlan } from "./saved-plan.entity";
import { SaveTandemPlanInput } from "./saved-plan.inputs";
import * as plans from "./saved-plan.service";
import { TandemRequest } from "./tandem-request.entity";
import { pairInCall, savedPlanLoaders } from "./saved-plan.loaders";

@Resolver(() => SavedTandemPlan)
export class SavedTandemPlanResolver {
  @Authorized("COORDINATOR")
  @Query(() => [SavedTandemPlan], { description: "The office's saved tandem plans of a call, newest first" })
  savedTandemPlans(@Ctx() ctx: RequestContext, @Arg("callId", () => ID) callId: string): Promise<SavedTandemPlan[]> {
    return plans.listSavedTandemPlans(ctx, callId);
  }

  @Authorized("COORDINATOR")
  @Query(() => SavedTandemPlan)
  savedTandemPlan(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string): Promise<SavedTandemPlan> {
    return plans.loadSavedTandemPlan(ctx, id);
  }

  @Authorized("COORDINATOR")
  @Mutation(() => SavedTandemPlan, {
    description: "Computes the plan from these settings and saves it with its tandems, scores and reasons",
  })
  saveTandemPlan(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => SaveTandemPlanInput) input: SaveTandemPlanInput,
  ): Promise<SavedTandemPlan> {
    return plans.saveTandemPlan(ctx, input);
  }

  @Authorized("COORDINATOR")
  @Mutation(() => Boolean)
  deleteSavedTandemPlan(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string): Promise<boolean> {
    return plans.deleteSavedTandemPlan(ctx, id);
  }

  @FieldResolver(() => CallForProposals)
  async call(@Root() plan: SavedTandemPlan, @Ctx() ctx: RequestContext): Promise<CallForProposals> {
    return (await callLoaders(ctx).callById.load(plan.callId))!;
  }

  @FieldResolver(() => Boolean, {
    description: "The data the engine read (organisations, memberships, history, rules, tandems) changed since saving",
  })
  stale(@Root() plan: SavedTandemPlan, @Ctx() ctx: RequestContext): Promise<boolean> {
    return plans.isPlanStale(ctx, plan);
  }

  @FieldResolver(() => [SavedPlanTandem])
  tandems(@Root() plan: SavedTandemPlan): SavedPlanTandem[] {
    return plan.tandems.map((tandem) => ({ ...tandem, callId: plan.callId }));
  }
}

@Resolver(() => SavedPlanTandem)
export class SavedPlanTandemResolver {
  @FieldResolver(() => Organisation, { nullable: true, description: "Null when the organisation was deleted since" })
  migrantOrganisation(@Root() tandem: SavedPlanTandem, @Ctx() ctx: RequestContext): Promise<Organisation | null> {
    return networkLoaders(ctx).organisationById.load(tandem.migrantOrganisationId);
  }

  @FieldResolver(() => Organisation, { nullable: true, description: "Null when the organisation was deleted since" })
  educationalInstitution(@Root() tandem: SavedPlanTandem, @Ctx() ctx: RequestContext): Promise<Organisation | null> {
    return networkLoaders(ctx).organisationById.load(tandem.educationalInstitutionId);
  }

  @FieldResolver(() => TandemRequest, {
    nullable: true,
    description: "The pair's newest request or proposal for the call: what became of this tandem",
  })
  request(@Root() tandem: SavedPlanTandem, @Ctx() ctx: RequestContext): Promise<TandemRequest | null> | null {
    if (!tandem.callId) return null;
    return savedPlanLoaders(ctx).latestRequestByPair.load(
      pairInCall(tandem.callId, tandem.migrantOrganisationId, tandem.educationalInstitutionId),
    );
  }
}
