import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Mutation, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import { plannedValue } from "../../shared/read-plan";
import type { RequestContext } from "../../graphql/context";
import { Relation } from "./relation.entity";
import { Organisation } from "./organisation.entity";
import { CreateRelationInput } from "./organisation.inputs";
import * as relations from "./relation.service";
import { networkLoaders } from "./network.loaders";
import { Source, sourceFrom } from "./provenance";

@Resolver(() => Relation)
export class RelationResolver {
  @Authorized("COORDINATOR")
  @Mutation(() => Relation)
  createRelation(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => CreateRelationInput) input: CreateRelationInput,
  ): Promise<Relation> {
    return relations.createRelation(ctx, input);
  }

  @Authorized("COORDINATOR")
  @Mutation(() => Boolean)
  removeRelation(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string): Promise<boolean> {
    return relations.removeRelation(ctx, id);
  }

  @FieldResolver(() => Organisation)
  async source(
    @Root() relation: Relation,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Organisation> {
    const planned = plannedValue<Organisation>(relation, info);
    if (planned) return planned.value;
    return relation.source ?? (await networkLoaders(ctx).organisationById.load(relation.sourceId))!;
  }

  @FieldResolver(() => Source, {
    description: "Where the relation comes from (`source` is its source organisation)",
  })
  provenance(@Root() relation: Relation): Source {
    return sourceFrom("kind" in relation.sourceDetail ? relation.sourceDetail : relation.provenance);
  }

  @FieldResolver(() => Organisation)
  async target(
    @Root() relation: Relation,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Organisation> {
    const planned = plannedValue<Organisation>(relation, info);
    if (planned) return planned.value;
    return relation.target ?? (await networkLoaders(ctx).organisationById.load(relation.targetId))!;
  }
}
