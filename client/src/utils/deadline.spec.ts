import { describe, expect, it } from "vitest";
import { dateInputValue, daysUntil, endOfDayIso, hanoverDay } from "./deadline";

describe("deadlines", () => {
  const now = new Date("2027-03-10T10:00:00Z");

  it("counts calendar days in Hanover until the deadline", () => {
    expect(daysUntil("2027-03-12T22:59:00Z", now)).toBe(2);
    expect(daysUntil("2027-03-10T22:00:00Z", now)).toBe(0);
    // 23:30 UTC is already the next day in Hanover.
    expect(daysUntil("2027-03-10T23:30:00Z", now)).toBe(1);
  });

  it("says null once the deadline has passed or is no date", () => {
    expect(daysUntil("2027-03-10T09:59:00Z", now)).toBeNull();
    expect(daysUntil("soon", now)).toBeNull();
  });

  it("turns a chosen day into 23:59 in Hanover, in winter and in summer", () => {
    expect(endOfDayIso("2027-01-31")).toBe("2027-01-31T22:59:00.000Z");
    expect(endOfDayIso("2027-07-31")).toBe("2027-07-31T21:59:00.000Z");
    expect(endOfDayIso("31.07.2027")).toBeNull();
  });

  it("shows an instant as the day in Hanover for the date input", () => {
    expect(dateInputValue("2027-07-31T21:59:00.000Z")).toBe("2027-07-31");
    expect(dateInputValue("2027-07-31T22:30:00.000Z")).toBe("2027-08-01");
    expect(hanoverDay(new Date("2027-01-01T00:30:00Z"))).toBe("2027-01-01");
    expect(dateInputValue("nonsense")).toBe("");
  });
});
