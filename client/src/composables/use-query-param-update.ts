import { useRoute, useRouter, type LocationQuery } from "vue-router";

/**
 * Sets or clears one URL query parameter of the current page (filters kept in the URL).
 *
 * Why not `{ ...route.query }` each time: a navigation finishes only after the guards (on members'
 * pages a session check, a server round trip), so a second change made before that would start
 * from the old query and drop the first one — two quick choices ("from 2027", "to 2027") ended as
 * "to 2027" alone. Changes made meanwhile build on the query still on its way.
 */
export function useQueryParamUpdate(mode: "push" | "replace" = "push") {
  const route = useRoute();
  const router = useRouter();
  let pending: LocationQuery | null = null;

  async function setQueryParam(key: string, value: string | null | undefined): Promise<void> {
    const query: LocationQuery = { ...(pending ?? route.query) };
    if (value) query[key] = value;
    else delete query[key];
    pending = query;
    try {
      await (mode === "push" ? router.push({ query }) : router.replace({ query }));
    } finally {
      if (pending === query) pending = null;
    }
  }

  return { setQueryParam };
}
