import { describe, expect, it } from "vitest";
import { changeRows, describeValue } from "./audit-changes";
import { exportFileName, safeFileName } from "./download";

describe("audit changes", () => {
  it("lists field changes as rows", () => {
    expect(changeRows({ description: { before: "alt", after: "neu" }, capacity: { before: 3, after: null } })).toEqual([
      { field: "description", before: "alt", after: "neu" },
      { field: "capacity", before: 3, after: null },
    ]);
    expect(changeRows(null)).toEqual([]);
    expect(changeRows({ odd: "value" })).toEqual([{ field: "odd", before: null, after: "value" }]);
  });

  it("describes values as text, with labels for keys, and null for empty", () => {
    const label = (key: string) => ({ beratung: "Beratung", mitte: "Mitte" })[key] ?? key;
    expect(describeValue(["beratung", "mitte"], label)).toBe("Beratung, Mitte");
    expect(describeValue("neu")).toBe("neu");
    expect(describeValue(5)).toBe("5");
    expect(describeValue(null)).toBeNull();
    expect(describeValue("")).toBeNull();
    expect(describeValue([])).toBeNull();
    expect(describeValue([{ kind: "ALBUM_PARTNER", since: "2014-01-01", until: null }])).toBe(
      "kind: ALBUM_PARTNER; since: 2014-01-01",
    );
  });
});

describe("export file names", () => {
  it("names the DSGVO export after the address, without unsafe characters", () => {
    expect(exportFileName("Partner@Kargah.example")).toBe("personendaten-partner@kargah.example.json");
    expect(safeFileName("a/b\\c d")).toBe("a_b_c_d");
    expect(safeFileName("..")).toBe("_");
  });
});
