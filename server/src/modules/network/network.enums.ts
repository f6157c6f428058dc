import { registerEnumType } from "type-graphql";

export enum OrganisationKind {
  MIGRANT_ORGANISATION = "MIGRANT_ORGANISATION",
  EDUCATIONAL_INSTITUTION = "EDUCATIONAL_INSTITUTION",
  STRATEGIC_PARTNER = "STRATEGIC_PARTNER",
  COMPANY = "COMPANY",
  FUNDER = "FUNDER",
  ADMINISTRATION = "ADMINISTRATION",
}

export enum MembershipKind {
  ALBUM_PARTNER = "ALBUM_PARTNER",
  ALBUM_CANDIDATE = "ALBUM_CANDIDATE",
  ALBUM_FORMER = "ALBUM_FORMER",
  HADI_MEMBER = "HADI_MEMBER",
}

export enum RelationType {
  COOPERATION = "COOPERATION",
  STRATEGIC_PARTNERSHIP = "STRATEGIC_PARTNERSHIP",
  FUNDING = "FUNDING",
  MEMBERSHIP = "MEMBERSHIP",
  COORDINATION = "COORDINATION",
}

/** Edge types of the network graph: stored relations plus joint applications/projects. */
export enum NetworkEdgeType {
  COOPERATION = "COOPERATION",
  STRATEGIC_PARTNERSHIP = "STRATEGIC_PARTNERSHIP",
  FUNDING = "FUNDING",
  MEMBERSHIP = "MEMBERSHIP",
  COORDINATION = "COORDINATION",
  JOINT_PROJECT = "JOINT_PROJECT",
}

export enum OrganisationOrder {
  NAME_ASC = "NAME_ASC",
  NAME_DESC = "NAME_DESC",
  NEWEST = "NEWEST",
  /** Best search match first; falls back to NAME_ASC without a search term. */
  RELEVANCE = "RELEVANCE",
}

export enum Provenance {
  DOCUMENT = "DOCUMENT",
  ILLUSTRATIVE = "ILLUSTRATIVE",
}

registerEnumType(OrganisationKind, { name: "OrganisationKind", description: "What kind of actor an organisation is" });
registerEnumType(MembershipKind, { name: "MembershipKind", description: "Membership in the ALBuM or HaDi network" });
registerEnumType(RelationType, { name: "RelationType" });
registerEnumType(NetworkEdgeType, { name: "NetworkEdgeType" });
registerEnumType(OrganisationOrder, { name: "OrganisationOrder" });
registerEnumType(Provenance, {
  name: "Provenance",
  description: "Whether a seeded value comes from the source document or is illustrative",
});
