import { describe, expect, it } from "vitest";
import { formatCount, formatEuro, formatPercent } from "./application-format";

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("application number formats", () => {
  it("writes euros in the UI language, with cents only when there are any", () => {
    expect(plain(formatEuro(5_100_000, "de"))).toBe("5.100.000 €");
    expect(plain(formatEuro(1234.5, "de"))).toBe("1.234,50 €");
    expect(formatEuro(1234.5, "en")).toBe("€1,234.50");
    expect(formatEuro(null, "de")).toBe("–");
  });

  it("writes counts and shares", () => {
    expect(formatCount(4500, "de")).toBe("4.500");
    expect(formatCount(4500, "en")).toBe("4,500");
    expect(plain(formatPercent(0.75, "de"))).toBe("75 %");
    expect(formatPercent(null, "en")).toBe("–");
  });
});
