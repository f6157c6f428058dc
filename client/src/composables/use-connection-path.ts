import { computed, ref } from "vue";
import { useQuery } from "@vue/apollo-composable";
import { CONNECTION_PATH_QUERY } from "../graphql/network";

export interface ConnectionRequest {
  fromId: string;
  toId: string;
  maxDepth: number;
}

/** Runs `connectionPath` when asked to (a search button), not while the user still picks. */
export function useConnectionPath() {
  const request = ref<ConnectionRequest | null>(null);
  const { result, loading, error } = useQuery(
    CONNECTION_PATH_QUERY,
    () => request.value ?? { fromId: "", toId: "", maxDepth: 0 },
    () => ({ enabled: request.value !== null }),
  );
  const answered = computed(() => request.value !== null && !loading.value && result.value !== undefined);
  return {
    search: (next: ConnectionRequest) => {
      request.value = { ...next };
    },
    reset: () => {
      request.value = null;
    },
    request,
    path: computed(() => (answered.value ? (result.value?.connectionPath ?? null) : null)),
    answered,
    loading,
    error,
  };
}
