import { computed, toValue, type MaybeRefOrGetter } from "vue";
import type { TandemRequestStatus } from "../gql/graphql";
import { useTandemRequests } from "./use-tandem-requests";

/** Which states block a new request for a pair, strongest first. */
const BLOCKING: readonly TandemRequestStatus[] = ["ACCEPTED", "PENDING", "DECLINED"];

/**
 * For a partner on a call page: where it stands with each counterpart (a tandem, a pending request,
 * a refusal), so a row shows that state instead of "Send request".
 */
export function usePartnerRequests(callId: MaybeRefOrGetter<string>, organisationId: MaybeRefOrGetter<string | null>) {
  const { requests, refetch } = useTandemRequests(
    () => {
      const own = toValue(organisationId);
      return own ? { callId: toValue(callId), organisationId: own } : null;
    },
    () => toValue(organisationId) !== null,
  );
  const stateByCounterpart = computed(() => {
    const own = toValue(organisationId);
    const states = new Map<string, TandemRequestStatus>();
    for (const request of requests.value) {
      const counterpart = request.from.id === own ? request.to.id : request.from.id;
      const current = states.get(counterpart);
      const rank = BLOCKING.indexOf(request.status);
      if (rank >= 0 && (current === undefined || rank < BLOCKING.indexOf(current)))
        states.set(counterpart, request.status);
    }
    return states;
  });
  return {
    stateFor: (counterpartId: string) => stateByCounterpart.value.get(counterpartId) ?? null,
    refresh: () => refetch()?.catch(() => undefined),
  };
}
