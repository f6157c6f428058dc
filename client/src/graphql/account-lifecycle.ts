import { graphql } from "../gql";

export const ACCEPT_INVITATION_MUTATION = graphql(`
  mutation AcceptInvitation($input: SetPasswordInput!) {
    acceptInvitation(input: $input)
  }
`);

export const REQUEST_PASSWORD_RESET_MUTATION = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

export const RESET_PASSWORD_MUTATION = graphql(`
  mutation ResetPassword($input: SetPasswordInput!) {
    resetPassword(input: $input)
  }
`);

export const REQUEST_EMAIL_CHANGE_MUTATION = graphql(`
  mutation RequestEmailChange($newEmail: String!, $currentPassword: String!) {
    requestEmailChange(newEmail: $newEmail, currentPassword: $currentPassword)
  }
`);

export const CONFIRM_EMAIL_CHANGE_MUTATION = graphql(`
  mutation ConfirmEmailChange($token: String!) {
    confirmEmailChange(token: $token)
  }
`);

export const MY_ACCOUNT_QUERY = graphql(`
  query MyAccount {
    me {
      ...Viewer
      locale
    }
  }
`);

export const SET_PREFERRED_LANGUAGE_MUTATION = graphql(`
  mutation SetPreferredLanguage($locale: String!) {
    setPreferredLanguage(locale: $locale) {
      id
      locale
    }
  }
`);

export const ACCOUNT_SUMMARY_FRAGMENT = graphql(`
  fragment AccountSummaryFields on AccountSummary {
    id
    invitation
    email
    displayName
    role
    organisationId
    organisationName
    status
    lastSignInAt
    createdAt
    expiresAt
  }
`);

export const ACCOUNTS_QUERY = graphql(`
  query Accounts {
    accounts {
      ...AccountSummaryFields
    }
  }
`);

export const INVITE_USER_MUTATION = graphql(`
  mutation InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input)
  }
`);

export const DEACTIVATE_USER_MUTATION = graphql(`
  mutation DeactivateUser($id: ID!) {
    deactivateUser(id: $id) {
      ...AccountSummaryFields
    }
  }
`);

export const REACTIVATE_USER_MUTATION = graphql(`
  mutation ReactivateUser($id: ID!) {
    reactivateUser(id: $id) {
      ...AccountSummaryFields
    }
  }
`);

export const RESEND_INVITATION_MUTATION = graphql(`
  mutation ResendInvitation($id: ID!) {
    resendInvitation(id: $id) {
      ...AccountSummaryFields
    }
  }
`);
