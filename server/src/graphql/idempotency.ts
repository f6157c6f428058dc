import { createHash } from "node:crypto";
import { GraphQLError } from "graphql";
import { HeaderMap, type ApolloServerPlugin, type GraphQLRequest, type GraphQLResponse } from "@apollo/server";
import type { DataSource } from "typeorm";
import type { RequestContext } from "./context";

export const IDEMPOTENCY_HEADER = "idempotency-key";

/** How long an answer is kept for a retry: longer than any client keeps retrying one user action. */
export const IDEMPOTENCY_TTL = "1 day";

/** Visible ASCII only: a key is an opaque token (the client sends a UUID), never text to show. */
const VALID_KEY = /^[\x21-\x7E]{1,200}$/;

/**
 * The same request, whatever order its variables' keys arrived in: a client that rebuilds its
 * variables object for a retry must still match.
 */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

function requestHash(request: GraphQLRequest): string {
  const text = JSON.stringify(
    canonical({
      query: request.query ?? null,
      operationName: request.operationName ?? null,
      variables: request.variables ?? {},
    }),
  );
  return createHash("sha256").update(text).digest("hex");
}

/** Apollo serialises errors, data, extensions in this order; storing the same order keeps a replay byte-identical. */
function serialise(result: { errors?: unknown; data?: unknown; extensions?: unknown }): string {
  return JSON.stringify({ errors: result.errors, data: result.data, extensions: result.extensions });
}

/** Built by hand: an answer from `responseForOperation` does not pass through formatError. */
function refusal(status: number, code: string, message: string): GraphQLResponse {
  const headers = new HeaderMap();
  if (status === 409) headers.set("retry-after", "1");
  return {
    http: { status, headers },
    body: { kind: "single", singleResult: { errors: [{ message, extensions: { code } }] } },
  };
}

interface StoredAnswer {
  request_hash: string;
  status: number | null;
  body: string | null;
}

/**
 * `Idempotency-Key` on a mutation: the first request with a key claims it (one INSERT … ON CONFLICT,
 * so of two racing requests exactly one executes), its answer is stored, and a retry with the same
 * key and the same request gets that answer back without executing again. Same key, other request:
 * IDEMPOTENCY_KEY_REUSED (422); first one still running: IDEMPOTENCY_KEY_IN_PROGRESS (409).
 *
 * Keys belong to the signed-in user. Anonymous mutations (sign-in, password reset) ignore the header:
 * scoping them by client address would let everyone behind one proxy share keys, and their answers
 * hinge on a cookie that a replay cannot give back. Queries ignore it too; they change nothing.
 */
export const idempotencyPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart({ request }) {
    const key = request.http?.headers.get(IDEMPOTENCY_HEADER);
    if (key === undefined) return;
    let claimed: { dataSource: DataSource; userId: string } | null = null;
    return {
      async didResolveOperation({ operation, contextValue }) {
        if (operation?.operation !== "mutation" || !contextValue.user) return;
        if (!VALID_KEY.test(key)) {
          throw new GraphQLError("Idempotency-Key must be 1 to 200 visible ASCII characters", {
            extensions: { code: "BAD_USER_INPUT", http: { status: 400 } },
          });
        }
      },

      async responseForOperation({ operation, contextValue, request: graphqlRequest }) {
        const user = contextValue.user;
        if (operation?.operation !== "mutation" || !user) return null;
        const hash = requestHash(graphqlRequest);
        const { dataSource } = contextValue;
        // An expired row is taken over in the same statement, so a day-old key never blocks.
        const won = (await dataSource.query(
          `INSERT INTO idempotency_key (user_id, key, request_hash) VALUES ($1, $2, $3)
           ON CONFLICT (user_id, key) DO UPDATE
             SET request_hash = EXCLUDED.request_hash, status = NULL, body = NULL, created_at = now()
             WHERE idempotency_key.created_at < now() - interval '${IDEMPOTENCY_TTL}'
           RETURNING 1 AS won`,
          [user.id, key, hash],
        )) as unknown[];
        if (won.length > 0) {
          claimed = { dataSource, userId: user.id };
          return null;
        }
        const [stored] = (await dataSource.query(
          `SELECT request_hash, status, body FROM idempotency_key WHERE user_id = $1 AND key = $2`,
          [user.id, key],
        )) as StoredAnswer[];
        if (stored && stored.request_hash !== hash) {
          return refusal(
            422,
            "IDEMPOTENCY_KEY_REUSED",
            "This Idempotency-Key was already used for a different request",
          );
        }
        // No row: the claim that beat ours was released a moment ago (its request failed); retry.
        if (!stored || stored.status === null || stored.body === null) {
          return refusal(409, "IDEMPOTENCY_KEY_IN_PROGRESS", "A request with this Idempotency-Key is still running");
        }
        const headers = new HeaderMap([["idempotent-replayed", "true"]]);
        return {
          http: { status: stored.status, headers },
          body: { kind: "single", singleResult: JSON.parse(stored.body) as Record<string, never> },
        };
      },

      async willSendResponse({ response, contextValue }) {
        if (!claimed) return;
        const { dataSource, userId } = claimed;
        const status = response.http.status ?? 200;
        try {
          // A server failure may succeed when tried again, and an answer that set or cleared the
          // session cookie cannot be replayed without it: give the key back instead of storing.
          if (status >= 500 || response.body.kind !== "single" || contextValue.http.sessionCookieChanged()) {
            await dataSource.query(`DELETE FROM idempotency_key WHERE user_id = $1 AND key = $2`, [userId, key]);
            return;
          }
          await dataSource.query(`UPDATE idempotency_key SET status = $3, body = $4 WHERE user_id = $1 AND key = $2`, [
            userId,
            key,
            status,
            serialise(response.body.singleResult),
          ]);
        } catch (error) {
          // The answer still goes out; the key stays "in progress" until it expires.
          contextValue.log.warn({ err: error }, "could not store the answer for an Idempotency-Key");
        }
      },
    };
  },
};

/** Drops the answers older than a day; main.ts's minute sweep calls it. */
export async function purgeExpiredIdempotencyKeys(dataSource: DataSource): Promise<void> {
  await dataSource.query(`DELETE FROM idempotency_key WHERE created_at < now() - interval '${IDEMPOTENCY_TTL}'`);
}
