import { graphql } from "../gql";

export const MY_NOTIFICATION_PREFERENCES_QUERY = graphql(`
  query MyNotificationPreferences {
    myNotificationPreferences {
      kind
      delivery
    }
  }
`);

export const SET_NOTIFICATION_PREFERENCES_MUTATION = graphql(`
  mutation SetNotificationPreferences($input: SetNotificationPreferencesInput!) {
    setNotificationPreferences(input: $input) {
      kind
      delivery
    }
  }
`);

export const ORGANISATION_CONTACT_PERSONS_QUERY = graphql(`
  query OrganisationContactPersons($organisationId: ID!) {
    organisationContactPersons(organisationId: $organisationId) {
      ...EditableContactPerson
    }
  }
`);

export const EDITABLE_CONTACT_PERSON_FRAGMENT = graphql(`
  fragment EditableContactPerson on ContactPerson {
    id
    name
    role
    email
    phone
    visibleToNetwork
    contactableByCompanies
  }
`);

export const ADD_CONTACT_PERSON_MUTATION = graphql(`
  mutation AddContactPerson($organisationId: ID!, $input: ContactPersonInput!) {
    addContactPerson(organisationId: $organisationId, input: $input) {
      ...EditableContactPerson
    }
  }
`);

export const UPDATE_CONTACT_PERSON_MUTATION = graphql(`
  mutation UpdateContactPerson($id: ID!, $input: ContactPersonInput!) {
    updateContactPerson(id: $id, input: $input) {
      ...EditableContactPerson
    }
  }
`);

export const REMOVE_CONTACT_PERSON_MUTATION = graphql(`
  mutation RemoveContactPerson($id: ID!) {
    removeContactPerson(id: $id)
  }
`);
