import { graphql } from "../gql";

export const PERSONAL_DATA_EXPORT_QUERY = graphql(`
  query PersonalDataExport($email: String!) {
    personalDataExport(email: $email)
  }
`);

export const ERASE_PERSONAL_DATA_MUTATION = graphql(`
  mutation ErasePersonalData($email: String!) {
    erasePersonalData(email: $email) {
      accountsAnonymised
      contactPersonsErased
      sessionsEnded
    }
  }
`);
