/**
 * PostGraphile 4 needs graphql 15, the app graphql 16. npm hoists graphql 16 to the root and leaves
 * several nested copies of graphql 15 (under postgraphile, under graphile-build-pg), and packages
 * with a graphql peer dependency (graphql-parse-resolve-info) resolve to the root's 16. Two graphql
 * module instances in one schema fail at run time ("Unexpected input type: [OrganisationsOrderBy!]").
 *
 * Imported first by postgraphile-worker.ts (a process that serves only PostGraphile), this sends
 * every `require("graphql…")` to the one copy of graphql 15 under postgraphile.
 */
import fs from "node:fs";
import Module from "node:module";
import path from "node:path";

interface ResolvingModule {
  _resolveFilename(request: string, parent: unknown, ...rest: unknown[]): string;
}

const postgraphileDir = path.dirname(require.resolve("postgraphile/package.json"));
const graphqlDir = path.dirname(require.resolve("graphql/package.json", { paths: [postgraphileDir] }));
const { version } = JSON.parse(fs.readFileSync(path.join(graphqlDir, "package.json"), "utf8")) as { version: string };
if (!version.startsWith("15.")) throw new Error(`PostGraphile 4 needs graphql 15, found ${version} at ${graphqlDir}`);

const resolving = Module as unknown as ResolvingModule;
const resolveFilename = resolving._resolveFilename.bind(Module);
resolving._resolveFilename = (request: string, parent: unknown, ...rest: unknown[]): string => {
  if (request === "graphql" || request.startsWith("graphql/"))
    return resolveFilename(graphqlDir + request.slice("graphql".length), parent, ...rest);
  return resolveFilename(request, parent, ...rest);
};
