import { describe, expect, it } from "vitest";
import type { NetworkEdgeType, OrganisationKind } from "../../gql/graphql";
import {
  communitySizes,
  edgeInYear,
  edgeYears,
  EDGE_TYPES,
  egoIds,
  filterNetwork,
  hubId,
  placeLabels,
  searchNodes,
  toGraphML,
  type NetworkFilterState,
} from "./network-model";
import type { NetworkEdgeData, NetworkNodeData } from "./network-types";

const node = (id: string, degree: number, community = 0, kind: OrganisationKind = "MIGRANT_ORGANISATION") =>
  ({
    organisation: { id, slug: id, name: `Org ${id}`, shortName: null, kind },
    degree,
    betweenness: null,
    community,
  }) as NetworkNodeData;
const edge = (source: string, target: string, type: NetworkEdgeType = "COOPERATION", since: string | null = null) =>
  ({ source, target, type, weight: 1, since, until: null }) as NetworkEdgeData;

// hub h links a, b, c; a–x–b is a detour through x; d stands alone
const nodes = [node("h", 3), node("a", 2), node("b", 2), node("c", 1), node("x", 2), node("d", 0)];
const edges = [
  edge("h", "a", "COORDINATION"),
  edge("h", "b", "COORDINATION", "2014-01-01"),
  edge("h", "c", "COORDINATION"),
  edge("a", "x", "FUNDING"),
  edge("x", "b", "FUNDING"),
];
const all: NetworkFilterState = {
  matches: null,
  edgeTypes: new Set(EDGE_TYPES),
  year: null,
  egoHops: 0,
  egoCentre: null,
};
const ids = (list: readonly NetworkNodeData[]) => list.map((n) => n.organisation.id).sort();

describe("network model", () => {
  it("keeps everything without filters", () => {
    const view = filterNetwork(nodes, edges, all);
    expect(view.nodes).toHaveLength(6);
    expect(view.edges).toHaveLength(5);
    expect(view.isolated).toBe(1);
  });

  it("filters by edge type and year, keeping undated links", () => {
    expect(filterNetwork(nodes, edges, { ...all, edgeTypes: new Set(["FUNDING"]) }).edges).toHaveLength(2);
    const in2010 = filterNetwork(nodes, edges, { ...all, year: 2010 });
    expect(in2010.edges).toHaveLength(4);
    expect(in2010.undatedShown).toBe(4);
    expect(edgeInYear({ since: "2014-01-01", until: "2016-12-31" }, 2017)).toBe(false);
    expect(edgeInYear({ since: "2014-01-01", until: "2016-12-31" }, 2015)).toBe(true);
    expect(edgeYears(edges, 2016)).toEqual([2014, 2015, 2016]);
  });

  it("keeps the hub and the connectors when a kind or topic filter matches few nodes", () => {
    expect(hubId(nodes)).toBe("h");
    const view = filterNetwork(nodes, edges, { ...all, matches: new Set(["a", "b"]) });
    expect(ids(view.nodes)).toEqual(["a", "b", "h", "x"]);
    expect([...view.hubIds]).toEqual(["h"]);
    expect([...view.connectorIds]).toEqual(["x"]);
    expect(view.isolated).toBe(0);
    // Without the coordination links only the detour through x remains.
    const funding = filterNetwork(nodes, edges, {
      ...all,
      matches: new Set(["a", "b"]),
      edgeTypes: new Set(["FUNDING"]),
    });
    expect(ids(funding.nodes)).toEqual(["a", "b", "h", "x"]);
    expect(funding.isolated).toBe(1);
  });

  it("takes the ego network over the shown links", () => {
    expect([...egoIds("c", 1, edges)].sort()).toEqual(["c", "h"]);
    expect([...egoIds("c", 2, edges)].sort()).toEqual(["a", "b", "c", "h"]);
    expect(ids(filterNetwork(nodes, edges, { ...all, egoHops: 2, egoCentre: "c" }).nodes)).toEqual([
      "a",
      "b",
      "c",
      "h",
    ]);
  });

  it("counts communities in order and finds nodes by name, ignoring case and accents", () => {
    expect(communitySizes([node("a", 1, 1), node("b", 1, 0), node("c", 1, 1)])).toEqual([
      { community: 0, count: 1 },
      { community: 1, count: 2 },
    ]);
    const named = [
      { ...node("t", 1), organisation: { ...node("t", 1).organisation, name: "Türkische Gemeinde" } },
      { ...node("k", 5), organisation: { ...node("k", 5).organisation, name: "kargah e.V." } },
    ] as NetworkNodeData[];
    expect(searchNodes(named, "turk").map((n) => n.organisation.id)).toEqual(["t"]);
    expect(searchNodes(named, "E.V").map((n) => n.organisation.id)).toEqual(["k"]);
    expect(searchNodes(named, " ")).toEqual([]);
  });

  it("places labels without overlaps, the selection always", () => {
    const at = (id: string, x: number, priority: number) => ({ id, x, y: 100, radius: 5, length: 10, priority });
    const shown = placeLabels([at("a", 100, 1), at("b", 110, 5), at("c", 300, 0)], { width: 400, height: 300 }, 12);
    expect([...shown].sort()).toEqual(["b", "c"]);
    const forced = placeLabels([at("a", 100, 1), at("b", 110, 5)], { width: 400, height: 300 }, 12, new Set(["a"]));
    expect([...forced].sort()).toEqual(["a"]);
  });

  it("writes GraphML with escaped names and directed relations", () => {
    const named = [
      { ...node("a", 1), organisation: { ...node("a", 1).organisation, name: 'A & "B" <C>' } },
      node("b", 1),
    ];
    const text = toGraphML(named as NetworkNodeData[], [edge("a", "b"), edge("a", "b", "JOINT_PROJECT")]);
    expect(text).toContain("A &amp; &quot;B&quot; &lt;C&gt;");
    expect(text).toContain('<edge id="e0" source="a" target="b" directed="true">');
    expect(text).toContain('<edge id="e1" source="a" target="b">');
  });
});
