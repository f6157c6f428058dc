import { describe, expect, it } from "vitest";
import {
  dayLabel,
  gridRange,
  groupByDay,
  isMonthKey,
  monthLabel,
  monthWeeks,
  nextDay,
  shiftMonth,
  weekdayNames,
} from "./month-grid";

describe("monthWeeks", () => {
  it("starts weeks on Monday and fills the first and last week with the neighbours' days", () => {
    // January 2027 begins on a Friday and ends on a Sunday.
    const weeks = monthWeeks("2027-01", "2027-01-20");
    expect(weeks).toHaveLength(5);
    expect(weeks.every((week) => week.length === 7)).toBe(true);
    expect(weeks[0]!.map((day) => day.key)).toEqual([
      "2026-12-28",
      "2026-12-29",
      "2026-12-30",
      "2026-12-31",
      "2027-01-01",
      "2027-01-02",
      "2027-01-03",
    ]);
    expect(weeks[0]!.map((day) => day.inMonth)).toEqual([false, false, false, false, true, true, true]);
    expect(weeks[4]![6]).toEqual({ key: "2027-01-31", dayOfMonth: 31, inMonth: true, isToday: false });
    expect(
      weeks
        .flat()
        .filter((day) => day.isToday)
        .map((day) => day.key),
    ).toEqual(["2027-01-20"]);
  });

  it("gives a February starting on Monday exactly four weeks", () => {
    const weeks = monthWeeks("2027-02", "2000-01-01");
    expect(weeks).toHaveLength(4);
    expect(weeks[0]![0]!.key).toBe("2027-02-01");
    expect(weeks[3]![6]!.key).toBe("2027-02-28");
  });

  it("counts every day once across the change to summer time", () => {
    const keys = monthWeeks("2027-03", "2000-01-01")
      .flat()
      .map((day) => day.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain("2027-03-28");
    expect(keys).toContain("2027-03-29");
  });

  it("covers a leap day", () => {
    const inMonth = monthWeeks("2028-02", "2000-01-01")
      .flat()
      .filter((day) => day.inMonth);
    expect(inMonth).toHaveLength(29);
  });
});

describe("month keys", () => {
  it("accepts only real months", () => {
    expect(isMonthKey("2027-01")).toBe(true);
    expect(isMonthKey("2027-13")).toBe(false);
    expect(isMonthKey("2027-1")).toBe(false);
    expect(isMonthKey(["2027-01"])).toBe(false);
    expect(isMonthKey(undefined)).toBe(false);
  });

  it("moves across year boundaries", () => {
    expect(shiftMonth("2026-12", 1)).toBe("2027-01");
    expect(shiftMonth("2027-01", -1)).toBe("2026-12");
    expect(shiftMonth("2027-01", 12)).toBe("2028-01");
  });

  it("names the range the grid shows", () => {
    expect(gridRange("2027-01")).toEqual({ firstDay: "2026-12-28", lastDay: "2027-01-31" });
    expect(nextDay("2027-01-31")).toBe("2027-02-01");
  });
});

describe("names", () => {
  it("lists weekdays from Monday in both languages", () => {
    expect(weekdayNames("de", "long")).toEqual([
      "Montag",
      "Dienstag",
      "Mittwoch",
      "Donnerstag",
      "Freitag",
      "Samstag",
      "Sonntag",
    ]);
    expect(weekdayNames("en", "long")[0]).toBe("Monday");
    expect(weekdayNames("en", "long")[6]).toBe("Sunday");
  });

  it("names months and days", () => {
    expect(monthLabel("2027-01", "de")).toBe("Januar 2027");
    expect(monthLabel("2027-01", "en")).toBe("January 2027");
    expect(dayLabel("2027-01-20", "de")).toBe("Mittwoch, 20. Januar 2027");
  });
});

describe("groupByDay", () => {
  it("keeps the order within a day", () => {
    const groups = groupByDay(["a@1", "b@2", "c@1"], (item) => item.split("@")[1]!);
    expect([...groups.entries()]).toEqual([
      ["1", ["a@1", "c@1"]],
      ["2", ["b@2"]],
    ]);
  });
});
