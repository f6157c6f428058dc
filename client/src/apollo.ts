import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, type NormalizedCacheObject } from "@apollo/client/core";
import { relayStylePagination } from "@apollo/client/utilities";
import { currentLocale } from "./i18n";

type Headers = Record<string, string>;

/** Sends the chosen UI language, so the server localises labels and sort orders. */
const localeLink = new ApolloLink((operation, forward) => {
  operation.setContext(({ headers }: { headers?: Headers }) => ({
    headers: { ...headers, "Accept-Language": currentLocale() },
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
        },
      },
    },
  });
}

export function createApolloClient(): ApolloClient<NormalizedCacheObject> {
  return new ApolloClient({
    link: ApolloLink.from([localeLink, httpLink]),
    cache: createCache(),
    defaultOptions: {
      // cache-first after the first answer keeps "load more" pages from being refetched away.
      watchQuery: { fetchPolicy: "cache-and-network", nextFetchPolicy: "cache-first", errorPolicy: "all" },
      query: { errorPolicy: "all" },
    },
  });
}
