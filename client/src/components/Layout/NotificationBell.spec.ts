import { describe, expect, it } from "vitest";
import { flushPromises, mount } from "@vue/test-utils";
import { DefaultApolloClient } from "@vue/apollo-composable";
import NotificationBell from "./NotificationBell.vue";
import { testI18n, testRouter } from "../../test/mount-helpers";
import { fakeApollo, PARTNER } from "../../test/fake-apollo";

function notification(id: string, readAt: string | null) {
  return {
    __typename: "Notification",
    id,
    kind: "TANDEM_REQUEST_RECEIVED",
    title: "Neue Tandem-Anfrage",
    message: "kargah e.V. möchte mit der VHS ein Tandem bilden.",
    link: `/anfragen?anfrage=${id}`,
    readAt,
    createdAt: "2027-03-01T09:00:00.000Z",
  };
}

async function mountBell(unread: number, locale: "de" | "en" = "de") {
  const state = { unread, marked: 0 };
  const { client } = fakeApollo({
    viewer: PARTNER,
    handlers: {
      UnreadNotificationCount: () => ({ unreadNotificationCount: state.unread }),
      Notifications: () => ({
        notifications: [notification("n-1", null), notification("n-2", "2027-03-01T10:00:00.000Z")],
      }),
      MarkNotificationsRead: () => {
        state.marked = state.unread;
        state.unread = 0;
        return { markNotificationsRead: state.marked };
      },
    },
  });
  const router = testRouter();
  await router.push("/");
  const wrapper = mount(NotificationBell, {
    global: { plugins: [testI18n(locale), router], provide: { [DefaultApolloClient]: client } },
    attachTo: document.body,
  });
  await settle();
  return { wrapper, state };
}

async function settle(): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await flushPromises();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

describe("NotificationBell", () => {
  it("names the unread count in its label (singular, plural, none) and shows it as a badge", async () => {
    const three = await mountBell(3);
    const button = three.wrapper.get("button.bell__button");
    expect(button.attributes("aria-label")).toBe("3 ungelesene Benachrichtigungen");
    expect(three.wrapper.get(".bell__count").text()).toBe("3");
    expect(three.wrapper.get(".bell__count").attributes("aria-hidden")).toBe("true");
    three.wrapper.unmount();

    const one = await mountBell(1);
    expect(one.wrapper.get("button.bell__button").attributes("aria-label")).toBe("1 ungelesene Benachrichtigung");
    one.wrapper.unmount();

    const none = await mountBell(0);
    expect(none.wrapper.get("button.bell__button").attributes("aria-label")).toBe(
      "Keine ungelesenen Benachrichtigungen",
    );
    expect(none.wrapper.find(".bell__count").exists()).toBe(false);
    none.wrapper.unmount();

    const english = await mountBell(3, "en");
    expect(english.wrapper.get("button.bell__button").attributes("aria-label")).toBe("3 unread notifications");
    english.wrapper.unmount();
  });

  it("opens a list with title, message, time and link, and marks all as read", async () => {
    const { wrapper, state } = await mountBell(2);
    const button = wrapper.get("button.bell__button");
    expect(button.attributes("aria-expanded")).toBe("false");
    await button.trigger("click");
    await settle();
    expect(button.attributes("aria-expanded")).toBe("true");
    const panel = wrapper.get("#notification-panel");
    expect(panel.isVisible()).toBe(true);
    const items = panel.findAll("li");
    expect(items).toHaveLength(2);
    expect(items[0]!.text()).toContain("Ungelesen: Neue Tandem-Anfrage");
    expect(items[0]!.get("a").attributes("href")).toBe("/anfragen?anfrage=n-1");
    expect(items[0]!.get("time").attributes("datetime")).toBe("2027-03-01T09:00:00.000Z");
    expect(items[1]!.text()).not.toContain("Ungelesen");

    await panel
      .findAll("button")
      .find((b) => b.text() === "Alle als gelesen markieren")!
      .trigger("click");
    await settle();
    expect(state.marked).toBe(2);
    expect(button.attributes("aria-label")).toBe("Keine ungelesenen Benachrichtigungen");
    expect(panel.findAll("button").some((b) => b.text() === "Alle als gelesen markieren")).toBe(false);
    wrapper.unmount();
  });

  it("closes with Escape and gives focus back to the bell", async () => {
    const { wrapper } = await mountBell(1);
    const button = wrapper.get("button.bell__button");
    await button.trigger("click");
    await wrapper.get("#notification-panel").trigger("keydown", { key: "Escape" });
    await settle();
    expect(button.attributes("aria-expanded")).toBe("false");
    expect(document.activeElement).toBe(button.element);
    wrapper.unmount();
  });
});
