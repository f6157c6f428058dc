import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { Organisation } from "../network/organisation.entity";
import { MatchingRule } from "./matching-rule.entity";
import {
  MatchingRuleInput,
  ScoringWeightsInput,
  TandemPairInput,
  TandemPlan,
  TandemSuggestion,
} from "./matching.types";
import * as matching from "./matching.service";
import * as rules from "./matching-rule.service";
import { networkLoaders } from "../network/network.loaders";

@Resolver()
export class MatchingResolver {
  @Authorized("COORDINATOR", "PARTNER")
  @Query(() => [TandemSuggestion], {
    description: "Scored tandems for a call with breakdown and reasons; partners: for their own organisation",
  })
  tandemSuggestions(
    @Ctx() ctx: RequestContext,
    @Arg("callId", () => ID) callId: string,
    @Arg("forOrganisationId", () => ID, { nullable: true }) forOrganisationId?: string,
    @Arg("first", () => Int, { nullable: true }) first?: number,
    @Arg("weights", () => ScoringWeightsInput, { nullable: true }) weights?: ScoringWeightsInput,
    @Arg("locale", () => String, { nullable: true }) locale?: string,
  ): Promise<TandemSuggestion[]> {
    return matching.tandemSuggestions(ctx, { callId, forOrganisationId, first, weights, locale });
  }

  @Authorized("COORDINATOR")
  @Query(() => TandemPlan, { description: "The optimal set of k tandems (maximum-weight b-matching)" })
  tandemPlan(
    @Ctx() ctx: RequestContext,
    @Arg("callId", () => ID) callId: string,
    @Arg("tandems", () => Int) tandems: number,
    @Arg("maxTandemsPerOrganisation", () => Int, { nullable: true }) maxTandemsPerOrganisation?: number,
    @Arg("fixedPairs", () => [TandemPairInput], { nullable: true }) fixedPairs?: TandemPairInput[],
    @Arg("excludedOrganisationIds", () => [ID], { nullable: true }) excludedOrganisationIds?: string[],
    @Arg("weights", () => ScoringWeightsInput, { nullable: true }) weights?: ScoringWeightsInput,
    @Arg("locale", () => String, { nullable: true }) locale?: string,
  ): Promise<TandemPlan> {
    return matching.tandemPlan(ctx, {
      callId,
      tandems,
      maxTandemsPerOrganisation,
      fixedPairs,
      excludedOrganisationIds,
      weights,
      locale,
    });
  }

  @Authorized("COORDINATOR")
  @Query(() => [MatchingRule], {
    description: "The office's do-not-propose rules (for a call: its own and the general ones)",
  })
  matchingRules(
    @Ctx() ctx: RequestContext,
    @Arg("callId", () => ID, { nullable: true }) callId?: string,
  ): Promise<MatchingRule[]> {
    return rules.listMatchingRules(ctx, callId);
  }

  @Authorized("COORDINATOR")
  @Mutation(() => MatchingRule)
  addMatchingRule(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => MatchingRuleInput) input: MatchingRuleInput,
  ): Promise<MatchingRule> {
    return rules.addMatchingRule(ctx, input);
  }

  @Authorized("COORDINATOR")
  @Mutation(() => Boolean)
  removeMatchingRule(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string): Promise<boolean> {
    return rules.removeMatchingRule(ctx, id);
  }
}

@Resolver(() => MatchingRule)
export class MatchingRuleFieldResolver {
  @FieldResolver(() => Organisation)
  async organisation(@Root() rule: MatchingRule, @Ctx() ctx: RequestContext): Promise<Organisation> {
    return (await networkLoaders(ctx).organisationById.load(rule.organisationId))!;
  }

  @FieldResolver(() => Organisation, { nullable: true })
  counterpart(@Root() rule: MatchingRule, @Ctx() ctx: RequestContext): Promise<Organisation | null> | null {
    return rule.counterpartId ? networkLoaders(ctx).organisationById.load(rule.counterpartId) : null;
  }
}
