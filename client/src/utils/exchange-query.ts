import type { LocationQuery, LocationQueryRaw } from "vue-router";
import type { ExchangeFilter, ExchangeSeries } from "../gql/graphql";
import { isExchangeSeries } from "./exchange-form";
import { hanoverWallTimeToIso } from "./exchange-time";
import { gridRange, isMonthKey, nextDay } from "./month-grid";

/** The exchanges page as it lives in the URL, so a view can be shared and survives reloading. */
export interface ExchangesPageState {
  view: "list" | "month";
  /** "2027-01"; null: the current month. */
  month: string | null;
  series: ExchangeSeries | null;
  topic: string | null;
  past: boolean;
}

const single = (value: LocationQuery[string] | undefined): string | null => {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === "string" && first !== "" ? first : null;
};

export function exchangesStateFromQuery(query: LocationQuery): ExchangesPageState {
  const month = single(query.month);
  const series = single(query.series);
  return {
    view: single(query.view) === "month" ? "month" : "list",
    month: isMonthKey(month) ? month : null,
    series: isExchangeSeries(series) ? series : null,
    topic: single(query.topic),
    past: single(query.past) === "1",
  };
}

/** Only what differs from the defaults goes into the URL. */
export function queryFromExchangesState(state: ExchangesPageState): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  if (state.view === "month") {
    query.view = "month";
    if (state.month) query.month = state.month;
  }
  if (state.series) query.series = state.series;
  if (state.topic) query.topic = state.topic;
  if (state.past && state.view === "list") query.past = "1";
  return query;
}

/** What the server is asked: the filters, and in the month view the days the grid shows (past ones too). */
export function exchangeFilterFor(state: ExchangesPageState, month: string): ExchangeFilter {
  const filter: ExchangeFilter = {};
  if (state.series) filter.series = [state.series];
  if (state.topic) filter.topics = [state.topic];
  if (state.view === "month") {
    const { firstDay, lastDay } = gridRange(month);
    filter.includePast = true;
    filter.from = hanoverWallTimeToIso(`${firstDay}T00:00`);
    filter.to = hanoverWallTimeToIso(`${nextDay(lastDay)}T00:00`);
  } else if (state.past) {
    filter.includePast = true;
  }
  return filter;
}
