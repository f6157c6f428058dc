import type cytoscape from "cytoscape";
import { KIND_COLOURS } from "../../utils/enums";
import { communityColour, EDGE_STYLES, EDGE_TYPES } from "./network-model";
import type { NetworkEdgeData, NetworkNodeData } from "./network-types";

/** Options of the fcose layout (its package ships no types). */
export interface FcoseLayoutOptions extends cytoscape.BaseLayoutOptions {
  name: "fcose";
  quality?: "draft" | "default" | "proof";
  randomize?: boolean;
  animate?: boolean;
  fit?: boolean;
  padding?: number;
  nodeRepulsion?: number;
  idealEdgeLength?: number;
  nodeSeparation?: number;
  packComponents?: boolean;
  numIter?: number;
}

/** The server's positions (ForceAtlas2, stable per network revision), when every node has one. */
export function presetPositions(nodes: readonly NetworkNodeData[]): boolean {
  return nodes.length > 0 && nodes.every((node) => node.x != null && node.y != null);
}

/**
 * Without the server's positions (above 2,000 nodes) the browser lays out itself. fcose's full quality is a spectral start plus force iterations; above a few hundred nodes the
 * iterations cost seconds on a weak laptop, so large networks get the spectral draft with fewer
 * iterations (`npm run bench -- --only graph-tti`).
 */
export function layoutFor(nodes: readonly NetworkNodeData[]): FcoseLayoutOptions {
  const large = nodes.length > 300;
  return {
    name: "fcose",
    quality: large ? "draft" : "default",
    randomize: true,
    animate: false,
    fit: true,
    padding: 24,
    nodeRepulsion: 45000,
    idealEdgeLength: 140,
    nodeSeparation: 100,
    packComponents: true,
    numIter: large ? 600 : 2500,
  };
}

/** Labels are cut here, so one long name cannot hide a whole region of the graph. */
const LABEL_CHARS = 28;

function shortLabel(node: NetworkNodeData): string {
  const text = node.organisation.shortName ?? node.organisation.name;
  return text.length > LABEL_CHARS ? `${text.slice(0, LABEL_CHARS - 1)}…` : text;
}

/** Graph elements for the whole network; filters hide elements instead of removing them. */
export function toElements(
  nodes: readonly NetworkNodeData[],
  edges: readonly NetworkEdgeData[],
  edgeId: (edge: NetworkEdgeData) => string,
): cytoscape.ElementDefinition[] {
  const ids = new Set(nodes.map((n) => n.organisation.id));
  return [
    ...nodes.map((node) => ({
      group: "nodes" as const,
      ...(node.x != null && node.y != null ? { position: { x: node.x, y: node.y } } : {}),
      data: {
        id: node.organisation.id,
        slug: node.organisation.slug,
        name: node.organisation.name,
        label: shortLabel(node),
        kindColour: KIND_COLOURS[node.organisation.kind],
        communityColour: communityColour(node.community),
        degree: node.degree,
      },
    })),
    ...edges
      .filter((edge) => ids.has(edge.source) && ids.has(edge.target))
      .map((edge) => ({
        group: "edges" as const,
        data: { id: edgeId(edge), source: edge.source, target: edge.target, type: edge.type, weight: edge.weight },
      })),
  ];
}

/** Node diameters grow with the degree from the least to the best connected node. */
const NODE_MIN_PX = 18;
const NODE_MAX_PX = 60;
export const NODE_BORDER_PX = 1;

/** The diameter the style gives a node (its mapData below), for placing labels without the style. */
export function nodeDiameter(degree: number, maxDegree: number): number {
  const top = Math.max(1, maxDegree);
  const share = Math.min(1, Math.max(0, degree / top));
  return NODE_MIN_PX + share * (NODE_MAX_PX - NODE_MIN_PX);
}

/** Screen size of labels: constant while zooming, as in Gephi Lite and sigma.js. */
export const LABEL_PX = 12;

export function graphStyle(
  maxDegree: number,
  zoom: number,
  colourBy: "kind" | "community",
): cytoscape.StylesheetStyle[] {
  const top = Math.max(1, maxDegree);
  const z = Math.max(zoom, 0.05);
  return [
    {
      selector: "node",
      style: {
        "background-color": colourBy === "kind" ? "data(kindColour)" : "data(communityColour)",
        width: `mapData(degree, 0, ${top}, ${NODE_MIN_PX}, ${NODE_MAX_PX})`,
        height: `mapData(degree, 0, ${top}, ${NODE_MIN_PX}, ${NODE_MAX_PX})`,
        "border-width": NODE_BORDER_PX,
        "border-color": "#ffffff",
      },
    },
    // Text properties only where a label is drawn: styling them on every node of a large network
    // cost its first frame more than drawing the labels.
    {
      selector: "node.labelled, node.selected",
      style: {
        label: "data(label)",
        "font-size": LABEL_PX / z,
        "font-family": "Segoe UI, Roboto, Arial, sans-serif",
        color: "#1b2733",
        "text-valign": "bottom",
        "text-margin-y": 2 / z,
        "text-outline-color": "#ffffff",
        "text-outline-width": 2 / z,
        "min-zoomed-font-size": 0,
      },
    },
    { selector: "node.hub", style: { "border-width": 3, "border-color": "#0b0c0c", "border-style": "double" } },
    { selector: "node.connector", style: { opacity: 0.45 } },
    {
      selector: "node.selected",
      style: {
        "border-width": 5,
        "border-color": "#0b0c0c",
        "font-weight": "bold",
        "z-index": 10,
        label: "data(name)",
      },
    },
    { selector: "node.neighbour", style: { "border-width": 2, "border-color": "#0b0c0c", "z-index": 5 } },
    {
      selector: "edge",
      style: {
        width: "mapData(weight, 1, 5, 1.2, 5)",
        // haystack: cytoscape's cheapest edge (straight, centre to centre), dashes included
        "curve-style": "haystack",
        "haystack-radius": 0,
        opacity: 0.75,
      },
    },
    ...EDGE_TYPES.map((type) => ({
      selector: `edge[type = '${type}']`,
      // cytoscape's own dots are 1 px apart, which reads as a solid line: draw dots as short dashes
      style:
        EDGE_STYLES[type].line === "dotted"
          ? { "line-style": "dashed" as const, "line-dash-pattern": [2, 4], "line-color": EDGE_STYLES[type].colour }
          : {
              "line-style": EDGE_STYLES[type].line,
              "line-dash-pattern": [6, 4],
              "line-color": EDGE_STYLES[type].colour,
            },
    })),
    { selector: "edge.highlighted", style: { opacity: 1, width: "mapData(weight, 1, 5, 2.5, 6)", "z-index": 8 } },
    { selector: ".dimmed", style: { opacity: 0.12 } },
    { selector: ".hidden", style: { display: "none" } },
  ];
}
