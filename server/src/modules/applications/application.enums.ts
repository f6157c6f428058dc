import { registerEnumType } from "type-graphql";

/** What a milestone stands for: the office's own deadlines and the funder's dates. */
export enum MilestoneKind {
  INTERNAL_DEADLINE = "INTERNAL_DEADLINE",
  SUBMISSION = "SUBMISSION",
  INTERIM_REPORT = "INTERIM_REPORT",
  FINAL_REPORT = "FINAL_REPORT",
  OTHER = "OTHER",
}

registerEnumType(MilestoneKind, { name: "MilestoneKind" });
