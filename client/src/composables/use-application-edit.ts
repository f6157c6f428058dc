import { ref } from "vue";
import { useApolloClient } from "@vue/apollo-composable";
import type { ApplicationDetailFragment, CreateApplicationInput, UpdateApplicationInput } from "../gql/graphql";
import {
  ADD_MILESTONE_MUTATION,
  CREATE_APPLICATION_MUTATION,
  UPDATE_APPLICATION_MUTATION,
} from "../graphql/applications";
import { actionProblem, type ActionProblem } from "../utils/problem";

export type ApplicationSaveOutcome =
  | { ok: true; application: ApplicationDetailFragment; milestoneFailed?: boolean }
  | { ok: false; problem: ActionProblem };

/** Creating an application (office) and saving changes with the version it was loaded with. */
export function useApplicationEdit() {
  const { resolveClient } = useApolloClient();
  const saving = ref(false);

  async function run(action: () => Promise<ApplicationSaveOutcome>): Promise<ApplicationSaveOutcome> {
    saving.value = true;
    try {
      return await action();
    } catch (failure) {
      return { ok: false, problem: actionProblem(failure) };
    } finally {
      saving.value = false;
    }
  }

  const missing = (): ApplicationSaveOutcome => ({ ok: false, problem: { kind: "error", detail: "", fields: [] } });

  /** Creates the draft; an internal deadline becomes its first own milestone (the submission one comes from the call). */
  const create = (input: CreateApplicationInput, internalDeadline: string | null) =>
    run(async () => {
      const { data } = await resolveClient().mutate({
        mutation: CREATE_APPLICATION_MUTATION,
        variables: { input },
        refetchQueries: ["Applications", "TandemRequests"],
      });
      const application = data?.createApplication;
      if (!application) return missing();
      if (!internalDeadline) return { ok: true, application };
      try {
        await resolveClient().mutate({
          mutation: ADD_MILESTONE_MUTATION,
          variables: {
            applicationId: application.id,
            input: { kind: "INTERNAL_DEADLINE", title: "Interne Frist", dueAt: internalDeadline },
          },
        });
        return { ok: true, application };
      } catch {
        // The application exists; its page lets the office add the deadline again.
        return { ok: true, application, milestoneFailed: true };
      }
    });

  const update = (id: string, input: UpdateApplicationInput, expectedVersion: number) =>
    run(async () => {
      const { data } = await resolveClient().mutate({
        mutation: UPDATE_APPLICATION_MUTATION,
        variables: { id, input, expectedVersion },
        refetchQueries: ["Applications"],
      });
      const application = data?.updateApplication;
      return application ? { ok: true, application } : missing();
    });

  return { saving, create, update };
}
