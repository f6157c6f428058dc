import { computed, toValue, type MaybeRefOrGetter } from "vue";
import { useQuery } from "@vue/apollo-composable";
import { ORGANISATION_PROFILE_QUERY } from "../graphql/organisation";

/** The full profile of one organisation; `notFound` once the server answered null. */
export function useOrganisation(slug: MaybeRefOrGetter<string>) {
  const { result, loading, error, refetch } = useQuery(ORGANISATION_PROFILE_QUERY, () => ({ slug: toValue(slug) }));
  const organisation = computed(() => result.value?.organisation ?? null);
  const notFound = computed(
    () => !loading.value && !error.value && result.value !== undefined && result.value.organisation === null,
  );
  return { organisation, notFound, loading, error, refetch };
}
