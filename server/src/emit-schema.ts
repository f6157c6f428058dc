import "reflect-metadata";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { findRepoRoot } from "./config";
import { buildAppSchema } from "./graphql/schema";
import { resolvers } from "./modules/resolvers";

/**
 * Emits schema/schema.graphql from the code. With --check it emits to a temporary file and fails
 * when the committed schema differs, so CI catches a stale contract.
 */
async function emit(): Promise<void> {
  const committed = path.join(findRepoRoot(__dirname), "schema", "schema.graphql");
  const check = process.argv.includes("--check");
  const target = check ? path.join(fs.mkdtempSync(path.join(os.tmpdir(), "schema-")), "schema.graphql") : committed;
  await buildAppSchema(resolvers, { emitTo: target });
  if (!check) {
    console.log(`schema written to ${path.relative(process.cwd(), committed)}`);
    return;
  }
  const fresh = fs.readFileSync(target, "utf8");
  const current = fs.existsSync(committed) ? fs.readFileSync(committed, "utf8") : "";
  if (fresh !== current) {
    console.error("schema/schema.graphql is stale: run `npm run schema` and commit the result");
    process.exit(1);
  }
  console.log("schema/schema.graphql is up to date");
}

emit().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
