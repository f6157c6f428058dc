import { computed, toValue, type MaybeRefOrGetter } from "vue";
import { useQuery } from "@vue/apollo-composable";
import { CONNECTION_PATHS_QUERY, NETWORK_HUBS_QUERY } from "../graphql/connection";
import type { ConnectionRequest } from "../utils/connection-query";

/** Runs `connectionPaths` for the request in the URL (none: nothing asked yet). */
export function useConnectionSearch(request: MaybeRefOrGetter<ConnectionRequest | null>) {
  const { result, loading, error } = useQuery(
    CONNECTION_PATHS_QUERY,
    () => {
      const asked = toValue(request);
      return asked ?? { fromId: "", toId: "", avoid: [], maxPaths: 1, maxDepth: 1 };
    },
    () => ({ enabled: toValue(request) !== null }),
  );
  const search = computed(() => (toValue(request) !== null ? (result.value?.connectionPaths ?? null) : null));
  return { search, loading, error };
}

/** The best-linked organisation, offered as the hub to avoid. */
export function useNetworkHub() {
  const { result } = useQuery(NETWORK_HUBS_QUERY, { first: 1 });
  return computed(() => result.value?.networkHubs[0] ?? null);
}
