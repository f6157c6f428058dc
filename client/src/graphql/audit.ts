import { graphql } from "../gql";

export const AUDIT_LOG_QUERY = graphql(`
  query AuditLog($entityId: ID, $first: Int, $after: String) {
    auditLog(entityId: $entityId, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          action
          entityType
          entityId
          changes
          createdAt
          actor {
            id
            displayName
            email
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Names the organisation an audit entry is about (the entry itself carries only its id). */
export const AUDIT_ORGANISATION_QUERY = graphql(`
  query AuditOrganisation($id: ID!) {
    organisation(id: $id) {
      id
      slug
      name
    }
  }
`);
