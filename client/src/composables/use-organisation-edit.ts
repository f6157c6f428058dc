import { computed, ref, toValue, type MaybeRefOrGetter } from "vue";
import { useApolloClient, useQuery } from "@vue/apollo-composable";
import type { OrganisationEditableFragment, UpdateOrganisationInput } from "../gql/graphql";
import { ORGANISATION_EDIT_QUERY, UPDATE_ORGANISATION_MUTATION } from "../graphql/organisation";
import { classifySaveError, type SaveProblem } from "../utils/save-error";

export type SaveOutcome =
  { ok: true; organisation: OrganisationEditableFragment } | { ok: false; problem: SaveProblem };

/** Loads an organisation for editing (always from the server, so the version is current) and saves changes. */
export function useOrganisationEdit(slug: MaybeRefOrGetter<string>) {
  const { resolveClient } = useApolloClient();
  const { result, loading, error, refetch } = useQuery(ORGANISATION_EDIT_QUERY, () => ({ slug: toValue(slug) }), {
    fetchPolicy: "network-only",
  });
  const organisation = computed(() => result.value?.organisation ?? null);
  const notFound = computed(
    () => !loading.value && !error.value && result.value !== undefined && result.value.organisation === null,
  );
  const saving = ref(false);

  async function save(id: string, input: UpdateOrganisationInput, expectedVersion: number): Promise<SaveOutcome> {
    saving.value = true;
    try {
      const { data } = await resolveClient().mutate({
        mutation: UPDATE_ORGANISATION_MUTATION,
        variables: { id, input, expectedVersion },
      });
      return data ? { ok: true, organisation: data.updateOrganisation } : { ok: false, problem: { kind: "error" } };
    } catch (failure) {
      return { ok: false, problem: classifySaveError(failure) };
    } finally {
      saving.value = false;
    }
  }

  /** Asks the server again (after a conflict); the answer replaces the cached organisation. */
  async function reload() {
    const answer = await refetch();
    return answer?.data?.organisation ?? null;
  }

  return { organisation, notFound, loading, error, saving, save, reload };
}
