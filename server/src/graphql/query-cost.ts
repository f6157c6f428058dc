import {
  GraphQLError,
  getNamedType,
  getNullableType,
  isListType,
  visit,
  type DocumentNode,
  type GraphQLSchema,
} from "graphql";
import { getComplexity, type ComplexityEstimatorArgs } from "graphql-query-complexity";
import type { ApolloServerPlugin } from "@apollo/server";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { DEFAULT_PAGE_SIZE } from "./pagination";
import type { RequestContext } from "./context";

/** How many rows the whole-network lists return today (the graph's nodes and edges). */
export interface NetworkSize {
  nodes: number;
  edges: number;
}

export interface QueryCostOptions {
  /** Refused above this estimated cost, whatever the viewer's budget. */
  maxCost: number;
  /** Operations costing at least this much draw on the viewer's budget. */
  expensiveFrom: number;
  /** Cost of expensive operations a viewer (account, else address) may spend per minute; 0: no budget. */
  budgetPerMinute: number;
  /** Assumed length of a list that has no `first` and no known size (relations, partners, …). */
  assumedListSize: number;
}

export const DEFAULT_QUERY_COST: QueryCostOptions = {
  // The graph of a 10,000-organisation network costs ~160,000; the client's deepest directory page ~14,000.
  maxCost: 300_000,
  expensiveFrom: 20_000,
  budgetPerMinute: 3_000_000,
  assumedListSize: 10,
};

const NO_GRAPH: NetworkSize = { nodes: 0, edges: 0 };
const graphDocuments = new WeakMap<DocumentNode, boolean>();

/** Whether a document selects the whole-network graph, whose cost needs the network's size. */
function asksForGraph(document: DocumentNode): boolean {
  let asks = graphDocuments.get(document);
  if (asks === undefined) {
    asks = false;
    visit(document, {
      Field(node) {
        if (node.name.value === "network") asks = true;
      },
    });
    graphDocuments.set(document, asks);
  }
  return asks;
}

function tooExpensive(cost: number, max: number): GraphQLError {
  return new GraphQLError(
    `This query would cost about ${cost.toLocaleString("en")} (limit ${max.toLocaleString("en")}): ask for fewer or smaller lists (first), or fewer aliases`,
    { extensions: { code: "QUERY_TOO_EXPENSIVE", cost, maxCost: max, http: { status: 400 } } },
  );
}

/** Variable sets remembered per document before the memo starts over. */
const COSTED_VARIABLE_SETS = 64;

/**
 * The cost of a list scales with what it can return: `first` where it is given (or the default
 * page), the network's node and edge counts for the whole-network graph, an assumed size for the
 * other lists. A connection's `edges` are already counted by the connection's `first`.
 */
function listAwareEstimator(options: QueryCostOptions, size: NetworkSize) {
  return ({ type, field, args, childComplexity }: ComplexityEstimatorArgs): number => {
    const returned = getNullableType(field.type);
    const isConnection = getNamedType(returned).name.endsWith("Connection");
    let multiplier = 1;
    if (isConnection) multiplier = typeof args.first === "number" ? args.first : DEFAULT_PAGE_SIZE;
    else if (isListType(returned)) {
      if (type.name.endsWith("Connection")) multiplier = 1;
      else if (type.name === "NetworkGraph") multiplier = field.name === "nodes" ? size.nodes : size.edges;
      else if (typeof args.first === "number") multiplier = args.first;
      else multiplier = options.assumedListSize;
    }
    return 1 + Math.max(1, multiplier) * childComplexity;
  };
}

/**
 * Refuses an operation whose list-aware cost is over the limit, and charges expensive operations to
 * the viewer's per-minute budget, before any resolver runs: 15 aliased `network` fields on a large
 * network are refused in milliseconds instead of building 55 MB.
 */
export function queryCostPlugin(
  schema: GraphQLSchema,
  networkSize: () => Promise<NetworkSize>,
  options: QueryCostOptions = DEFAULT_QUERY_COST,
): ApolloServerPlugin<RequestContext> {
  const budget =
    options.budgetPerMinute > 0
      ? new RateLimiterMemory({ keyPrefix: "query-cost", points: options.budgetPerMinute, duration: 60 })
      : null;
  // The cost depends only on the document, its variables and (for the graph) the network's size: a
  // directory page asked again and again is costed once (walking the document cost ~3 % of the
  // nested query's CPU). Per parsed document (Apollo keeps one per query text), a few variable sets.
  const costs = new WeakMap<DocumentNode, Map<string, number>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, contextValue }) {
          const graph = asksForGraph(document);
          const size = graph ? await networkSize() : NO_GRAPH;
          const key = graph ? null : `${request.operationName ?? ""}\u0000${JSON.stringify(request.variables ?? {})}`;
          let cost = key === null ? undefined : costs.get(document)?.get(key);
          if (cost === undefined) {
            try {
              cost = getComplexity({
                schema,
                query: document,
                variables: request.variables ?? {},
                operationName: request.operationName ?? undefined,
                estimators: [listAwareEstimator(options, size)],
              });
            } catch {
              // Variables that do not coerce: execution refuses them with BAD_USER_INPUT and its own words.
              return;
            }
            if (key !== null) {
              let known = costs.get(document);
              if (!known) costs.set(document, (known = new Map()));
              if (known.size >= COSTED_VARIABLE_SETS) known.clear();
              known.set(key, cost);
            }
          }
          if (cost > options.maxCost) throw tooExpensive(cost, options.maxCost);
          if (!budget || cost < options.expensiveFrom) return;
          const viewer = contextValue.user ? `user:${contextValue.user.id}` : `ip:${contextValue.http.clientIp}`;
          try {
            await budget.consume(viewer, cost);
          } catch (rejection) {
            if (!(rejection instanceof RateLimiterRes)) throw rejection;
            const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
            throw new GraphQLError(
              `Too many expensive queries: try again in ${retryAfter} seconds, or ask for smaller lists`,
              {
                extensions: {
                  code: "TOO_MANY_REQUESTS",
                  retryAfterSeconds: retryAfter,
                  http: { status: 429, headers: new Map([["retry-after", String(retryAfter)]]) },
                },
              },
            );
          }
        },
      };
    },
  };
}
