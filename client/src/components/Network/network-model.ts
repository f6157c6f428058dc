import type { NetworkEdgeType } from "../../gql/graphql";
import type { NetworkEdgeData, NetworkNodeData } from "./network-types";

/** Order of edge types in the filter and the legend. */
export const EDGE_TYPES: readonly NetworkEdgeType[] = [
  "COORDINATION",
  "COOPERATION",
  "STRATEGIC_PARTNERSHIP",
  "JOINT_PROJECT",
  "MEMBERSHIP",
  "FUNDING",
];

/**
 * How each edge type is drawn. Types differ by line pattern, not only by colour, so the legend
 * can be read without colour vision; the stroke colours keep 3:1 against the white canvas.
 */
export const EDGE_STYLES: Record<NetworkEdgeType, { line: "solid" | "dashed" | "dotted"; colour: string }> = {
  COORDINATION: { line: "solid", colour: "#4a5560" },
  COOPERATION: { line: "solid", colour: "#7a8591" },
  STRATEGIC_PARTNERSHIP: { line: "solid", colour: "#6b3fa0" },
  JOINT_PROJECT: { line: "solid", colour: "#1b2733" },
  MEMBERSHIP: { line: "dotted", colour: "#4a5560" },
  FUNDING: { line: "dashed", colour: "#1f6f3a" },
};

/**
 * Community colours (Okabe–Ito, darkened where needed for 3:1 against white). Communities past the
 * palette share the last, neutral colour, and the legend says so.
 */
export const COMMUNITY_COLOURS: readonly string[] = [
  "#0072b2",
  "#d55e00",
  "#009e73",
  "#cc79a7",
  "#8a6d00",
  "#56b4e9",
  "#e69f00",
  "#6b3fa0",
  "#7a8591",
];

export function communityColour(community: number): string {
  return COMMUNITY_COLOURS[Math.min(community, COMMUNITY_COLOURS.length - 1)] ?? "#7a8591";
}

export interface NetworkFilterState {
  /** Organisations a kind or topic filter matches (the server decides); null: no such filter. */
  matches: ReadonlySet<string> | null;
  /** Edge types shown. */
  edgeTypes: ReadonlySet<NetworkEdgeType>;
  /** Only links that existed in this year (undated links stay); null: every year. */
  year: number | null;
  /** Only the selected node's neighbourhood of this many steps; 0: the whole network. */
  egoHops: 0 | 1 | 2;
  egoCentre: string | null;
}

export interface NetworkView {
  nodes: NetworkNodeData[];
  edges: NetworkEdgeData[];
  /** Shown only because they link two shown organisations (drawn faded). */
  connectorIds: Set<string>;
  /** Kept although they do not match the filter: the network's hub. */
  hubIds: Set<string>;
  /** Shown organisations without any shown link. */
  isolated: number;
  /** Shown links without any date, kept by a year filter because their time is unknown. */
  undatedShown: number;
}

const yearOf = (date: string | null | undefined): number | null => (date ? Number(date.slice(0, 4)) : null);

/** Whether a link existed in the year; a link without dates is kept (we do not know otherwise). */
export function edgeInYear(edge: Pick<NetworkEdgeData, "since" | "until">, year: number | null): boolean {
  if (year === null) return true;
  const since = yearOf(edge.since);
  const until = yearOf(edge.until);
  return (since === null || since <= year) && (until === null || until >= year);
}

/** The years the dated links cover, for the year filter; empty when nothing is dated. */
export function edgeYears(edges: readonly NetworkEdgeData[], now = new Date().getFullYear()): number[] {
  let first = Infinity;
  let last = -Infinity;
  for (const edge of edges) {
    const since = yearOf(edge.since);
    const until = yearOf(edge.until);
    if (since !== null) {
      first = Math.min(first, since);
      last = Math.max(last, since);
    }
    if (until !== null) {
      first = Math.min(first, until);
      last = Math.max(last, until);
    }
  }
  if (!Number.isFinite(first)) return [];
  last = Math.max(last, Math.min(now, first + 50));
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/**
 * The hub: the organisation that lies on most shortest paths (betweenness; the degree where the
 * API leaves betweenness out, above 2,000 nodes). In the ALBuM network it is the Koordinationsstelle;
 * a topic or kind filter keeps it, or the partners it links fall apart into isolated dots.
 */
export function hubId(nodes: readonly NetworkNodeData[]): string | null {
  let best: NetworkNodeData | null = null;
  const key = (node: NetworkNodeData): [number, number] => [node.betweenness ?? 0, node.degree];
  for (const node of nodes) {
    if (!best) {
      best = node;
      continue;
    }
    const [b1, d1] = key(node);
    const [b2, d2] = key(best);
    if (b1 > b2 || (b1 === b2 && d1 > d2)) best = node;
  }
  return best && best.degree > 0 ? best.organisation.id : null;
}

function adjacency(edges: readonly NetworkEdgeData[]): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    let set = map.get(a);
    if (!set) map.set(a, (set = new Set()));
    set.add(b);
  };
  for (const edge of edges) {
    link(edge.source, edge.target);
    link(edge.target, edge.source);
  }
  return map;
}

/** Ids within `hops` steps of `centre` (the centre included). */
export function egoIds(centre: string, hops: number, edges: readonly NetworkEdgeData[]): Set<string> {
  const neighbours = adjacency(edges);
  const seen = new Set([centre]);
  let frontier = [centre];
  for (let step = 0; step < hops; step++) {
    const next: string[] = [];
    for (const id of frontier)
      for (const other of neighbours.get(id) ?? [])
        if (!seen.has(other)) {
          seen.add(other);
          next.push(other);
        }
    frontier = next;
  }
  return seen;
}

/**
 * What the graph shows for a filter. Edge filters (type, year) come first; the ego network is
 * taken over the remaining links. A kind or topic filter keeps the matching organisations, the
 * hub, and organisations that link two kept ones (drawn faded), so the result stays a network.
 */
export function filterNetwork(
  nodes: readonly NetworkNodeData[],
  edges: readonly NetworkEdgeData[],
  filter: NetworkFilterState,
): NetworkView {
  const linkEdges = edges.filter((edge) => filter.edgeTypes.has(edge.type) && edgeInYear(edge, filter.year));
  let candidates: readonly NetworkNodeData[] = nodes;
  if (filter.egoHops > 0 && filter.egoCentre && nodes.some((n) => n.organisation.id === filter.egoCentre)) {
    const ego = egoIds(filter.egoCentre, filter.egoHops, linkEdges);
    candidates = nodes.filter((node) => ego.has(node.organisation.id));
  }
  const matches = filter.matches;
  const hubs = new Set<string>();
  const connectors = new Set<string>();
  let kept: Set<string>;
  if (!matches) {
    kept = new Set(candidates.map((node) => node.organisation.id));
  } else {
    const candidateIds = new Set(candidates.map((node) => node.organisation.id));
    kept = new Set([...candidateIds].filter((id) => matches.has(id)));
    const hub = hubId(nodes);
    if (hub && candidateIds.has(hub) && !kept.has(hub)) {
      hubs.add(hub);
      kept.add(hub);
    }
    const neighbours = adjacency(linkEdges);
    for (const id of candidateIds) {
      if (kept.has(id)) continue;
      let links = 0;
      for (const other of neighbours.get(id) ?? []) if (kept.has(other) && ++links >= 2) break;
      if (links >= 2) connectors.add(id);
    }
    for (const id of connectors) kept.add(id);
  }
  const shownEdges = linkEdges.filter((edge) => kept.has(edge.source) && kept.has(edge.target));
  const linked = new Set<string>();
  for (const edge of shownEdges) {
    linked.add(edge.source);
    linked.add(edge.target);
  }
  const shownNodes = candidates.filter((node) => kept.has(node.organisation.id));
  return {
    nodes: shownNodes,
    edges: shownEdges,
    connectorIds: connectors,
    hubIds: hubs,
    isolated: shownNodes.filter((node) => !linked.has(node.organisation.id)).length,
    undatedShown: filter.year === null ? 0 : shownEdges.filter((edge) => !edge.since && !edge.until).length,
  };
}

/** Organisations per community, in community order (the API numbers them 0…n-1). */
export function communitySizes(nodes: readonly NetworkNodeData[]): { community: number; count: number }[] {
  const counts = new Map<number, number>();
  for (const node of nodes) counts.set(node.community, (counts.get(node.community) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => a[0] - b[0]).map(([community, count]) => ({ community, count }));
}

/** Folds case and diacritics, so "Koordinationsstelle" finds "koordinationsstelle" and "Türk" finds "turk". */
export function searchKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();
}

/** Nodes whose name or short name contains the text; names that start with it first. */
export function searchNodes(nodes: readonly NetworkNodeData[], text: string, limit = 8): NetworkNodeData[] {
  const query = searchKey(text.trim());
  if (!query) return [];
  const scored: { node: NetworkNodeData; rank: number }[] = [];
  for (const node of nodes) {
    const names = [node.organisation.name, node.organisation.shortName ?? ""].map(searchKey);
    if (names.some((name) => name.startsWith(query))) scored.push({ node, rank: 0 });
    else if (names.some((name) => name.includes(query))) scored.push({ node, rank: 1 });
  }
  return scored
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        b.node.degree - a.node.degree ||
        a.node.organisation.name.localeCompare(b.node.organisation.name),
    )
    .slice(0, limit)
    .map((entry) => entry.node);
}

export interface LabelCandidate {
  id: string;
  x: number;
  y: number;
  /** Rendered radius of the node. */
  radius: number;
  /** Characters of the label. */
  length: number;
  /** Higher first: selected, neighbours, then by degree. */
  priority: number;
}

/**
 * Which labels to draw so that none overlap: greedy by priority on a screen grid, the idea of
 * sigma.js's label grid. Zooming in spreads the nodes, so more labels fit (density by zoom);
 * `always` labels (the selection) are placed first and never dropped.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  viewport: { width: number; height: number },
  fontPx: number,
  always: ReadonlySet<string> = new Set(),
): Set<string> {
  const cell = 64;
  const grid = new Map<string, { x1: number; y1: number; x2: number; y2: number }[]>();
  const shown = new Set<string>();
  const ordered = [...candidates].sort(
    (a, b) => Number(always.has(b.id)) - Number(always.has(a.id)) || b.priority - a.priority,
  );
  for (const c of ordered) {
    const width = c.length * fontPx * 0.56 + 4;
    const box = { x1: c.x - width / 2, y1: c.y + c.radius + 1, x2: c.x + width / 2, y2: c.y + c.radius + fontPx + 4 };
    const inView = box.x2 > 0 && box.x1 < viewport.width && box.y2 > 0 && box.y1 < viewport.height;
    if (!inView && !always.has(c.id)) continue;
    const cells: string[] = [];
    for (let gx = Math.floor(box.x1 / cell); gx <= Math.floor(box.x2 / cell); gx++)
      for (let gy = Math.floor(box.y1 / cell); gy <= Math.floor(box.y2 / cell); gy++) cells.push(`${gx}:${gy}`);
    const collides = cells.some((key) =>
      (grid.get(key) ?? []).some((o) => box.x1 < o.x2 && box.x2 > o.x1 && box.y1 < o.y2 && box.y2 > o.y1),
    );
    if (collides && !always.has(c.id)) continue;
    shown.add(c.id);
    for (const key of cells) {
      const list = grid.get(key);
      if (list) list.push(box);
      else grid.set(key, [box]);
    }
  }
  return shown;
}

const xml = (value: string): string =>
  value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    // Control characters other than tab and newlines are not allowed in XML 1.0.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "");

/**
 * GraphML (http://graphml.graphdrawing.org) of the shown network, for Gephi, yEd or Cytoscape
 * desktop. Relations are directed (source → target as stored); joint projects are not.
 */
export function toGraphML(nodes: readonly NetworkNodeData[], edges: readonly NetworkEdgeData[]): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="slug" for="node" attr.name="slug" attr.type="string"/>',
    '  <key id="kind" for="node" attr.name="kind" attr.type="string"/>',
    '  <key id="degree" for="node" attr.name="degree" attr.type="int"/>',
    '  <key id="community" for="node" attr.name="community" attr.type="int"/>',
    '  <key id="type" for="edge" attr.name="type" attr.type="string"/>',
    '  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>',
    '  <key id="since" for="edge" attr.name="since" attr.type="string"/>',
    '  <key id="until" for="edge" attr.name="until" attr.type="string"/>',
    '  <graph id="album" edgedefault="undirected">',
  ];
  for (const node of nodes) {
    const o = node.organisation;
    lines.push(
      `    <node id="${xml(o.id)}"><data key="label">${xml(o.name)}</data><data key="slug">${xml(o.slug)}</data>` +
        `<data key="kind">${o.kind}</data><data key="degree">${node.degree}</data><data key="community">${node.community}</data></node>`,
    );
  }
  edges.forEach((edge, index) => {
    const directed = edge.type === "JOINT_PROJECT" ? "" : ' directed="true"';
    lines.push(
      `    <edge id="e${index}" source="${xml(edge.source)}" target="${xml(edge.target)}"${directed}>` +
        `<data key="type">${edge.type}</data><data key="weight">${edge.weight}</data>` +
        (edge.since ? `<data key="since">${xml(edge.since)}</data>` : "") +
        (edge.until ? `<data key="until">${xml(edge.until)}</data>` : "") +
        `</edge>`,
    );
  });
  lines.push("  </graph>", "</graphml>", "");
  return lines.join("\n");
}
