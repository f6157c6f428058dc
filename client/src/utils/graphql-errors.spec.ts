import { describe, expect, it } from "vitest";
import { ApolloError } from "@apollo/client/core";
import { apiProblems, fieldProblems, findProblem } from "./graphql-errors";
import { classifySaveError } from "./save-error";
import { retryAfterSeconds, signInErrorMessage } from "./sign-in-error";

const graphQLError = (code: string, extensions: Record<string, unknown> = {}, message = code) =>
  new ApolloError({ graphQLErrors: [{ message, extensions: { code, ...extensions } }] });

/** What Apollo's HttpLink makes of a non-2xx answer: a network error that keeps the body. */
function httpError(status: number, body: unknown, headers: Record<string, string> = {}): ApolloError {
  const networkError = Object.assign(new Error(`Response not successful: Received status code ${status}`), {
    name: "ServerError",
    statusCode: status,
    result: body,
    response: new Response(JSON.stringify(body), { status, headers }),
  });
  return new ApolloError({ networkError });
}

describe("apiProblems", () => {
  it("reads codes and extensions from GraphQL errors", () => {
    const problems = apiProblems(graphQLError("CONFLICT", { currentVersion: 4 }, "changed meanwhile"));
    expect(problems).toEqual([
      { code: "CONFLICT", message: "changed meanwhile", extensions: { code: "CONFLICT", currentVersion: 4 } },
    ]);
  });

  it("reads GraphQL errors that arrived with an HTTP error status", () => {
    const error = httpError(429, {
      errors: [{ message: "Too many", extensions: { code: "TOO_MANY_REQUESTS", retryAfterSeconds: 42 } }],
    });
    expect(findProblem(error, "TOO_MANY_REQUESTS")?.extensions.retryAfterSeconds).toBe(42);
  });

  it("finds nothing in a plain error or in nothing", () => {
    expect(apiProblems(new Error("offline"))).toEqual([]);
    expect(apiProblems(null)).toEqual([]);
  });

  it("lists the offending fields of BAD_USER_INPUT and skips malformed entries", () => {
    const problem = findProblem(
      graphQLError("BAD_USER_INPUT", { fields: [{ field: "name", message: "too short" }, { nope: 1 }, "x"] }),
      "BAD_USER_INPUT",
    );
    expect(fieldProblems(problem)).toEqual([{ field: "name", message: "too short" }]);
    expect(fieldProblems(undefined)).toEqual([]);
  });
});

describe("signInErrorMessage", () => {
  it("says the credentials are wrong without telling which", () => {
    expect(signInErrorMessage(graphQLError("UNAUTHENTICATED"))).toEqual({ key: "signIn.errors.credentials" });
  });

  it("gives the wait time of the rate limit in seconds or whole minutes", () => {
    const tooMany = (seconds: number) =>
      httpError(429, {
        errors: [{ message: "x", extensions: { code: "TOO_MANY_REQUESTS", retryAfterSeconds: seconds } }],
      });
    expect(signInErrorMessage(tooMany(30))).toEqual({
      key: "signIn.errors.tooManySeconds",
      params: { count: 30 },
      plural: 30,
    });
    expect(signInErrorMessage(tooMany(61))).toEqual({
      key: "signIn.errors.tooManyMinutes",
      params: { count: 2 },
      plural: 2,
    });
    expect(signInErrorMessage(tooMany(900))).toEqual({
      key: "signIn.errors.tooManyMinutes",
      params: { count: 15 },
      plural: 15,
    });
  });

  it("falls back to the Retry-After header", () => {
    const error = httpError(
      429,
      { errors: [{ message: "x", extensions: { code: "TOO_MANY_REQUESTS" } }] },
      { "retry-after": "120" },
    );
    expect(retryAfterSeconds(error)).toBe(120);
    expect(signInErrorMessage(error)).toEqual({ key: "signIn.errors.tooManyMinutes", params: { count: 2 }, plural: 2 });
  });

  it("says 'later' when the wait time is unknown", () => {
    expect(signInErrorMessage(graphQLError("TOO_MANY_REQUESTS"))).toEqual({ key: "signIn.errors.tooManyLater" });
  });

  it("has a generic message for everything else", () => {
    expect(signInErrorMessage(new Error("offline"))).toEqual({ key: "signIn.errors.generic" });
    expect(signInErrorMessage(httpError(500, "oops"))).toEqual({ key: "signIn.errors.generic" });
    expect(signInErrorMessage(graphQLError("BAD_USER_INPUT"))).toEqual({ key: "signIn.errors.invalid" });
  });
});

describe("classifySaveError", () => {
  it("recognises a stale version", () => {
    expect(classifySaveError(graphQLError("CONFLICT", { currentVersion: 7 }))).toEqual({
      kind: "conflict",
      currentVersion: 7,
    });
  });

  it("passes on the refused fields", () => {
    expect(
      classifySaveError(graphQLError("BAD_USER_INPUT", { fields: [{ field: "website", message: "bad" }] })),
    ).toEqual({
      kind: "invalid",
      fields: [{ field: "website", message: "bad" }],
    });
  });

  it("tells a lost session, a missing right and other failures apart", () => {
    expect(classifySaveError(graphQLError("UNAUTHENTICATED"))).toEqual({ kind: "unauthenticated" });
    expect(classifySaveError(graphQLError("FORBIDDEN"))).toEqual({ kind: "forbidden" });
    expect(classifySaveError(graphQLError("NOT_FOUND"))).toEqual({ kind: "notFound" });
    expect(classifySaveError(new Error("offline"))).toEqual({ kind: "error" });
  });
});
