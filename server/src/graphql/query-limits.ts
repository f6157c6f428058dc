import { ApolloArmor } from "@escape.tech/graphql-armor";
import { GraphQLError, type ValidationRule } from "graphql";

/**
 * Limits for hostile queries. The client's deepest query (directory → partners → applications)
 * has depth 6 and costs about 300; these leave room for legitimate use and stop abuse early.
 */
export const QUERY_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxTokens: 2000,
  maxDirectives: 20,
} as const;

/**
 * The token limit is graphql-js's own parser option (Apollo's `parseOptions`): armor's token
 * plugin parses the document a second time and throws from a hook, which Apollo answers with
 * HTTP 500 instead of a 400 parse failure.
 */
export const PARSE_OPTIONS = { maxTokens: QUERY_LIMITS.maxTokens } as const;

export function queryLimitProtection() {
  return new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    // Replaced by the list-aware cost of query-cost.ts: armor's ignores list sizes.
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}

/**
 * graphql-js 16 does not check an operation's type against the schema: `subscription { … }` on
 * this schema (which has none) reached execution, threw there, and came back as
 * INTERNAL_SERVER_ERROR. As a validation rule it is a 400 GRAPHQL_VALIDATION_FAILED.
 */
export const knownOperationTypes: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (!context.getSchema().getRootType(node.operation)) {
      context.reportError(new GraphQLError(`This API has no ${node.operation} operations`, { nodes: node }));
    }
  },
});
