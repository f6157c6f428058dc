import { Arg, Ctx, ID, Int, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { Organisation } from "./organisation.entity";
import { ConnectionSearch } from "./connection-paths.types";
import { networkHubs, searchConnections } from "./connection-paths.service";

@Resolver()
export class ConnectionPathsResolver {
  @Query(() => ConnectionSearch, {
    description:
      "How two organisations are linked: the shortest paths over relations and joint projects, optionally avoiding organisations",
  })
  connectionPaths(
    @Ctx() ctx: RequestContext,
    @Arg("fromId", () => ID) fromId: string,
    @Arg("toId", () => ID) toId: string,
    @Arg("avoid", () => [ID], { nullable: true, description: "Organisations no path may run through" })
    avoid: string[] | undefined,
    @Arg("maxPaths", () => Int, { nullable: true, description: "At most this many paths (default 3, at most 10)" })
    maxPaths: number | undefined,
    @Arg("maxDepth", () => Int, { nullable: true, description: "Longest path in steps (default 6, at most 10)" })
    maxDepth: number | undefined,
  ): Promise<ConnectionSearch> {
    return searchConnections(ctx, { fromId, toId, avoid, maxPaths, maxDepth });
  }

  @Query(() => [Organisation], {
    description: "The organisations with the most distinct links, best first: the connection finder's hubs to avoid",
  })
  networkHubs(
    @Ctx() ctx: RequestContext,
    @Arg("first", () => Int, { nullable: true }) first: number | undefined,
  ): Promise<Organisation[]> {
    return networkHubs(ctx, first);
  }
}
