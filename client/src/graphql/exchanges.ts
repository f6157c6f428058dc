import { graphql } from "../gql";

/** Where the viewer's organisation stands (also reused for "my exchanges"). */
export const EXCHANGE_STANDING_FRAGMENT = graphql(`
  fragment ExchangeStanding on ExchangeParticipation {
    id
    status
    waitlistPosition
    personName
    joinedAt
  }
`);

/** What the list, the month view and "my exchanges" show about each exchange. */
export const EXCHANGE_SUMMARY_FRAGMENT = graphql(`
  fragment ExchangeSummary on Exchange {
    id
    title
    series
    startsAt
    endsAt
    location
    capacity
    seatsLeft
    waitlistLength
    status
    visibility
    past
    topics {
      key
      labelDe
      labelEn
    }
  }
`);

/** Everything the exchange page and the edit form show. */
export const EXCHANGE_DETAIL_FRAGMENT = graphql(`
  fragment ExchangeDetail on Exchange {
    ...ExchangeSummary
    description
    seatsPerOrganisation
    calendarPath
    cancelledAt
    version
    hiddenParticipantCount
    participations {
      id
      status
      waitlistPosition
      personName
      organisation {
        id
        slug
        name
      }
    }
  }
`);

export const EXCHANGES_QUERY = graphql(`
  query Exchanges($filter: ExchangeFilter, $first: Int, $after: String) {
    exchanges(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...ExchangeSummary
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const EXCHANGE_QUERY = graphql(`
  query Exchange($id: ID!, $organisationId: ID) {
    exchange(id: $id) {
      ...ExchangeDetail
      viewerParticipation(organisationId: $organisationId) {
        ...ExchangeStanding
      }
    }
  }
`);

/** The exchanges an organisation takes part in or waits for, with where it stands. */
export const MY_EXCHANGES_QUERY = graphql(`
  query MyExchanges($organisationId: ID!, $first: Int, $after: String) {
    exchanges(filter: { organisationId: $organisationId, includePast: true }, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...ExchangeSummary
          viewerParticipation(organisationId: $organisationId) {
            ...ExchangeStanding
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

export const JOIN_EXCHANGE_MUTATION = graphql(`
  mutation JoinExchange($exchangeId: ID!, $organisationId: ID!, $personName: String) {
    joinExchange(exchangeId: $exchangeId, organisationId: $organisationId, personName: $personName) {
      ...ExchangeStanding
      exchange {
        id
        seatsLeft
        waitlistLength
      }
    }
  }
`);

export const LEAVE_EXCHANGE_MUTATION = graphql(`
  mutation LeaveExchange($exchangeId: ID!, $organisationId: ID!) {
    leaveExchange(exchangeId: $exchangeId, organisationId: $organisationId) {
      id
      status
      exchange {
        id
        seatsLeft
        waitlistLength
      }
    }
  }
`);

export const CREATE_EXCHANGE_MUTATION = graphql(`
  mutation CreateExchange($input: CreateExchangeInput!) {
    createExchange(input: $input) {
      ...ExchangeDetail
    }
  }
`);

export const UPDATE_EXCHANGE_MUTATION = graphql(`
  mutation UpdateExchange($id: ID!, $input: UpdateExchangeInput!, $expectedVersion: Int!) {
    updateExchange(id: $id, input: $input, expectedVersion: $expectedVersion) {
      ...ExchangeDetail
    }
  }
`);

export const CANCEL_EXCHANGE_MUTATION = graphql(`
  mutation CancelExchange($id: ID!) {
    cancelExchange(id: $id) {
      ...ExchangeDetail
    }
  }
`);
