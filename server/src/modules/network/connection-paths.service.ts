import { CONNECTION_LIMITS } from "@album/shared";
import type { RequestContext } from "../../graphql/context";
import { BadUserInputError, type FieldProblem } from "../../graphql/errors";
import { isUuid } from "../../db/ids";
import { Organisation } from "./organisation.entity";
import { networkLoaders } from "./network.loaders";
import { NetworkEdgeType } from "./network.enums";
import { degreeOf, kShortestPaths, loadPathGraph, pairKey, PathWalker, type PathGraph } from "./path-graph";
import {
  ConnectionDirection,
  type ConnectionLink,
  type ConnectionPath,
  type ConnectionSearch,
} from "./connection-paths.types";

export interface ConnectionSearchArgs {
  fromId: string;
  toId: string;
  avoid?: string[] | null;
  maxPaths?: number | null;
  maxDepth?: number | null;
}

function inRange(value: number, max: number, field: string, problems: FieldProblem[]): void {
  if (!Number.isInteger(value) || value < 1 || value > max)
    problems.push({ field, message: `must be between 1 and ${max}` });
}

/**
 * The connection finder: up to `maxPaths` shortest simple paths (relations and joint projects, the
 * graph view's edges, read in either direction) between two organisations, none through an
 * avoided organisation. Public, like the graph.
 */
export async function searchConnections(ctx: RequestContext, args: ConnectionSearchArgs): Promise<ConnectionSearch> {
  const maxPaths = args.maxPaths ?? CONNECTION_LIMITS.paths.default;
  const maxDepth = args.maxDepth ?? CONNECTION_LIMITS.depth.default;
  const avoidIds = [...new Set(args.avoid ?? [])];
  const problems: FieldProblem[] = [];
  inRange(maxPaths, CONNECTION_LIMITS.paths.max, "maxPaths", problems);
  inRange(maxDepth, CONNECTION_LIMITS.depth.max, "maxDepth", problems);
  if (avoidIds.length > CONNECTION_LIMITS.avoid.max) {
    problems.push({ field: "avoid", message: `at most ${CONNECTION_LIMITS.avoid.max} organisations` });
  }
  if (args.fromId === args.toId) problems.push({ field: "toId", message: "must differ from fromId" });
  for (const [field, id] of [
    ["fromId", args.fromId],
    ["toId", args.toId],
  ] as const) {
    if (avoidIds.includes(id)) problems.push({ field: "avoid", message: `must not contain the ${field} organisation` });
  }
  if (problems.length > 0) throw new BadUserInputError("Invalid connection search", problems);

  const loader = networkLoaders(ctx).organisationById;
  const load = (id: string) => (isUuid(id) ? loader.load(id) : Promise.resolve(null));
  const [from, to, ...avoided] = await Promise.all([args.fromId, args.toId, ...avoidIds].map(load));
  if (!from) problems.push({ field: "fromId", message: "no such organisation" });
  if (!to) problems.push({ field: "toId", message: "no such organisation" });
  avoidIds.forEach((id, index) => {
    if (!avoided[index]) problems.push({ field: "avoid", message: `no such organisation: ${id.slice(0, 40)}` });
  });
  if (problems.length > 0 || !from || !to) throw new BadUserInputError("Unknown organisation", problems);
  const avoidedOrganisations = avoided.filter((o): o is Organisation => o !== null);

  const graph = await loadPathGraph(ctx.db);
  const start = graph.indexOf.get(from.id);
  const end = graph.indexOf.get(to.id);
  const avoid = new Set(avoidIds.map((id) => graph.indexOf.get(id)).filter((index) => index !== undefined));
  const result: ConnectionSearch = {
    from,
    to,
    avoided: avoidedOrganisations,
    maxDepth,
    paths: [],
    onlyThroughAvoided: false,
  };
  // An archived organisation is not part of the network any more: no path leads to it.
  if (start === undefined || end === undefined) return result;
  const found = kShortestPaths(graph, start, end, { maxPaths, maxHops: maxDepth, avoid });
  if (found.length === 0) {
    result.onlyThroughAvoided =
      avoid.size > 0 && new PathWalker(graph).shortest(start, end, maxDepth, new Set(), new Set()) !== null;
    return result;
  }
  const organisations = await loader.loadMany([...new Set(found.flat())].map((index) => graph.ids[index]!));
  const byId = new Map(
    organisations.filter((o): o is Organisation => o instanceof Organisation).map((o) => [o.id, o] as const),
  );
  result.paths = found.map((path) => toConnectionPath(graph, path, byId));
  return result;
}

const TYPE_ORDER = Object.values(NetworkEdgeType);

function toConnectionPath(graph: PathGraph, path: number[], byId: Map<string, Organisation>): ConnectionPath {
  const organisations = path.map((index) => byId.get(graph.ids[index]!)!);
  const size = graph.ids.length;
  return {
    length: path.length - 1,
    organisations,
    steps: path.slice(1).map((node, index) => {
      const previous = path[index]!;
      const fromId = graph.ids[previous]!;
      const links: ConnectionLink[] = (graph.links.get(pairKey(previous, node, size)) ?? [])
        .map((link) => ({
          type: link.type,
          direction: !link.directed
            ? ConnectionDirection.MUTUAL
            : link.sourceId === fromId
              ? ConnectionDirection.FORWARD
              : ConnectionDirection.BACKWARD,
          since: link.since,
          until: link.until,
          projects: link.projects,
        }))
        .sort(
          (a, b) => TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type) || a.direction.localeCompare(b.direction),
        );
      return { from: organisations[index]!, to: organisations[index + 1]!, links };
    }),
  };
}

/** The best-linked organisations (most distinct neighbours), the finder's suggestions to avoid. */
export async function networkHubs(ctx: RequestContext, first: number | null | undefined): Promise<Organisation[]> {
  const count = first ?? CONNECTION_LIMITS.hubs.default;
  const problems: FieldProblem[] = [];
  inRange(count, CONNECTION_LIMITS.hubs.max, "first", problems);
  if (problems.length > 0) throw new BadUserInputError("Invalid number of hubs", problems);
  const graph = await loadPathGraph(ctx.db);
  // Indices are in name order, so equal degrees keep alphabetical order.
  const ranked = graph.ids
    .map((_, index) => index)
    .filter((index) => degreeOf(graph, index) > 0)
    .sort((a, b) => degreeOf(graph, b) - degreeOf(graph, a) || a - b)
    .slice(0, count);
  const organisations = await networkLoaders(ctx).organisationById.loadMany(ranked.map((index) => graph.ids[index]!));
  return organisations.filter((o): o is Organisation => o instanceof Organisation);
}
