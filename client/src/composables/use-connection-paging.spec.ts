import { describe, expect, it } from "vitest";
import { ref } from "vue";
import { useConnectionPaging, type PagedConnection } from "./use-connection-paging";

const page = (names: string[], hasNextPage: boolean, endCursor: string | null): PagedConnection<{ name: string }> => ({
  edges: names.map((name) => ({ node: { name } })),
  pageInfo: { hasNextPage, endCursor },
  totalCount: 3,
});

describe("useConnectionPaging", () => {
  it("asks once for the page after the last cursor with the current variables, and not beyond the end", async () => {
    const connection = ref<PagedConnection<{ name: string }> | undefined>(page(["a", "b"], true, "c2"));
    const filter = ref("open");
    const requests: unknown[] = [];
    let finish: () => void = () => {};
    const paging = useConnectionPaging(
      connection,
      () => ({ filter: filter.value, first: 2 }),
      (options) => {
        requests.push(options.variables);
        return new Promise<void>((resolve) => (finish = resolve));
      },
    );
    expect(paging.nodes.value.map((node) => node.name)).toEqual(["a", "b"]);
    expect([paging.totalCount.value, paging.hasNextPage.value]).toEqual([3, true]);

    filter.value = "closed";
    const first = paging.loadMore();
    // A second click while the page is on its way does not ask again.
    await paging.loadMore();
    expect(paging.loadingMore.value).toBe(true);
    finish();
    await first;
    expect(paging.loadingMore.value).toBe(false);
    expect(requests).toEqual([{ filter: "closed", first: 2, after: "c2" }]);

    connection.value = page(["a", "b", "c"], false, "c3");
    await paging.loadMore();
    expect(requests).toHaveLength(1);
    expect(paging.hasNextPage.value).toBe(false);
  });

  it("is empty before the first answer", () => {
    const paging = useConnectionPaging(
      ref(undefined),
      () => ({}),
      () => Promise.resolve(),
    );
    expect([paging.nodes.value, paging.totalCount.value, paging.hasNextPage.value]).toEqual([[], null, false]);
  });
});
