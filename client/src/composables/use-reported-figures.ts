import { computed } from "vue";
import { useQuery } from "@vue/apollo-composable";
import { REPORTED_FIGURES_QUERY } from "../graphql/statistics";

/** The report's headline figures (they never change with a year range). */
export function useReportedFigures() {
  const { result, loading, error } = useQuery(REPORTED_FIGURES_QUERY, null, { fetchPolicy: "cache-first" });
  const reported = computed(() => result.value?.reportedFigures ?? []);
  const byKey = computed(() => Object.fromEntries(reported.value.map((figure) => [figure.key, figure])));
  return { reported, byKey, loading, error };
}
