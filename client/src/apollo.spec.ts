import { describe, expect, it } from "vitest";
import { ApolloLink, execute, gql, Observable } from "@apollo/client/core";
import { parse } from "graphql";
import { createCache, idempotencyLink, sessionExpiryLink } from "./apollo";
import { testI18n } from "./test/mount-helpers";

function run(operationName: string, code: string): Promise<number> {
  let expired = 0;
  const server = new ApolloLink(() => Observable.of({ data: null, errors: [{ message: "x", extensions: { code } }] }));
  const link = ApolloLink.from([sessionExpiryLink(() => (expired += 1)), server]);
  const query = gql(`query ${operationName} { me { id } }`);
  return new Promise((resolve) => {
    execute(link, { query }).subscribe({ complete: () => resolve(expired), error: () => resolve(expired) });
  });
}

describe("sessionExpiryLink", () => {
  it("notices a lost session in any answer", async () => {
    expect(await run("AuditLog", "UNAUTHENTICATED")).toBe(1);
  });

  it("ignores a refused sign-in and other errors", async () => {
    expect(await run("Login", "UNAUTHENTICATED")).toBe(0);
    expect(await run("AuditLog", "FORBIDDEN")).toBe(0);
  });
});

describe("idempotencyLink", () => {
  /** The headers each request would leave with, as the HTTP link would read them. */
  function sent(document: string, times = 1): Promise<(Record<string, string> | undefined)[]> {
    const seen: (Record<string, string> | undefined)[] = [];
    const server = new ApolloLink((operation) => {
      seen.push((operation.getContext() as { headers?: Record<string, string> }).headers);
      return Observable.of({ data: {} });
    });
    const link = ApolloLink.from([idempotencyLink, server]);
    // parse, not gql: codegen collects gql documents, and these exist only here.
    const query = parse(document);
    const runs = Array.from(
      { length: times },
      () =>
        new Promise<void>((resolve) => {
          execute(link, { query }).subscribe({ complete: resolve, error: () => resolve() });
        }),
    );
    return Promise.all(runs).then(() => seen);
  }

  it("gives every mutation its own key", async () => {
    const headers = await sent("mutation Logout { logout }", 2);
    const keys = headers.map((sentHeaders) => sentHeaders?.["Idempotency-Key"]);
    expect(keys[0]).toMatch(/^[0-9a-f-]{32,36}$/);
    expect(keys[1]).toMatch(/^[0-9a-f-]{32,36}$/);
    expect(keys[0]).not.toBe(keys[1]);
  });

  it("sends no key with queries", async () => {
    const [headers] = await sent("query Me { me { id } }");
    expect(headers?.["Idempotency-Key"]).toBeUndefined();
  });

  it("keeps the key when the same operation passes the link again", async () => {
    const keys: string[] = [];
    const server = new ApolloLink((operation) => {
      keys.push((operation.getContext() as { headers: Record<string, string> }).headers["Idempotency-Key"]!);
      return Observable.of({ data: {} });
    });
    // A link that forwards one operation twice, as a retry would.
    const twice = new ApolloLink(
      (operation, forward) =>
        new Observable((observer) => {
          forward(operation).subscribe({
            complete: () => forward(operation).subscribe(observer),
            error: (error: unknown) => observer.error(error),
          });
        }),
    );
    const link = ApolloLink.from([twice, idempotencyLink, server]);
    await new Promise<void>((resolve) => {
      execute(link, { query: parse("mutation Logout { logout }") }).subscribe({
        complete: resolve,
        error: () => resolve(),
      });
    });
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
  });
});

describe("sign-in messages", () => {
  it("put the wait time into the right plural form in both languages", () => {
    const de = testI18n("de").global;
    const en = testI18n("en").global;
    expect(de.t("signIn.errors.tooManyMinutes", { count: 15 }, 15)).toBe(
      "Zu viele Anmeldeversuche. Bitte warten Sie 15 Minuten und versuchen Sie es dann erneut.",
    );
    expect(de.t("signIn.errors.tooManyMinutes", { count: 1 }, 1)).toContain("eine Minute");
    expect(en.t("signIn.errors.tooManySeconds", { count: 30 }, 30)).toBe(
      "Too many sign-in attempts. Please wait 30 seconds and try again.",
    );
  });
});

describe("the cache's paged lists", () => {
  // parse, not gql: codegen collects gql documents, and this one only exercises the cache.
  const PAGE = parse(
    "query Page($filter: ApplicationFilter, $first: Int, $after: String) { applications(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id title } } } }",
  );
  const page = (ids: string[], hasNextPage: boolean) => ({
    applications: {
      __typename: "ApplicationConnection",
      totalCount: 3,
      pageInfo: { __typename: "PageInfo", hasNextPage, endCursor: ids.at(-1) ?? null },
      edges: ids.map((id) => ({
        __typename: "ApplicationEdge",
        cursor: id,
        node: { __typename: "Application", id, title: `Antrag ${id}` },
      })),
    },
  });

  it("appends the next page of applications to the same filter's list, and keeps other filters apart", () => {
    const cache = createCache();
    const submitted = { filter: { statuses: ["SUBMITTED"] }, first: 2 };
    cache.writeQuery({ query: PAGE, variables: submitted, data: page(["a1", "a2"], true) });
    cache.writeQuery({ query: PAGE, variables: { ...submitted, after: "a2" }, data: page(["a3"], false) });
    cache.writeQuery({
      query: PAGE,
      variables: { filter: { statuses: ["APPROVED"] }, first: 2 },
      data: page(["b1"], false),
    });
    const read = (variables: object) =>
      cache
        .readQuery<ReturnType<typeof page>>({ query: PAGE, variables })
        ?.applications.edges.map((edge) => edge.node.id);
    expect(read(submitted)).toEqual(["a1", "a2", "a3"]);
    expect(read({ filter: { statuses: ["APPROVED"] }, first: 2 })).toEqual(["b1"]);
  });
});
