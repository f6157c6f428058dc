import { describe, expect, it } from "vitest";
import { mount } from "@vue/test-utils";
import FacetFilter from "./FacetFilter.vue";
import { testI18n } from "../../test/mount-helpers";

const options = [
  { value: "a", label: "Alpha" },
  { value: "b", label: "Beta" },
  { value: "c", label: "Gamma" },
  { value: "d", label: "Delta" },
];

function mountFacet(modelValue: string[], limit = 10) {
  return mount(FacetFilter, {
    props: { id: "facet-test", legend: "Handlungsfelder", options, modelValue, limit },
    global: { plugins: [testI18n()] },
  });
}

describe("FacetFilter", () => {
  it("renders a fieldset with a legend and one labelled checkbox per option", () => {
    const wrapper = mountFacet([]);
    expect(wrapper.find("fieldset legend").text()).toContain("Handlungsfelder");
    const boxes = wrapper.findAll("input[type=checkbox]");
    expect(boxes).toHaveLength(4);
    for (const box of boxes) {
      const label = wrapper.find(`label[for="${box.attributes("id")}"]`);
      expect(label.exists()).toBe(true);
    }
  });

  it("emits the new selection in option order", async () => {
    const wrapper = mountFacet(["c"]);
    await wrapper.find("#facet-test-a").setValue(true);
    expect(wrapper.emitted("update:modelValue")?.[0]).toEqual([["a", "c"]]);
  });

  it("removes an unchecked value", async () => {
    const wrapper = mountFacet(["a", "b"]);
    await wrapper.find("#facet-test-a").setValue(false);
    expect(wrapper.emitted("update:modelValue")?.[0]).toEqual([["b"]]);
  });

  it("collapses long lists but keeps checked options visible", async () => {
    const wrapper = mountFacet(["d"], 2);
    const visible = () => wrapper.findAll("label").map((label) => label.text());
    expect(visible()).toEqual(["Alpha", "Beta", "Delta"]);
    const toggle = wrapper.find("button");
    expect(toggle.attributes("aria-expanded")).toBe("false");
    expect(toggle.text()).toBe("Alle 4 anzeigen");
    await toggle.trigger("click");
    expect(visible()).toEqual(["Alpha", "Beta", "Gamma", "Delta"]);
    expect(toggle.attributes("aria-expanded")).toBe("true");
  });
});
