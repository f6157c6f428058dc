import Graph from "graphology";
import { density } from "graphology-metrics/graph";
import betweennessCentrality from "graphology-metrics/centrality/betweenness";
import louvain from "graphology-communities-louvain";
import type { RequestContext } from "../../graphql/context";
import { NetworkEdgeType } from "./network.enums";
import { Organisation } from "./organisation.entity";
import type { OrganisationFilter } from "./organisation.inputs";
import { applyOrganisationFilter } from "./organisation.service";
import { networkRevision } from "../../db/network-revision";
import { jsonRowReader, jsonRowSql, type Properties } from "../../shared/json-rows";

/** Betweenness is O(nodes × edges); above this size the graph view gets null instead of waiting. */
const BETWEENNESS_MAX_NODES = 2000;

export interface NetworkEdgeRow {
  source: string;
  target: string;
  type: NetworkEdgeType;
  weight: number;
}

export interface NetworkNodeMetrics {
  organisation: Organisation;
  degree: number;
  betweenness: number | null;
  community: number;
}

export interface NetworkGraphResult {
  nodes: NetworkNodeMetrics[];
  edges: NetworkEdgeRow[];
  density: number;
  communityCount: number;
}

/** All edges of the network: stored relations plus joint applications (weight = number of joint ones). */
export async function loadNetworkEdges(ctx: RequestContext): Promise<NetworkEdgeRow[]> {
  const rows: { source: string; target: string; type: NetworkEdgeType; weight: string | number }[] = await ctx.db.query(
    `SELECT source_id AS source, target_id AS target, type::text AS type, 1 AS weight FROM relation
     UNION ALL
     SELECT a.organisation_id, b.organisation_id, 'JOINT_PROJECT', count(*)
       FROM application_participant a
       JOIN application_participant b ON b.application_id = a.application_id AND a.organisation_id < b.organisation_id
      GROUP BY a.organisation_id, b.organisation_id
     ORDER BY 1, 2, 3`,
  );
  return rows.map((row) => ({ ...row, weight: Number(row.weight) }));
}

function buildGraph(nodeIds: Iterable<string>, edges: NetworkEdgeRow[]): Graph {
  const graph = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  for (const id of nodeIds) graph.addNode(id);
  for (const edge of edges) {
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    if (graph.hasEdge(edge.source, edge.target)) {
      graph.updateEdgeAttribute(
        edge.source,
        edge.target,
        "weight",
        (weight: number | undefined) => (weight ?? 0) + edge.weight,
      );
    } else {
      graph.addEdge(edge.source, edge.target, { weight: edge.weight });
    }
  }
  return graph;
}

interface GraphMetrics {
  degree: Map<string, number>;
  betweenness: Record<string, number> | null;
  communities: Record<string, number>;
  edges: NetworkEdgeRow[];
  density: number;
  communityCount: number;
}

/**
 * Metrics per (network revision, filter): Louvain and betweenness are the expensive part, and the
 * revision (bumped by every write to the graph's tables) tells every process when to recompute.
 */
const metricsCache = new Map<string, GraphMetrics>();
const CACHED_GRAPHS = 8;

/** The graph view: nodes with degree, betweenness and community; edges between shown nodes. */
export async function networkGraph(
  ctx: RequestContext,
  filter: OrganisationFilter | undefined,
  properties: Properties = null,
): Promise<NetworkGraphResult> {
  // Only the columns the query asks of the nodes' organisations: over 10,000 nodes the full rows
  // were most of the graph query's memory peak.
  const [rows, revision] = await Promise.all([
    applyOrganisationFilter(ctx.db.getRepository(Organisation).createQueryBuilder("o"), filter)
      .select(jsonRowSql(ctx.db, Organisation, "o", properties), "row")
      .orderBy("o.name", "ASC")
      .getRawMany<{ row: Record<string, unknown> }>(),
    networkRevision(ctx.db),
  ]);
  const read = jsonRowReader(ctx.db, Organisation, properties);
  const organisations = rows.map((row) => read(row.row));
  const cacheKey = `${revision}|${JSON.stringify(filter ?? {})}`;
  let metrics = metricsCache.get(cacheKey);
  if (!metrics) {
    metrics = await computeMetrics(ctx, new Set(organisations.map((o) => o.id)));
    metricsCache.set(cacheKey, metrics);
    while (metricsCache.size > CACHED_GRAPHS) metricsCache.delete(metricsCache.keys().next().value as string);
  }
  const computed = metrics;
  return {
    nodes: organisations.map((organisation) => ({
      organisation,
      degree: computed.degree.get(organisation.id) ?? 0,
      betweenness: computed.betweenness ? (computed.betweenness[organisation.id] ?? 0) : null,
      community: computed.communities[organisation.id] ?? 0,
    })),
    edges: computed.edges,
    density: computed.density,
    communityCount: computed.communityCount,
  };
}

async function computeMetrics(ctx: RequestContext, ids: Set<string>): Promise<GraphMetrics> {
  const edges = (await loadNetworkEdges(ctx)).filter((edge) => ids.has(edge.source) && ids.has(edge.target));
  const graph = buildGraph(ids, edges);
  // Louvain is randomised; a fixed generator keeps communities stable between requests.
  const communities = graph.size > 0 ? louvain(graph, { rng: seededRandom(42), getEdgeWeight: "weight" }) : {};
  // graphology's betweenness throws on a graph without nodes (a filter that matches nothing).
  const betweenness =
    graph.order === 0
      ? {}
      : graph.order <= BETWEENNESS_MAX_NODES
        ? betweennessCentrality(graph, { normalized: true })
        : null;
  const degree = new Map<string, number>();
  graph.forEachNode((node) => degree.set(node, graph.degree(node)));
  return {
    degree,
    betweenness,
    communities,
    edges,
    density: graph.order > 1 ? density(graph) : 0,
    communityCount: new Set(Object.values(communities)).size,
  };
}

/** mulberry32: small deterministic generator for reproducible community detection. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
