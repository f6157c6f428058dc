import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const modulesRoot = path.resolve(__dirname, "../../server/src/modules");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith(".ts") ? [full] : [];
  });
}

/** The module a path belongs to (first folder under modules/), or null outside of any module. */
function moduleOf(file: string): string | null {
  const relative = path.relative(modulesRoot, file);
  if (relative.startsWith("..")) return null;
  const [first, ...rest] = relative.split(path.sep);
  return rest.length > 0 ? first! : null;
}

/** module → module → one importing file, from the static and dynamic imports of every source file. */
function moduleImports(): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  for (const file of sourceFiles(modulesRoot)) {
    const from = moduleOf(file)!;
    const source = fs.readFileSync(file, "utf8");
    for (const match of source.matchAll(/(?:\bfrom\s+|\bimport\s*\(?\s*)"(\.[^"]+)"/g)) {
      const to = moduleOf(path.resolve(path.dirname(file), match[1]!));
      if (to === null || to === from) continue;
      if (!graph.has(from)) graph.set(from, new Map());
      if (!graph.get(from)!.has(to)) graph.get(from)!.set(to, path.relative(modulesRoot, file));
    }
  }
  return graph;
}

describe("module boundaries", () => {
  it("no two modules import each other, directly or around a circle", () => {
    const graph = moduleImports();
    const reachable = (start: string): Set<string> => {
      const seen = new Set<string>();
      const stack = [start];
      while (stack.length > 0) {
        for (const next of graph.get(stack.pop()!)?.keys() ?? []) {
          if (!seen.has(next)) {
            seen.add(next);
            stack.push(next);
          }
        }
      }
      return seen;
    };
    const offending: string[] = [];
    for (const [from, targets] of graph) {
      for (const [to, file] of targets) {
        // An edge is part of a circle when its target leads back to its source.
        if (reachable(to).has(from)) offending.push(`${from} → ${to} (${file})`);
      }
    }
    expect(offending, `imports that close a circle between modules:\n${offending.join("\n")}`).toEqual([]);
  });

  it("finds the imports it checks", () => {
    // Guards the test above against a parser that silently sees nothing.
    expect(moduleImports().get("applications")?.has("network")).toBe(true);
  });
});
