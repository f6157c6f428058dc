import { computed, toValue, type MaybeRefOrGetter } from "vue";
import { useQuery } from "@vue/apollo-composable";
import { PUBLIC_NETWORK_FIGURES_QUERY } from "../graphql/statistics";
import { yearWindow, type YearRange } from "../utils/application-statistics";

/** The network in figures for everyone, for a range of years (projects by the start of their funding period). */
export function usePublicFigures(range: MaybeRefOrGetter<YearRange>) {
  const { result, loading, error, refetch } = useQuery(PUBLIC_NETWORK_FIGURES_QUERY, () => yearWindow(toValue(range)), {
    fetchPolicy: "cache-and-network",
  });
  const figures = computed(() => result.value?.publicNetworkFigures ?? null);
  return { figures, loading, error, refetch };
}
