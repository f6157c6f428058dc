import { computed, toValue, type MaybeRefOrGetter } from "vue";
import { useQuery } from "@vue/apollo-composable";
import type { ScoringWeightsInput } from "../gql/graphql";
import { TANDEM_SUGGESTIONS_QUERY } from "../graphql/matching";
import { SUGGESTION_LIMITS } from "@album/shared";

export const SUGGESTIONS_PAGE_SIZE: number = SUGGESTION_LIMITS.pageSize;
/** The server's limit for `first`. */
export const MAX_SUGGESTIONS: number = SUGGESTION_LIMITS.max;

/**
 * Scored tandem suggestions for a call. Partners get pairs with their own organisation (the server's
 * default); the office all pairs. Reasons come in the UI language (Accept-Language).
 */
export function useSuggestions(options: {
  callId: MaybeRefOrGetter<string>;
  first: MaybeRefOrGetter<number>;
  weights: MaybeRefOrGetter<ScoringWeightsInput | null>;
  enabled: MaybeRefOrGetter<boolean>;
}) {
  const { result, loading, error, refetch } = useQuery(
    TANDEM_SUGGESTIONS_QUERY,
    () => ({ callId: toValue(options.callId), first: toValue(options.first), weights: toValue(options.weights) }),
    () => ({ enabled: toValue(options.enabled), keepPreviousResult: true }),
  );
  return {
    suggestions: computed(() => result.value?.tandemSuggestions ?? []),
    loaded: computed(() => result.value !== undefined),
    loading,
    error,
    refetch,
  };
}
