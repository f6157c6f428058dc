import { computed, toValue, type MaybeRefOrGetter } from "vue";
import { useQuery } from "@vue/apollo-composable";
import type { ApplicationFilter } from "../gql/graphql";
import { APPLICATIONS_QUERY } from "../graphql/applications";
import { useConnectionPaging } from "./use-connection-paging";

/** The server's largest page: the board shows a whole pipeline at once where it can. */
export const BOARD_PAGE_SIZE = 100;

/** The applications the viewer may read (office all, partner its own), filtered, asked fresh on every visit. */
export function useApplications(
  filter: MaybeRefOrGetter<ApplicationFilter | null>,
  enabled: MaybeRefOrGetter<boolean> = true,
) {
  const variables = () => ({ filter: toValue(filter), first: BOARD_PAGE_SIZE });
  const { result, loading, error, fetchMore, refetch } = useQuery(APPLICATIONS_QUERY, variables, () => ({
    enabled: toValue(enabled),
    fetchPolicy: "cache-and-network" as const,
  }));
  const paging = useConnectionPaging(
    computed(() => result.value?.applications),
    variables,
    (options) => fetchMore(options),
  );
  return {
    applications: paging.nodes,
    totalCount: paging.totalCount,
    hasNextPage: paging.hasNextPage,
    loaded: computed(() => result.value !== undefined),
    loading,
    loadingMore: paging.loadingMore,
    error,
    loadMore: paging.loadMore,
    refetch,
  };
}
