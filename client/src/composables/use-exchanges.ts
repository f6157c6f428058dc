import { computed, toValue, type MaybeRefOrGetter } from "vue";
import { useQuery } from "@vue/apollo-composable";
import type { ExchangeFilter } from "../gql/graphql";
import { EXCHANGES_QUERY } from "../graphql/exchanges";
import { useConnectionPaging } from "./use-connection-paging";

export const EXCHANGES_PAGE_SIZE = 20;

/** Exchanges the viewer may see (upcoming first), one page after the other, for a reactive filter. */
export function useExchanges(
  filter: MaybeRefOrGetter<ExchangeFilter>,
  pageSize: MaybeRefOrGetter<number> = EXCHANGES_PAGE_SIZE,
) {
  const variables = () => ({ filter: toValue(filter), first: toValue(pageSize) });
  const { result, loading, error, fetchMore } = useQuery(EXCHANGES_QUERY, variables);
  const paging = useConnectionPaging(
    computed(() => result.value?.exchanges),
    variables,
    (options) => fetchMore(options),
  );
  return {
    exchanges: paging.nodes,
    totalCount: paging.totalCount,
    hasNextPage: paging.hasNextPage,
    loading,
    loadingMore: paging.loadingMore,
    error,
    loadMore: paging.loadMore,
  };
}
