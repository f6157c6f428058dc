import { describe, expect, it } from "vitest";
import { formatExchangeWhen, hanoverDayKey, hanoverWallTimeToIso, isoToHanoverWallTime } from "./exchange-time";

describe("Hanover wall time", () => {
  it("reads form times as Hanover time in winter and in summer", () => {
    expect(hanoverWallTimeToIso("2027-01-20T16:00")).toBe("2027-01-20T15:00:00.000Z");
    expect(hanoverWallTimeToIso("2027-06-16T17:00")).toBe("2027-06-16T15:00:00.000Z");
  });

  it("handles the night of the clock change", () => {
    // 2027-03-28: 02:00 CET jumps to 03:00 CEST.
    expect(hanoverWallTimeToIso("2027-03-28T01:30")).toBe("2027-03-28T00:30:00.000Z");
    expect(hanoverWallTimeToIso("2027-03-28T03:30")).toBe("2027-03-28T01:30:00.000Z");
  });

  it("refuses what is no time", () => {
    expect(hanoverWallTimeToIso("")).toBeNull();
    expect(hanoverWallTimeToIso("2027-02-30T10:00")).toBeNull();
    expect(hanoverWallTimeToIso("2027-01-20 16:00")).toBeNull();
    expect(hanoverWallTimeToIso("2027-01-20T25:00")).toBeNull();
  });

  it("turns instants back into form values", () => {
    expect(isoToHanoverWallTime("2027-01-20T15:00:00.000Z")).toBe("2027-01-20T16:00");
    expect(isoToHanoverWallTime("2027-06-16T15:00:00.000Z")).toBe("2027-06-16T17:00");
    expect(isoToHanoverWallTime("nonsense")).toBe("");
  });

  it("finds the Hanover day, not the UTC day", () => {
    expect(hanoverDayKey("2027-01-20T23:30:00.000Z")).toBe("2027-01-21");
  });
});

describe("formatExchangeWhen", () => {
  it("shows one day with a time range", () => {
    expect(formatExchangeWhen("2027-01-20T15:00:00.000Z", "2027-01-20T17:30:00.000Z", "de")).toBe(
      "Mi., 20. Januar 2027, 16:00–18:30",
    );
  });

  it("shows both ends over several days", () => {
    expect(formatExchangeWhen("2027-01-20T15:00:00.000Z", "2027-01-21T10:00:00.000Z", "en")).toBe(
      "Wed, 20 January 2027, 16:00 – Thu, 21 January 2027, 11:00",
    );
  });
});
