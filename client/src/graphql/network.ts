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
        x
        y
      }
      edges {
        source
        target
        type
        weight
        since
        until
      }
    }
  }
`);

/** The organisations a kind/topic filter matches (ids only: the full graph is already loaded). */
export const NETWORK_MATCH_QUERY = graphql(`
  query NetworkMatch($filter: OrganisationFilter) {
    network(filter: $filter) {
      nodes {
        organisation {
          id
        }
      }
    }
  }
`);

/** What the side panel shows of a selected node, fetched when it is selected. */
export const NETWORK_NODE_QUERY = graphql(`
  query NetworkNode($id: ID!) {
    organisation(id: $id) {
      id
      slug
      name
      kind
      city
      district {
        key
        label
      }
      topics {
        key
        label
      }
    }
  }
`);
