import { computed, toValue, type MaybeRefOrGetter } from "vue";
import { useQuery } from "@vue/apollo-composable";
import { AUDIT_LOG_QUERY } from "../graphql/audit";
import type { AuditEntityType } from "../gql/graphql";
import { useConnectionPaging } from "./use-connection-paging";

export const AUDIT_PAGE_SIZE = 20;

/** What the log is narrowed to; every part optional. Dates are days (YYYY-MM-DD), both inclusive. */
export interface AuditLogFilter {
  entityId: string | null;
  entityType: AuditEntityType | null;
  organisationId: string | null;
  actorUserId: string | null;
  from: string | null;
  to: string | null;
}

/** A day's start and end in the viewer's time zone, as the API's instants. */
const dayStart = (day: string | null) => (day ? new Date(`${day}T00:00:00`).toISOString() : null);
const dayEnd = (day: string | null) => (day ? new Date(`${day}T23:59:59.999`).toISOString() : null);

/** The audit log, newest first, one page after the other; narrowed by the filter. */
export function useAuditLog(filter: MaybeRefOrGetter<AuditLogFilter>) {
  const variables = () => {
    const f = toValue(filter);
    return {
      entityId: f.entityId,
      entityType: f.entityType,
      organisationId: f.organisationId,
      actorUserId: f.actorUserId,
      from: dayStart(f.from),
      to: dayEnd(f.to),
      first: AUDIT_PAGE_SIZE,
    };
  };
  // Always from the server: the office wants to see the change just made.
  const { result, loading, error, fetchMore, refetch } = useQuery(AUDIT_LOG_QUERY, variables, {
    fetchPolicy: "network-only",
  });
  const paging = useConnectionPaging(
    computed(() => result.value?.auditLog),
    variables,
    (options) => fetchMore(options),
  );
  return {
    entries: paging.nodes,
    totalCount: paging.totalCount,
    hasNextPage: paging.hasNextPage,
    loading,
    loadingMore: paging.loadingMore,
    error,
    loadMore: paging.loadMore,
    refetch,
  };
}
