import { computed } from "vue";
import { useQuery } from "@vue/apollo-composable";
import { TAXONOMIES_QUERY } from "../graphql/taxonomy";

/** Topics, target groups, districts and languages: the options of the facet filters. */
export function useTaxonomies() {
  const { result, loading, error } = useQuery(TAXONOMIES_QUERY, null, { fetchPolicy: "cache-first" });
  return {
    topics: computed(() => result.value?.topics ?? []),
    targetGroups: computed(() => result.value?.targetGroups ?? []),
    districts: computed(() => result.value?.districts ?? []),
    languages: computed(() => result.value?.languages ?? []),
    loading,
    error,
  };
}
