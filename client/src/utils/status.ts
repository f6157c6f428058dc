import type { CallStatus, TandemRequestStatus } from "../gql/graphql";

export type BadgeTone = "success" | "warning" | "neutral" | "danger" | "info";

export const CALL_STATUSES: readonly CallStatus[] = ["OPEN", "CLOSED", "DRAFT"];

export const CALL_STATUS_TONES: Readonly<Record<CallStatus, BadgeTone>> = {
  OPEN: "success",
  CLOSED: "neutral",
  DRAFT: "warning",
};

export const REQUEST_STATUS_TONES: Readonly<Record<TandemRequestStatus, BadgeTone>> = {
  PENDING: "warning",
  ACCEPTED: "success",
  DECLINED: "danger",
  WITHDRAWN: "neutral",
  EXPIRED: "neutral",
  CLOSED: "neutral",
};

export function isCallStatus(value: unknown): value is CallStatus {
  return typeof value === "string" && (CALL_STATUSES as readonly string[]).includes(value);
}

/** Pending requests first, then the newest. */
export function byPendingThenNewest<T extends { status: TandemRequestStatus; createdAt: string }>(a: T, b: T): number {
  const pending = Number(b.status === "PENDING") - Number(a.status === "PENDING");
  return pending !== 0 ? pending : b.createdAt.localeCompare(a.createdAt);
}
