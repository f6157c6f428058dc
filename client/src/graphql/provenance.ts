import { graphql } from "../gql";

/**
 * The sources of a profile's values, its offers and its projects' roles: fetched beside the
 * profile query (which stays as it is), so the profile renders at once and the badges follow.
 */
export const ORGANISATION_SOURCES_QUERY = graphql(`
  query OrganisationSources($slug: String!) {
    organisation(slug: $slug) {
      id
      sources {
        field
        source {
          kind
          note
        }
      }
      memberships {
        id
        source {
          kind
          section
          note
        }
      }
      offerings {
        id
        slug
        title
        description
        organisations {
          id
          slug
          name
          shortName
        }
        targetGroups {
          key
          labelDe
          labelEn
        }
        source {
          kind
          section
          asOf
        }
        organisationsSource {
          kind
          note
        }
      }
      applications {
        id
        sources {
          field
          source {
            kind
            asOf
            note
          }
        }
        participants {
          role
          organisation {
            id
          }
        }
      }
    }
  }
`);

/** A project's report part: sub-projects, facts, partners with roles and the sources of its fields. */
export const APPLICATION_REPORT_QUERY = graphql(`
  query ApplicationReport($id: ID!) {
    application(id: $id) {
      id
      components
      facts
      approvedAmount
      amountCoversUntil
      participants {
        role
        organisation {
          id
          slug
          name
        }
      }
      sources {
        field
        source {
          kind
          section
          asOf
          note
        }
      }
    }
  }
`);

/** The directory search also finds the network's offers (never listed as organisations or projects). */
export const OFFER_SEARCH_QUERY = graphql(`
  query OfferSearch($search: String) {
    offers(search: $search, first: 10) {
      id
      slug
      title
      organisations {
        id
        slug
        name
        shortName
      }
    }
  }
`);
