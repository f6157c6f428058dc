import { describe, expect, it } from "vitest";
import { mount } from "@vue/test-utils";
import KindBadge from "./KindBadge.vue";
import { testI18n } from "../../test/mount-helpers";
import { KIND_COLOURS, ORGANISATION_KINDS } from "../../utils/enums";
import { contrastRatio } from "../../utils/contrast";

describe("KindBadge", () => {
  it("shows the kind in German", () => {
    const wrapper = mount(KindBadge, { props: { kind: "MIGRANT_ORGANISATION" }, global: { plugins: [testI18n()] } });
    expect(wrapper.text()).toBe("Migrantenorganisation");
  });

  it("shows the kind in English", () => {
    const wrapper = mount(KindBadge, {
      props: { kind: "EDUCATIONAL_INSTITUTION" },
      global: { plugins: [testI18n("en")] },
    });
    expect(wrapper.text()).toBe("Educational institution");
  });

  it.each(ORGANISATION_KINDS)("%s has white text at 4.5:1 or better", (kind) => {
    expect(contrastRatio(KIND_COLOURS[kind], "#ffffff")).toBeGreaterThanOrEqual(4.5);
  });
});
