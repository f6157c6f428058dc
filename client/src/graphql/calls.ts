import { graphql } from "../gql";

/** What the list of calls shows about each call. */
export const CALL_SUMMARY_FRAGMENT = graphql(`
  fragment CallSummary on CallForProposals {
    id
    title
    status
    deadline
    publishedOn
    tandemsWanted
    version
    source {
      kind
      note
    }
    programme {
      id
      name
      source {
        kind
        note
      }
    }
    topics {
      weight
      topic {
        key
        labelDe
        labelEn
      }
    }
  }
`);

/** Everything the call page and the edit form show. */
export const CALL_DETAIL_FRAGMENT = graphql(`
  fragment CallDetail on CallForProposals {
    ...CallSummary
    description
    fundingStartsOn
    fundingEndsOn
    budgetMin
    budgetMax
    documentLinks {
      label
      url
    }
    maxTandemsPerOrganisation
    eligibleMemberships
    targetGroups {
      key
      labelDe
      labelEn
    }
    districts {
      key
      labelDe
      labelEn
    }
    languages {
      key
      labelDe
      labelEn
    }
  }
`);

export const CALLS_QUERY = graphql(`
  query Calls($filter: CallFilter, $first: Int, $after: String) {
    calls(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...CallSummary
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CALL_QUERY = graphql(`
  query Call($id: ID!) {
    call(id: $id) {
      ...CallDetail
    }
  }
`);

/** The programmes a call can belong to (edit form). */
export const PROGRAMMES_QUERY = graphql(`
  query Programmes {
    programmes {
      id
      name
    }
  }
`);

export const CREATE_CALL_MUTATION = graphql(`
  mutation CreateCall($input: CreateCallInput!) {
    createCall(input: $input) {
      ...CallDetail
    }
  }
`);

export const UPDATE_CALL_MUTATION = graphql(`
  mutation UpdateCall($id: ID!, $input: UpdateCallInput!, $expectedVersion: Int) {
    updateCall(id: $id, input: $input, expectedVersion: $expectedVersion) {
      ...CallDetail
    }
  }
`);

export const CLOSE_CALL_MUTATION = graphql(`
  mutation CloseCall($id: ID!) {
    closeCall(id: $id) {
      ...CallDetail
    }
  }
`);
