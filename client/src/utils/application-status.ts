import type { ApplicationStatus } from "../gql/graphql";
import type { BadgeTone } from "./status";

/** The board's columns, in the order an application travels (the end states last). */
export const APPLICATION_STATUSES: readonly ApplicationStatus[] = [
  "DRAFT",
  "IN_PREPARATION",
  "SUBMITTED",
  "REVISION_REQUESTED",
  "APPROVED",
  "RUNNING",
  "COMPLETED",
  "REJECTED",
  "WITHDRAWN",
];

export const APPLICATION_STATUS_TONES: Readonly<Record<ApplicationStatus, BadgeTone>> = {
  DRAFT: "neutral",
  IN_PREPARATION: "info",
  SUBMITTED: "info",
  REVISION_REQUESTED: "warning",
  APPROVED: "success",
  RUNNING: "success",
  COMPLETED: "neutral",
  REJECTED: "danger",
  WITHDRAWN: "neutral",
};

/** While these hold, tandems and the requested amount may still change (the server's rule). */
export const BUDGET_EDITABLE_STATUSES: readonly ApplicationStatus[] = ["DRAFT", "IN_PREPARATION", "REVISION_REQUESTED"];

export function isApplicationStatus(value: unknown): value is ApplicationStatus {
  return typeof value === "string" && (APPLICATION_STATUSES as readonly string[]).includes(value);
}

/** The figure a move records: the approved amount when approving, the people reached when completing. */
export function transitionFigure(to: ApplicationStatus): "approvedAmount" | "participantsReached" | null {
  if (to === "APPROVED") return "approvedAmount";
  if (to === "COMPLETED") return "participantsReached";
  return null;
}

/** Groups applications into the board's columns, keeping their order within a column. */
export function byStatus<T extends { status: ApplicationStatus }>(
  applications: readonly T[],
): Record<ApplicationStatus, T[]> {
  const columns = Object.fromEntries(APPLICATION_STATUSES.map((status) => [status, [] as T[]])) as Record<
    ApplicationStatus,
    T[]
  >;
  for (const application of applications) columns[application.status].push(application);
  return columns;
}
