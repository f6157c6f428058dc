import { computed, ref, toValue, type MaybeRefOrGetter } from "vue";
import { useQuery } from "@vue/apollo-composable";
import { MY_EXCHANGES_QUERY } from "../graphql/exchanges";

const PAGE_SIZE = 50;

/** The exchanges an organisation takes part in or waits for, upcoming ones first, with where it stands. */
export function useExchangeParticipations(organisationId: MaybeRefOrGetter<string | null>) {
  const variables = () => ({ organisationId: toValue(organisationId) ?? "", first: PAGE_SIZE });
  const { result, loading, error, fetchMore } = useQuery(MY_EXCHANGES_QUERY, variables, () => ({ enabled: !!toValue(organisationId) }));
  const connection = computed(() => result.value?.exchanges);
  const entries = computed(() => connection.value?.edges.map((edge) => edge.node) ?? []);
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
    upcoming: computed(() => entries.value.filter((exchange) => !exchange.past)),
    past: computed(() => entries.value.filter((exchange) => exchange.past)),
    loaded: computed(() => connection.value !== undefined),
    hasNextPage: computed(() => connection.value?.pageInfo.hasNextPage ?? false),
    loading,
    loadingMore,
    error,
    loadMore,
  };
}
