import { computed, toValue, type MaybeRefOrGetter } from "vue";
import { useQuery } from "@vue/apollo-composable";
import { MY_EXCHANGES_QUERY } from "../graphql/exchanges";
import { useConnectionPaging } from "./use-connection-paging";

const PAGE_SIZE = 50;

/** The exchanges an organisation takes part in or waits for, upcoming ones first, with where it stands. */
export function useExchangeParticipations(organisationId: MaybeRefOrGetter<string | null>) {
  const variables = () => ({ organisationId: toValue(organisationId) ?? "", first: PAGE_SIZE });
  const { result, loading, error, fetchMore } = useQuery(MY_EXCHANGES_QUERY, variables, () => ({
    enabled: !!toValue(organisationId),
  }));
  const connection = computed(() => result.value?.exchanges);
  const paging = useConnectionPaging(connection, variables, (options) => fetchMore(options));
  return {
    upcoming: computed(() => paging.nodes.value.filter((exchange) => !exchange.past)),
    past: computed(() => paging.nodes.value.filter((exchange) => exchange.past)),
    loaded: computed(() => connection.value !== undefined),
    hasNextPage: paging.hasNextPage,
    loading,
    loadingMore: paging.loadingMore,
    error,
    loadMore: paging.loadMore,
  };
}
