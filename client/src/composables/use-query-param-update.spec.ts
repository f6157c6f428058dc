import { describe, expect, it } from "vitest";
import { defineComponent, h } from "vue";
import { mount } from "@vue/test-utils";
import { testRouter } from "../test/mount-helpers";
import { useQueryParamUpdate } from "./use-query-param-update";

describe("useQueryParamUpdate", () => {
  it("keeps both of two quick changes while the first navigation still waits for a guard", async () => {
    const router = testRouter();
    // Like the session check of members' pages: every navigation waits a moment.
    router.beforeEach(() => new Promise<true>((resolve) => setTimeout(() => resolve(true), 20)));
    await router.push("/ausschreibungen?status=OPEN");
    let update: ReturnType<typeof useQueryParamUpdate>["setQueryParam"] = async () => {};
    const Probe = defineComponent({
      setup() {
        update = useQueryParamUpdate().setQueryParam;
        return () => h("div");
      },
    });
    const wrapper = mount(Probe, { global: { plugins: [router] } });
    await Promise.all([update("von", "2027"), update("bis", "2028")]);
    expect(router.currentRoute.value.query).toEqual({ status: "OPEN", von: "2027", bis: "2028" });

    await update("status", "");
    expect(router.currentRoute.value.query).toEqual({ von: "2027", bis: "2028" });
    wrapper.unmount();
  });
});
