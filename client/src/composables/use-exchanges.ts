import { computed, ref, toValue, type MaybeRefOrGetter } from "vue";
import { useQuery } from "@vue/apollo-composable";
import type { ExchangeFilter } from "../gql/graphql";
import { EXCHANGES_QUERY } from "../graphql/exchanges";

export const EXCHANGES_PAGE_SIZE = 20;

/** Exchanges the viewer may see (upcoming first), one page after the other, for a reactive filter. */
export function useExchanges(filter: MaybeRefOrGetter<ExchangeFilter>, pageSize: MaybeRefOrGetter<number> = EXCHANGES_PAGE_SIZE) {
  const variables = () => ({ filter: toValue(filter), first: toValue(pageSize) });
  const { result, loading, error, fetchMore } = useQuery(EXCHANGES_QUERY, variables);
  const connection = computed(() => result.value?.exchanges);
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
    exchanges: computed(() => connection.value?.edges.map((edge) => edge.node) ?? []),
    totalCount: computed(() => connection.value?.totalCount ?? null),
    hasNextPage: computed(() => connection.value?.pageInfo.hasNextPage ?? false),
    loading,
    loadingMore,
    error,
    loadMore,
  };
}
