import { computed, ref, toValue, type MaybeRefOrGetter } from "vue";
import { useApolloClient, useQuery } from "@vue/apollo-composable";
import type { SendTandemRequestInput, TandemRequestFieldsFragment, TandemRequestFilter } from "../gql/graphql";
import {
  RESPOND_TO_TANDEM_REQUEST_MUTATION,
  SEND_TANDEM_REQUEST_MUTATION,
  TANDEM_REQUESTS_QUERY,
  WITHDRAW_TANDEM_REQUEST_MUTATION,
} from "../graphql/tandem-requests";
import { actionProblem, type ActionProblem } from "../utils/problem";

export type TandemRequestItem = TandemRequestFieldsFragment;
export type ActionOutcome = { ok: true; request: TandemRequestItem } | { ok: false; problem: ActionProblem };

/** Tandem requests (the office: all; a partner: its own organisation's), always asked fresh. */
export function useTandemRequests(
  filter: MaybeRefOrGetter<TandemRequestFilter | null>,
  enabled: MaybeRefOrGetter<boolean> = true,
) {
  const { result, loading, error, refetch } = useQuery(
    TANDEM_REQUESTS_QUERY,
    () => ({ filter: toValue(filter) }),
    () => ({ enabled: toValue(enabled), fetchPolicy: "cache-and-network" as const }),
  );
  return {
    requests: computed(() => result.value?.tandemRequests ?? []),
    loaded: computed(() => result.value !== undefined),
    loading,
    error,
    refetch,
  };
}

/** Sending, answering and withdrawing requests; every change refreshes the lists on screen. */
export function useTandemRequestActions() {
  const { resolveClient } = useApolloClient();
  const busy = ref<string | null>(null);

  async function run(key: string, action: () => Promise<TandemRequestItem | null | undefined>): Promise<ActionOutcome> {
    busy.value = key;
    try {
      const request = await action();
      return request ? { ok: true, request } : { ok: false, problem: { kind: "error", detail: "", fields: [] } };
    } catch (failure) {
      return { ok: false, problem: actionProblem(failure) };
    } finally {
      busy.value = null;
    }
  }

  const refetchQueries = ["TandemRequests", "UnreadNotificationCount"];

  const send = (input: SendTandemRequestInput) =>
    run(`send:${input.toOrganisationId}`, async () => {
      const { data } = await resolveClient().mutate({
        mutation: SEND_TANDEM_REQUEST_MUTATION,
        variables: { input },
        refetchQueries,
      });
      return data?.sendTandemRequest;
    });

  const respond = (id: string, accept: boolean, message: string | null) =>
    run(`respond:${id}`, async () => {
      const { data } = await resolveClient().mutate({
        mutation: RESPOND_TO_TANDEM_REQUEST_MUTATION,
        variables: { id, accept, message },
        refetchQueries,
      });
      return data?.respondToTandemRequest;
    });

  const withdraw = (id: string) =>
    run(`withdraw:${id}`, async () => {
      const { data } = await resolveClient().mutate({
        mutation: WITHDRAW_TANDEM_REQUEST_MUTATION,
        variables: { id },
        refetchQueries,
      });
      return data?.withdrawTandemRequest;
    });

  return { busy, send, respond, withdraw };
}
