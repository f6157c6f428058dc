import { ApolloClient, ApolloLink, Observable, type NormalizedCacheObject } from "@apollo/client/core";
import { createCache } from "../apollo";
import type { ViewerFragment } from "../gql/graphql";

export const PARTNER: ViewerFragment & { __typename: "User" } = {
  __typename: "User",
  id: "u-1",
  email: "partner@kargah.example",
  displayName: "kargah e.V. (Demo)",
  role: "PARTNER",
  organisation: {
    __typename: "Organisation",
    id: "o-1",
    slug: "kargah",
    name: "kargah e.V.",
    kind: "MIGRANT_ORGANISATION",
  } as ViewerFragment["organisation"],
};

export const COORDINATOR: ViewerFragment & { __typename: "User" } = {
  ...PARTNER,
  id: "u-2",
  email: "koordination@album-hannover.example",
  displayName: "Koordinationsstelle ALBuM (Demo)",
  role: "COORDINATOR",
  organisation: null,
};

/**
 * An Apollo client over a tiny in-memory server: `Me`, `Login` and `Logout` behave like the real
 * API (a session per client), so the session code runs against Apollo's real cache.
 */
export function fakeApollo(
  options: {
    viewer?: ViewerFragment | null;
    account?: ViewerFragment;
    loginError?: Record<string, unknown>;
    /** Answers for further operations, by operation name (the `data` of the answer). */
    handlers?: Record<string, (variables: Record<string, unknown>) => Record<string, unknown>>;
  } = {},
) {
  const state = { viewer: options.viewer ?? null, operations: [] as string[] };
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        state.operations.push(operation.operationName);
        const answer = (() => {
          switch (operation.operationName) {
            case "Me":
              return { data: { me: state.viewer } };
            case "Login":
              if (options.loginError)
                return { data: null, errors: [{ message: "refused", extensions: options.loginError }] };
              state.viewer = options.account ?? PARTNER;
              return { data: { login: state.viewer } };
            case "Logout":
              state.viewer = null;
              return { data: { logout: true } };
            default: {
              const handler = options.handlers?.[operation.operationName];
              if (handler) return { data: handler(operation.variables) };
              return { data: null, errors: [{ message: `no fake for ${operation.operationName}` }] };
            }
          }
        })();
        // Asynchronous like a network.
        setTimeout(() => {
          observer.next(answer);
          observer.complete();
        }, 0);
      }),
  );
  const client: ApolloClient<NormalizedCacheObject> = new ApolloClient({ link, cache: createCache() });
  return { client, state };
}
