import { describe, expect, it } from "vitest";
import { flushPromises, mount } from "@vue/test-utils";
import { DefaultApolloClient } from "@vue/apollo-composable";
import AccessGate from "./AccessGate.vue";
import { testI18n, testRouter } from "../../test/mount-helpers";
import { COORDINATOR, fakeApollo, PARTNER } from "../../test/fake-apollo";
import type { ViewerFragment } from "../../gql/graphql";

async function gate(viewer: ViewerFragment | null, props: Record<string, unknown>) {
  const { client } = fakeApollo({ viewer });
  const router = testRouter();
  await router.push("/protokoll");
  const wrapper = mount(AccessGate, {
    props,
    slots: { default: "<p>Geheime Seite</p>" },
    global: { plugins: [testI18n(), router], provide: { [DefaultApolloClient]: client } },
  });
  for (let i = 0; i < 3; i++) {
    await flushPromises();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return wrapper;
}

describe("AccessGate", () => {
  it("shows public pages without asking", async () => {
    expect((await gate(null, {})).text()).toBe("Geheime Seite");
  });

  it("shows the 401 page when the session is missing", async () => {
    const wrapper = await gate(null, { requiresAuth: true });
    expect(wrapper.get("h1").text()).toBe("Anmeldung erforderlich");
    expect(wrapper.get("a").attributes("href")).toBe("/anmelden?weiter=/protokoll");
    expect(wrapper.text()).not.toContain("Geheime Seite");
  });

  it("shows the 403 page to a role the page does not admit", async () => {
    const wrapper = await gate(PARTNER, { requiresAuth: true, roles: ["COORDINATOR"] });
    expect(wrapper.get("h1").text()).toBe("Kein Zugriff");
    expect(wrapper.text()).not.toContain("Geheime Seite");
  });

  it("shows the page to the admitted role", async () => {
    expect((await gate(COORDINATOR, { requiresAuth: true, roles: ["COORDINATOR"] })).text()).toBe("Geheime Seite");
  });
});
