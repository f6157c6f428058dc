import { describe, expect, it } from "vitest";
import { StatementShapes, statementValues } from "../../server/src/db/statement-shapes";

describe("statements built once per shape", () => {
  it("builds once per plan and shape and maps each position to its name, repeated names included", () => {
    const shapes = new StatementShapes();
    let builds = 0;
    const build = (sentinels: Readonly<Record<string, string>>) => {
      builds += 1;
      return [
        "SELECT $1 WHERE a = $2 OR b = $3 LIMIT $4",
        [sentinels.search, sentinels.kind, sentinels.search, sentinels.limit],
      ] as const;
    };
    const first = shapes.get("plan", "search", ["search", "kind", "limit"], build);
    const again = shapes.get("plan", "search", ["search", "kind", "limit"], build);
    expect(again).toBe(first);
    expect(builds).toBe(1);
    expect(first.parameterNames).toEqual(["search", "kind", "search", "limit"]);
    expect(statementValues(first, { search: "kargah", kind: "COMPANY", limit: 10 })).toEqual([
      "kargah",
      "COMPANY",
      "kargah",
      10,
    ]);
    shapes.get("plan", "other shape", ["search", "kind", "limit"], build);
    shapes.get("other plan", "search", ["search", "kind", "limit"], build);
    expect(builds).toBe(3);
  });

  it("refuses a text whose positional parameter stands for no named one, and a value left out", () => {
    const shapes = new StatementShapes();
    expect(() => shapes.get("plan", "literal", ["a"], () => ["SELECT $1", [42]])).toThrow(/not one of the named/);
    const statement = shapes.get("plan", "named", ["a"], (sentinels) => ["SELECT $1", [sentinels.a]]);
    expect(() => statementValues(statement, {})).toThrow(/a has no value/);
    expect(statementValues(statement, { a: null })).toEqual([null]);
  });

  it("stays within its bound by starting over", () => {
    const shapes = new StatementShapes(2);
    let builds = 0;
    const build = () => {
      builds += 1;
      return ["SELECT 1", []] as const;
    };
    shapes.get("p", "a", [], build);
    shapes.get("p", "b", [], build);
    shapes.get("p", "c", [], build); // over the bound: the cache starts over with c
    shapes.get("p", "c", [], build);
    shapes.get("p", "a", [], build);
    expect(builds).toBe(4);
  });
});
