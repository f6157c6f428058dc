import { computed, ref, toValue, type MaybeRefOrGetter } from "vue";
import { useQuery } from "@vue/apollo-composable";
import { AUDIT_LOG_QUERY } from "../graphql/audit";

export const AUDIT_PAGE_SIZE = 20;

/** The audit log, newest first, one page after the other; optionally for one entity. */
export function useAuditLog(entityId: MaybeRefOrGetter<string | null>) {
  const variables = () => ({ entityId: toValue(entityId), first: AUDIT_PAGE_SIZE });
  // Always from the server: the office wants to see the change just made.
  const { result, loading, error, fetchMore, refetch } = useQuery(AUDIT_LOG_QUERY, variables, { fetchPolicy: "network-only" });
  const loadingMore = ref(false);
  const connection = computed(() => result.value?.auditLog);

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
    entries: computed(() => connection.value?.edges.map((edge) => edge.node) ?? []),
    totalCount: computed(() => connection.value?.totalCount ?? null),
    hasNextPage: computed(() => connection.value?.pageInfo.hasNextPage ?? false),
    loading,
    loadingMore,
    error,
    loadMore,
    refetch,
  };
}
