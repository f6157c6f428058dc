import { computed, toValue, type MaybeRefOrGetter } from "vue";
import { useQuery } from "@vue/apollo-composable";
import type { OrganisationFilter } from "../gql/graphql";
import { NETWORK_QUERY } from "../graphql/network";

/** Nodes and edges of the network graph for a (reactive) filter. */
export function useNetwork(filter: MaybeRefOrGetter<OrganisationFilter>) {
  const { result, loading, error, refetch } = useQuery(NETWORK_QUERY, () => ({ filter: toValue(filter) }), {
    keepPreviousResult: true,
  });
  return {
    nodes: computed(() => result.value?.network.nodes ?? []),
    edges: computed(() => result.value?.network.edges ?? []),
    communityCount: computed(() => result.value?.network.communityCount ?? 0),
    loaded: computed(() => result.value !== undefined),
    loading,
    error,
    refetch,
  };
}
