import { describe, expect, it } from "vitest";
import { exchangeFilterFor, exchangesStateFromQuery, queryFromExchangesState } from "./exchange-query";

describe("exchanges page state in the URL", () => {
  it("reads defaults from an empty query and ignores nonsense", () => {
    expect(exchangesStateFromQuery({})).toEqual({ view: "list", month: null, series: null, topic: null, past: false });
    expect(exchangesStateFromQuery({ view: "grid", month: "2027-13", series: "PARTY", past: "yes" })).toEqual({
      view: "list",
      month: null,
      series: null,
      topic: null,
      past: false,
    });
  });

  it("round-trips the month view with filters", () => {
    const query = { view: "month", month: "2027-01", series: "HADI_MEETING", topic: "diversity-management" };
    const state = exchangesStateFromQuery(query);
    expect(state).toEqual({
      view: "month",
      month: "2027-01",
      series: "HADI_MEETING",
      topic: "diversity-management",
      past: false,
    });
    expect(queryFromExchangesState(state)).toEqual(query);
  });

  it("keeps 'past' for the list only", () => {
    expect(queryFromExchangesState({ view: "list", month: "2027-01", series: null, topic: null, past: true })).toEqual({
      past: "1",
    });
  });
});

describe("exchangeFilterFor", () => {
  it("asks for the grid's days in Hanover time, past ones included", () => {
    const filter = exchangeFilterFor(
      { view: "month", month: "2027-01", series: "WORKSHOP", topic: null, past: false },
      "2027-01",
    );
    expect(filter).toEqual({
      series: ["WORKSHOP"],
      includePast: true,
      from: "2026-12-27T23:00:00.000Z",
      to: "2027-01-31T23:00:00.000Z",
    });
  });

  it("lists upcoming ones unless past ones are asked for", () => {
    expect(
      exchangeFilterFor({ view: "list", month: null, series: null, topic: "ausbildung", past: false }, "2027-01"),
    ).toEqual({ topics: ["ausbildung"] });
    expect(exchangeFilterFor({ view: "list", month: null, series: null, topic: null, past: true }, "2027-01")).toEqual({
      includePast: true,
    });
  });
});
