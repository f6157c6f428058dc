import { describe, expect, it } from "vitest";
import type { CallDetailFragment } from "../gql/graphql";
import {
  callErrorsFromServer,
  callFormFrom,
  createCallInput,
  emptyCallForm,
  documentLinkRow,
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
      publishedOn: null,
      fundingStartsOn: null,
      fundingEndsOn: null,
      budgetMin: null,
      budgetMax: null,
      documentLinks: [],
    });
  });

  it("checks and sends the funding period, budget range and document links", () => {
    const values: CallFormValues = {
      ...filled(),
      publishedOn: "2027-01-15",
      fundingStartsOn: "2027-07-01",
      fundingEndsOn: "2028-06-30",
      budgetMin: "50000",
      budgetMax: "150000,50",
      documentLinks: [documentLinkRow(" Förderrichtlinie ", " https://www.example.org/richtlinie.pdf ")],
    };
    expect(validateCallForm(values)).toEqual({});
    expect(createCallInput(values)).toMatchObject({
      publishedOn: "2027-01-15",
      fundingStartsOn: "2027-07-01",
      fundingEndsOn: "2028-06-30",
      budgetMin: 50000,
      budgetMax: 150000.5,
      documentLinks: [{ label: "Förderrichtlinie", url: "https://www.example.org/richtlinie.pdf" }],
    });
    const wrong = validateCallForm({
      ...values,
      fundingEndsOn: "2027-06-30",
      budgetMin: "10,001",
      budgetMax: "-5",
      publishedOn: "15.01.2027",
      documentLinks: [documentLinkRow("Formular", "javascript:alert(1)")],
    });
    expect(Object.keys(wrong).sort()).toEqual([
      "budgetMax",
      "budgetMin",
      "documentLinks",
      "fundingEndsOn",
      "publishedOn",
    ]);
    expect(wrong.fundingEndsOn?.key).toBe("periodOrder");
    expect(validateCallForm({ ...values, budgetMin: "200000" }).budgetMax?.key).toBe("budgetOrder");
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
      source: { kind: "ENTERED", note: null },
      programme: { id: "p", name: "P", source: { kind: "ENTERED", note: null } },
      topics: [{ weight: 3, topic: { key: "beratung", labelDe: "Beratung", labelEn: "Counselling" } }],
      targetGroups: [{ key: "frauen", labelDe: "Frauen", labelEn: "Women" }],
      districts: [],
      languages: [],
      eligibleMemberships: ["ALBUM_PARTNER", "ALBUM_CANDIDATE"],
      fundingStartsOn: null,
      fundingEndsOn: null,
      budgetMin: 50000,
      budgetMax: 150000.5,
      documentLinks: [{ label: "Richtlinie", url: "https://www.example.org/r.pdf" }],
    } satisfies CallDetailFragment;
    const values = callFormFrom(call);
    expect(values).toMatchObject({
      deadline: "2027-03-31",
      programmeId: "p",
      targetGroups: ["frauen"],
      tandemsWanted: "3",
      maxTandemsPerOrganisation: "2",
      status: "OPEN",
      budgetMin: "50000",
      budgetMax: "150000.50",
    });
    expect(values.documentLinks.map(({ label, url }) => ({ label, url }))).toEqual([
      { label: "Richtlinie", url: "https://www.example.org/r.pdf" },
    ]);
    expect(values.topics.map(({ key, weight }) => ({ key, weight }))).toEqual([{ key: "beratung", weight: "3" }]);
  });

  it("puts the server's refusals onto the form's fields", () => {
    const { fieldErrors, unmatched } = callErrorsFromServer([
      { field: "input.topics.0.weight", message: "weight must not be greater than 10" },
      { field: "publishedOn", message: "x" },
      { field: "budgetMax", message: "must not be below budgetMin" },
      { field: "programme", message: "y" },
    ]);
    expect(fieldErrors.topics).toEqual({ key: "server", params: { message: "weight must not be greater than 10" } });
    expect(fieldErrors.publishedOn?.key).toBe("server");
    expect(fieldErrors.budgetMax?.key).toBe("server");
    expect(unmatched.map((problem) => problem.field)).toEqual(["programme"]);
  });
});
