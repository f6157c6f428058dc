import { computed, ref, toValue, type MaybeRefOrGetter } from "vue";
import { useApolloClient, useQuery } from "@vue/apollo-composable";
import type { SavedPlanFieldsFragment, SaveTandemPlanInput, TandemPairInput } from "../gql/graphql";
import {
  DELETE_SAVED_PLAN_MUTATION,
  PROPOSE_TANDEMS_MUTATION,
  SAVED_PLANS_QUERY,
  SAVE_TANDEM_PLAN_MUTATION,
} from "../graphql/brokering";
import { apiProblems } from "../utils/graphql-errors";
import { actionProblem, type ActionProblem } from "../utils/problem";

export type SavedPlan = SavedPlanFieldsFragment;

/** A failed proposal action: the problem, and which pair (0-based) the server named, if it did. */
export type ProposalProblem = ActionProblem & { pairIndex: number | null };

function pairIndexOf(error: unknown): number | null {
  for (const problem of apiProblems(error)) {
    if (typeof problem.extensions.pairIndex === "number") return problem.extensions.pairIndex;
    const fields = Array.isArray(problem.extensions.fields) ? (problem.extensions.fields as { field?: unknown }[]) : [];
    for (const field of fields) {
      const match = typeof field.field === "string" ? /^pairs\.(\d+)/.exec(field.field) : null;
      if (match) return Number(match[1]);
    }
  }
  return null;
}

/** The office's saved plans of a call, always asked fresh (their "stale" flag depends on today's data). */
export function useSavedPlans(callId: MaybeRefOrGetter<string>) {
  const { result, loading, refetch } = useQuery(
    SAVED_PLANS_QUERY,
    () => ({ callId: toValue(callId) }),
    () => ({ fetchPolicy: "cache-and-network" as const }),
  );
  return {
    plans: computed<SavedPlan[]>(() => result.value?.savedTandemPlans ?? []),
    loaded: computed(() => result.value !== undefined),
    loading,
    refetch,
  };
}

/** Saving and deleting plans, and proposing tandems; each refreshes plans, requests and the bell. */
export function useBrokeringActions() {
  const { resolveClient } = useApolloClient();
  const busy = ref<string | null>(null);
  const refetchQueries = ["SavedTandemPlans", "TandemRequests", "UnreadNotificationCount"];

  async function save(
    input: SaveTandemPlanInput,
  ): Promise<{ ok: true; plan: SavedPlan } | { ok: false; problem: ActionProblem }> {
    busy.value = "save";
    try {
      const { data } = await resolveClient().mutate({
        mutation: SAVE_TANDEM_PLAN_MUTATION,
        variables: { input },
        refetchQueries,
      });
      if (!data) return { ok: false, problem: { kind: "error", detail: "", fields: [] } };
      return { ok: true, plan: data.saveTandemPlan };
    } catch (failure) {
      return { ok: false, problem: actionProblem(failure) };
    } finally {
      busy.value = null;
    }
  }

  async function remove(id: string): Promise<boolean> {
    busy.value = `delete:${id}`;
    try {
      await resolveClient().mutate({ mutation: DELETE_SAVED_PLAN_MUTATION, variables: { id }, refetchQueries });
      return true;
    } catch {
      return false;
    } finally {
      busy.value = null;
    }
  }

  async function propose(input: {
    callId: string;
    pairs: TandemPairInput[];
    note: string | null;
    savedPlanId: string | null;
    locale: string;
  }): Promise<{ ok: true; count: number } | { ok: false; problem: ProposalProblem }> {
    busy.value = "propose";
    try {
      const { data } = await resolveClient().mutate({
        mutation: PROPOSE_TANDEMS_MUTATION,
        variables: { input },
        refetchQueries,
      });
      return { ok: true, count: data?.proposeTandems.length ?? 0 };
    } catch (failure) {
      // A refused batch sent nothing, but the lists may be out of date (that is often why): refresh them.
      void resolveClient().refetchQueries({ include: refetchQueries });
      return { ok: false, problem: { ...actionProblem(failure), pairIndex: pairIndexOf(failure) } };
    } finally {
      busy.value = null;
    }
  }

  return { busy, save, remove, propose };
}
