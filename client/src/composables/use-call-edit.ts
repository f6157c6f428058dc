import { computed, ref } from "vue";
import { useApolloClient, useQuery } from "@vue/apollo-composable";
import type { CallDetailFragment, CreateCallInput, UpdateCallInput } from "../gql/graphql";
import { CREATE_CALL_MUTATION, PROGRAMMES_QUERY, UPDATE_CALL_MUTATION } from "../graphql/calls";
import { actionProblem, type ActionProblem } from "../utils/problem";

export type CallSaveOutcome = { ok: true; call: CallDetailFragment } | { ok: false; problem: ActionProblem };

/** Saving a call (create or update with the version it was loaded with) and the programmes to choose from. */
export function useCallEdit() {
  const { resolveClient } = useApolloClient();
  const { result } = useQuery(PROGRAMMES_QUERY, null, { fetchPolicy: "cache-first" });
  const saving = ref(false);

  async function run(action: () => Promise<CallDetailFragment | null>): Promise<CallSaveOutcome> {
    saving.value = true;
    try {
      const call = await action();
      return call ? { ok: true, call } : { ok: false, problem: { kind: "error", detail: "", fields: [] } };
    } catch (failure) {
      return { ok: false, problem: actionProblem(failure) };
    } finally {
      saving.value = false;
    }
  }

  const create = (input: CreateCallInput) =>
    run(async () => {
      const { data } = await resolveClient().mutate({
        mutation: CREATE_CALL_MUTATION,
        variables: { input },
        refetchQueries: ["Calls"],
      });
      return data?.createCall ?? null;
    });

  const update = (id: string, input: UpdateCallInput, expectedVersion: number) =>
    run(async () => {
      const { data } = await resolveClient().mutate({
        mutation: UPDATE_CALL_MUTATION,
        variables: { id, input, expectedVersion },
        refetchQueries: ["Calls"],
      });
      return data?.updateCall ?? null;
    });

  return { programmes: computed(() => result.value?.programmes ?? []), saving, create, update };
}
