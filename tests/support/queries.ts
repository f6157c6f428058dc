/** Query documents shared by the API tests. */
export const ORGANISATION_BY_SLUG = `query($slug: String!) {
  organisation(slug: $slug) {
    id slug name shortName kind version capacity website description
    district { key labelDe }
    topics { key labelDe labelEn }
    offers { key } needs { key }
    targetGroups { key } languages { key } districtsServed { key }
    memberships { kind since until }
    relations { type source { slug } target { slug } }
    partners { slug name }
    applications { title status approvedAmount participantsReached }
    contactPersons { name email }
    viewerCanEdit
  }
}`;

export const ORGANISATIONS = `query($filter: OrganisationFilter, $first: Int, $after: String, $orderBy: OrganisationOrder) {
  organisations(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id slug name kind } }
  }
}`;

export const NESTED_NETWORK = `query($first: Int) {
  organisations(first: $first) {
    edges { node { name relations { type } partners { name applications { title } } } }
  }
}`;

/** The profile page's organisation with its relations, memberships and contact persons (the bench's second shape). */
export const PROFILE_PAGE = `query($id: ID!) {
  organisation(id: $id) {
    id name kind description city
    relations { id type since until note source { id slug name } target { id slug name } }
    memberships { kind since until }
    contactPersons { id name role email phone }
  }
}`;

export const UPDATE_ORGANISATION = `mutation($id: ID!, $input: UpdateOrganisationInput!, $expectedVersion: Int!) {
  updateOrganisation(id: $id, input: $input, expectedVersion: $expectedVersion) { id name version description topics { key } }
}`;

export const CREATE_ORGANISATION = `mutation($input: CreateOrganisationInput!) {
  createOrganisation(input: $input) { id slug name kind version topics { key } memberships { kind } }
}`;
