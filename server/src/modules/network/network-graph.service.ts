import Graph from "graphology";
import { density } from "graphology-metrics/graph";
import betweennessCentrality from "graphology-metrics/centrality/betweenness";
import louvain from "graphology-communities-louvain";
import forceAtlas2 from "graphology-layout-forceatlas2";
import randomLayout from "graphology-layout/random";
import type { RequestContext } from "../../graphql/context";
import { NetworkEdgeType } from "./network.enums";
import { Organisation } from "./organisation.entity";
import type { OrganisationFilter } from "./organisation.inputs";
import { applyOrganisationFilter } from "./organisation.service";
import { networkRevision } from "../../db/network-revision";
import { jsonRowReader, jsonRowSql, type Properties } from "../../shared/json-rows";

/** Betweenness is O(nodes × edges); above this size the graph view gets null instead of waiting. */
const BETWEENNESS_MAX_NODES = 2000;
/**
 * Above this size the graph view gets no positions (null) and lays the graph out itself: the
 * layout runs on the event loop (~0.5 s for 1,000 nodes on an idle core, once per revision).
 */
const LAYOUT_MAX_NODES = 2000;
/** Mean edge length of the returned layout, in the client's units (its nodes are 18–60 wide). */
const LAYOUT_EDGE_LENGTH = 120;

export interface NetworkEdgeRow {
  source: string;
  target: string;
  type: NetworkEdgeType;
  weight: number;
  /** First and last day (YYYY-MM-DD) the link is known to exist; null when not recorded. */
  since: string | null;
  until: string | null;
}

export interface NetworkNodeMetrics {
  organisation: Organisation;
  degree: number;
  betweenness: number | null;
  community: number;
  /** Layout position; computed on first read, once per network revision and filter. */
  readonly x: number | null;
  readonly y: number | null;
}

export interface NetworkGraphResult {
  nodes: NetworkNodeMetrics[];
  edges: NetworkEdgeRow[];
  density: number;
  communityCount: number;
}

/**
 * Only projects that are public (running or completed) join two organisations in the graph: everyone,
 * visitors included, sees the graph, and a draft or a refused application is not the network's business.
 * The applications module names the same statuses public (PUBLIC_STATUSES); network may not import it.
 */
export const JOINT_PROJECT_STATUSES_SQL = "('RUNNING', 'COMPLETED')";

/**
 * All edges of the network: stored relations plus joint applications (weight = number of joint ones).
 * A joint-project edge is dated from its first start to its last end, and only when every one of
 * its applications has that date: an undated project could lie outside any range we would claim.
 */
export async function loadNetworkEdges(ctx: RequestContext): Promise<NetworkEdgeRow[]> {
  const rows: (Omit<NetworkEdgeRow, "weight"> & { weight: string | number })[] = await ctx.db.query(
    `SELECT source_id AS source, target_id AS target, type::text AS type, 1 AS weight,
            since::text AS since, until::text AS until
       FROM relation
     UNION ALL
     SELECT a.organisation_id, b.organisation_id, 'JOINT_PROJECT', count(*),
            CASE WHEN bool_and(app.starts_on IS NOT NULL) THEN min(app.starts_on)::text END,
            CASE WHEN bool_and(app.ends_on IS NOT NULL) THEN max(app.ends_on)::text END
       FROM application_participant a
       JOIN application_participant b ON b.application_id = a.application_id AND a.organisation_id < b.organisation_id
       JOIN application app ON app.id = a.application_id AND app.status IN ${JOINT_PROJECT_STATUSES_SQL}
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
  /** Positions by node id, laid out on first call (only the graph view asks); null when too large. */
  layout: () => Map<string, { x: number; y: number }> | null;
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
      // Getters: a query that does not select x or y never pays for the layout.
      get x() {
        return computed.layout()?.get(organisation.id)?.x ?? null;
      },
      get y() {
        return computed.layout()?.get(organisation.id)?.y ?? null;
      },
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
  let positions: Map<string, { x: number; y: number }> | null | undefined;
  const layoutGraph = graph.order <= LAYOUT_MAX_NODES ? graph : null;
  return {
    degree,
    betweenness,
    communities,
    edges,
    density: graph.order > 1 ? density(graph) : 0,
    communityCount: new Set(Object.values(communities)).size,
    layout: () => (positions === undefined ? (positions = layoutGraph ? computeLayout(layoutGraph) : null) : positions),
  };
}

/**
 * ForceAtlas2 (Gephi's layout) from seeded random positions: the same data gives the same picture
 * on every visit, and a visitor's phone does not spend seconds laying out a large network. Scaled
 * so that an edge is LAYOUT_EDGE_LENGTH long on average.
 */
function computeLayout(graph: Graph): Map<string, { x: number; y: number }> {
  randomLayout.assign(graph, { rng: seededRandom(7), scale: Math.sqrt(Math.max(graph.order, 1)) * 10 });
  const inferred = forceAtlas2.inferSettings(graph);
  // More repulsion than Gephi's default: the partners around a hub spread out instead of bunching.
  const settings = {
    ...inferred,
    scalingRatio: (inferred.scalingRatio ?? 10) * 4,
    barnesHutOptimize: graph.order > 300,
  };
  const raw = forceAtlas2(graph, { iterations: graph.order > 300 ? 100 : 300, settings, getEdgeWeight: null });
  let total = 0;
  graph.forEachEdge((_edge, _attributes, source, target) => {
    total += Math.hypot(raw[source]!.x - raw[target]!.x, raw[source]!.y - raw[target]!.y);
  });
  const scale = graph.size > 0 && total > 0 ? LAYOUT_EDGE_LENGTH / (total / graph.size) : 1;
  const positions = new Map<string, { x: number; y: number }>();
  const isolated: string[] = [];
  let [left, right, bottom] = [Infinity, -Infinity, -Infinity];
  for (const [node, { x, y }] of Object.entries(raw)) {
    if (graph.degree(node) === 0) {
      isolated.push(node);
      continue;
    }
    const position = { x: Math.round(x * scale * 10) / 10, y: Math.round(y * scale * 10) / 10 };
    positions.set(node, position);
    [left, right, bottom] = [Math.min(left, position.x), Math.max(right, position.x), Math.max(bottom, position.y)];
  }
  // Unlinked organisations drift far away in ForceAtlas2 and shrink the whole picture to fit
  // them: they go in rows under the network instead.
  if (positions.size === 0) [left, right, bottom] = [0, 0, 0];
  const perRow = Math.max(1, Math.floor((right - left) / LAYOUT_EDGE_LENGTH) + 1);
  isolated.sort().forEach((node, index) => {
    positions.set(node, {
      x: left + (index % perRow) * LAYOUT_EDGE_LENGTH,
      y: bottom + LAYOUT_EDGE_LENGTH * (1 + Math.floor(index / perRow)),
    });
  });
  return positions;
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
