import { use } from "echarts/core";
import { BarChart, LineChart } from "echarts/charts";
import { AriaComponent, GridComponent, TooltipComponent } from "echarts/components";
import { SVGRenderer } from "echarts/renderers";

// Only what the dashboard draws: bars and lines on a grid, tooltips, the aria description, SVG output.
use([BarChart, LineChart, GridComponent, TooltipComponent, AriaComponent, SVGRenderer]);
