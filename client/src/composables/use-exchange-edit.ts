import { ref } from "vue";
import { useApolloClient } from "@vue/apollo-composable";
import type { CreateExchangeInput, ExchangeDetailFragment, UpdateExchangeInput } from "../gql/graphql";
import { CREATE_EXCHANGE_MUTATION, UPDATE_EXCHANGE_MUTATION } from "../graphql/exchanges";
import { actionProblem, type ActionProblem } from "../utils/problem";

export type ExchangeSaveOutcome =
  { ok: true; exchange: ExchangeDetailFragment } | { ok: false; problem: ActionProblem };

/** Saving an exchange (office): create, or update with the version the form was loaded with. */
export function useExchangeEdit() {
  const { resolveClient } = useApolloClient();
  const saving = ref(false);

  async function run(action: () => Promise<ExchangeDetailFragment | null>): Promise<ExchangeSaveOutcome> {
    saving.value = true;
    try {
      const exchange = await action();
      return exchange ? { ok: true, exchange } : { ok: false, problem: { kind: "error", detail: "", fields: [] } };
    } catch (failure) {
      return { ok: false, problem: actionProblem(failure) };
    } finally {
      saving.value = false;
    }
  }

  const create = (input: CreateExchangeInput) =>
    run(async () => {
      const { data } = await resolveClient().mutate({
        mutation: CREATE_EXCHANGE_MUTATION,
        variables: { input },
        refetchQueries: ["Exchanges"],
      });
      return data?.createExchange ?? null;
    });

  const update = (id: string, input: UpdateExchangeInput, expectedVersion: number) =>
    run(async () => {
      const { data } = await resolveClient().mutate({
        mutation: UPDATE_EXCHANGE_MUTATION,
        variables: { id, input, expectedVersion },
        refetchQueries: ["Exchanges"],
      });
      return data?.updateExchange ?? null;
    });

  return { saving, create, update };
}
