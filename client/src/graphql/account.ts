import { graphql } from "../gql";

export const VIEWER_FRAGMENT = graphql(`
  fragment Viewer on User {
    id
    email
    displayName
    role
    organisation {
      id
      slug
      name
      kind
    }
  }
`);

/** The signed-in user, or null; the session composable and the route guard share this document. */
export const ME_QUERY = graphql(`
  query Me {
    me {
      ...Viewer
    }
  }
`);

export const LOGIN_MUTATION = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      ...Viewer
    }
  }
`);

export const LOGOUT_MUTATION = graphql(`
  mutation Logout {
    logout
  }
`);
