import type { EntityManager } from "typeorm";
import { UNDIRECTED_RELATION_TYPES } from "@album/shared";
import { networkRevision } from "../../db/network-revision";
import { NetworkEdgeType } from "./network.enums";
import { JOINT_PROJECT_STATUSES_SQL } from "./network-graph.service";

/** One stored relation or the joint projects of a pair, as the path finder names a step. */
export interface PathLink {
  type: NetworkEdgeType;
  sourceId: string;
  targetId: string;
  directed: boolean;
  since: string | null;
  until: string | null;
  /** Joint applications of the pair; null for a stored relation. */
  projects: number | null;
}

/**
 * The network as the path finder walks it: active organisations numbered by name order (so that a
 * walk over neighbours in index order meets them alphabetically), neighbours in compressed rows,
 * and the links of every linked pair.
 */
export interface PathGraph {
  ids: string[];
  indexOf: Map<string, number>;
  /** Neighbours of node i: neighbours[offsets[i] .. offsets[i + 1]), ascending. */
  offsets: Int32Array;
  neighbours: Int32Array;
  links: Map<number, PathLink[]>;
}

export const pairKey = (a: number, b: number, size: number): number => (a < b ? a * size + b : b * size + a);

const collator = new Intl.Collator("de", { sensitivity: "base", numeric: true });

/**
 * Built once per network revision (every write to organisations, relations or application
 * participants bumps it): over 10,000 organisations reading and indexing the network is most of a
 * search's time, the walks themselves take milliseconds.
 */
const cache = new WeakMap<object, { revision: string; graph: Promise<PathGraph> }>();

export async function loadPathGraph(db: EntityManager): Promise<PathGraph> {
  // Per data source: revisions of two databases in one process (tests, the bench) may coincide.
  const owner = db.connection;
  const revision = await networkRevision(db);
  let entry = cache.get(owner);
  if (entry?.revision !== revision) {
    const graph = buildPathGraph(db);
    entry = { revision, graph };
    cache.set(owner, entry);
    // A failed build must not stay cached.
    graph.catch(() => {
      if (cache.get(owner)?.graph === graph) cache.delete(owner);
    });
  }
  return entry.graph;
}

async function buildPathGraph(db: EntityManager): Promise<PathGraph> {
  const [organisations, relations, projects] = (await Promise.all([
    db.query(`SELECT id, name FROM organisation WHERE archived_at IS NULL`),
    db.query(
      `SELECT source_id AS source, target_id AS target, type::text AS type, since::text AS since, until::text AS until
         FROM relation`,
    ),
    // The same joint projects the graph view draws as edges (network-graph.service.ts).
    db.query(
      `SELECT a.organisation_id AS source, b.organisation_id AS target, count(*)::int AS projects
         FROM application_participant a
         JOIN application_participant b ON b.application_id = a.application_id AND a.organisation_id < b.organisation_id
         JOIN application project ON project.id = a.application_id AND project.status IN ${JOINT_PROJECT_STATUSES_SQL}
        GROUP BY a.organisation_id, b.organisation_id`,
    ),
  ])) as [
    { id: string; name: string }[],
    { source: string; target: string; type: string; since: string | null; until: string | null }[],
    { source: string; target: string; projects: number }[],
  ];
  const links: PathLink[] = [
    ...relations.map((row) => ({
      type: row.type as NetworkEdgeType,
      sourceId: row.source,
      targetId: row.target,
      directed: !UNDIRECTED_RELATION_TYPES.includes(row.type),
      since: row.since,
      until: row.until,
      projects: null,
    })),
    ...projects.map((row) => ({
      type: NetworkEdgeType.JOINT_PROJECT,
      sourceId: row.source,
      targetId: row.target,
      directed: false,
      since: null,
      until: null,
      projects: Number(row.projects),
    })),
  ];
  return indexPathGraph(organisations, links);
}

/** Numbers the organisations by name and indexes the links; links to unknown (archived) ones are left out. */
export function indexPathGraph(organisations: { id: string; name: string }[], all: readonly PathLink[]): PathGraph {
  const sorted = [...organisations].sort((a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1));
  const ids = sorted.map((row) => row.id);
  const indexOf = new Map(ids.map((id, index) => [id, index]));
  const size = ids.length;
  const links = new Map<number, PathLink[]>();
  for (const link of all) {
    const a = indexOf.get(link.sourceId);
    const b = indexOf.get(link.targetId);
    if (a === undefined || b === undefined || a === b) continue;
    const key = pairKey(a, b, size);
    const list = links.get(key);
    if (list) list.push(link);
    else links.set(key, [link]);
  }
  const degree = new Int32Array(size);
  for (const key of links.keys()) {
    degree[Math.floor(key / size)]! += 1;
    degree[key % size]! += 1;
  }
  const offsets = new Int32Array(size + 1);
  for (let index = 0; index < size; index += 1) offsets[index + 1] = offsets[index]! + degree[index]!;
  const neighbours = new Int32Array(offsets[size]!);
  const fill = offsets.slice(0, size);
  for (const key of links.keys()) {
    const a = Math.floor(key / size);
    const b = key % size;
    neighbours[fill[a]!++] = b;
    neighbours[fill[b]!++] = a;
  }
  for (let index = 0; index < size; index += 1) neighbours.subarray(offsets[index], offsets[index + 1]).sort();
  return { ids, indexOf, offsets, neighbours, links };
}

export function degreeOf(graph: PathGraph, node: number): number {
  return graph.offsets[node + 1]! - graph.offsets[node]!;
}

/**
 * Breadth-first walks over one graph with reused arrays (a stamp per walk instead of clearing):
 * Yen's algorithm runs up to (paths × depth) of them per search.
 */
export class PathWalker {
  private readonly seen: Uint32Array;
  private readonly parent: Int32Array;
  private readonly depth: Int32Array;
  private readonly queue: Int32Array;
  private stamp = 0;

  constructor(private readonly graph: PathGraph) {
    const size = graph.ids.length;
    this.seen = new Uint32Array(size);
    this.parent = new Int32Array(size);
    this.depth = new Int32Array(size);
    this.queue = new Int32Array(size);
  }

  /**
   * A shortest path from `from` to `to` of at most `maxHops` hops that enters no blocked node and
   * crosses no blocked pair; neighbours are tried in name order, so ties go to earlier names.
   */
  shortest(
    from: number,
    to: number,
    maxHops: number,
    blockedNodes: ReadonlySet<number>,
    blockedPairs: ReadonlySet<number>,
  ): number[] | null {
    if (maxHops < 1 || blockedNodes.has(from) || blockedNodes.has(to)) return null;
    const { offsets, neighbours } = this.graph;
    const size = this.graph.ids.length;
    this.stamp += 1;
    const stamp = this.stamp;
    let head = 0;
    let tail = 0;
    this.queue[tail++] = from;
    this.seen[from] = stamp;
    this.depth[from] = 0;
    this.parent[from] = -1;
    while (head < tail) {
      const node = this.queue[head++]!;
      const nextDepth = this.depth[node]! + 1;
      if (nextDepth > maxHops) break;
      for (let at = offsets[node]!; at < offsets[node + 1]!; at += 1) {
        const next = neighbours[at]!;
        if (this.seen[next] === stamp || blockedNodes.has(next)) continue;
        if (blockedPairs.size > 0 && blockedPairs.has(pairKey(node, next, size))) continue;
        this.seen[next] = stamp;
        this.parent[next] = node;
        this.depth[next] = nextDepth;
        if (next === to) {
          const path = [to];
          for (let step = node; step !== -1; step = this.parent[step]!) path.push(step);
          return path.reverse();
        }
        this.queue[tail++] = next;
      }
    }
    return null;
  }
}

/** Shorter first, then by the names along the path (indices are in name order). */
export function comparePaths(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) return a.length - b.length;
  for (let index = 0; index < a.length; index += 1) if (a[index] !== b[index]) return a[index]! - b[index]!;
  return 0;
}

/**
 * Yen's k shortest simple paths on the unweighted graph: the shortest path, then for each found
 * path every "spur" from one of its nodes that leaves the common root by another pair. Paths
 * longer than `maxHops` are never produced.
 */
export function kShortestPaths(
  graph: PathGraph,
  from: number,
  to: number,
  options: { maxPaths: number; maxHops: number; avoid: ReadonlySet<number> },
): number[][] {
  const walker = new PathWalker(graph);
  const size = graph.ids.length;
  const first = walker.shortest(from, to, options.maxHops, options.avoid, new Set());
  if (!first) return [];
  const found: number[][] = [first];
  const candidates: number[][] = [];
  const known = new Set<string>([first.join(",")]);
  while (found.length < options.maxPaths) {
    const last = found[found.length - 1]!;
    for (let spurAt = 0; spurAt < last.length - 1; spurAt += 1) {
      const root = last.slice(0, spurAt + 1);
      const blockedPairs = new Set<number>();
      for (const path of found) {
        if (path.length > spurAt + 1 && root.every((node, index) => path[index] === node)) {
          blockedPairs.add(pairKey(path[spurAt]!, path[spurAt + 1]!, size));
        }
      }
      const blockedNodes = new Set(options.avoid);
      for (let index = 0; index < spurAt; index += 1) blockedNodes.add(root[index]!);
      const spur = walker.shortest(root[spurAt]!, to, options.maxHops - spurAt, blockedNodes, blockedPairs);
      if (!spur) continue;
      const candidate = [...root.slice(0, spurAt), ...spur];
      const key = candidate.join(",");
      if (known.has(key)) continue;
      known.add(key);
      candidates.push(candidate);
    }
    if (candidates.length === 0) break;
    candidates.sort(comparePaths);
    found.push(candidates.shift()!);
  }
  return found.sort(comparePaths);
}
