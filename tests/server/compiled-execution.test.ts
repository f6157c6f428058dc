import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, signIn, startTestServer, type GraphQLResponse, type TestServer } from "../support/test-server";
import { compiledExecutions } from "../../server/src/graphql/compiled-execution";

/**
 * Queries seen before run compiled (graphql-jit, graphql/compiled-execution.ts); the first
 * execution of a document runs on graphql-js. So the same document sent twice must answer the
 * same, data and errors (message, path, code), for a signed-out and a signed-in viewer — and the
 * second answer must really have come from the compiled path.
 */

const DIRECTORY = `query($first: Int) {
  organisations(first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node {
      id name kind createdAt viewerCanEdit district { key label }
      relations { type source { name } target { slug } }
      partners { name applications { title status startsOn } }
      contactPersons { name email }
      memberships { kind since }
    } }
  }
}`;

/** Public data beside a field that needs a signed-in user (a non-null Int: the whole answer is null). */
const PARTLY_REFUSED = `query { organisations(first: 2) { edges { node { name } } } unreadNotificationCount }`;

/** A field only the office may read, asked by a partner. */
const OFFICE_ONLY = `query { organisations(first: 2) { edges { node { name } } } auditLog(first: 1) { totalCount } }`;

let server: TestServer;
let coordinator: string;

beforeAll(async () => {
  server = await startTestServer();
  coordinator = await signIn(server, DEMO.coordinator);
}, 120_000);

afterAll(async () => {
  await server?.close();
});

function comparable(response: GraphQLResponse) {
  return {
    status: response.status,
    data: response.data,
    errors: response.errors?.map((error) => ({
      message: error.message,
      path: error.path,
      code: error.extensions?.code,
    })),
  };
}

/** First (graphql-js) and second (compiled) execution of a document: equal, and the second compiled. */
async function expectSameTwice(query: string, variables: Record<string, unknown>, cookie?: string) {
  const interpreted = await server.graphql(query, variables, { cookie });
  const before = compiledExecutions();
  const compiled = await server.graphql(query, variables, { cookie });
  expect(compiledExecutions()).toBe(before + 1);
  expect(comparable(compiled)).toEqual(comparable(interpreted));
  return compiled;
}

describe("compiled execution of queries seen before", () => {
  it("answers the directory the same, signed out and as the office", async () => {
    const anonymous = await expectSameTwice(DIRECTORY, { first: 25 });
    expect(anonymous.errors).toBeUndefined();
    const office = await expectSameTwice(`# office\n${DIRECTORY}`, { first: 25 }, coordinator);
    expect(office.errors).toBeUndefined();
    // The viewer shows in the answer (contact persons only for members): the two runs were not one.
    expect(JSON.stringify(office.data)).not.toEqual(JSON.stringify(anonymous.data));
  });

  it("refuses what the viewer may not read with the same errors", async () => {
    const refused = await expectSameTwice(PARTLY_REFUSED, {});
    expect(refused.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const forbidden = await expectSameTwice(OFFICE_ONLY, {}, await signIn(server, DEMO.kargah));
    expect(forbidden.errors?.[0]).toMatchObject({ path: ["auditLog"], extensions: { code: "FORBIDDEN" } });
  });

  it("reports variables that do not fit with the same error", async () => {
    const interpreted = await server.graphql(`query($n: Int) { organisations(first: $n) { totalCount } }`, { n: "x" });
    const again = await server.graphql(`query($n: Int) { organisations(first: $n) { totalCount } }`, { n: "x" });
    expect(interpreted.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(comparable(again)).toEqual(comparable(interpreted));
  });
});
