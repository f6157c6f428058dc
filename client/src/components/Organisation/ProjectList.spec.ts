import { describe, expect, it } from "vitest";
import { mount } from "@vue/test-utils";
import ProjectList from "./ProjectList.vue";
import { testI18n } from "../../test/mount-helpers";
import type { OrganisationProfile } from "./profile-types";

const project: OrganisationProfile["applications"][number] = {
  id: "1",
  title: "ALBuM-VIP",
  status: "COMPLETED",
  startsOn: "2009-01-01",
  endsOn: "2011-12-31",
  requestedAmount: null,
  approvedAmount: 480000,
  participantsReached: 1250,
  programme: { id: "p", name: "XENOS – Integration und Vielfalt" },
};

describe("ProjectList", () => {
  it("shows status, period, programme, amount and participants", () => {
    const wrapper = mount(ProjectList, { props: { projects: [project] }, global: { plugins: [testI18n()] } });
    const text = wrapper.text().replace(/\u00a0/g, " ");
    expect(wrapper.find("h3").text()).toBe("ALBuM-VIP");
    expect(text).toContain("Abgeschlossen");
    expect(text).toContain("01.01.2009 – 31.12.2011");
    expect(text).toContain("XENOS – Integration und Vielfalt");
    expect(text).toContain("480.000 €");
    expect(text).toContain("1.250");
    expect(text).not.toContain("Beantragt");
  });

  it("says so when there are no projects", () => {
    const wrapper = mount(ProjectList, { props: { projects: [] }, global: { plugins: [testI18n("en")] } });
    expect(wrapper.text()).toBe("No projects recorded.");
  });
});
