import { registerEnumType } from "type-graphql";

export enum ApplicationStatus {
  DRAFT = "DRAFT",
  IN_PREPARATION = "IN_PREPARATION",
  SUBMITTED = "SUBMITTED",
  REVISION_REQUESTED = "REVISION_REQUESTED",
  APPROVED = "APPROVED",
  REJECTED = "REJECTED",
  RUNNING = "RUNNING",
  COMPLETED = "COMPLETED",
  WITHDRAWN = "WITHDRAWN",
}

export enum ParticipantRole {
  LEAD = "LEAD",
  MIGRANT_ORGANISATION = "MIGRANT_ORGANISATION",
  EDUCATIONAL_INSTITUTION = "EDUCATIONAL_INSTITUTION",
  PARTNER = "PARTNER",
}

registerEnumType(ApplicationStatus, { name: "ApplicationStatus" });
registerEnumType(ParticipantRole, { name: "ParticipantRole" });
