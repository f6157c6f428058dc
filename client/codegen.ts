import type { CodegenConfig } from "@graphql-codegen/cli";

const config: CodegenConfig = {
  schema: "../schema/schema.graphql",
  documents: ["src/**/*.{ts,vue}", "!src/gql/**/*"],
  ignoreNoDocuments: true,
  generates: {
    "src/gql/": {
      preset: "client",
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: {
          DateTime: "string",
          DateTimeISO: "string",
          LocalDate: "string",
          JSONObject: "Record<string, unknown>",
        },
      },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
