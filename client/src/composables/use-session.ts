import { computed } from "vue";
import { useApolloClient, useQuery } from "@vue/apollo-composable";
import type { ApolloClient, NormalizedCacheObject } from "@apollo/client/core";
import { LOGIN_MUTATION, LOGOUT_MUTATION, ME_QUERY } from "../graphql/account";
import type { UserRole, ViewerFragment } from "../gql/graphql";

export type Viewer = ViewerFragment;

type Client = ApolloClient<NormalizedCacheObject>;

/** The signed-in user for code outside components (the route guard); cached like `useSession`. */
export async function loadViewer(client: Client): Promise<Viewer | null> {
  try {
    const { data } = await client.query({ query: ME_QUERY });
    return data?.me ?? null;
  } catch {
    return null;
  }
}

/**
 * Drops every cached answer and asks the active queries again. After signing in they gain what
 * members see; after signing out nothing private (contact persons, edit rights) stays behind.
 */
export async function resetAfterSessionChange(client: Client): Promise<void> {
  try {
    await client.resetStore();
  } catch {
    // A query that was in flight during the reset rejects; it is asked again anyway.
  }
}

export async function signInWith(client: Client, email: string, password: string): Promise<Viewer> {
  const { data } = await client.mutate({ mutation: LOGIN_MUTATION, variables: { email: email.trim(), password } });
  if (!data) throw new Error("login returned no data");
  await resetAfterSessionChange(client);
  return data.login;
}

export async function signOutWith(client: Client): Promise<void> {
  try {
    await client.mutate({ mutation: LOGOUT_MUTATION });
  } finally {
    // Even if the server could not be reached, nothing of the session stays in this tab.
    await resetAfterSessionChange(client);
  }
}

/** The session over `me`: who is signed in, with what role, and signing in and out. */
export function useSession() {
  const { resolveClient } = useApolloClient();
  const { result, loading, refetch } = useQuery(ME_QUERY, null, { fetchPolicy: "cache-first" });
  const viewer = computed<Viewer | null>(() => result.value?.me ?? null);
  const role = computed<UserRole | null>(() => viewer.value?.role ?? null);
  return {
    viewer,
    role,
    signedIn: computed(() => viewer.value !== null),
    isCoordinator: computed(() => role.value === "COORDINATOR"),
    /** True until the first answer about the session arrived. */
    pending: computed(() => result.value === undefined && loading.value),
    hasRole: (...roles: UserRole[]) => role.value !== null && roles.includes(role.value),
    signIn: (email: string, password: string) => signInWith(resolveClient(), email, password),
    signOut: () => signOutWith(resolveClient()),
    refresh: () => refetch(),
  };
}
