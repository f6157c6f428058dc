import { ref } from "vue";
import { useApolloClient } from "@vue/apollo-composable";
import type { ScoringWeightsInput, TandemPairInput, TandemPlanQuery } from "../gql/graphql";
import { TANDEM_PLAN_QUERY } from "../graphql/matching";
import { actionProblem, type ActionProblem } from "../utils/problem";

export type TandemPlanResult = TandemPlanQuery["tandemPlan"];

export interface PlanRequest {
  callId: string;
  tandems: number;
  maxTandemsPerOrganisation: number;
  fixedPairs: TandemPairInput[];
  excludedOrganisationIds: string[];
  weights: ScoringWeightsInput | null;
  locale: string;
}

/** Computes a tandem plan on demand (coordinator); an infeasible request keeps the server's message. */
export function useTandemPlan() {
  const { resolveClient } = useApolloClient();
  const plan = ref<TandemPlanResult | null>(null);
  const problem = ref<ActionProblem | null>(null);
  const computing = ref(false);

  async function compute(request: PlanRequest): Promise<boolean> {
    computing.value = true;
    problem.value = null;
    try {
      // Each plan is computed fresh: it depends on pins and exclusions the cache knows nothing of.
      const { data } = await resolveClient().query({
        query: TANDEM_PLAN_QUERY,
        variables: request,
        fetchPolicy: "no-cache",
        errorPolicy: "none",
      });
      plan.value = data.tandemPlan;
      return true;
    } catch (failure) {
      plan.value = null;
      problem.value = actionProblem(failure);
      return false;
    } finally {
      computing.value = false;
    }
  }

  return { plan, problem, computing, compute };
}
