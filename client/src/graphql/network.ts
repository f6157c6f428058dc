import { graphql } from "../gql";

export const NETWORK_QUERY = graphql(`
  query Network($filter: OrganisationFilter) {
    network(filter: $filter) {
      communityCount
      nodes {
        organisation {
          id
          slug
          name
          shortName
          kind
        }
        degree
        betweenness
        community
      }
      edges {
        source
        target
        type
        weight
      }
    }
  }
`);
