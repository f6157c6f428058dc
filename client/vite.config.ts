import { defineConfig, type Plugin } from "vite";
import vue from "@vitejs/plugin-vue";
import { transformAsync } from "@babel/core";
import { babelOptimizerPlugin } from "@graphql-codegen/client-preset";
import { compression } from "vite-plugin-compression2";

const api = "http://localhost:4000";

/**
 * The client preset's `graphql()` looks documents up in one map of every operation's source text
 * (src/gql/gql.ts), which the entry chunk carried. The preset's own Babel plugin rewrites each call
 * into an import of its parsed document, so that map is gone from the bundle. The parsed documents
 * still live in one module (src/gql/graphql.ts), which the bundler keeps whole in the entry chunk.
 */
function graphqlDocumentsPerChunk(): Plugin {
  return {
    name: "album:graphql-documents-per-chunk",
    enforce: "pre",
    async transform(code, id) {
      if (!/\/src\/graphql\/[^/]+\.ts$/.test(id) || !code.includes("graphql(")) return null;
      const result = await transformAsync(code, {
        filename: id,
        babelrc: false,
        configFile: false,
        sourceMaps: true,
        parserOpts: { plugins: ["typescript"] },
        plugins: [
          [
            babelOptimizerPlugin,
            { artifactDirectory: new URL("./src/gql", import.meta.url).pathname, gqlTagName: "graphql" },
          ],
        ],
      });
      return result?.code ? { code: result.code, map: result.map } : null;
    },
  };
}

export default defineConfig(({ mode }) => ({
  plugins: [
    graphqlDocumentsPerChunk(),
    vue(),
    // Brotli and gzip files beside each asset, compressed once at build time: the server sends them
    // as they are instead of compressing a megabyte of JavaScript again for every visitor.
    compression({ algorithms: ["brotliCompress", "gzip"], include: /\.(js|css|html|svg|json)$/, threshold: 1024 }),
  ],
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
