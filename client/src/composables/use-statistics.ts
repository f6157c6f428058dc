import { computed, toValue, type MaybeRefOrGetter } from "vue";
import { useQuery } from "@vue/apollo-composable";
import { NETWORK_STATISTICS_QUERY } from "../graphql/statistics";
import { yearWindow, type YearRange } from "../utils/application-statistics";

/** The network's figures for a range of years (by the start of the funding period), broken down by year. */
export function useNetworkStatistics(range: MaybeRefOrGetter<YearRange>) {
  const { result, loading, error } = useQuery(NETWORK_STATISTICS_QUERY, () => yearWindow(toValue(range)), {
    fetchPolicy: "cache-and-network",
  });
  const statistics = computed(() => result.value?.networkStatistics ?? null);
  const yearFigures = computed(() => statistics.value?.byYear ?? []);
  return { statistics, loading, error, yearFigures };
}
