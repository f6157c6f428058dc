import { computed, ref, toValue, type MaybeRefOrGetter } from "vue";
import { useApolloClient, useQuery } from "@vue/apollo-composable";
import { CALL_QUERY, CLOSE_CALL_MUTATION } from "../graphql/calls";
import { actionProblem, type ActionProblem } from "../utils/problem";

/** One call with everything its page shows; `notFound` once the server answered null. */
export function useCall(id: MaybeRefOrGetter<string>, enabled: MaybeRefOrGetter<boolean> = true) {
  const { resolveClient } = useApolloClient();
  const { result, loading, error, refetch } = useQuery(
    CALL_QUERY,
    () => ({ id: toValue(id) }),
    () => ({ enabled: toValue(enabled) }),
  );
  const call = computed(() => result.value?.call ?? null);
  const notFound = computed(
    () => !loading.value && !error.value && result.value !== undefined && result.value.call === null,
  );
  const closing = ref(false);

  /** Closes the call (coordinator); null when it worked. */
  async function close(): Promise<ActionProblem | null> {
    closing.value = true;
    try {
      await resolveClient().mutate({
        mutation: CLOSE_CALL_MUTATION,
        variables: { id: toValue(id) },
        refetchQueries: ["Calls"],
      });
      return null;
    } catch (failure) {
      return actionProblem(failure);
    } finally {
      closing.value = false;
    }
  }

  return { call, notFound, loading, error, refetch, closing, close };
}
