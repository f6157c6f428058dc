import type { DashboardChartOption } from "./ChartFigure.vue";

/** Palette with at least 3:1 contrast against white (WCAG 1.4.11 for graphical objects). */
const COLOURS = ["#0b5cab", "#1f6f3a", "#8a5300", "#6b3fa0", "#b3261e", "#4a5560"];

type Format = (value: number) => string;

const tooltipValue = (format: Format) => (value: unknown) =>
  typeof value === "number" ? format(value) : String(value ?? "");

/** Vertical bars over categories (years, statuses). */
export function barChart(
  categories: readonly string[],
  values: readonly number[],
  name: string,
  format: Format,
  axisFormat: Format = format,
  colour = COLOURS[0],
): DashboardChartOption {
  return {
    color: [colour ?? "#0b5cab"],
    grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
    tooltip: { trigger: "axis", valueFormatter: tooltipValue(format) },
    xAxis: { type: "category", data: [...categories], axisLabel: { color: "#1b2733", hideOverlap: true } },
    yAxis: { type: "value", axisLabel: { color: "#1b2733", formatter: (value: number) => axisFormat(value) } },
    series: [{ type: "bar", name, data: [...values] }],
  };
}

/** Horizontal bars, for long category names (funders). */
export function horizontalBarChart(
  categories: readonly string[],
  values: readonly number[],
  name: string,
  format: Format,
  axisFormat: Format = format,
): DashboardChartOption {
  return {
    color: [COLOURS[1] ?? "#1f6f3a"],
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: "axis", valueFormatter: tooltipValue(format) },
    xAxis: {
      type: "value",
      axisLabel: { color: "#1b2733", formatter: (value: number) => axisFormat(value), hideOverlap: true },
    },
    yAxis: {
      type: "category",
      data: [...categories].reverse(),
      axisLabel: { color: "#1b2733", width: 160, overflow: "truncate" },
    },
    series: [{ type: "bar", name, data: [...values].reverse() }],
  };
}

/** A line with points, for shares over time (0..1 on the axis, formatted as percent). */
export function lineChart(
  categories: readonly string[],
  values: readonly number[],
  name: string,
  format: Format,
): DashboardChartOption {
  return {
    color: [COLOURS[3] ?? "#6b3fa0"],
    grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
    tooltip: { trigger: "axis", valueFormatter: tooltipValue(format) },
    xAxis: { type: "category", data: [...categories], axisLabel: { color: "#1b2733", hideOverlap: true } },
    yAxis: {
      type: "value",
      min: 0,
      max: 1,
      axisLabel: { color: "#1b2733", formatter: (value: number) => format(value) },
    },
    series: [{ type: "line", name, data: [...values], symbolSize: 8 }],
  };
}
