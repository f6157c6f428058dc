import { ref } from "vue";
import { useApolloClient } from "@vue/apollo-composable";
import type { MilestoneInput } from "../gql/graphql";
import {
  ADD_MILESTONE_MUTATION,
  COMPLETE_MILESTONE_MUTATION,
  REMOVE_MILESTONE_MUTATION,
  UPDATE_MILESTONE_MUTATION,
} from "../graphql/applications";
import { actionProblem, type ActionProblem } from "../utils/problem";

/** Adding, completing, changing and removing an application's milestones (office); the page is asked again afterwards. */
export function useApplicationMilestones(applicationId: () => string) {
  const { resolveClient } = useApolloClient();
  const busy = ref<string | null>(null);
  const refetchQueries = ["Application", "Applications"];

  async function run(key: string, action: () => Promise<unknown>): Promise<ActionProblem | null> {
    busy.value = key;
    try {
      await action();
      return null;
    } catch (failure) {
      return actionProblem(failure);
    } finally {
      busy.value = null;
    }
  }

  const add = (input: MilestoneInput) =>
    run("add", () =>
      resolveClient().mutate({
        mutation: ADD_MILESTONE_MUTATION,
        variables: { applicationId: applicationId(), input },
        refetchQueries,
      }),
    );

  const complete = (id: string, done: boolean) =>
    run(`complete:${id}`, () =>
      resolveClient().mutate({ mutation: COMPLETE_MILESTONE_MUTATION, variables: { id, done }, refetchQueries }),
    );

  const remove = (id: string) =>
    run(`remove:${id}`, () =>
      resolveClient().mutate({ mutation: REMOVE_MILESTONE_MUTATION, variables: { id }, refetchQueries }),
    );

  /** Changes kind, title and date in one step; whether the milestone is done stays as it was. */
  const update = (id: string, input: MilestoneInput) =>
    run(`edit:${id}`, () =>
      resolveClient().mutate({ mutation: UPDATE_MILESTONE_MUTATION, variables: { id, input }, refetchQueries }),
    );

  return { busy, add, complete, remove, update };
}
