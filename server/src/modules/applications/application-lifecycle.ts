import { ApplicationStatus } from "./application-status.enums";
import { DomainError, ErrorCode } from "../../graphql/errors";

const S = ApplicationStatus;

/**
 * The state machine of DESIGN §3: preparation, the funder's decision with its rework loop, the
 * project's run; withdrawal is possible until the funder has approved.
 */
export const TRANSITIONS: Readonly<Record<ApplicationStatus, readonly ApplicationStatus[]>> = {
  [S.DRAFT]: [S.IN_PREPARATION, S.WITHDRAWN],
  [S.IN_PREPARATION]: [S.SUBMITTED, S.WITHDRAWN],
  [S.SUBMITTED]: [S.APPROVED, S.REJECTED, S.REVISION_REQUESTED, S.WITHDRAWN],
  [S.REVISION_REQUESTED]: [S.SUBMITTED, S.WITHDRAWN],
  [S.APPROVED]: [S.RUNNING],
  [S.RUNNING]: [S.COMPLETED],
  [S.REJECTED]: [],
  [S.COMPLETED]: [],
  [S.WITHDRAWN]: [],
};

/** States in which tandems, budget, call and lead may still change: the funder has not got the figures, or asked for rework. */
export const EDITABLE_STATUSES: readonly ApplicationStatus[] = [S.DRAFT, S.IN_PREPARATION, S.REVISION_REQUESTED];

/** States whose amounts count as acquired funding. */
export const FUNDED_STATUSES: readonly ApplicationStatus[] = [S.APPROVED, S.RUNNING, S.COMPLETED];

/** States in which nothing happens any more: no reminders, no deadlines in the calendar. */
export const CLOSED_STATUSES: readonly ApplicationStatus[] = [S.REJECTED, S.COMPLETED, S.WITHDRAWN];

export function allowedTransitions(from: ApplicationStatus): readonly ApplicationStatus[] {
  return TRANSITIONS[from];
}

/** A move the state machine does not allow; names the allowed ones so that a client can offer them. */
export class ForbiddenTransitionError extends DomainError {
  constructor(from: ApplicationStatus, to: ApplicationStatus) {
    const allowed = [...TRANSITIONS[from]];
    const list = allowed.length > 0 ? allowed.join(", ") : "none (final state)";
    super(ErrorCode.BAD_USER_INPUT, `An application cannot move from ${from} to ${to}; allowed: ${list}`, {
      fields: [{ field: "to", message: `allowed from ${from}: ${list}` }],
      from,
      allowed,
    });
  }
}

export function assertTransition(from: ApplicationStatus, to: ApplicationStatus): void {
  if (!TRANSITIONS[from].includes(to)) throw new ForbiddenTransitionError(from, to);
}
