import { describe, expect, it } from "vitest";
import {
  createExchangeInput,
  emptyExchangeForm,
  exchangeErrorsFromServer,
  messageKey,
  validateExchangeForm,
  type ExchangeFormValues,
} from "./exchange-form";

function filled(overrides: Partial<ExchangeFormValues> = {}): ExchangeFormValues {
  return {
    ...emptyExchangeForm(),
    series: "HADI_MEETING",
    title: "HaDi-Treffen: Mentoring",
    startsAt: "2027-04-14T16:00",
    endsAt: "2027-04-14T18:30",
    location: "IHK Hannover",
    capacity: "20",
    ...overrides,
  };
}

describe("validateExchangeForm", () => {
  it("accepts a complete form", () => {
    expect(validateExchangeForm(filled())).toEqual({});
  });

  it("names every missing field of an empty form", () => {
    const errors = validateExchangeForm({ ...emptyExchangeForm(), capacity: "" });
    expect(Object.keys(errors).sort()).toEqual(["capacity", "endsAt", "series", "startsAt", "title"]);
  });

  it("wants the end after the start", () => {
    expect(validateExchangeForm(filled({ endsAt: "2027-04-14T16:00" })).endsAt).toEqual({
      key: "exchanges.validation.endAfterStart",
    });
    expect(validateExchangeForm(filled({ endsAt: "2027-04-13T18:00" })).endsAt?.key).toBe(
      "exchanges.validation.endAfterStart",
    );
  });

  it("wants at least one seat, whole numbers only", () => {
    for (const capacity of ["0", "-3", "1.5", "abc", "10001"]) {
      expect(validateExchangeForm(filled({ capacity })).capacity?.key, capacity).toBe("integerRange");
    }
    expect(validateExchangeForm(filled({ capacity: "1" })).capacity).toBeUndefined();
  });

  it("leaves seats per organisation optional but bounded", () => {
    expect(validateExchangeForm(filled({ seatsPerOrganisation: "" })).seatsPerOrganisation).toBeUndefined();
    expect(validateExchangeForm(filled({ seatsPerOrganisation: "0" })).seatsPerOrganisation?.key).toBe("integerRange");
  });
});

describe("createExchangeInput", () => {
  it("sends Hanover times as instants and empty limits as null", () => {
    const input = createExchangeInput(filled({ title: "  Mentoring  ", seatsPerOrganisation: "" }));
    expect(input.title).toBe("Mentoring");
    expect(input.startsAt).toBe("2027-04-14T14:00:00.000Z");
    expect(input.capacity).toBe(20);
    expect(input.seatsPerOrganisation).toBeNull();
  });
});

describe("exchangeErrorsFromServer", () => {
  it("puts the server's fields on the form and keeps the rest apart", () => {
    const mapped = exchangeErrorsFromServer([
      { field: "input.capacity", message: "must not be less than 1" },
      { field: "exchangeId", message: "the exchange has ended" },
    ]);
    expect(mapped.fieldErrors.capacity).toEqual({ key: "server", params: { message: "must not be less than 1" } });
    expect(mapped.unmatched).toEqual([{ field: "exchangeId", message: "the exchange has ended" }]);
  });
});

describe("messageKey", () => {
  it("keeps full paths and prefixes shared keys", () => {
    expect(messageKey({ key: "titleLength" })).toBe("validation.titleLength");
    expect(messageKey({ key: "exchanges.validation.dateTime" })).toBe("exchanges.validation.dateTime");
  });
});
