import { computed, toValue, type MaybeRefOrGetter } from "vue";
import { useQuery } from "@vue/apollo-composable";
import type { OrganisationFilter } from "../gql/graphql";
import { ORGANISATIONS_QUERY } from "../graphql/organisation";
import { useConnectionPaging } from "./use-connection-paging";

export const DIRECTORY_PAGE_SIZE = 20;

/** One page after the other of the directory for a (reactive) filter. */
export function useOrganisations(filter: MaybeRefOrGetter<OrganisationFilter>) {
  const variables = () => ({ filter: toValue(filter), first: DIRECTORY_PAGE_SIZE });
  const { result, loading, error, fetchMore, refetch } = useQuery(ORGANISATIONS_QUERY, variables);
  const paging = useConnectionPaging(
    computed(() => result.value?.organisations),
    variables,
    (options) => fetchMore(options),
  );
  return {
    organisations: paging.nodes,
    totalCount: paging.totalCount,
    hasNextPage: paging.hasNextPage,
    loading,
    loadingMore: paging.loadingMore,
    error,
    loadMore: paging.loadMore,
    refetch,
  };
}
