import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DataSource } from "typeorm";
import { columnsFrom, type ColumnMapping } from "../../server/src/db/columns";
import { isUuid } from "../../server/src/db/ids";
import { queryReturning } from "../../server/src/db/returning";
import { uniqueSlug } from "../../server/src/db/unique-slug";
import { assertExpectedVersion, updateVersioned } from "../../server/src/db/versioned-update";
import { ConflictError } from "../../server/src/graphql/errors";
import { Organisation } from "../../server/src/modules/network/organisation.entity";
import { OrganisationKind } from "../../server/src/modules/network/network.enums";
import { openTestDatabase, type OpenTestDatabase } from "../support/test-database";

let database: OpenTestDatabase;
let dataSource: DataSource;

beforeAll(async () => {
  database = await openTestDatabase();
  dataSource = database.dataSource;
});
afterAll(async () => {
  await database?.close();
});

async function organisation(slug: string): Promise<Organisation> {
  const repository = dataSource.getRepository(Organisation);
  return repository.save(
    repository.create({ name: `Verein ${slug}`, slug, kind: OrganisationKind.MIGRANT_ORGANISATION }),
  );
}

/** What a client would see of the error: its code and details. */
async function conflictOf(promise: Promise<unknown>): Promise<Record<string, unknown>> {
  const error = await promise.then(
    () => null,
    (failure: unknown) => failure,
  );
  expect(error).toBeInstanceOf(ConflictError);
  return (error as ConflictError).extensions;
}

describe("updateVersioned", () => {
  it("updates the expected version and counts the version up", async () => {
    const row = await organisation("versioned-ok");
    await updateVersioned(dataSource.manager, Organisation, {
      what: "organisation",
      id: row.id,
      expectedVersion: row.version,
      set: { description: "neu" },
    });
    const after = await dataSource.getRepository(Organisation).findOneByOrFail({ id: row.id });
    expect(after).toMatchObject({ description: "neu", version: row.version + 1 });
    expect(after.updatedAt.getTime()).toBeGreaterThanOrEqual(row.updatedAt.getTime());
  });

  it("refuses a stale version with CONFLICT carrying the expected and the current version, changing nothing", async () => {
    const row = await organisation("versioned-stale");
    const update = { what: "organisation", id: row.id, expectedVersion: row.version };
    await updateVersioned(dataSource.manager, Organisation, { ...update, set: { description: "erste" } });
    const extensions = await conflictOf(
      updateVersioned(dataSource.manager, Organisation, { ...update, set: { description: "zweite" } }),
    );
    expect(extensions).toEqual({ code: "CONFLICT", expectedVersion: row.version, currentVersion: row.version + 1 });
    const after = await dataSource.getRepository(Organisation).findOneByOrFail({ id: row.id });
    expect(after).toMatchObject({ description: "erste", version: row.version + 1 });
  });

  it("of concurrent writers with the same expected version exactly one wins", async () => {
    const row = await organisation("versioned-race");
    const outcomes = await Promise.allSettled(
      ["a", "b", "c", "d"].map((description) =>
        dataSource.transaction((db) =>
          updateVersioned(db, Organisation, {
            what: "organisation",
            id: row.id,
            expectedVersion: row.version,
            set: { description },
          }),
        ),
      ),
    );
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    for (const outcome of outcomes.filter((o) => o.status === "rejected")) {
      expect((outcome as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
      expect((outcome as PromiseRejectedResult).reason.extensions.currentVersion).toBe(row.version + 1);
    }
  });

  it("applies a further condition as part of the same UPDATE", async () => {
    const row = await organisation("versioned-condition");
    const update = { what: "organisation", id: row.id, expectedVersion: row.version, set: { capacity: 9 } };
    const extensions = await conflictOf(
      updateVersioned(dataSource.manager, Organisation, {
        ...update,
        condition: { where: "kind = :kind", parameters: { kind: OrganisationKind.COMPANY } },
      }),
    );
    expect(extensions).toMatchObject({ expectedVersion: row.version, currentVersion: row.version });
    await updateVersioned(dataSource.manager, Organisation, {
      ...update,
      condition: { where: "kind = :kind", parameters: { kind: row.kind } },
    });
    expect((await dataSource.getRepository(Organisation).findOneByOrFail({ id: row.id })).capacity).toBe(9);
  });

  it("without an expected version updates whatever version is current; a missing row is CONFLICT with null", async () => {
    const row = await organisation("versioned-unchecked");
    await updateVersioned(dataSource.manager, Organisation, {
      what: "organisation",
      id: row.id,
      expectedVersion: null,
      set: { capacity: 4 },
    });
    expect((await dataSource.getRepository(Organisation).findOneByOrFail({ id: row.id })).version).toBe(
      row.version + 1,
    );
    const extensions = await conflictOf(
      updateVersioned(dataSource.manager, Organisation, {
        what: "organisation",
        id: "00000000-0000-4000-8000-000000000000",
        expectedVersion: 1,
        set: { capacity: 4 },
      }),
    );
    expect(extensions).toMatchObject({ expectedVersion: 1, currentVersion: null });
  });

  it("assertExpectedVersion refuses a stale version up front with the same error", () => {
    expect(() => assertExpectedVersion("call", { id: "x", version: 3 }, 3)).not.toThrow();
    try {
      assertExpectedVersion("call", { id: "x", version: 3 }, 2);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConflictError);
      expect((error as ConflictError).message).toBe(
        "The call was changed meanwhile; reload and apply your change again",
      );
      expect((error as ConflictError).extensions).toEqual({ code: "CONFLICT", expectedVersion: 2, currentVersion: 3 });
    }
  });
});

describe("queryReturning", () => {
  it("answers the returned rows of UPDATE and DELETE on the driver in use, for none, one and several rows", async () => {
    const [first, second] = [await organisation("returning-1"), await organisation("returning-2")];
    const update = `UPDATE organisation SET capacity = capacity + 1 WHERE slug LIKE $1 RETURNING id, capacity`;
    expect(await queryReturning(dataSource.manager, update, ["returning-none%"])).toEqual([]);
    expect(await queryReturning(dataSource.manager, update, ["returning-1"])).toEqual([
      { id: first.id, capacity: first.capacity + 1 },
    ]);
    const both = await queryReturning<{ id: string; capacity: number }>(dataSource.manager, update, ["returning-%"]);
    expect(both.map((row) => row.id).sort()).toEqual([first.id, second.id].sort());
    const deleted = await queryReturning<{ slug: string }>(
      dataSource.manager,
      `DELETE FROM organisation WHERE slug LIKE 'returning-%' RETURNING slug`,
    );
    expect(deleted.map((row) => row.slug).sort()).toEqual(["returning-1", "returning-2"]);
  });
});

describe("uniqueSlug", () => {
  it("takes the base while free, then the first free numbered suffix", async () => {
    const db = dataSource.manager;
    expect(await uniqueSlug(db, Organisation, "verein-slug")).toBe("verein-slug");
    await organisation("verein-slug");
    expect(await uniqueSlug(db, Organisation, "verein-slug")).toBe("verein-slug-2");
    await organisation("verein-slug-2");
    await organisation("verein-slug-4");
    expect(await uniqueSlug(db, Organisation, "verein-slug")).toBe("verein-slug-3");
    await organisation("verein-slug-3");
    expect(await uniqueSlug(db, Organisation, "verein-slug")).toBe("verein-slug-5");
    // Another base that merely starts alike does not count.
    expect(await uniqueSlug(db, Organisation, "verein")).toBe("verein");
  });
});

describe("columnsFrom", () => {
  interface Input {
    title?: string;
    note?: string | null;
    tags?: string[];
    attachments?: string[];
  }
  interface Row {
    title: string;
    note: string | null;
    tagKeys: string[];
  }
  const mapping: ColumnMapping<Input, Row> = {
    title: (title) => ({ title: title.trim() }),
    note: "note",
    tags: (tags) => ({ tagKeys: [...new Set(tags)] }),
    attachments: null,
  };

  it("sets only the fields present, converted where the mapping says so", () => {
    expect(columnsFrom({ title: "  Titel ", tags: ["a", "b", "a"], attachments: ["x"] }, mapping)).toEqual({
      title: "Titel",
      tagKeys: ["a", "b"],
    });
    expect(columnsFrom({}, mapping)).toEqual({});
  });

  it("passes null on, so that an update can clear a nullable column", () => {
    expect(columnsFrom({ note: null }, mapping)).toEqual({ note: null });
  });
});

describe("isUuid", () => {
  it("accepts UUIDs in either case and nothing else", () => {
    expect(isUuid("0b7e3c1a-4f2d-4c8e-9a1b-2c3d4e5f6a7b")).toBe(true);
    expect(isUuid("0B7E3C1A-4F2D-4C8E-9A1B-2C3D4E5F6A7B")).toBe(true);
    expect(isUuid("0b7e3c1a4f2d4c8e9a1b2c3d4e5f6a7b")).toBe(false);
    expect(isUuid("kargah")).toBe(false);
    expect(isUuid("0b7e3c1a-4f2d-4c8e-9a1b-2c3d4e5f6a7b ")).toBe(false);
  });
});
