import { ref } from "vue";
import { useApolloClient } from "@vue/apollo-composable";
import type { ApplicationDetailFragment, ApplicationStatus, BudgetShareInput } from "../gql/graphql";
import { APPLICATION_QUERY, TRANSITION_APPLICATION_MUTATION } from "../graphql/applications";
import { actionProblem, type ActionProblem } from "../utils/problem";

export interface TransitionRequest {
  id: string;
  to: ApplicationStatus;
  expectedVersion: number;
  comment: string | null;
  approvedAmount: number | null;
  participantsReached: number | null;
  /** When approving: the split of the approved amount the office confirmed. */
  approvedBudgetShares?: BudgetShareInput[] | null;
}

export type TransitionOutcome =
  { ok: true; application: ApplicationDetailFragment } | { ok: false; problem: ActionProblem };

/** Moves an application (office) with the version it was shown with; after a CONFLICT, `reload` fetches the current state for the next try. */
export function useApplicationTransition() {
  const { resolveClient } = useApolloClient();
  const moving = ref(false);

  /** Asks the server for the application again; the normalised cache updates every card and page showing it. */
  async function reload(id: string): Promise<ApplicationDetailFragment | null> {
    try {
      const { data } = await resolveClient().query({
        query: APPLICATION_QUERY,
        variables: { id },
        fetchPolicy: "network-only",
      });
      return data.application ?? null;
    } catch {
      // The conflict message stays; the next attempt shows any lasting problem.
      return null;
    }
  }

  async function move(request: TransitionRequest): Promise<TransitionOutcome> {
    moving.value = true;
    try {
      const { data } = await resolveClient().mutate({
        mutation: TRANSITION_APPLICATION_MUTATION,
        variables: { ...request },
        refetchQueries: ["Applications", "NetworkStatistics"],
      });
      const application = data?.transitionApplication;
      return application
        ? { ok: true, application }
        : { ok: false, problem: { kind: "error", detail: "", fields: [] } };
    } catch (failure) {
      const problem = actionProblem(failure);
      return { ok: false, problem };
    } finally {
      moving.value = false;
    }
  }

  return { moving, move, reload };
}
