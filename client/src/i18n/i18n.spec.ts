import { describe, expect, it } from "vitest";
import { de } from "./de";
import { en } from "./en";

function keyPaths(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key));
}

describe("i18n messages", () => {
  it("German and English have the same keys", () => {
    expect(keyPaths(en).sort()).toEqual(keyPaths(de).sort());
  });

  it("has no empty message", () => {
    for (const messages of [de, en]) {
      const empty = keyPaths(messages).filter((path) => {
        const text = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], messages);
        return typeof text !== "string" || text.trim() === "";
      });
      expect(empty).toEqual([]);
    }
  });

  it("uses the same placeholders in both languages", () => {
    const placeholders = (messages: unknown) =>
      Object.fromEntries(
        keyPaths(messages).map((path) => {
          const text = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], messages);
          return [path, [...String(text).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()];
        }),
      );
    expect(placeholders(en)).toEqual(placeholders(de));
  });
});
