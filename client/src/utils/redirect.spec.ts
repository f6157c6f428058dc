import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./redirect";

describe("safeReturnPath", () => {
  it("keeps paths inside the app, with query and hash", () => {
    expect(safeReturnPath("/organisationen/kargah/bearbeiten")).toBe("/organisationen/kargah/bearbeiten");
    expect(safeReturnPath("/protokoll?id=1#x")).toBe("/protokoll?id=1#x");
    expect(safeReturnPath(["/netzwerk", "/x"])).toBe("/netzwerk");
  });

  it("refuses other origins and odd forms", () => {
    for (const bad of [
      "https://evil.example/",
      "//evil.example",
      "/\\evil.example",
      "javascript:alert(1)",
      "organisationen",
      "/x\n/y",
      "",
    ]) {
      expect(safeReturnPath(bad), bad).toBe("/");
    }
    expect(safeReturnPath(undefined)).toBe("/");
    expect(safeReturnPath(null, "/organisationen")).toBe("/organisationen");
  });

  it("does not return to the sign-in page", () => {
    expect(safeReturnPath("/anmelden")).toBe("/");
    expect(safeReturnPath("/anmelden?weiter=/x")).toBe("/");
  });
});
