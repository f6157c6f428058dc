import { toGraphML } from "./network-model";
import type { NetworkEdgeData, NetworkNodeData } from "./network-types";

/** Offers a file as a download without a round trip to the server (a Blob URL, revoked afterwards). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function graphMLBlob(nodes: readonly NetworkNodeData[], edges: readonly NetworkEdgeData[]): Blob {
  return new Blob([toGraphML(nodes, edges)], { type: "application/graphml+xml" });
}

/** GEXF 1.3 for Gephi, written by graphology-gexf (loaded on first use only). */
export async function gexfBlob(nodes: readonly NetworkNodeData[], edges: readonly NetworkEdgeData[]): Promise<Blob> {
  const [{ default: Graph }, { write }] = await Promise.all([import("graphology"), import("graphology-gexf/browser")]);
  const graph = new Graph({ type: "mixed", multi: true });
  for (const node of nodes) {
    const o = node.organisation;
    graph.addNode(o.id, { label: o.name, slug: o.slug, kind: o.kind, degree: node.degree, community: node.community });
  }
  for (const edge of edges) {
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    const attributes = { type: edge.type, weight: edge.weight, since: edge.since ?? "", until: edge.until ?? "" };
    if (edge.type === "JOINT_PROJECT") graph.addUndirectedEdge(edge.source, edge.target, attributes);
    else graph.addDirectedEdge(edge.source, edge.target, attributes);
  }
  return new Blob([write(graph, { version: "1.3" })], { type: "application/gexf+xml" });
}
