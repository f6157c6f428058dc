import type { MembershipKind, OrganisationKind } from "../gql/graphql";

/** Order in which kinds appear in filters and the legend. */
export const ORGANISATION_KINDS: readonly OrganisationKind[] = [
  "MIGRANT_ORGANISATION",
  "EDUCATIONAL_INSTITUTION",
  "STRATEGIC_PARTNER",
  "COMPANY",
  "FUNDER",
  "ADMINISTRATION",
];

export const MEMBERSHIP_KINDS: readonly MembershipKind[] = [
  "ALBUM_PARTNER",
  "ALBUM_CANDIDATE",
  "ALBUM_FORMER",
  "HADI_MEMBER",
];

export function isOrganisationKind(value: string): value is OrganisationKind {
  return (ORGANISATION_KINDS as readonly string[]).includes(value);
}

export function isMembershipKind(value: string): value is MembershipKind {
  return (MEMBERSHIP_KINDS as readonly string[]).includes(value);
}

/**
 * Node colours per kind: each has at least 4.5:1 contrast with white text and 3:1 against the
 * white page, so badges and graph nodes stay readable.
 */
export const KIND_COLOURS: Record<OrganisationKind, string> = {
  MIGRANT_ORGANISATION: "#b3261e",
  EDUCATIONAL_INSTITUTION: "#0b5cab",
  STRATEGIC_PARTNER: "#6b3fa0",
  COMPANY: "#8a5300",
  FUNDER: "#1f6f3a",
  ADMINISTRATION: "#4a5560",
};
