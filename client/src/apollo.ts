import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, type NormalizedCacheObject } from "@apollo/client/core";
import { onError } from "@apollo/client/link/error";
import { getMainDefinition, relayStylePagination } from "@apollo/client/utilities";
import { ME_QUERY } from "./graphql/account";
import { currentLocale } from "./i18n";

type Headers = Record<string, string>;

/** Sends the chosen UI language, so the server localises labels and sort orders. */
const localeLink = new ApolloLink((operation, forward) => {
  operation.setContext(({ headers }: { headers?: Headers }) => ({
    headers: { ...headers, "Accept-Language": currentLocale() },
  }));
  return forward(operation);
});

/**
 * When any answer says the session is gone (it expired, or ended in another tab), ask `me` again:
 * the header then offers "sign in" and members' pages turn into the sign-in notice.
 */
export function sessionExpiryLink(onExpired: () => void): ApolloLink {
  return onError(({ graphQLErrors, operation }) => {
    // A refused sign-in is no lost session.
    if (operation.operationName === "Login") return;
    if (graphQLErrors?.some((error) => error.extensions?.code === "UNAUTHENTICATED")) onExpired();
  });
}

/** A fresh random key; crypto.randomUUID exists only in secure contexts, getRandomValues everywhere. */
function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/**
 * Every mutation carries an `Idempotency-Key`, so a request the server acted on but whose answer was
 * lost (a restart, a dropped connection) returns the first answer when sent again instead of acting
 * twice. The key lives in the operation's context: the same operation sent again keeps its key.
 */
export const idempotencyLink = new ApolloLink((operation, forward) => {
  const definition = getMainDefinition(operation.query);
  if (definition.kind !== "OperationDefinition" || definition.operation !== "mutation") return forward(operation);
  const { idempotencyKey } = operation.getContext() as { idempotencyKey?: string };
  const key = idempotencyKey ?? newIdempotencyKey();
  operation.setContext(({ headers }: { headers?: Headers }) => ({
    idempotencyKey: key,
    headers: { ...headers, "Idempotency-Key": key },
  }));
  return forward(operation);
});

const httpLink = new HttpLink({ uri: "/graphql", credentials: "same-origin" });

/** Taxonomy entries are identified by their key, not by an id. */
const byKey = { keyFields: ["key"] };

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Topic: byKey,
      TargetGroup: byKey,
      District: byKey,
      Language: byKey,
      FundingProgramme: { keyFields: ["id"] },
      // A page of the directory appends to the previous ones for the same filter.
      Query: {
        fields: {
          // `first` too: the pickers (100 at once) must not share a list with the directory (pages of 20).
          organisations: relayStylePagination(["filter", "orderBy", "first"]),
          auditLog: relayStylePagination([
            "entityId",
            "entityType",
            "organisationId",
            "actorUserId",
            "from",
            "to",
            "first",
          ]),
          calls: relayStylePagination(["filter", "first"]),
          exchanges: relayStylePagination(["filter", "first"]),
          applications: relayStylePagination(["filter", "first"]),
        },
      },
    },
  });
}

export function createApolloClient(): ApolloClient<NormalizedCacheObject> {
  const expiry = sessionExpiryLink(() => {
    void client.refetchQueries({ include: [ME_QUERY] }).catch(() => undefined);
  });
  const client: ApolloClient<NormalizedCacheObject> = new ApolloClient({
    link: ApolloLink.from([expiry, localeLink, idempotencyLink, httpLink]),
    cache: createCache(),
    defaultOptions: {
      // cache-first after the first answer keeps "load more" pages from being refetched away.
      watchQuery: { fetchPolicy: "cache-and-network", nextFetchPolicy: "cache-first", errorPolicy: "all" },
      query: { errorPolicy: "all" },
    },
  });
  return client;
}
