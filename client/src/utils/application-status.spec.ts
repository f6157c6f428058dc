import { describe, expect, it } from "vitest";
import { APPLICATION_STATUSES, byStatus, isApplicationStatus, transitionFigure } from "./application-status";

describe("application statuses", () => {
  it("has a column for each of the nine states", () => {
    expect(new Set(APPLICATION_STATUSES).size).toBe(9);
  });

  it("groups applications by status in order", () => {
    const columns = byStatus([
      { id: "a", status: "DRAFT" as const },
      { id: "b", status: "APPROVED" as const },
      { id: "c", status: "DRAFT" as const },
    ]);
    expect(columns.DRAFT.map((a) => a.id)).toEqual(["a", "c"]);
    expect(columns.APPROVED.map((a) => a.id)).toEqual(["b"]);
    expect(columns.WITHDRAWN).toEqual([]);
  });

  it("asks for the approved amount when approving and people reached when completing", () => {
    expect(transitionFigure("APPROVED")).toBe("approvedAmount");
    expect(transitionFigure("COMPLETED")).toBe("participantsReached");
    expect(transitionFigure("SUBMITTED")).toBeNull();
  });

  it("recognises statuses from the URL", () => {
    expect(isApplicationStatus("SUBMITTED")).toBe(true);
    expect(isApplicationStatus("submitted")).toBe(false);
    expect(isApplicationStatus(undefined)).toBe(false);
  });
});
