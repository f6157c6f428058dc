import { computed, toValue, type MaybeRefOrGetter } from "vue";
import { useQuery } from "@vue/apollo-composable";
import { AUDIT_LOG_QUERY } from "../graphql/audit";
import { useConnectionPaging } from "./use-connection-paging";

export const AUDIT_PAGE_SIZE = 20;

/** The audit log, newest first, one page after the other; optionally for one entity. */
export function useAuditLog(entityId: MaybeRefOrGetter<string | null>) {
  const variables = () => ({ entityId: toValue(entityId), first: AUDIT_PAGE_SIZE });
  // Always from the server: the office wants to see the change just made.
  const { result, loading, error, fetchMore, refetch } = useQuery(AUDIT_LOG_QUERY, variables, {
    fetchPolicy: "network-only",
  });
  const paging = useConnectionPaging(
    computed(() => result.value?.auditLog),
    variables,
    (options) => fetchMore(options),
  );
  return {
    entries: paging.nodes,
    totalCount: paging.totalCount,
    hasNextPage: paging.hasNextPage,
    loading,
    loadingMore: paging.loadingMore,
    error,
    loadMore: paging.loadMore,
    refetch,
  };
}
