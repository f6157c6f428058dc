import { graphql } from "../gql";

export const CONNECTION_PATHS_QUERY = graphql(`
  query ConnectionPaths($fromId: ID!, $toId: ID!, $avoid: [ID!], $maxPaths: Int, $maxDepth: Int) {
    connectionPaths(fromId: $fromId, toId: $toId, avoid: $avoid, maxPaths: $maxPaths, maxDepth: $maxDepth) {
      from {
        id
        slug
        name
        kind
      }
      to {
        id
        slug
        name
        kind
      }
      avoided {
        id
        slug
        name
        kind
      }
      maxDepth
      onlyThroughAvoided
      paths {
        length
        steps {
          from {
            id
            slug
            name
          }
          to {
            id
            slug
            name
          }
          links {
            type
            direction
            since
            until
            projects
          }
        }
      }
    }
  }
`);

export const NETWORK_HUBS_QUERY = graphql(`
  query NetworkHubs($first: Int) {
    networkHubs(first: $first) {
      id
      slug
      name
      kind
    }
  }
`);
