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

export const CONNECTION_PATH_QUERY = graphql(`
  query ConnectionPath($fromId: ID!, $toId: ID!, $maxDepth: Int) {
    connectionPath(fromId: $fromId, toId: $toId, maxDepth: $maxDepth) {
      id
      slug
      name
      kind
    }
  }
`);
