import js from "@eslint/js";
import tseslint from "typescript-eslint";
import pluginVue from "eslint-plugin-vue";
import globals from "globals";
import eslintConfigPrettier from "eslint-config-prettier/flat";

export default tseslint.config(
  {
    ignores: [
      "**/dist/**",
      "**/node_modules/**",
      "client/src/gql/**",
      "data/**",
      "coverage/**",
      "tests/bench/results/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginVue.configs["flat/recommended"],
  {
    files: ["**/*.vue"],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
      "@typescript-eslint/ban-ts-comment": "error",
      "@typescript-eslint/no-unsafe-function-type": "off",
      "no-console": ["error", { allow: ["warn", "error"] }],
    },
  },
  {
    files: ["client/**/*.{ts,vue}"],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      "vue/multi-word-component-names": "off",
      "vue/max-attributes-per-line": "off",
      "vue/singleline-html-element-content-newline": "off",
      "vue/html-self-closing": "off",
    },
  },
  {
    // The layers under the modules know no module: each module brings its own loaders (perRequest),
    // and the composition roots (modules/resolvers.ts, modules/entities.ts) list the rest.
    // Cycles between modules are caught by tests/server/module-boundaries.test.ts.
    files: [
      "server/src/graphql/**/*.ts",
      "server/src/db/**/*.ts",
      "server/src/shared/**/*.ts",
      "server/src/jobs/**/*.ts",
      "server/src/mail/**/*.ts",
    ],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/modules/**"],
              message: "graphql/, db/, shared/, jobs/ and mail/ sit below the domain modules and must not import them.",
            },
          ],
        },
      ],
    },
  },
  {
    // Command-line tools and tests may print.
    files: ["seeds/cli.ts", "tests/**/*.ts", "server/src/emit-schema.ts", "server/src/main.ts"],
    rules: { "no-console": "off" },
  },
  // Layout belongs to Prettier (`npm run format`); eslint keeps to correctness.
  eslintConfigPrettier,
);
