import { computed, toValue, type MaybeRefOrGetter } from "vue";
import { useQuery } from "@vue/apollo-composable";
import { APPLICATION_QUERY } from "../graphql/applications";

/** One application with everything its page shows; `notFound` once the server answered null. */
export function useApplication(id: MaybeRefOrGetter<string>, enabled: MaybeRefOrGetter<boolean> = true) {
  const { result, loading, error, refetch } = useQuery(
    APPLICATION_QUERY,
    () => ({ id: toValue(id) }),
    () => ({ enabled: toValue(enabled) && toValue(id) !== "", fetchPolicy: "cache-and-network" as const }),
  );
  const application = computed(() => result.value?.application ?? null);
  const notFound = computed(
    () => !loading.value && !error.value && result.value !== undefined && result.value.application === null,
  );
  return { application, notFound, loading, error, refetch };
}
