import { graphql } from "../gql";

/** An organisation as an application names it (with a link to its profile). */
export const APPLICATION_ORGANISATION_FRAGMENT = graphql(`
  fragment ApplicationOrganisation on Organisation {
    id
    slug
    name
    shortName
  }
`);

/** What a card on the pipeline board shows, and what a move needs (version, allowed moves). */
export const APPLICATION_CARD_FRAGMENT = graphql(`
  fragment ApplicationCard on Application {
    id
    title
    status
    version
    requestedAmount
    approvedAmount
    participantsReached
    nextDeadline
    allowedTransitions
    call {
      id
      title
      deadline
      source {
        kind
        note
      }
    }
    programme {
      id
      name
      source {
        kind
        note
      }
    }
    sources {
      field
      source {
        kind
        asOf
      }
    }
    funders {
      ...ApplicationOrganisation
    }
    leadOrganisation {
      ...ApplicationOrganisation
    }
  }
`);

/** Everything the application page and its edit form show. */
export const APPLICATION_DETAIL_FRAGMENT = graphql(`
  fragment ApplicationDetail on Application {
    ...ApplicationCard
    description
    startsOn
    endsOn
    createdAt
    updatedAt
    tandems {
      id
      position
      budgetShare
      migrantOrganisation {
        ...ApplicationOrganisation
      }
      educationalInstitution {
        ...ApplicationOrganisation
      }
    }
    statusHistory {
      id
      at
      from
      to
      comment
      by {
        id
        displayName
      }
    }
    milestones {
      id
      kind
      title
      dueAt
      doneAt
    }
    ...ApplicationBudget
  }
`);

export const APPLICATIONS_QUERY = graphql(`
  query Applications($filter: ApplicationFilter, $first: Int, $after: String) {
    applications(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...ApplicationCard
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const APPLICATION_QUERY = graphql(`
  query Application($id: ID!) {
    application(id: $id) {
      ...ApplicationDetail
    }
  }
`);

export const CREATE_APPLICATION_MUTATION = graphql(`
  mutation CreateApplication($input: CreateApplicationInput!) {
    createApplication(input: $input) {
      ...ApplicationDetail
    }
  }
`);

export const UPDATE_APPLICATION_MUTATION = graphql(`
  mutation UpdateApplication($id: ID!, $input: UpdateApplicationInput!, $expectedVersion: Int!) {
    updateApplication(id: $id, input: $input, expectedVersion: $expectedVersion) {
      ...ApplicationDetail
    }
  }
`);

export const TRANSITION_APPLICATION_MUTATION = graphql(`
  mutation TransitionApplication(
    $id: ID!
    $to: ApplicationStatus!
    $comment: String
    $expectedVersion: Int!
    $approvedAmount: Float
    $participantsReached: Int
    $approvedBudgetShares: [BudgetShareInput!]
  ) {
    transitionApplication(
      id: $id
      to: $to
      comment: $comment
      expectedVersion: $expectedVersion
      approvedAmount: $approvedAmount
      participantsReached: $participantsReached
      approvedBudgetShares: $approvedBudgetShares
    ) {
      ...ApplicationDetail
    }
  }
`);

export const ADD_MILESTONE_MUTATION = graphql(`
  mutation AddMilestone($applicationId: ID!, $input: MilestoneInput!) {
    addMilestone(applicationId: $applicationId, input: $input) {
      id
      kind
      title
      dueAt
      doneAt
    }
  }
`);

export const COMPLETE_MILESTONE_MUTATION = graphql(`
  mutation CompleteMilestone($id: ID!, $done: Boolean) {
    completeMilestone(id: $id, done: $done) {
      id
      kind
      title
      dueAt
      doneAt
    }
  }
`);

export const UPDATE_MILESTONE_MUTATION = graphql(`
  mutation UpdateMilestone($id: ID!, $input: MilestoneInput!) {
    updateMilestone(id: $id, input: $input) {
      id
      kind
      title
      dueAt
      doneAt
    }
  }
`);

export const REMOVE_MILESTONE_MUTATION = graphql(`
  mutation RemoveMilestone($id: ID!) {
    removeMilestone(id: $id)
  }
`);

/** The viewer's private deadline feed (a path; the page adds its origin). */
export const CALENDAR_LINK_QUERY = graphql(`
  query CalendarLink {
    me {
      id
      calendarUrl
    }
  }
`);

export const REGENERATE_CALENDAR_URL_MUTATION = graphql(`
  mutation RegenerateCalendarUrl {
    regenerateCalendarUrl
  }
`);
