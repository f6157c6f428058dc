import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Info, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { Organisation } from "./organisation.entity";
import { OrganisationFilter } from "./organisation.inputs";
import { District, Language, TargetGroup, Topic } from "./taxonomy.entity";
import { NetworkGraph } from "./network.types";
import { networkGraph } from "./network-graph.service";
import { listTaxonomy } from "./taxonomy.service";
import { nestedInfo, projectionFor } from "../../shared/projection";
import { ORGANISATION_RESOLVER_NEEDS } from "./organisation.resolver";

@Resolver()
export class NetworkResolver {
  @Query(() => NetworkGraph, { description: "Nodes and edges for the graph view" })
  network(
    @Ctx() ctx: RequestContext,
    @Arg("filter", () => OrganisationFilter, { nullable: true }) filter: OrganisationFilter | undefined,
    @Info() info: GraphQLResolveInfo,
  ): Promise<NetworkGraph> {
    const properties = projectionFor(nestedInfo(info, ["nodes", "organisation"]), ctx.db, Organisation, {
      always: ["id", "name"],
      resolverNeeds: ORGANISATION_RESOLVER_NEEDS,
    });
    return networkGraph(ctx, filter, properties);
  }

  @Query(() => [Topic])
  topics(@Ctx() ctx: RequestContext): Promise<Topic[]> {
    return listTaxonomy(ctx.db, "topics", ctx.locale);
  }

  @Query(() => [TargetGroup])
  targetGroups(@Ctx() ctx: RequestContext): Promise<TargetGroup[]> {
    return listTaxonomy(ctx.db, "targetGroups", ctx.locale);
  }

  @Query(() => [District])
  districts(@Ctx() ctx: RequestContext): Promise<District[]> {
    return listTaxonomy(ctx.db, "districts", ctx.locale);
  }

  @Query(() => [Language])
  languages(@Ctx() ctx: RequestContext): Promise<Language[]> {
    return listTaxonomy(ctx.db, "languages", ctx.locale);
  }
}
