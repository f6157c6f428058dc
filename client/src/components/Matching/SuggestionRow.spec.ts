import { describe, expect, it } from "vitest";
import { mount } from "@vue/test-utils";
import SuggestionRow from "./SuggestionRow.vue";
import { testI18n, testRouter } from "../../test/mount-helpers";
import type { TandemSuggestionFieldsFragment } from "../../gql/graphql";

const suggestion: TandemSuggestionFieldsFragment = {
  score: 0.7575,
  fixed: false,
  formed: false,
  reasons: ["Deckt 3 von 4 Handlungsfeldern ab: Beratung", "Bereits 1 gemeinsames Projekt"],
  migrantOrganisation: { id: "m", slug: "kargah", name: "kargah e.V.", shortName: null, kind: "MIGRANT_ORGANISATION" },
  educationalInstitution: {
    id: "e",
    slug: "vhs-hannover",
    name: "VHS Hannover",
    shortName: null,
    kind: "EDUCATIONAL_INSTITUTION",
  },
  breakdown: [
    { criterion: "topicCoverage", weight: 0.35, value: 0.75, contribution: 0.2625 },
    { criterion: "trust", weight: 0.1, value: 0.5, contribution: 0.05 },
  ],
};

function mountRow(locale: "de" | "en" = "de", overrides: Partial<TandemSuggestionFieldsFragment> = {}) {
  return mount(SuggestionRow, {
    props: { suggestion: { ...suggestion, ...overrides }, rank: 1, idPrefix: "test" },
    global: { plugins: [testI18n(locale), testRouter()] },
    attachTo: document.body,
  });
}

describe("SuggestionRow", () => {
  it("shows rank, both organisations as profile links and the score as text", () => {
    const wrapper = mountRow();
    const links = wrapper.findAll("a");
    expect(links.map((link) => link.attributes("href"))).toEqual([
      "/organisationen/kargah",
      "/organisationen/vhs-hannover",
    ]);
    expect(wrapper.get(".score-bar__value").text()).toBe("0,76 von 1");
    // The bar only repeats the number.
    expect(wrapper.get(".score-bar__track").attributes("aria-hidden")).toBe("true");
    wrapper.unmount();
  });

  it("opens and closes the explanation with the 'Warum?' disclosure button", async () => {
    const wrapper = mountRow();
    const button = wrapper.get("button.suggestion__why");
    expect(button.text()).toBe("Warum? kargah e.V. und VHS Hannover");
    expect(button.attributes("aria-expanded")).toBe("false");
    const details = wrapper.get(`#${button.attributes("aria-controls")}`);
    expect(details.isVisible()).toBe(false);

    await button.trigger("click");
    expect(button.attributes("aria-expanded")).toBe("true");
    expect(details.isVisible()).toBe(true);
    const rows = details.findAll(".breakdown__table tbody tr");
    expect(rows.map((row) => row.get("th").text())).toEqual(["Handlungsfelder", "Vertrauen (gemeinsame Projekte)"]);
    expect(rows[0]!.findAll("td").map((cell) => cell.text().replace(/\u00a0|\u202f/g, " "))).toEqual([
      "35 %",
      "75 %",
      "0,26",
    ]);
    expect(details.get("tfoot").text()).toContain("0,76");
    expect(details.findAll("li").map((item) => item.text())).toEqual(suggestion.reasons);

    await button.trigger("click");
    expect(button.attributes("aria-expanded")).toBe("false");
    expect(details.isVisible()).toBe(false);
    wrapper.unmount();
  });

  it("labels the criteria in English in the English UI", async () => {
    const wrapper = mountRow("en");
    await wrapper.get("button.suggestion__why").trigger("click");
    expect(wrapper.get("button.suggestion__why").text()).toMatch(/^Why\?/);
    expect(wrapper.get("caption").text()).toBe("Score in detail");
    expect(wrapper.findAll(".breakdown__table tbody th").map((cell) => cell.text())).toEqual([
      "Topics",
      "Trust (joint projects)",
    ]);
    wrapper.unmount();
  });

  it("says when the pair is pinned or already a tandem, in the UI language", () => {
    const plain = mountRow();
    expect(plain.text()).not.toContain("Tandem besteht");
    plain.unmount();
    const formed = mountRow("de", { formed: true, fixed: true });
    expect(formed.findAll(".suggestion__fixed").map((mark) => mark.text())).toEqual(["Festgelegt", "Tandem besteht"]);
    formed.unmount();
    const english = mountRow("en", { formed: true });
    expect(english.get(".suggestion__fixed").text()).toBe("Tandem formed");
    english.unmount();
  });
});
