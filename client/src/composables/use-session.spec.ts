import { describe, expect, it } from "vitest";
import { defineComponent, h } from "vue";
import { flushPromises, mount } from "@vue/test-utils";
import { DefaultApolloClient } from "@vue/apollo-composable";
import type { ApolloClient, NormalizedCacheObject } from "@apollo/client/core";
import { loadViewer, useSession } from "./use-session";
import { COORDINATOR, fakeApollo, PARTNER } from "../test/fake-apollo";

type Session = ReturnType<typeof useSession>;

function mountSession(client: ApolloClient<NormalizedCacheObject>): { session: Session } {
  const holder = {} as { session: Session };
  mount(
    defineComponent({
      setup() {
        holder.session = useSession();
        return () => h("p", holder.session.viewer.value?.displayName ?? "signed out");
      },
    }),
    { global: { provide: { [DefaultApolloClient]: client } } },
  );
  return holder;
}

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await flushPromises();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

describe("useSession", () => {
  it("is pending until the server answered, then signed out", async () => {
    const { client } = fakeApollo();
    const { session } = mountSession(client);
    expect(session.pending.value).toBe(true);
    await settle();
    expect(session.pending.value).toBe(false);
    expect(session.signedIn.value).toBe(false);
    expect(session.role.value).toBeNull();
  });

  it("signs in, then asks `me` again and knows the role", async () => {
    const { client, state } = fakeApollo({ account: COORDINATOR });
    const { session } = mountSession(client);
    await settle();
    const viewer = await session.signIn(" koordination@album-hannover.example ", "secret");
    await settle();
    expect(viewer.displayName).toBe(COORDINATOR.displayName);
    expect(session.viewer.value?.email).toBe(COORDINATOR.email);
    expect(session.isCoordinator.value).toBe(true);
    expect(session.hasRole("COORDINATOR", "PARTNER")).toBe(true);
    // Login first, then the active `me` query again (the cache was reset).
    expect(state.operations).toEqual(["Me", "Login", "Me"]);
  });

  it("signs out and leaves nothing of the user in the cache", async () => {
    const { client, state } = fakeApollo({ viewer: PARTNER });
    const { session } = mountSession(client);
    await settle();
    expect(session.viewer.value?.displayName).toBe(PARTNER.displayName);
    expect(Object.keys(client.cache.extract())).toContain("User:u-1");

    await session.signOut();
    await settle();
    expect(session.signedIn.value).toBe(false);
    expect(state.operations).toContain("Logout");
    const cached = JSON.stringify(client.cache.extract());
    expect(cached).not.toContain("partner@kargah.example");
    expect(cached).not.toContain("User:u-1");
  });

  it("passes a refused sign-in on to the caller and stays signed out", async () => {
    const { client } = fakeApollo({ loginError: { code: "UNAUTHENTICATED" } });
    const { session } = mountSession(client);
    await settle();
    await expect(session.signIn("partner@kargah.example", "wrong")).rejects.toMatchObject({
      graphQLErrors: [{ extensions: { code: "UNAUTHENTICATED" } }],
    });
    expect(session.signedIn.value).toBe(false);
  });
});

describe("loadViewer (for the route guard)", () => {
  it("answers from the same `me` query", async () => {
    expect(await loadViewer(fakeApollo().client)).toBeNull();
    expect((await loadViewer(fakeApollo({ viewer: PARTNER }).client))?.role).toBe("PARTNER");
  });
});
