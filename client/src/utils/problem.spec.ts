import { describe, expect, it } from "vitest";
import { ApolloError } from "@apollo/client/core";
import { actionProblem } from "./problem";

const graphQLError = (extensions: Record<string, unknown>, message = "refused") =>
  new ApolloError({ graphQLErrors: [{ message, extensions }] });

describe("actionProblem", () => {
  it("keeps the server's reason for a conflict, so the UI can name the cause", () => {
    expect(
      actionProblem(graphQLError({ code: "CONFLICT", reason: "TANDEM_LIMIT_REACHED", limit: 1 }, "limit")),
    ).toEqual({
      kind: "conflict",
      detail: "limit",
      fields: [],
      reason: "TANDEM_LIMIT_REACHED",
    });
  });

  it("has no reason when the server gives none, and ignores one that is not text", () => {
    expect(actionProblem(graphQLError({ code: "CONFLICT" })).reason).toBeUndefined();
    expect(actionProblem(graphQLError({ code: "CONFLICT", reason: 42 })).reason).toBeUndefined();
    expect(
      actionProblem(graphQLError({ code: "BAD_USER_INPUT", fields: [{ field: "message", message: "too long" }] })),
    ).toMatchObject({
      kind: "invalid",
      fields: [{ field: "message", message: "too long" }],
    });
  });
});
