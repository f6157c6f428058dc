import { computed, toValue, type MaybeRefOrGetter } from "vue";
import { useApolloClient, useQuery } from "@vue/apollo-composable";
import {
  MARK_NOTIFICATIONS_READ_MUTATION,
  NOTIFICATIONS_QUERY,
  UNREAD_NOTIFICATION_COUNT_QUERY,
} from "../graphql/notifications";

export const NOTIFICATION_POLL_MS = 60_000;
export const NOTIFICATIONS_SHOWN = 10;

/** The signed-in user's unread count (polled every minute) and, while the list is open, the newest notifications. */
export function useNotifications(options: {
  signedIn: MaybeRefOrGetter<boolean>;
  listOpen: MaybeRefOrGetter<boolean>;
}) {
  const { resolveClient } = useApolloClient();
  const unread = useQuery(UNREAD_NOTIFICATION_COUNT_QUERY, null, () => ({
    enabled: toValue(options.signedIn),
    pollInterval: NOTIFICATION_POLL_MS,
    fetchPolicy: "network-only" as const,
  }));
  const list = useQuery(NOTIFICATIONS_QUERY, { first: NOTIFICATIONS_SHOWN }, () => ({
    enabled: toValue(options.signedIn) && toValue(options.listOpen),
    fetchPolicy: "network-only" as const,
  }));

  async function refreshCount(): Promise<void> {
    if (!toValue(options.signedIn)) return;
    await unread.refetch()?.catch(() => undefined);
  }

  async function refreshList(): Promise<void> {
    await list.refetch()?.catch(() => undefined);
  }

  /** Marks the given notifications (all when none are given) as read, then asks again. */
  async function markRead(ids?: string[]): Promise<boolean> {
    try {
      await resolveClient().mutate({ mutation: MARK_NOTIFICATIONS_READ_MUTATION, variables: { ids: ids ?? null } });
      await Promise.all([refreshCount(), toValue(options.listOpen) ? refreshList() : Promise.resolve()]);
      return true;
    } catch {
      return false;
    }
  }

  return {
    unreadCount: computed(() => unread.result.value?.unreadNotificationCount ?? 0),
    notifications: computed(() => list.result.value?.notifications ?? []),
    listLoading: list.loading,
    listLoaded: computed(() => list.result.value !== undefined),
    refreshCount,
    refreshList,
    markRead,
  };
}
