import type { ApolloServerPlugin } from "@apollo/server";

/** Request errors that the GraphQL-over-HTTP spec lets a legacy `application/json` client read from a 200. */
const REQUEST_ERROR_CODES = new Set(["GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "BAD_USER_INPUT"]);

/**
 * GraphQL over HTTP: a client that accepts `application/graphql-response+json` (Apollo Client does)
 * gets 4xx for a document that cannot run; one that accepts only `application/json` SHOULD get 200
 * with the errors in the body, because such clients treat 4xx as a transport failure. Everyone
 * else (no or a wildcard Accept) keeps the 400.
 */
export const responseStatusPlugin: ApolloServerPlugin = {
  async requestDidStart({ request }) {
    const accept = request.http?.headers.get("accept") ?? "";
    const legacyJsonOnly = /application\/json/i.test(accept) && !/application\/graphql-response\+json/i.test(accept);
    if (!legacyJsonOnly) return;
    return {
      async willSendResponse({ response, errors }) {
        if (response.http.status !== 400 || response.body.kind !== "single") return;
        if (response.body.singleResult.data !== undefined) return;
        const codes = (errors ?? []).map((error) => error.extensions?.code);
        if (codes.length > 0 && codes.every((code) => typeof code === "string" && REQUEST_ERROR_CODES.has(code)))
          response.http.status = 200;
      },
    };
  },
};
