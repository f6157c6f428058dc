import { graphql } from "../gql";

export const TANDEM_REQUEST_FRAGMENT = graphql(`
  fragment TandemRequestFields on TandemRequest {
    id
    kind
    status
    officeNote
    score
    reasons
    migrantAcceptedAt
    institutionAcceptedAt
    closedReason
    message
    responseMessage
    createdAt
    respondedAt
    expiresAt
    viewerCanRespond
    viewerCanWithdraw
    from {
      ...TandemOrganisation
    }
    to {
      ...TandemOrganisation
    }
    migrantOrganisation {
      ...TandemOrganisation
    }
    educationalInstitution {
      ...TandemOrganisation
    }
    call {
      id
      title
      status
      deadline
    }
  }
`);

export const TANDEM_REQUESTS_QUERY = graphql(`
  query TandemRequests($filter: TandemRequestFilter) {
    tandemRequests(filter: $filter) {
      ...TandemRequestFields
    }
  }
`);

export const SEND_TANDEM_REQUEST_MUTATION = graphql(`
  mutation SendTandemRequest($input: SendTandemRequestInput!) {
    sendTandemRequest(input: $input) {
      ...TandemRequestFields
    }
  }
`);

export const RESPOND_TO_TANDEM_REQUEST_MUTATION = graphql(`
  mutation RespondToTandemRequest($id: ID!, $accept: Boolean!, $message: String) {
    respondToTandemRequest(id: $id, accept: $accept, message: $message) {
      ...TandemRequestFields
    }
  }
`);

export const WITHDRAW_TANDEM_REQUEST_MUTATION = graphql(`
  mutation WithdrawTandemRequest($id: ID!) {
    withdrawTandemRequest(id: $id) {
      ...TandemRequestFields
    }
  }
`);
