import "reflect-metadata";
import { describe, expect, it } from "vitest";
import { BadUserInputError } from "../../graphql/errors";
import { parseExportFilter } from "./application-export-filter";

const parse = (query: string) => parseExportFilter(new URLSearchParams(query));
const problemFields = (query: string): string[] => {
  try {
    parse(query);
  } catch (error) {
    if (error instanceof BadUserInputError)
      return (error.extensions.fields as { field: string }[]).map((problem) => problem.field);
    throw error;
  }
  return [];
};

describe("parseExportFilter", () => {
  it("is null without parameters, so the export holds everything readable", () => {
    expect(parse("")).toBeNull();
  });

  it("collects repeated statuses once each and maps names onto ApplicationFilter", () => {
    const id = "0b6a2c1e-9f3d-4e52-8a71-3c2d1e0f9a8b";
    expect({
      ...parse(`status=SUBMITTED&status=APPROVED&status=SUBMITTED&call=${id}&organisation=${id}&search=Beruf`),
    }).toEqual({
      statuses: ["SUBMITTED", "APPROVED"],
      callId: id,
      organisationId: id,
      search: "Beruf",
    });
  });

  it("reads a date as the whole UTC day and a date-time as given", () => {
    const filter = parse("deadlineFrom=2027-03-01&deadlineTo=2027-03-31");
    expect(filter?.deadlineFrom?.toISOString()).toBe("2027-03-01T00:00:00.000Z");
    expect(filter?.deadlineTo?.toISOString()).toBe("2027-03-31T23:59:59.999Z");
    expect(parse("deadlineFrom=2027-03-01T10:00:00%2B02:00")?.deadlineFrom?.toISOString()).toBe(
      "2027-03-01T08:00:00.000Z",
    );
  });

  it("names every bad parameter at once", () => {
    expect(
      problemFields("status=SENT&call=abc&organisation=&deadlineFrom=2027-02-29&deadlineTo=tomorrow&colour=red").sort(),
    ).toEqual(["call", "colour", "deadlineFrom", "deadlineTo", "organisation", "status"].sort());
    expect(problemFields("deadlineFrom=2027-05-02&deadlineTo=2027-05-01")).toEqual(["deadlineTo"]);
    expect(problemFields("search=a&search=b")).toEqual(["search"]);
    expect(problemFields(`search=${"x".repeat(101)}`)).toEqual(["search"]);
    // A zone-less time would depend on the server's clock zone.
    expect(problemFields("deadlineFrom=2027-03-01T10:00")).toEqual(["deadlineFrom"]);
  });
});
