import { computed, ref, toValue, type MaybeRefOrGetter } from "vue";
import { useQuery } from "@vue/apollo-composable";
import type { ApplicationFilter } from "../gql/graphql";
import { APPLICATIONS_QUERY } from "../graphql/applications";

/** The server's largest page: the board shows a whole pipeline at once where it can. */
export const BOARD_PAGE_SIZE = 100;

/** The applications the viewer may read (office all, partner its own), filtered, asked fresh on every visit. */
export function useApplications(filter: MaybeRefOrGetter<ApplicationFilter | null>, enabled: MaybeRefOrGetter<boolean> = true) {
  const variables = () => ({ filter: toValue(filter), first: BOARD_PAGE_SIZE });
  const { result, loading, error, fetchMore, refetch } = useQuery(APPLICATIONS_QUERY, variables, () => ({
    enabled: toValue(enabled),
    fetchPolicy: "cache-and-network" as const,
  }));
  const connection = computed(() => result.value?.applications);
  const loadingMore = ref(false);

  async function loadMore(): Promise<void> {
    const pageInfo = connection.value?.pageInfo;
    if (!pageInfo?.hasNextPage || loadingMore.value) return;
    loadingMore.value = true;
    try {
      await fetchMore({
        variables: { ...variables(), after: pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) =>
          fetchMoreResult
            ? { applications: { ...fetchMoreResult.applications, edges: [...previous.applications.edges, ...fetchMoreResult.applications.edges] } }
            : previous,
      });
    } finally {
      loadingMore.value = false;
    }
  }

  return {
    applications: computed(() => connection.value?.edges.map((edge) => edge.node) ?? []),
    totalCount: computed(() => connection.value?.totalCount ?? null),
    hasNextPage: computed(() => connection.value?.pageInfo.hasNextPage ?? false),
    loaded: computed(() => result.value !== undefined),
    loading,
    loadingMore,
    error,
    loadMore,
    refetch,
  };
}
