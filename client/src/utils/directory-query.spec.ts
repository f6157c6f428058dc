import { describe, expect, it } from "vitest";
import { activeFilterCount, filterFromState, queryFromState, stateFromQuery } from "./directory-query";

describe("directory filter in the URL", () => {
  it("reads search and facets, dropping unknown enum values", () => {
    const state = stateFromQuery({
      q: "kargha",
      kind: ["MIGRANT_ORGANISATION", "NOPE"],
      topic: "beratung",
      membership: "ALBUM_PARTNER",
    });
    expect(state.search).toBe("kargha");
    expect(state.kinds).toEqual(["MIGRANT_ORGANISATION"]);
    expect(state.topics).toEqual(["beratung"]);
    expect(state.memberships).toEqual(["ALBUM_PARTNER"]);
    expect(activeFilterCount(state)).toBe(4);
  });

  it("round-trips through the query string", () => {
    const state = stateFromQuery({ q: "vhs", district: ["mitte", "linden-limmer"], language: "fa" });
    expect(stateFromQuery(queryFromState(state) as Parameters<typeof stateFromQuery>[0])).toEqual(state);
  });

  it("builds a GraphQL filter with only the facets in use", () => {
    const state = stateFromQuery({ q: "  kargha ", topic: ["beratung"] });
    expect(filterFromState(state)).toEqual({ search: "kargha", topics: ["beratung"] });
    expect(filterFromState(stateFromQuery({}))).toEqual({});
  });
});
