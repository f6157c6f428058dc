import { yearLabel } from "../../utils/application-statistics";
import type { PublicNetworkFiguresQuery } from "../../gql/graphql";
import type { DashboardChartOption, TableColumn } from "../Dashboard/ChartFigure.vue";
import { horizontalBarChart, yearBarChart } from "../Dashboard/dashboard-charts";
import { formatCount, formatEuro, formatEuroCompact } from "../../utils/application-format";

type Figures = PublicNetworkFiguresQuery["publicNetworkFigures"];
type Translate = (key: string, values?: Record<string, unknown>) => string;

export interface FiguresChart {
  id: string;
  title: string;
  note?: string;
  option: DashboardChartOption;
  columns: TableColumn[];
  rows: Record<string, string>[];
}

type FunderRow = Figures["fundingByFunder"][number];

/** A funder row's name: the funder, or "not split (BAMF, ESF, …)", or "no funder". */
export function funderLabel(row: FunderRow, t: Translate, short = false): string {
  if (row.attribution === "SINGLE_FUNDER" && row.funder) return (short && row.funder.shortName) || row.funder.name;
  if (row.attribution === "NOT_SPLIT")
    return t("figures.notSplit", { funders: row.funders.map((f) => f.shortName || f.name).join(", ") });
  return t("figures.noFunder");
}

/** Years with a value, for the time axis (the year-less row stays in the table only). */
const dated = <T extends { year: number | null }>(rows: readonly T[], value: (row: T) => number) =>
  rows
    .filter((row): row is T & { year: number } => row.year !== null)
    .map((row) => ({ year: row.year, value: value(row) }));

/** The public page's charts, each with the rows of its table alternative. */
export function figuresCharts(figures: Figures, t: Translate, locale: string): FiguresChart[] {
  const euro = (value: number) => formatEuro(value, locale);
  const euroAxis = (value: number) => formatEuroCompact(value, locale);
  const count = (value: number) => formatCount(value, locale);
  const fundedYears = figures.byYear.filter((row) => row.fundingAcquired > 0);
  const peopleYears = figures.byYear.filter((row) => row.peopleReached > 0);
  const programmes = figures.fundingByProgramme.filter((row) => row.amount > 0);
  const funders = figures.fundingByFunder.filter((row) => row.amount > 0);
  const programmeName = (row: Figures["fundingByProgramme"][number]) => row.programme?.name ?? t("figures.noProgramme");
  const funderName = (row: FunderRow) => funderLabel(row, t);
  const kinds = figures.organisationsByKind.filter((row) => row.count > 0);
  const memberships = figures.memberships.filter((row) => row.organisations > 0);
  return [
    {
      id: "figures-funding-year",
      title: t("figures.fundingByYear"),
      note: t("figures.fundingYearNote"),
      option: yearBarChart(
        dated(fundedYears, (row) => row.fundingAcquired),
        t("figures.amount"),
        euro,
        euroAxis,
      ),
      columns: [
        { key: "year", label: t("figures.year") },
        { key: "amount", label: t("figures.amount"), numeric: true },
        { key: "projects", label: t("figures.projectCount"), numeric: true },
      ],
      rows: fundedYears.map((row) => ({
        year: yearLabel(row.year, t("figures.unknownYear")),
        amount: euro(row.fundingAcquired),
        projects: count(row.projects),
      })),
    },
    {
      id: "figures-funding-programme",
      title: t("figures.fundingByProgramme"),
      option: horizontalBarChart(
        programmes.map(programmeName),
        programmes.map((row) => row.amount),
        t("figures.amount"),
        euro,
        euroAxis,
      ),
      columns: [
        { key: "programme", label: t("figures.programme") },
        { key: "amount", label: t("figures.amount"), numeric: true },
        { key: "people", label: t("figures.people"), numeric: true },
      ],
      rows: programmes.map((row) => ({
        programme: programmeName(row),
        amount: euro(row.amount),
        people: count(row.peopleReached),
      })),
    },
    {
      id: "figures-funding-funder",
      title: t("figures.fundingByFunder"),
      note: t("figures.funderNote"),
      option: horizontalBarChart(
        funders.map((row) => funderLabel(row, t, true)),
        funders.map((row) => row.amount),
        t("figures.amount"),
        euro,
        euroAxis,
      ),
      columns: [
        { key: "funder", label: t("figures.funder") },
        { key: "amount", label: t("figures.amount"), numeric: true },
        { key: "projects", label: t("figures.projectCountColumn"), numeric: true },
      ],
      rows: funders.map((row) => ({
        funder: funderName(row),
        amount: euro(row.amount),
        projects: count(row.projects),
      })),
    },
    {
      id: "figures-people-year",
      title: t("figures.peopleByYear"),
      note: t("figures.peopleYearNote"),
      option: yearBarChart(
        dated(peopleYears, (row) => row.peopleReached),
        t("figures.people"),
        count,
        count,
        "#1f6f3a",
      ),
      columns: [
        { key: "year", label: t("figures.year") },
        { key: "people", label: t("figures.people"), numeric: true },
      ],
      rows: peopleYears.map((row) => ({
        year: yearLabel(row.year, t("figures.unknownYear")),
        people: count(row.peopleReached),
      })),
    },
    {
      id: "figures-organisation-kinds",
      title: t("figures.organisationsByKind"),
      option: horizontalBarChart(
        kinds.map((row) => t(`kinds.${row.kind}`)),
        kinds.map((row) => row.count),
        t("figures.count"),
        count,
      ),
      columns: [
        { key: "kind", label: t("figures.kind") },
        { key: "count", label: t("figures.count"), numeric: true },
      ],
      rows: kinds.map((row) => ({ kind: t(`kinds.${row.kind}`), count: count(row.count) })),
    },
    {
      id: "figures-memberships",
      title: t("figures.membershipsByKind"),
      option: horizontalBarChart(
        memberships.map((row) => t(`memberships.${row.kind}`)),
        memberships.map((row) => row.organisations),
        t("figures.count"),
        count,
      ),
      columns: [
        { key: "membership", label: t("figures.membership") },
        { key: "count", label: t("figures.count"), numeric: true },
      ],
      rows: memberships.map((row) => ({ membership: t(`memberships.${row.kind}`), count: count(row.organisations) })),
    },
  ];
}
