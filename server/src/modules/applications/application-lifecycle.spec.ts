import { describe, expect, it } from "vitest";
import { ApplicationStatus } from "./application-status.enums";
import { CLOSED_STATUSES, TRANSITIONS, assertTransition } from "./application-lifecycle";

const S = ApplicationStatus;

describe("application lifecycle", () => {
  it("every state is reachable from DRAFT", () => {
    const seen = new Set<ApplicationStatus>([S.DRAFT]);
    const queue: ApplicationStatus[] = [S.DRAFT];
    while (queue.length > 0) {
      for (const next of TRANSITIONS[queue.shift()!]) {
        if (seen.has(next)) continue;
        seen.add(next);
        queue.push(next);
      }
    }
    expect([...seen].sort()).toEqual(Object.values(S).sort());
  });

  it("closed states have no way out, and withdrawal is possible exactly before approval", () => {
    for (const status of CLOSED_STATUSES) expect(TRANSITIONS[status]).toEqual([]);
    const withdrawable = Object.values(S)
      .filter((s) => TRANSITIONS[s].includes(S.WITHDRAWN))
      .sort();
    expect(withdrawable).toEqual([S.DRAFT, S.IN_PREPARATION, S.REVISION_REQUESTED, S.SUBMITTED].sort());
  });

  it("a refused move names the allowed ones", () => {
    expect(() => assertTransition(S.SUBMITTED, S.SUBMITTED)).toThrowError(
      /allowed: APPROVED, REJECTED, REVISION_REQUESTED, WITHDRAWN/,
    );
    try {
      assertTransition(S.APPROVED, S.WITHDRAWN);
    } catch (error) {
      expect((error as { extensions: Record<string, unknown> }).extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        allowed: [S.RUNNING],
      });
    }
  });
});
