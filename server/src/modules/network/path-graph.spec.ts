import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { NetworkEdgeType } from "./network.enums";
import { comparePaths, indexPathGraph, kShortestPaths, pairKey, type PathGraph, type PathLink } from "./path-graph";

const link = (source: string, target: string): PathLink => ({
  type: NetworkEdgeType.COOPERATION,
  sourceId: source,
  targetId: target,
  directed: false,
  since: null,
  until: null,
  projects: null,
});

/** Every simple path from → to of at most maxHops hops, through no avoided node: the answer by brute force. */
function allSimplePaths(graph: PathGraph, from: number, to: number, maxHops: number, avoid: Set<number>): number[][] {
  const size = graph.ids.length;
  const found: number[][] = [];
  const walk = (path: number[]) => {
    const last = path[path.length - 1]!;
    if (last === to) return void found.push([...path]);
    if (path.length - 1 === maxHops) return;
    for (let next = 0; next < size; next += 1) {
      if (path.includes(next) || avoid.has(next) || !graph.links.has(pairKey(last, next, size))) continue;
      walk([...path, next]);
    }
  };
  walk([from]);
  return found.sort(comparePaths);
}

describe("kShortestPaths (Yen over breadth-first walks)", () => {
  it("returns the k shortest simple paths: as many as exist, as short as the shortest k, none through an avoided node", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 8 }),
        fc.array(fc.tuple(fc.nat(7), fc.nat(7)), { maxLength: 20 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.nat(7), { maxLength: 2 }),
        (nodes, edges, maxPaths, maxHops, avoided) => {
          const names = Array.from({ length: nodes }, (_, index) => `n${index}`);
          const graph = indexPathGraph(
            names.map((name) => ({ id: name, name })),
            edges.filter(([a, b]) => a < nodes && b < nodes).map(([a, b]) => link(`n${a}`, `n${b}`)),
          );
          const from = graph.indexOf.get("n0")!;
          const to = graph.indexOf.get(`n${nodes - 1}`)!;
          const avoid = new Set(avoided.filter((node) => node < nodes).map((node) => graph.indexOf.get(`n${node}`)!));
          avoid.delete(from);
          avoid.delete(to);
          const expected = allSimplePaths(graph, from, to, maxHops, avoid);
          const actual = kShortestPaths(graph, from, to, { maxPaths, maxHops, avoid });
          expect(actual.length).toBe(Math.min(maxPaths, expected.length));
          expect(actual.map((path) => path.length)).toEqual(expected.slice(0, maxPaths).map((path) => path.length));
          expect([...actual].sort(comparePaths)).toEqual(actual);
          const keys = new Set(expected.map((path) => path.join(",")));
          for (const path of actual) expect(keys.has(path.join(","))).toBe(true);
          expect(new Set(actual.map((path) => path.join(","))).size).toBe(actual.length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("numbers organisations by name, so that equal lengths come in name order", () => {
    const graph = indexPathGraph(
      [
        { id: "a", name: "Start" },
        { id: "z", name: "Ziel" },
        { id: "m2", name: "Zentrum" },
        { id: "m1", name: "Atelier" },
      ],
      [link("a", "m2"), link("m2", "z"), link("a", "m1"), link("m1", "z")],
    );
    const paths = kShortestPaths(graph, graph.indexOf.get("a")!, graph.indexOf.get("z")!, {
      maxPaths: 2,
      maxHops: 3,
      avoid: new Set(),
    });
    expect(paths.map((path) => path.map((node) => graph.ids[node]))).toEqual([
      ["a", "m1", "z"],
      ["a", "m2", "z"],
    ]);
  });
});
