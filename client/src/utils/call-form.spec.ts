import { describe, expect, it } from "vitest";
import type { CallDetailFragment } from "../gql/graphql";
import {
  callErrorsFromServer,
  callFormFrom,
  createCallInput,
  emptyCallForm,
  topicRow,
  updateCallInput,
  validateCallForm,
  type CallFormValues,
} from "./call-form";

function filled(): CallFormValues {
  return {
    ...emptyCallForm(),
    title: "  Sprache und Beruf  ",
    description: "Text",
    deadline: "2027-03-31",
    topics: [topicRow("beratung", "2"), topicRow("gefluechtete", "0,5")],
    targetGroups: ["frauen"],
    tandemsWanted: "3",
    maxTandemsPerOrganisation: "1",
    status: "OPEN",
  };
}

describe("call form", () => {
  it("accepts a complete form", () => {
    expect(validateCallForm(filled())).toEqual({});
  });

  it("names each problem at its field", () => {
    const values = {
      ...filled(),
      title: "ab",
      deadline: "",
      tandemsWanted: "0",
      maxTandemsPerOrganisation: "11",
      eligibleMemberships: [],
    };
    expect(Object.keys(validateCallForm(values)).sort()).toEqual([
      "deadline",
      "eligibleMemberships",
      "maxTandemsPerOrganisation",
      "tandemsWanted",
      "title",
    ]);
    expect(validateCallForm({ ...filled(), topics: [topicRow("", "1")] }).topics?.key).toBe("topicChoose");
    expect(validateCallForm({ ...filled(), topics: [topicRow("beratung"), topicRow("beratung")] }).topics?.key).toBe(
      "topicDuplicate",
    );
    expect(validateCallForm({ ...filled(), topics: [topicRow("beratung", "11")] }).topics?.key).toBe("topicWeight");
  });

  it("builds CreateCallInput with trimmed text, weights as numbers and the deadline at 23:59 in Hanover", () => {
    expect(createCallInput(filled())).toEqual({
      title: "Sprache und Beruf",
      description: "Text",
      deadline: "2027-03-31T21:59:00.000Z",
      topics: [
        { key: "beratung", weight: 2 },
        { key: "gefluechtete", weight: 0.5 },
      ],
      targetGroups: ["frauen"],
      districts: [],
      languages: [],
      eligibleMemberships: ["ALBUM_PARTNER"],
      tandemsWanted: 3,
      maxTandemsPerOrganisation: 1,
      status: "OPEN",
    });
  });

  it("sends the status of a draft only, and clears the programme with null", () => {
    expect(updateCallInput(filled(), "DRAFT")).toMatchObject({ status: "OPEN", programmeId: null });
    expect(updateCallInput(filled(), "OPEN")).not.toHaveProperty("status");
  });

  it("loads a call into the form", () => {
    const call = {
      id: "c",
      title: "T",
      description: "D",
      status: "OPEN",
      deadline: "2027-03-31T21:59:00.000Z",
      publishedOn: null,
      tandemsWanted: 3,
      maxTandemsPerOrganisation: 2,
      version: 1,
      programme: { id: "p", name: "P" },
      topics: [{ weight: 3, topic: { key: "beratung", labelDe: "Beratung", labelEn: "Counselling" } }],
      targetGroups: [{ key: "frauen", labelDe: "Frauen", labelEn: "Women" }],
      districts: [],
      languages: [],
      eligibleMemberships: ["ALBUM_PARTNER", "ALBUM_CANDIDATE"],
      fundingStartsOn: null,
      fundingEndsOn: null,
      budgetMin: null,
      budgetMax: null,
    } satisfies CallDetailFragment;
    const values = callFormFrom(call);
    expect(values).toMatchObject({
      deadline: "2027-03-31",
      programmeId: "p",
      targetGroups: ["frauen"],
      tandemsWanted: "3",
      maxTandemsPerOrganisation: "2",
      status: "OPEN",
    });
    expect(values.topics.map(({ key, weight }) => ({ key, weight }))).toEqual([{ key: "beratung", weight: "3" }]);
  });

  it("puts the server's refusals onto the form's fields", () => {
    const { fieldErrors, unmatched } = callErrorsFromServer([
      { field: "input.topics.0.weight", message: "weight must not be greater than 10" },
      { field: "publishedOn", message: "x" },
      { field: "budgetMax", message: "must not be below budgetMin" },
    ]);
    expect(fieldErrors.topics).toEqual({ key: "server", params: { message: "weight must not be greater than 10" } });
    expect(fieldErrors.deadline?.key).toBe("server");
    expect(unmatched.map((problem) => problem.field)).toEqual(["budgetMax"]);
  });
});
