import { describe, expect, it } from "vitest";
import {
  changedFields,
  cloneFormValues,
  fieldErrorsFromServer,
  formValuesFrom,
  isHttpUrl,
  validateOrganisationForm,
  type EditableOrganisation,
  type OrganisationFormValues,
} from "./organisation-form";

const keyed = (...keys: string[]) => keys.map((key) => ({ key }));

const kargah: EditableOrganisation = {
  name: "kargah e.V.",
  shortName: "kargah",
  description: "Migrantenorganisation in Linden.",
  website: "https://www.kargah.de",
  street: "Zur Bettfedernfabrik 1",
  postalCode: "30451",
  city: "Hannover",
  district: { key: "linden-limmer" },
  topics: keyed("beratung", "quartiersarbeit"),
  offers: keyed("beratung"),
  needs: keyed("qualifizierung"),
  targetGroups: keyed("frauen"),
  languages: keyed("fa", "de"),
  districtsServed: keyed("linden-limmer", "mitte"),
  capacity: 5,
};

function values(changes: Partial<OrganisationFormValues> = {}): OrganisationFormValues {
  return { ...formValuesFrom(kargah), ...changes };
}

describe("organisation form values", () => {
  it("turns the loaded organisation into form values and back without changes", () => {
    const initial = formValuesFrom(kargah);
    expect(initial.district).toBe("linden-limmer");
    expect(initial.topics).toEqual(["beratung", "quartiersarbeit"]);
    expect(initial.capacity).toBe("5");
    expect(changedFields(initial, cloneFormValues(initial))).toEqual({});
  });

  it("uses empty strings for missing optional values", () => {
    const bare = formValuesFrom({ ...kargah, shortName: null, website: null, district: null });
    expect(bare.shortName).toBe("");
    expect(bare.website).toBe("");
    expect(bare.district).toBe("");
  });

  it("copies lists, so editing the copy leaves the original alone", () => {
    const initial = formValuesFrom(kargah);
    const copy = cloneFormValues(initial);
    copy.topics.push("ausbildung");
    expect(initial.topics).toEqual(["beratung", "quartiersarbeit"]);
  });
});

describe("validateOrganisationForm mirrors the server's rules", () => {
  it("accepts the loaded organisation", () => {
    expect(validateOrganisationForm(values())).toEqual({});
  });

  it("wants a name of 2 to 200 characters, ignoring surrounding spaces", () => {
    expect(validateOrganisationForm(values({ name: " k " })).name).toEqual({
      key: "nameLength",
      params: { min: 2, max: 200 },
    });
    expect(validateOrganisationForm(values({ name: "x".repeat(201) })).name?.key).toBe("nameLength");
    expect(validateOrganisationForm(values({ name: "ab" })).name).toBeUndefined();
    expect(validateOrganisationForm(values({ name: "x".repeat(200) })).name).toBeUndefined();
  });

  it("wants an http(s) URL with a domain for the website, or nothing", () => {
    expect(validateOrganisationForm(values({ website: "" })).website).toBeUndefined();
    for (const bad of [
      "www.kargah.de",
      "ftp://kargah.de",
      "https://kargah",
      "https://",
      "javascript:alert(1)",
      "https://kar gah.de",
    ]) {
      expect(validateOrganisationForm(values({ website: bad })).website, bad).toEqual({ key: "website" });
    }
    expect(validateOrganisationForm(values({ website: `https://example.org/${"a".repeat(300)}` })).website?.key).toBe(
      "website",
    );
  });

  it("wants five digits for the postal code, or nothing", () => {
    expect(validateOrganisationForm(values({ postalCode: "" })).postalCode).toBeUndefined();
    expect(validateOrganisationForm(values({ postalCode: "30159" })).postalCode).toBeUndefined();
    for (const bad of ["3015", "301599", "3015a", "D-30159"]) {
      expect(validateOrganisationForm(values({ postalCode: bad })).postalCode, bad).toEqual({ key: "postalCode" });
    }
  });

  it("wants a whole number from 0 to 50 as capacity", () => {
    for (const good of ["0", "50", "7"])
      expect(validateOrganisationForm(values({ capacity: good })).capacity, good).toBeUndefined();
    for (const bad of ["", "-1", "51", "2.5", "viele"]) {
      expect(validateOrganisationForm(values({ capacity: bad })).capacity, bad).toEqual({
        key: "capacity",
        params: { min: 0, max: 50 },
      });
    }
  });

  it("limits the length of the other texts", () => {
    const errors = validateOrganisationForm(
      values({
        shortName: "x".repeat(41),
        city: "x".repeat(101),
        street: "x".repeat(201),
        description: "x".repeat(5001),
      }),
    );
    expect(errors.shortName).toEqual({ key: "tooLong", params: { max: 40 } });
    expect(errors.city).toEqual({ key: "tooLong", params: { max: 100 } });
    expect(errors.street).toEqual({ key: "tooLong", params: { max: 200 } });
    expect(errors.description).toEqual({ key: "tooLong", params: { max: 5000 } });
  });
});

describe("isHttpUrl", () => {
  it("accepts ordinary web addresses", () => {
    expect(isHttpUrl("https://www.kargah.de")).toBe(true);
    expect(isHttpUrl("http://vhs-hannover.de/kurse?x=1")).toBe(true);
    expect(isHttpUrl("https://münchen.de")).toBe(true);
  });
});

describe("changedFields", () => {
  it("sends only what changed", () => {
    expect(changedFields(values(), values({ description: "Neu." }))).toEqual({ description: "Neu." });
  });

  it("trims text and sends null for emptied optional fields", () => {
    expect(
      changedFields(values(), values({ name: "  kargah e.V. Hannover ", website: " ", postalCode: "", district: "" })),
    ).toEqual({
      name: "kargah e.V. Hannover",
      website: null,
      postalCode: null,
      district: null,
    });
  });

  it("sends the exchange opt-in only when it was switched", () => {
    expect(formValuesFrom(kargah).showExchangeParticipation).toBe(false);
    expect(changedFields(values(), values({ showExchangeParticipation: true }))).toEqual({
      showExchangeParticipation: true,
    });
    const optedIn = values({ showExchangeParticipation: true });
    expect(changedFields(optedIn, values({ showExchangeParticipation: false }))).toEqual({
      showExchangeParticipation: false,
    });
    expect(changedFields(optedIn, { ...optedIn })).toEqual({});
  });

  it("sends an empty description as an empty string (the server stores no null there)", () => {
    expect(changedFields(values(), values({ description: "" }))).toEqual({ description: "" });
  });

  it("ignores a different order of the same keys but sends a changed list whole", () => {
    expect(changedFields(values(), values({ topics: ["quartiersarbeit", "beratung"] }))).toEqual({});
    expect(changedFields(values(), values({ languages: ["fa", "de", "ar"] }))).toEqual({
      languages: ["fa", "de", "ar"],
    });
    expect(changedFields(values(), values({ offers: [] }))).toEqual({ offers: [] });
  });

  it("sends capacity as a number", () => {
    expect(changedFields(values(), values({ capacity: "8" }))).toEqual({ capacity: 8 });
    expect(changedFields(values(), values({ capacity: " 5 " }))).toEqual({});
  });

  it("ignores spaces added around unchanged text", () => {
    expect(changedFields(values(), values({ city: " Hannover " }))).toEqual({});
  });
});

describe("fieldErrorsFromServer", () => {
  it("maps the server's fields onto the form's fields with localised messages", () => {
    const { fieldErrors, unmatched } = fieldErrorsFromServer([
      { field: "name", message: "name must be longer than or equal to 2 characters" },
      { field: "input.website", message: "website must be an http(s) URL" },
      { field: "postalCode", message: "postalCode must be a German postal code (5 digits)" },
      { field: "topics", message: "unknown key: gibt-es-nicht" },
      { field: "capacity", message: "capacity must not be greater than 50" },
    ]);
    expect(fieldErrors).toEqual({
      name: { key: "nameLength", params: { min: 2, max: 200 } },
      website: { key: "website" },
      postalCode: { key: "postalCode" },
      topics: { key: "unknownOption" },
      capacity: { key: "capacity", params: { min: 0, max: 50 } },
    });
    expect(unmatched).toEqual([]);
  });

  it("keeps problems with fields the form does not show apart", () => {
    const { fieldErrors, unmatched } = fieldErrorsFromServer([
      { field: "memberships.0.until", message: "must not be before since" },
      { field: "kind", message: "invalid" },
    ]);
    expect(fieldErrors).toEqual({});
    expect(unmatched.map((problem) => problem.field)).toEqual(["memberships.0.until", "kind"]);
  });

  it("is not fooled by inherited property names", () => {
    expect(fieldErrorsFromServer([{ field: "constructor", message: "x" }]).unmatched).toHaveLength(1);
  });
});
