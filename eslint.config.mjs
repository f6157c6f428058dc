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
    // Command-line tools and tests may print.
    files: ["seeds/cli.ts", "tests/**/*.ts", "server/src/graphql/emit-schema.ts", "server/src/main.ts"],
    rules: { "no-console": "off" },
  },
  {
    // The database toolkit serves every module, so it must not depend on any; entities.ts is the one
    // place that lists all entities for the data source.
    files: ["server/src/db/**/*.ts"],
    ignores: ["server/src/db/entities.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/modules/**"], message: "db/ imports no domain module; pass entities in." }] },
      ],
    },
  },
  // Layout belongs to Prettier (`npm run format`); eslint keeps to correctness.
  eslintConfigPrettier,
);
