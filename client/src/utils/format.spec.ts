import { describe, expect, it } from "vitest";
import { formatCurrency, formatDate, formatPeriod } from "./format";

const nbsp = /\u00a0/g;

describe("formatting", () => {
  it("formats euros the German way", () => {
    expect(formatCurrency(125000)?.replace(nbsp, " ")).toBe("125.000 €");
    expect(formatCurrency(null)).toBeNull();
  });

  it("formats local dates without shifting the day", () => {
    expect(formatDate("2014-01-01", "de")).toBe("01.01.2014");
    expect(formatDate("2014-12-31", "en")).toBe("31/12/2014");
    expect(formatDate(null, "de")).toBeNull();
  });

  it("formats periods with open ends", () => {
    expect(formatPeriod("2009-01-01", "2011-06-30", "de")).toBe("01.01.2009 – 30.06.2011");
    expect(formatPeriod("2015-01-01", null, "de")).toBe("01.01.2015 – …");
    expect(formatPeriod(null, null, "de")).toBeNull();
  });
});
