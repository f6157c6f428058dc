import { describe, expect, it } from "vitest";
import { installAuthGuard, requiresAuth } from "./router";
import { testRouter } from "./test/mount-helpers";

describe("the sign-in guard", () => {
  it("sends signed-out visitors of a members' page to the sign-in page, remembering the page", async () => {
    const router = testRouter();
    installAuthGuard(router, async () => null);
    await router.push("/organisationen/kargah/bearbeiten?x=1");
    expect(router.currentRoute.value.name).toBe("sign-in");
    expect(router.currentRoute.value.query.weiter).toBe("/organisationen/kargah/bearbeiten?x=1");
  });

  it("lets signed-in users through (roles are checked on the page) and leaves public pages alone", async () => {
    const router = testRouter();
    let asked = 0;
    installAuthGuard(router, async () => {
      asked += 1;
      return { role: "PARTNER" };
    });
    await router.push("/organisationen/kargah");
    expect(asked).toBe(0);
    await router.push("/protokoll");
    expect(router.currentRoute.value.path).toBe("/protokoll");
    expect(asked).toBe(1);
  });

  it("treats a page with roles as a members' page", () => {
    expect(requiresAuth({ meta: { roles: ["COORDINATOR"] } })).toBe(true);
    expect(requiresAuth({ meta: {} })).toBe(false);
  });
});
