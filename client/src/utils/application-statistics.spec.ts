import { describe, expect, it } from "vitest";
import { orderedRange, parseYear, selectableYears, successRate, yearLabel, yearWindow } from "./application-statistics";

describe("dashboard year ranges", () => {
  it("turns years into a window covering them whole", () => {
    expect(yearWindow({ from: 2015, to: 2016 })).toEqual({
      from: "2015-01-01T12:00:00.000Z",
      to: "2016-12-31T12:00:00.000Z",
    });
    expect(yearWindow({ from: null, to: null })).toEqual({ from: null, to: null });
  });

  it("reads years from the URL and swaps a reversed range", () => {
    expect(parseYear("2015")).toBe(2015);
    expect(parseYear("15")).toBeNull();
    expect(parseYear(["2015"])).toBeNull();
    expect(orderedRange(2020, 2010)).toEqual({ from: 2010, to: 2020 });
    expect(orderedRange(null, 2010)).toEqual({ from: null, to: 2010 });
  });

  it("offers the years from the first funded one to three years ahead", () => {
    expect(selectableYears(2020, new Date("2026-06-01T00:00:00Z"))).toEqual([
      2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029,
    ]);
  });

  it("has no success rate before any decision", () => {
    expect(successRate(3, 4)).toBe(0.75);
    expect(successRate(0, 0)).toBeNull();
  });
});

describe("yearLabel", () => {
  it("names a year by its number and the year-less applications by the given label", () => {
    expect(yearLabel(2012, "ohne Jahresangabe")).toBe("2012");
    expect(yearLabel(null, "ohne Jahresangabe")).toBe("ohne Jahresangabe");
  });
});
