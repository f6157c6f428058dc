import { computed, toValue, type MaybeRefOrGetter } from "vue";
import { useQuery } from "@vue/apollo-composable";
import { ORGANISATION_OPTIONS_QUERY } from "../graphql/organisation";

/** Suggestions for an organisation picker: typo-tolerant server search, first 100. */
export function useOrganisationOptions(search: MaybeRefOrGetter<string>) {
  const { result, loading } = useQuery(
    ORGANISATION_OPTIONS_QUERY,
    () => {
      const text = toValue(search).trim();
      return { search: text === "" ? null : text, first: 100 };
    },
    { keepPreviousResult: true },
  );
  return {
    options: computed(() => result.value?.organisations.edges.map((edge) => edge.node) ?? []),
    loading,
  };
}
