import { computed, ref, toValue, watch, type MaybeRefOrGetter } from "vue";
import { useApolloClient, useQuery } from "@vue/apollo-composable";
import { NETWORK_STATISTICS_QUERY, YEAR_FIGURES_QUERY } from "../graphql/statistics";
import { yearWindow, type YearRange } from "../utils/application-statistics";

export interface YearFigures {
  year: number;
  peopleReached: number;
  successfulApplications: number;
  decidedApplications: number;
}

/**
 * The network's figures for a range of years (by the start of the funding period). The API
 * breaks funding down by year but not people reached or decisions, so those are asked once per
 * year that has funding in the range.
 */
export function useNetworkStatistics(range: MaybeRefOrGetter<YearRange>) {
  const { resolveClient } = useApolloClient();
  const { result, loading, error } = useQuery(NETWORK_STATISTICS_QUERY, () => yearWindow(toValue(range)), { fetchPolicy: "cache-and-network" });
  const statistics = computed(() => result.value?.networkStatistics ?? null);
  const years = computed(() => (statistics.value?.fundingByYear ?? []).map((row) => row.year).sort((a, b) => a - b));

  const yearFigures = ref<YearFigures[]>([]);
  const yearsLoading = ref(false);
  const yearsFailed = ref(false);
  let generation = 0;

  watch(
    () => years.value.join(","),
    async () => {
      const asked = ++generation;
      yearsLoading.value = true;
      yearsFailed.value = false;
      try {
        const answers = await Promise.all(
          years.value.map(async (year) => {
            const { data } = await resolveClient().query({ query: YEAR_FIGURES_QUERY, variables: yearWindow({ from: year, to: year }), fetchPolicy: "network-only" });
            return { year, ...data.networkStatistics };
          }),
        );
        if (asked === generation) yearFigures.value = answers.map(({ year, peopleReached, successfulApplications, decidedApplications }) => ({ year, peopleReached, successfulApplications, decidedApplications }));
      } catch {
        if (asked === generation) yearsFailed.value = true;
      } finally {
        if (asked === generation) yearsLoading.value = false;
      }
    },
    { immediate: true },
  );

  return { statistics, loading, error, yearFigures, yearsLoading, yearsFailed };
}
