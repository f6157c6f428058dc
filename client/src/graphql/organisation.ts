import { graphql } from "../gql";

export const ORGANISATION_CARD_FRAGMENT = graphql(`
  fragment OrganisationCard on Organisation {
    id
    slug
    name
    shortName
    kind
    description
    district {
      key
      labelDe
      labelEn
    }
    topics {
      key
      labelDe
      labelEn
    }
    memberships {
      id
      kind
      since
      until
    }
  }
`);

export const ORGANISATIONS_QUERY = graphql(`
  query Organisations($filter: OrganisationFilter, $first: Int, $after: String) {
    organisations(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...OrganisationCard
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ORGANISATION_OPTIONS_QUERY = graphql(`
  query OrganisationOptions($search: String, $first: Int) {
    organisations(filter: { search: $search }, first: $first) {
      totalCount
      edges {
        node {
          id
          slug
          name
          shortName
          kind
        }
      }
    }
  }
`);

/** Everything the edit form changes; shared by the profile, the form and the mutation's answer, so a save updates the cached profile. */
export const ORGANISATION_EDITABLE_FRAGMENT = graphql(`
  fragment OrganisationEditable on Organisation {
    id
    slug
    name
    shortName
    description
    website
    street
    postalCode
    city
    capacity
    version
    viewerCanEdit
    showExchangeParticipation
    district {
      key
      labelDe
      labelEn
    }
    topics {
      key
      labelDe
      labelEn
    }
    offers {
      key
      labelDe
      labelEn
    }
    needs {
      key
      labelDe
      labelEn
    }
    targetGroups {
      key
      labelDe
      labelEn
    }
    languages {
      key
      labelDe
      labelEn
    }
    districtsServed {
      key
      labelDe
      labelEn
    }
  }
`);

export const ORGANISATION_PROFILE_QUERY = graphql(`
  query OrganisationProfile($slug: String!) {
    organisation(slug: $slug) {
      ...OrganisationCard
      ...OrganisationEditable
      relations {
        id
        type
        since
        until
        note
        source {
          id
          slug
          name
        }
        target {
          id
          slug
          name
        }
      }
      partners {
        id
        slug
        name
        kind
      }
      applications {
        id
        title
        status
        startsOn
        endsOn
        requestedAmount
        approvedAmount
        participantsReached
        programme {
          id
          name
        }
      }
      contactPersons {
        id
        name
        role
        email
        phone
      }
      exchangeParticipations {
        id
        status
        waitlistPosition
        exchange {
          id
          title
          series
          startsAt
          endsAt
          status
          past
        }
      }
    }
  }
`);

/** The form's starting point; always fresh from the server, so `version` is current. */
export const ORGANISATION_EDIT_QUERY = graphql(`
  query OrganisationEdit($slug: String!) {
    organisation(slug: $slug) {
      kind
      ...OrganisationEditable
    }
  }
`);

export const UPDATE_ORGANISATION_MUTATION = graphql(`
  mutation UpdateOrganisation($id: ID!, $input: UpdateOrganisationInput!, $expectedVersion: Int!) {
    updateOrganisation(id: $id, input: $input, expectedVersion: $expectedVersion) {
      ...OrganisationEditable
    }
  }
`);
