import type { OrganisationProfileQuery } from "../../gql/graphql";

/** The organisation as the profile page loads it. */
export type OrganisationProfile = NonNullable<OrganisationProfileQuery["organisation"]>;
