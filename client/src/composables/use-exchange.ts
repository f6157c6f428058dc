import { computed, ref, toValue, type MaybeRefOrGetter } from "vue";
import { useApolloClient, useQuery } from "@vue/apollo-composable";
import type { ExchangeStandingFragment } from "../gql/graphql";
import {
  CANCEL_EXCHANGE_MUTATION,
  EXCHANGE_QUERY,
  JOIN_EXCHANGE_MUTATION,
  LEAVE_EXCHANGE_MUTATION,
} from "../graphql/exchanges";
import { actionProblem, type ActionProblem } from "../utils/problem";

export type JoinOutcome = { ok: true; standing: ExchangeStandingFragment } | { ok: false; problem: ActionProblem };

/** Lists that show seats or participations; asked again after joining, leaving or cancelling. */
const AFFECTED_QUERIES = ["Exchange", "Exchanges", "MyExchanges"];

/**
 * One exchange with where an organisation stands (default: the viewer's own; the office passes the
 * one it acts for); joining, leaving and cancelling. `notFound` once the server answered null.
 */
export function useExchange(
  id: MaybeRefOrGetter<string>,
  organisationId: MaybeRefOrGetter<string | null> = null,
  enabled: MaybeRefOrGetter<boolean> = true,
) {
  const { resolveClient } = useApolloClient();
  const { result, loading, error, refetch } = useQuery(
    EXCHANGE_QUERY,
    () => ({ id: toValue(id), organisationId: toValue(organisationId) }),
    () => ({ enabled: toValue(enabled) }),
  );
  const exchange = computed(() => result.value?.exchange ?? null);
  const notFound = computed(
    () => !loading.value && !error.value && result.value !== undefined && result.value.exchange === null,
  );
  const busy = ref(false);

  async function run<T>(
    action: () => Promise<T>,
  ): Promise<{ ok: true; value: T } | { ok: false; problem: ActionProblem }> {
    busy.value = true;
    try {
      return { ok: true, value: await action() };
    } catch (failure) {
      return { ok: false, problem: actionProblem(failure) };
    } finally {
      busy.value = false;
    }
  }

  async function join(organisation: string, personName: string): Promise<JoinOutcome> {
    const outcome = await run(async () => {
      const { data } = await resolveClient().mutate({
        mutation: JOIN_EXCHANGE_MUTATION,
        variables: { exchangeId: toValue(id), organisationId: organisation, personName: personName.trim() || null },
        refetchQueries: AFFECTED_QUERIES,
        awaitRefetchQueries: true,
      });
      if (!data) throw new Error("joinExchange returned no data");
      return data.joinExchange;
    });
    return outcome.ok ? { ok: true, standing: outcome.value } : outcome;
  }

  /** Gives up the seat or waitlist place; null when it worked. */
  async function leave(organisation: string): Promise<ActionProblem | null> {
    const outcome = await run(() =>
      resolveClient().mutate({
        mutation: LEAVE_EXCHANGE_MUTATION,
        variables: { exchangeId: toValue(id), organisationId: organisation },
        refetchQueries: AFFECTED_QUERIES,
        awaitRefetchQueries: true,
      }),
    );
    return outcome.ok ? null : outcome.problem;
  }

  /** Calls the exchange off (office); null when it worked. */
  async function cancel(): Promise<ActionProblem | null> {
    const outcome = await run(() =>
      resolveClient().mutate({
        mutation: CANCEL_EXCHANGE_MUTATION,
        variables: { id: toValue(id) },
        refetchQueries: AFFECTED_QUERIES,
        awaitRefetchQueries: true,
      }),
    );
    return outcome.ok ? null : outcome.problem;
  }

  return { exchange, notFound, loading, error, refetch, busy, join, leave, cancel };
}
