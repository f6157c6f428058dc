import { describe, expect, it } from "vitest";
import {
  applicationErrorsFromServer,
  createApplicationInput,
  emptyApplicationForm,
  evenShares,
  updateApplicationInput,
  validateApplicationForm,
  type ApplicationFormValues,
  type TandemShareRow,
} from "./application-form";

const org = (id: string) => ({ id, slug: id, name: id.toUpperCase() });
const row = (share: string, requestId: string | null = null): TandemShareRow => ({
  migrantOrganisation: org(`mo${share}`),
  educationalInstitution: org(`ei${share}`),
  share,
  tandemRequestId: requestId,
});

function form(overrides: Partial<ApplicationFormValues> = {}): ApplicationFormValues {
  return {
    ...emptyApplicationForm(),
    title: "Sprache und Beruf",
    requestedAmount: "100000",
    tandems: [row("60000", "r1"), row("40000", "r2")],
    ...overrides,
  };
}

describe("evenShares", () => {
  it("splits the requested amount evenly to the cent, remainder on the first", () => {
    expect(evenShares("100000", 3, "de")).toEqual(["33333,34", "33333,33", "33333,33"]);
    expect(evenShares("100.000", 2, "en")).toEqual(["50000", "50000"]);
  });

  it("leaves the shares empty while the amount cannot be read", () => {
    expect(evenShares("viel", 2, "de")).toEqual(["", ""]);
  });
});

describe("validateApplicationForm", () => {
  it("accepts shares that add up to the requested amount", () => {
    expect(validateApplicationForm(form(), { budget: true })).toEqual({});
  });

  it("names the difference when the shares do not add up", () => {
    const errors = validateApplicationForm(form({ tandems: [row("60000"), row("30000")] }), { budget: true });
    expect(errors.tandems).toEqual({ key: "applications.validation.budgetSum", params: { difference: 1_000_000 } });
  });

  it("marks an unreadable share at its own field", () => {
    const errors = validateApplicationForm(form({ tandems: [row("60000"), row("-3")] }), { budget: true });
    expect(errors["tandems.1.budgetShare"]?.key).toBe("applications.validation.amount");
    expect(errors.tandems).toBeUndefined();
  });

  it("needs a title, an amount and at least one tandem", () => {
    const errors = validateApplicationForm(form({ title: " a ", requestedAmount: "", tandems: [] }), { budget: true });
    expect(Object.keys(errors).sort()).toEqual(["requestedAmount", "tandems", "title"]);
  });

  it("checks the period and skips the budget when it may not change", () => {
    const errors = validateApplicationForm(
      form({ startsOn: "2027-05-01", endsOn: "2027-04-30", tandems: [row("1")] }),
      { budget: false },
    );
    expect(Object.keys(errors)).toEqual(["endsOn"]);
  });
});

describe("inputs", () => {
  it("creates with the listed shares and the requests they came from", () => {
    const input = createApplicationInput(
      form({ requestedAmount: "100.000,50", tandems: [row("60000,50", "r1"), row("40000")] }),
      "call-1",
    );
    expect(input).toEqual({
      callId: "call-1",
      title: "Sprache und Beruf",
      requestedAmount: 100_000.5,
      tandems: [
        { migrantOrganisationId: "mo60000,50", educationalInstitutionId: "ei60000,50", budgetShare: 60_000.5 },
        { migrantOrganisationId: "mo40000", educationalInstitutionId: "ei40000", budgetShare: 40_000 },
      ],
      fromTandemRequestIds: ["r1"],
    });
  });

  it("updates the budget only when it may change", () => {
    expect(updateApplicationInput(form(), false)).toEqual({
      title: "Sprache und Beruf",
      description: "",
      startsOn: null,
      endsOn: null,
    });
    expect(updateApplicationInput(form(), true).tandems).toHaveLength(2);
  });
});

describe("applicationErrorsFromServer", () => {
  it("puts the server's problems at the fields", () => {
    const { fieldErrors, unmatched } = applicationErrorsFromServer([
      { field: "tandems", message: "budget shares add up to 90000.00 €, but 100000.00 € are requested" },
      { field: "tandems.1.budgetShare", message: "must not be negative" },
      { field: "input.title", message: "too short" },
      { field: "leadOrganisationId", message: "no such organisation" },
    ]);
    expect(fieldErrors.tandems?.params?.message).toContain("90000.00");
    expect(fieldErrors["tandems.1.budgetShare"]?.params?.message).toBe("must not be negative");
    expect(fieldErrors.title?.key).toBe("validation.server");
    expect(unmatched).toEqual([{ field: "leadOrganisationId", message: "no such organisation" }]);
  });
});
