import { defineConfig } from "vite";
import vue from "@vitejs/plugin-vue";

const api = "http://localhost:4000";

export default defineConfig(({ mode }) => ({
  plugins: [vue()],
  // Apollo Client 3 runs its development checks and messages unless __DEV__ is false.
  define: {
    "globalThis.__DEV__": JSON.stringify(mode !== "production"),
  },
  server: {
    proxy: {
      "/graphql": api,
      "/healthz": api,
      "/readyz": api,
      "/calendar": api,
      "/export": api,
      // The page /import is the client's; only the spreadsheet endpoints below it are the server's.
      "/import/": api,
    },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // Cytoscape is large; it lives in the lazily loaded graph view chunk.
    chunkSizeWarningLimit: 1000,
  },
}));
