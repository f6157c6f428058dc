import { computed, ref, toValue, type MaybeRefOrGetter } from "vue";
import { useQuery } from "@vue/apollo-composable";
import type { CallStatus } from "../gql/graphql";
import { CALLS_QUERY } from "../graphql/calls";

export const CALLS_PAGE_SIZE = 20;

/** Calls the viewer may see (open first, then by deadline), one page after the other; optionally by status. */
export function useCalls(statuses: MaybeRefOrGetter<readonly CallStatus[] | null>, pageSize: number = CALLS_PAGE_SIZE) {
  const variables = () => {
    const chosen = toValue(statuses);
    return { filter: chosen?.length ? { statuses: [...chosen] } : null, first: pageSize };
  };
  const { result, loading, error, fetchMore } = useQuery(CALLS_QUERY, variables);
  const connection = computed(() => result.value?.calls);
  const loadingMore = ref(false);

  async function loadMore(): Promise<void> {
    const pageInfo = connection.value?.pageInfo;
    if (!pageInfo?.hasNextPage || loadingMore.value) return;
    loadingMore.value = true;
    try {
      await fetchMore({ variables: { ...variables(), after: pageInfo.endCursor } });
    } finally {
      loadingMore.value = false;
    }
  }

  return {
    calls: computed(() => connection.value?.edges.map((edge) => edge.node) ?? []),
    totalCount: computed(() => connection.value?.totalCount ?? null),
    hasNextPage: computed(() => connection.value?.pageInfo.hasNextPage ?? false),
    loading,
    loadingMore,
    error,
    loadMore,
  };
}
