import { computed, ref, type Ref } from "vue";

/** The Relay connection shape every list query of the API returns. */
export interface PagedConnection<Node> {
  edges: readonly { node: Node }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  totalCount: number;
}

/**
 * "Load more" over a Relay connection: asks for the page after the last cursor with the query's
 * current variables, never twice at once. The cache's merge policy appends the page.
 */
export function useConnectionPaging<Node, Variables extends object>(
  connection: Ref<PagedConnection<Node> | null | undefined>,
  variables: () => Variables,
  fetchMore: (options: { variables: Variables & { after: string } }) => Promise<unknown> | undefined,
) {
  const loadingMore = ref(false);

  async function loadMore(): Promise<void> {
    const pageInfo = connection.value?.pageInfo;
    if (!pageInfo?.hasNextPage || !pageInfo.endCursor || loadingMore.value) return;
    loadingMore.value = true;
    try {
      await fetchMore({ variables: { ...variables(), after: pageInfo.endCursor } });
    } finally {
      loadingMore.value = false;
    }
  }

  return {
    nodes: computed(() => connection.value?.edges.map((edge) => edge.node) ?? []),
    totalCount: computed(() => connection.value?.totalCount ?? null),
    hasNextPage: computed(() => connection.value?.pageInfo.hasNextPage ?? false),
    loadingMore,
    loadMore,
  };
}
