import type { DashboardChartOption } from "./ChartFigure.vue";

/** Palette with at least 3:1 contrast against white (WCAG 1.4.11 for graphical objects). */
const COLOURS = ["#0b5cab", "#1f6f3a", "#8a5300", "#6b3fa0", "#b3261e", "#4a5560"];

type Format = (value: number) => string;

const tooltipValue = (format: Format) => (value: unknown) =>
  typeof value === "number" ? format(value) : String(value ?? "");

/**
 * A time axis in whole years: the distance between two years is their difference, so 2009 and 2026
 * lie seventeen years apart, not one step. Half a year of room on either side keeps the first and
 * last bar or point inside the plot.
 */
function yearAxis(years: readonly number[]) {
  const min = years.length ? Math.min(...years) : 0;
  const max = years.length ? Math.max(...years) : 0;
  return {
    type: "value" as const,
    min: min - 0.5,
    max: max + 0.5,
    minInterval: 1,
    splitLine: { show: false },
    axisLabel: {
      color: "#1b2733",
      hideOverlap: true,
      // Only whole years, without a thousands separator.
      formatter: (value: number) => (Number.isInteger(value) ? String(value) : ""),
    },
  };
}

const yearPointer = { label: { formatter: ({ value }: { value: unknown }) => String(value) } };

/**
 * Bars over years on a real time axis: the gap between 2015 and 2026 is eleven years wide, not one
 * step. Years without a value are left out (the table lists the unknown year, the chart cannot).
 */
export function yearBarChart(
  points: readonly { year: number; value: number }[],
  name: string,
  format: Format,
  axisFormat: Format = format,
  colour = COLOURS[0],
): DashboardChartOption {
  return {
    color: [colour ?? "#0b5cab"],
    grid: { left: 8, right: 24, top: 16, bottom: 8, containLabel: true },
    tooltip: {
      trigger: "axis",
      valueFormatter: tooltipValue(format),
      axisPointer: { type: "shadow", ...yearPointer },
    },
    xAxis: yearAxis(points.map((point) => point.year)),
    yAxis: { type: "value", axisLabel: { color: "#1b2733", formatter: (value: number) => axisFormat(value) } },
    series: [{ type: "bar", name, barMaxWidth: 28, data: points.map((point) => [point.year, point.value]) }],
  };
}

/** Vertical bars over a few short categories. */
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
    // Every category labelled (interval 0); long labels belong in horizontalBarChart.
    xAxis: { type: "category", data: [...categories], axisLabel: { color: "#1b2733", interval: 0 } },
    yAxis: { type: "value", axisLabel: { color: "#1b2733", formatter: (value: number) => axisFormat(value) } },
    series: [{ type: "bar", name, data: [...values] }],
  };
}

/** Horizontal bars, for long category names (funders, programmes, kinds): every label shown, wrapped, never cut. */
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
      axisLabel: { color: "#1b2733", width: 150, overflow: "break", interval: 0, lineHeight: 14 },
    },
    series: [{ type: "bar", name, data: [...values].reverse() }],
  };
}

/**
 * A line with points for shares over years (0..1 on the axis, formatted as percent), on the same time
 * axis as yearBarChart: a year without decisions is a gap in time, not a skipped step.
 */
export function yearLineChart(
  points: readonly { year: number; value: number }[],
  name: string,
  format: Format,
): DashboardChartOption {
  return {
    color: [COLOURS[3] ?? "#6b3fa0"],
    grid: { left: 8, right: 24, top: 16, bottom: 8, containLabel: true },
    tooltip: { trigger: "axis", valueFormatter: tooltipValue(format), axisPointer: yearPointer },
    xAxis: yearAxis(points.map((point) => point.year)),
    yAxis: {
      type: "value",
      min: 0,
      max: 1,
      axisLabel: { color: "#1b2733", formatter: (value: number) => format(value) },
    },
    series: [{ type: "line", name, data: points.map((point) => [point.year, point.value]), symbolSize: 8 }],
  };
}
