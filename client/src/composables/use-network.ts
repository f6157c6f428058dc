import { computed, toValue, type MaybeRefOrGetter } from "vue";
import { useQuery } from "@vue/apollo-composable";
import type { OrganisationFilter } from "../gql/graphql";
import { NETWORK_QUERY } from "../graphql/network";

/** Nodes and edges of the network graph for a (reactive) filter. */
export function useNetwork(filter: MaybeRefOrGetter<OrganisationFilter>) {
  // Not normalised into Apollo's cache: writing a thousand nodes and edges there costs the graph
  // page about as much as drawing them, and nothing else reads them from the cache.
  const { result, loading, error, refetch } = useQuery(NETWORK_QUERY, () => ({ filter: toValue(filter) }), {
    keepPreviousResult: true,
    fetchPolicy: "no-cache",
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
