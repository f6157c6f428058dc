import { computed, ref } from "vue";
import { useApolloClient, useQuery } from "@vue/apollo-composable";
import { CALENDAR_LINK_QUERY, REGENERATE_CALENDAR_URL_MUTATION } from "../graphql/applications";

/** The viewer's private deadline feed as an absolute URL, and replacing it when it was shared by mistake. */
export function useCalendarLink() {
  const { resolveClient } = useApolloClient();
  const { result, loading, error, refetch } = useQuery(CALENDAR_LINK_QUERY, null, { fetchPolicy: "network-only" });
  const regenerating = ref(false);
  const path = computed(() => result.value?.me?.calendarUrl ?? null);
  const url = computed(() => (path.value ? new URL(path.value, window.location.origin).href : null));

  /** True when a new link replaced the old one. */
  async function regenerate(): Promise<boolean> {
    regenerating.value = true;
    try {
      const { data } = await resolveClient().mutate({ mutation: REGENERATE_CALENDAR_URL_MUTATION });
      if (!data?.regenerateCalendarUrl) return false;
      await refetch();
      return true;
    } catch {
      return false;
    } finally {
      regenerating.value = false;
    }
  }

  return { url, loading, error, regenerating, regenerate };
}
