import { graphql } from "../gql";

export const AUDIT_LOG_QUERY = graphql(`
  query AuditLog(
    $entityId: ID
    $entityType: AuditEntityType
    $organisationId: ID
    $actorUserId: ID
    $from: DateTime
    $to: DateTime
    $first: Int
    $after: String
  ) {
    auditLog(
      entityId: $entityId
      entityType: $entityType
      organisationId: $organisationId
      actorUserId: $actorUserId
      from: $from
      to: $to
      first: $first
      after: $after
    ) {
      totalCount
      edges {
        cursor
        node {
          id
          action
          entityType
          entityId
          entityLabel
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
      kind
    }
  }
`);

/** The people who made entries: the log's person filter. */
export const AUDIT_ACTORS_QUERY = graphql(`
  query AuditActors {
    auditActors {
      id
      displayName
    }
  }
`);
