import type cytoscape from "cytoscape";
import { KIND_COLOURS } from "../../utils/enums";
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
}

export const LAYOUT: FcoseLayoutOptions = {
  name: "fcose",
  quality: "default",
  randomize: true,
  animate: false,
  fit: true,
  padding: 24,
  nodeRepulsion: 45000,
  idealEdgeLength: 140,
  nodeSeparation: 100,
  packComponents: true,
};

/** Graph elements; edges whose ends are not both in the graph (filtered out) are dropped. */
export function toElements(
  nodes: readonly NetworkNodeData[],
  edges: readonly NetworkEdgeData[],
): cytoscape.ElementDefinition[] {
  const ids = new Set(nodes.map((n) => n.organisation.id));
  return [
    ...nodes.map((node) => ({
      group: "nodes" as const,
      data: {
        id: node.organisation.id,
        slug: node.organisation.slug,
        label: node.organisation.shortName ?? node.organisation.name,
        colour: KIND_COLOURS[node.organisation.kind],
        degree: node.degree,
      },
    })),
    ...edges
      .filter((edge) => ids.has(edge.source) && ids.has(edge.target))
      .map((edge, index) => ({
        group: "edges" as const,
        data: { id: `e${index}`, source: edge.source, target: edge.target, type: edge.type, weight: edge.weight },
      })),
  ];
}

export function graphStyle(maxDegree: number): cytoscape.StylesheetStyle[] {
  const top = Math.max(1, maxDegree);
  return [
    {
      selector: "node",
      style: {
        "background-color": "data(colour)",
        width: `mapData(degree, 0, ${top}, 18, 60)`,
        height: `mapData(degree, 0, ${top}, 18, 60)`,
        label: "data(label)",
        "font-size": 11,
        "font-family": "Segoe UI, Roboto, Arial, sans-serif",
        color: "#1b2733",
        "text-valign": "bottom",
        "text-margin-y": 4,
        "text-outline-color": "#ffffff",
        "text-outline-width": 2,
        "text-wrap": "ellipsis",
        "text-max-width": "120px",
        "min-zoomed-font-size": 7,
        "border-width": 1,
        "border-color": "#ffffff",
      },
    },
    {
      selector: "node:selected",
      style: { "border-width": 5, "border-color": "#0b0c0c", "font-weight": "bold", "z-index": 10 },
    },
    {
      selector: "edge",
      style: {
        width: "mapData(weight, 1, 5, 1.2, 5)",
        "line-color": "#8a96a3",
        "curve-style": "haystack",
        opacity: 0.8,
      },
    },
    { selector: "edge[type = 'FUNDING']", style: { "line-style": "dashed" } },
    { selector: "edge[type = 'JOINT_PROJECT']", style: { "line-color": "#5f6b76" } },
  ];
}
