import { describe, expect, it } from "vitest";
import { mount } from "@vue/test-utils";
import FormField from "./FormField.vue";
import CheckboxGroup from "./CheckboxGroup.vue";
import { testI18n } from "../../test/mount-helpers";

const mountField = (props: Record<string, unknown>) =>
  mount(FormField, {
    props: { id: "org-postal-code", label: "Postleitzahl", modelValue: "", ...props },
    global: { plugins: [testI18n()] },
  });

describe("FormField", () => {
  it("labels its input and links the hint", () => {
    const wrapper = mountField({ hint: "5 Ziffern" });
    const input = wrapper.get("input");
    expect(wrapper.get("label").attributes("for")).toBe("org-postal-code");
    expect(input.attributes("id")).toBe("org-postal-code");
    expect(input.attributes("aria-describedby")).toBe("org-postal-code-hint");
    expect(input.attributes("aria-invalid")).toBeUndefined();
  });

  it("marks an error with aria-invalid and links its message", () => {
    const wrapper = mountField({ hint: "5 Ziffern", error: "Die Postleitzahl besteht aus genau 5 Ziffern." });
    const input = wrapper.get("input");
    expect(input.attributes("aria-invalid")).toBe("true");
    expect(input.attributes("aria-describedby")).toBe("org-postal-code-hint org-postal-code-error");
    expect(wrapper.get("#org-postal-code-error").text()).toBe("Fehler: Die Postleitzahl besteht aus genau 5 Ziffern.");
  });

  it("passes autocomplete and required on, and renders a textarea when multiline", () => {
    const wrapper = mountField({ autocomplete: "postal-code", required: true });
    expect(wrapper.get("input").attributes("autocomplete")).toBe("postal-code");
    expect(wrapper.get("input").attributes("aria-required")).toBe("true");
    expect(mountField({ multiline: true }).find("textarea").exists()).toBe(true);
  });

  it("emits what the user types", async () => {
    const wrapper = mountField({});
    await wrapper.get("input").setValue("30159");
    expect(wrapper.emitted("update:modelValue")?.[0]).toEqual(["30159"]);
  });
});

describe("CheckboxGroup", () => {
  const options = [
    { value: "a", label: "Alpha" },
    { value: "b", label: "Beta" },
  ];

  it("is a fieldset with a legend; an error is linked to the group", () => {
    const wrapper = mount(CheckboxGroup, {
      props: { id: "org-topics", legend: "Handlungsfelder", options, modelValue: ["b"], error: "Ungültig" },
      global: { plugins: [testI18n()] },
    });
    expect(wrapper.get("fieldset legend").text()).toBe("Handlungsfelder");
    expect(wrapper.get("fieldset").attributes("aria-describedby")).toBe("org-topics-error");
    expect((wrapper.get("#org-topics-b").element as HTMLInputElement).checked).toBe(true);
  });

  it("keeps the options' order and keys it does not know", async () => {
    const wrapper = mount(CheckboxGroup, {
      props: { id: "org-topics", legend: "Handlungsfelder", options, modelValue: ["b", "legacy"] },
      global: { plugins: [testI18n()] },
    });
    await wrapper.get("#org-topics-a").setValue(true);
    expect(wrapper.emitted("update:modelValue")?.[0]).toEqual([["a", "b", "legacy"]]);
  });
});
