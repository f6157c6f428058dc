import { defineConfig } from "vitest/config";
import vue from "@vitejs/plugin-vue";
import { availableParallelism } from "node:os";

// type-graphql and the tests must share one copy of graphql ("another module or realm" otherwise).
const graphqlAlias = { graphql: "graphql/index.js" };

export default defineConfig({
  test: {
    // Vitest's default is one worker per core minus one: a single worker on a two-core CI machine. Test
    // files mostly wait on their database and HTTP round trips, so two at a time finish far sooner.
    maxWorkers: Math.max(2, availableParallelism()),
    projects: [
      {
        resolve: { alias: graphqlAlias },
        test: {
          name: "server",
          include: ["tests/server/**/*.test.ts", "server/src/**/*.spec.ts", "seeds/**/*.spec.ts"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Each file gets its own process and so its own embedded database.
          pool: "forks",
        },
      },
      {
        plugins: [vue()],
        resolve: { alias: graphqlAlias },
        test: {
          name: "client",
          include: ["client/src/**/*.spec.ts"],
          environment: "happy-dom",
        },
      },
      {
        resolve: { alias: graphqlAlias },
        test: {
          name: "browser",
          include: ["tests/browser/**/*.test.ts"],
          environment: "node",
          // expect.poll waits out a server round trip on an embedded database, not just its default second.
          expect: { poll: { timeout: 10_000 } },
          testTimeout: 120_000,
          hookTimeout: 180_000,
          pool: "forks",
          fileParallelism: false,
        },
      },
    ],
  },
});
