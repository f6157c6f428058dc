import { describe, expect, it } from "vitest";
import { mount } from "@vue/test-utils";
import UserMenu from "./UserMenu.vue";
import { testI18n, testRouter } from "../../test/mount-helpers";
import { PARTNER } from "../../test/fake-apollo";

async function mountMenu() {
  const router = testRouter();
  await router.push("/");
  await router.isReady();
  const wrapper = mount(UserMenu, {
    props: { viewer: PARTNER },
    global: { plugins: [testI18n(), router] },
    attachTo: document.body,
  });
  return { wrapper, router };
}

describe("UserMenu", () => {
  it("is a closed disclosure button named after the account", async () => {
    const { wrapper } = await mountMenu();
    const button = wrapper.get("button.user-menu__button");
    expect(button.text()).toMatch(/^Konto: kargah e\.V\. \(Demo\)/);
    expect(button.attributes("aria-expanded")).toBe("false");
    expect(button.attributes("aria-controls")).toBe("user-menu-panel");
    expect(wrapper.get("#user-menu-panel").isVisible()).toBe(false);
    wrapper.unmount();
  });

  it("shows role, organisation and e-mail, and offers signing out", async () => {
    const { wrapper } = await mountMenu();
    await wrapper.get("button.user-menu__button").trigger("click");
    const panel = wrapper.get("#user-menu-panel");
    expect(panel.isVisible()).toBe(true);
    expect(panel.text()).toContain("Partnerorganisation");
    expect(panel.get("a").attributes("href")).toBe("/organisationen/kargah");
    expect(panel.text()).toContain("partner@kargah.example");
    const signOut = panel.findAll("button").find((b) => b.text() === "Abmelden");
    expect(signOut).toBeDefined();
    await signOut?.trigger("click");
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(wrapper.emitted("signOut")).toHaveLength(1);
    wrapper.unmount();
  });

  it("closes with Escape and gives focus back to its button", async () => {
    const { wrapper } = await mountMenu();
    const button = wrapper.get("button.user-menu__button");
    await button.trigger("click");
    await wrapper.get("#user-menu-panel").trigger("keydown", { key: "Escape" });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(button.attributes("aria-expanded")).toBe("false");
    expect(document.activeElement).toBe(button.element);
    wrapper.unmount();
  });

  it("speaks English in the English UI", async () => {
    const router = testRouter();
    const wrapper = mount(UserMenu, { props: { viewer: PARTNER }, global: { plugins: [testI18n("en"), router] } });
    await wrapper.get("button.user-menu__button").trigger("click");
    expect(wrapper.get("#user-menu-panel").text()).toContain("Partner organisation");
    expect(wrapper.text()).toContain("Sign out");
  });
});
