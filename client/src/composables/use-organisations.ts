import { computed, ref, toValue, type MaybeRefOrGetter } from "vue";
import { useQuery } from "@vue/apollo-composable";
import type { OrganisationFilter } from "../gql/graphql";
import { ORGANISATIONS_QUERY } from "../graphql/organisation";

export const DIRECTORY_PAGE_SIZE = 20;

/** One page after the other of the directory for a (reactive) filter. */
export function useOrganisations(filter: MaybeRefOrGetter<OrganisationFilter>) {
  const { result, loading, error, fetchMore, refetch } = useQuery(ORGANISATIONS_QUERY, () => ({
    filter: toValue(filter),
    first: DIRECTORY_PAGE_SIZE,
  }));
  const loadingMore = ref(false);
  const connection = computed(() => result.value?.organisations);

  async function loadMore(): Promise<void> {
    const pageInfo = connection.value?.pageInfo;
    if (!pageInfo?.hasNextPage || loadingMore.value) return;
    loadingMore.value = true;
    try {
      // The cache's relay policy appends the new edges to the current ones.
      await fetchMore({ variables: { filter: toValue(filter), first: DIRECTORY_PAGE_SIZE, after: pageInfo.endCursor } });
    } finally {
      loadingMore.value = false;
    }
  }

  return {
    organisations: computed(() => connection.value?.edges.map((edge) => edge.node) ?? []),
    totalCount: computed(() => connection.value?.totalCount ?? null),
    hasNextPage: computed(() => connection.value?.pageInfo.hasNextPage ?? false),
    loading,
    loadingMore,
    error,
    loadMore,
    refetch,
  };
}
