import { computed, toValue, type MaybeRefOrGetter } from "vue";
import { useQuery } from "@vue/apollo-composable";
import type { CallStatus } from "../gql/graphql";
import { CALLS_QUERY } from "../graphql/calls";
import { useConnectionPaging } from "./use-connection-paging";

export const CALLS_PAGE_SIZE = 20;

/** Calls the viewer may see (open first, then by deadline), one page after the other; optionally by status. */
export function useCalls(statuses: MaybeRefOrGetter<readonly CallStatus[] | null>, pageSize: number = CALLS_PAGE_SIZE) {
  const variables = () => {
    const chosen = toValue(statuses);
    return { filter: chosen?.length ? { statuses: [...chosen] } : null, first: pageSize };
  };
  const { result, loading, error, fetchMore } = useQuery(CALLS_QUERY, variables);
  const paging = useConnectionPaging(
    computed(() => result.value?.calls),
    variables,
    (options) => fetchMore(options),
  );
  return {
    calls: paging.nodes,
    totalCount: paging.totalCount,
    hasNextPage: paging.hasNextPage,
    loading,
    loadingMore: paging.loadingMore,
    error,
    loadMore: paging.loadMore,
  };
}
