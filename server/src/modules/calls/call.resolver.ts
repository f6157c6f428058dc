import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  Float,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { loadKeys } from "../../shared/load-keys";
import { ConnectionType, type Page } from "../../graphql/pagination";
import { FundingProgramme } from "../funding/programme.entity";
import { District, Language, TargetGroup, Topic } from "../network/taxonomy.entity";
import { CallForProposals } from "./call.entity";
import { CallsArgs, CreateCallInput, UpdateCallInput } from "./call.inputs";
import * as calls from "./call.service";
import { fundingLoaders } from "../funding/funding.loaders";
import { networkLoaders } from "../network/network.loaders";
import { Source, sourceFrom } from "../network/provenance";

@ObjectType()
export class CallTopic {
  @Field(() => Topic)
  topic!: Topic;

  @Field(() => Float)
  weight!: number;
}

const CallConnection = ConnectionType(CallForProposals, "Call");

@Resolver(() => CallForProposals)
export class CallResolver {
  @Query(() => CallConnection, {
    description: "Open calls for everyone; closed ones for members; drafts for the office",
  })
  calls(@Ctx() ctx: RequestContext, @Args(() => CallsArgs) args: CallsArgs): Promise<Page<CallForProposals>> {
    return calls.listCalls(ctx, args);
  }

  @Query(() => CallForProposals, { nullable: true })
  call(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string): Promise<CallForProposals | null> {
    return calls.findCall(ctx, id);
  }

  @Authorized("COORDINATOR")
  @Mutation(() => CallForProposals)
  createCall(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => CreateCallInput) input: CreateCallInput,
  ): Promise<CallForProposals> {
    return calls.createCall(ctx, input);
  }

  @Authorized("COORDINATOR")
  @Mutation(() => CallForProposals)
  updateCall(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateCallInput) input: UpdateCallInput,
    @Arg("expectedVersion", () => Int, {
      nullable: true,
      description: "When given, a concurrent change is refused with CONFLICT",
    })
    expectedVersion?: number,
  ): Promise<CallForProposals> {
    return calls.updateCall(ctx, id, input, expectedVersion);
  }

  @Authorized("COORDINATOR")
  @Mutation(() => CallForProposals)
  closeCall(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string): Promise<CallForProposals> {
    return calls.closeCall(ctx, id);
  }

  @FieldResolver(() => Source, {
    description:
      "Where the call comes from: ILLUSTRATIVE for the demo's calls (the report names programmes, not calls), ENTERED for calls created on the platform",
  })
  source(@Root() call: CallForProposals): Source {
    return sourceFrom(call.provenance);
  }

  @FieldResolver(() => FundingProgramme, { nullable: true })
  programme(@Root() call: CallForProposals, @Ctx() ctx: RequestContext): Promise<FundingProgramme | null> | null {
    return call.programmeId ? fundingLoaders(ctx).programmeById.load(call.programmeId) : null;
  }

  @FieldResolver(() => [CallTopic], { description: "Required topics with their weights" })
  async topics(@Root() call: CallForProposals, @Ctx() ctx: RequestContext): Promise<CallTopic[]> {
    const topics = await networkLoaders(ctx).topicByKey.loadMany(call.topicWeights.map((t) => t.key));
    return call.topicWeights.flatMap((t, index) => {
      const topic = topics[index];
      return topic instanceof Topic ? [{ topic, weight: t.weight }] : [];
    });
  }

  @FieldResolver(() => [TargetGroup])
  targetGroups(@Root() call: CallForProposals, @Ctx() ctx: RequestContext): Promise<TargetGroup[]> {
    return loadKeys(networkLoaders(ctx).targetGroupByKey, call.targetGroupKeys);
  }

  @FieldResolver(() => [District])
  districts(@Root() call: CallForProposals, @Ctx() ctx: RequestContext): Promise<District[]> {
    return loadKeys(networkLoaders(ctx).districtByKey, call.districtKeys);
  }

  @FieldResolver(() => [Language])
  languages(@Root() call: CallForProposals, @Ctx() ctx: RequestContext): Promise<Language[]> {
    return loadKeys(networkLoaders(ctx).languageByKey, call.languageKeys);
  }
}
