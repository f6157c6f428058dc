import { describe, expect, it } from "vitest";
import { horizontalBarChart, yearBarChart, yearLineChart } from "./dashboard-charts";

const percent = (value: number) => `${Math.round(value * 100)} %`;
type Axis = { type: string; min?: number; max?: number; data?: string[]; axisLabel?: Record<string, unknown> };

describe("dashboard charts", () => {
  it("spaces years by time in the success-rate line, as in the year bars", () => {
    const points = [
      { year: 2009, value: 0.5 },
      { year: 2012, value: 1 },
      { year: 2026, value: 0.25 },
    ];
    for (const option of [yearLineChart(points, "Quote", percent), yearBarChart(points, "Betrag", String)]) {
      const axis = option.xAxis as Axis;
      // A value axis: the position of 2026 is its year, not its index (a category axis would put it at 2).
      expect(axis.type).toBe("value");
      expect(axis.min).toBe(2008.5);
      expect(axis.max).toBe(2026.5);
      const series = (option.series as { data: [number, number][] }[])[0]!;
      expect(series.data).toEqual(points.map((point) => [point.year, point.value]));
      const label = axis.axisLabel?.formatter as (value: number) => string;
      expect(label(2012)).toBe("2012");
      expect(label(2012.5)).toBe("");
    }
    expect((yearLineChart(points, "Quote", percent).series as { type: string }[])[0]?.type).toBe("line");
  });

  it("labels every category of a horizontal bar chart, long labels wrapped, in the given order from the top", () => {
    const statuses = [
      "Entwurf",
      "In Vorbereitung",
      "Eingereicht",
      "Überarbeitung angefordert",
      "Bewilligt",
      "Abgelehnt",
      "Laufend",
      "Abgeschlossen",
      "Zurückgezogen",
    ];
    const option = horizontalBarChart(statuses, [1, 2, 3, 4, 5, 6, 7, 8, 9], "Anzahl", String);
    const axis = option.yAxis as Axis;
    expect(axis.type).toBe("category");
    expect(axis.axisLabel).toMatchObject({ interval: 0, overflow: "break" });
    // ECharts draws a category axis from the bottom: reversed, the first status stands on top.
    expect(axis.data).toEqual([...statuses].reverse());
  });
});
