import { describe, expect, it } from "vitest";
import { CONNECTION_LIMITS } from "@album/shared";
import { connectionQuery, parseConnectionQuery } from "./connection-query";

describe("the connection finder's URL", () => {
  it("round-trips a request, leaving the defaults out", () => {
    const request = { fromId: "a", toId: "b", avoid: ["c", "d"], maxPaths: 5, maxDepth: 4 };
    const query = connectionQuery(request);
    expect(query).toEqual({ from: "a", to: "b", avoid: "c,d", paths: "5", depth: "4" });
    expect(parseConnectionQuery(query as Record<string, string>)).toEqual(request);
    expect(
      connectionQuery({
        ...request,
        avoid: [],
        maxPaths: CONNECTION_LIMITS.paths.default,
        maxDepth: CONNECTION_LIMITS.depth.default,
      }),
    ).toEqual({ from: "a", to: "b" });
  });

  it("needs both ends and falls back to the defaults for numbers out of range", () => {
    expect(parseConnectionQuery({ from: "a" })).toBeNull();
    expect(parseConnectionQuery({ from: "a", to: "b", paths: "99", depth: "x", avoid: "c,,c, d" })).toEqual({
      fromId: "a",
      toId: "b",
      avoid: ["c", "d"],
      maxPaths: CONNECTION_LIMITS.paths.default,
      maxDepth: CONNECTION_LIMITS.depth.default,
    });
  });
});
