import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, signIn, startTestServer, type TestServer } from "../support/test-server";
import { CREATE_ORGANISATION, ORGANISATION_BY_SLUG, UPDATE_ORGANISATION } from "../support/queries";

let server: TestServer;
let coordinator: string;
let kargahPartner: string;

interface Profile {
  id: string;
  version: number;
  name: string;
  description: string;
  topics: { key: string }[];
}

async function profile(slug: string, cookie?: string): Promise<Profile> {
  const res = await server.graphql<{ organisation: Profile }>(ORGANISATION_BY_SLUG, { slug }, { cookie });
  return res.data!.organisation;
}

async function countOrganisations(): Promise<number> {
  const [row] = (await server.dataSource.query(`SELECT count(*)::int AS n FROM organisation`)) as [{ n: number }];
  return row.n;
}

beforeAll(async () => {
  server = await startTestServer();
  coordinator = await signIn(server, DEMO.coordinator);
  kargahPartner = await signIn(server, DEMO.kargah);
});
afterAll(async () => {
  await server?.close();
});

describe("createOrganisation", () => {
  it("creates with only name and kind, deriving a unique slug", async () => {
    const first = await server.graphql<{ createOrganisation: { slug: string; version: number } }>(
      CREATE_ORGANISATION,
      { input: { name: "Verein Müller & Söhne e.V.", kind: "MIGRANT_ORGANISATION" } },
      { cookie: coordinator },
    );
    expect(first.errors).toBeUndefined();
    expect(first.data?.createOrganisation.slug).toBe("verein-mueller-soehne-e-v");
    const second = await server.graphql<{ createOrganisation: { slug: string } }>(
      CREATE_ORGANISATION,
      { input: { name: "Verein Müller & Söhne e.V.", kind: "COMPANY" } },
      { cookie: coordinator },
    );
    expect(second.data?.createOrganisation.slug).toBe("verein-mueller-soehne-e-v-2");
  });

  it("stores taxonomy keys and memberships", async () => {
    const res = await server.graphql<{
      createOrganisation: { topics: { key: string }[]; memberships: { kind: string }[] };
    }>(
      CREATE_ORGANISATION,
      {
        input: {
          name: "Bildungswerk Nord",
          kind: "EDUCATIONAL_INSTITUTION",
          topics: ["berufsorientierung"],
          languages: ["de", "tr"],
          districtsServed: ["nord"],
          memberships: [{ kind: "ALBUM_CANDIDATE", since: "2026-01-01" }],
        },
      },
      { cookie: coordinator },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.createOrganisation.topics.map((t) => t.key)).toEqual(["berufsorientierung"]);
    expect(res.data?.createOrganisation.memberships.map((m) => m.kind)).toEqual(["ALBUM_CANDIDATE"]);
  });

  it("refuses unknown taxonomy keys, naming the fields, and writes nothing", async () => {
    const before = await countOrganisations();
    const res = await server.graphql(
      CREATE_ORGANISATION,
      { input: { name: "Fehlerverein", kind: "MIGRANT_ORGANISATION", topics: ["quantenphysik"], languages: ["xx"] } },
      { cookie: coordinator },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const fields = (res.errors?.[0]?.extensions?.fields as { field: string }[]).map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(["topics", "languages"]));
    expect(await countOrganisations()).toBe(before);
  });

  it("refuses a missing name, a too short name and an invalid website with BAD_USER_INPUT", async () => {
    const before = await countOrganisations();
    const missing = await server.graphql(CREATE_ORGANISATION, { input: { kind: "COMPANY" } }, { cookie: coordinator });
    expect(missing.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const tooShort = await server.graphql(
      CREATE_ORGANISATION,
      { input: { name: "X", kind: "COMPANY" } },
      { cookie: coordinator },
    );
    expect(tooShort.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect((tooShort.errors?.[0]?.extensions?.fields as { field: string }[])[0]?.field).toBe("name");
    const website = await server.graphql(
      CREATE_ORGANISATION,
      { input: { name: "Firma", kind: "COMPANY", website: "javascript:alert(1)" } },
      { cookie: coordinator },
    );
    expect(website.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(await countOrganisations()).toBe(before);
  });

  it("is for the coordination office only", async () => {
    const before = await countOrganisations();
    const anonymous = await server.graphql(CREATE_ORGANISATION, { input: { name: "Anonym", kind: "COMPANY" } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const partner = await server.graphql(
      CREATE_ORGANISATION,
      { input: { name: "Partner", kind: "COMPANY" } },
      { cookie: kargahPartner },
    );
    expect(partner.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await countOrganisations()).toBe(before);
  });
});

describe("updateOrganisation", () => {
  it("lets a partner edit its own organisation and bumps the version", async () => {
    const kargah = await profile("kargah");
    const res = await server.graphql<{ updateOrganisation: Profile }>(
      UPDATE_ORGANISATION,
      { id: kargah.id, input: { description: "Neue Beschreibung" }, expectedVersion: kargah.version },
      { cookie: kargahPartner },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.updateOrganisation.description).toBe("Neue Beschreibung");
    expect(res.data?.updateOrganisation.version).toBe(kargah.version + 1);
    expect(res.data?.updateOrganisation.name).toBe(kargah.name);
  });

  it("refuses a stale expectedVersion with CONFLICT and changes nothing", async () => {
    const kargah = await profile("kargah");
    const res = await server.graphql(
      UPDATE_ORGANISATION,
      { id: kargah.id, input: { description: "Überschrieben" }, expectedVersion: kargah.version - 1 },
      { cookie: kargahPartner },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(res.errors?.[0]?.extensions?.currentVersion).toBe(kargah.version);
    const after = await profile("kargah");
    expect(after.description).toBe(kargah.description);
    expect(after.version).toBe(kargah.version);
  });

  it("lets exactly one of two concurrent edits with the same version win", async () => {
    const kargah = await profile("kargah");
    const results = await Promise.all(
      ["Fassung A", "Fassung B"].map((description) =>
        server.graphql(
          UPDATE_ORGANISATION,
          { id: kargah.id, input: { description }, expectedVersion: kargah.version },
          { cookie: coordinator },
        ),
      ),
    );
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? "OK").sort();
    expect(codes).toEqual(["CONFLICT", "OK"]);
    expect((await profile("kargah")).version).toBe(kargah.version + 1);
  });

  it("forbids a partner to edit another organisation, and hides the edit right", async () => {
    const vhs = await profile("vhs-hannover");
    const res = await server.graphql(
      UPDATE_ORGANISATION,
      { id: vhs.id, input: { description: "Fremd" }, expectedVersion: vhs.version },
      { cookie: kargahPartner },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await profile("vhs-hannover")).description).toBe(vhs.description);
    const seen = await server.graphql<{ organisation: { viewerCanEdit: boolean } }>(
      ORGANISATION_BY_SLUG,
      { slug: "vhs-hannover" },
      { cookie: kargahPartner },
    );
    expect(seen.data?.organisation.viewerCanEdit).toBe(false);
    const own = await server.graphql<{ organisation: { viewerCanEdit: boolean } }>(
      ORGANISATION_BY_SLUG,
      { slug: "kargah" },
      { cookie: kargahPartner },
    );
    expect(own.data?.organisation.viewerCanEdit).toBe(true);
  });

  it("refuses unknown ids with NOT_FOUND and bad keys with BAD_USER_INPUT, leaving the row alone", async () => {
    const missing = await server.graphql(
      UPDATE_ORGANISATION,
      { id: "00000000-0000-4000-8000-000000000000", input: { description: "x" }, expectedVersion: 1 },
      { cookie: coordinator },
    );
    expect(missing.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const kargah = await profile("kargah");
    const badKey = await server.graphql(
      UPDATE_ORGANISATION,
      { id: kargah.id, input: { description: "Teil", topics: ["gibt-es-nicht"] }, expectedVersion: kargah.version },
      { cookie: coordinator },
    );
    expect(badKey.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const after = await profile("kargah");
    expect(after.description).toBe(kargah.description);
    expect(after.version).toBe(kargah.version);
  });
});

describe("archiveOrganisation and relations", () => {
  it("archives an organisation: gone from the directory, still reachable by slug", async () => {
    const created = await server.graphql<{ createOrganisation: { id: string; slug: string } }>(
      CREATE_ORGANISATION,
      { input: { name: "Archivverein", kind: "MIGRANT_ORGANISATION" } },
      { cookie: coordinator },
    );
    const { id, slug } = created.data!.createOrganisation;
    const archived = await server.graphql<{ archiveOrganisation: { archivedAt: string | null } }>(
      `mutation($id: ID!) { archiveOrganisation(id: $id) { archivedAt } }`,
      { id },
      { cookie: coordinator },
    );
    expect(archived.data?.archiveOrganisation.archivedAt).not.toBeNull();
    const search = await server.graphql<{ organisations: { totalCount: number } }>(
      `{ organisations(filter: { search: "Archivverein" }) { totalCount } }`,
    );
    expect(search.data?.organisations.totalCount).toBe(0);
    const bySlug = await server.graphql<{ organisation: { slug: string } }>(
      `query($s: String!) { organisation(slug: $s) { slug } }`,
      { s: slug },
    );
    expect(bySlug.data?.organisation.slug).toBe(slug);
  });

  it("creates a relation that makes partners, refuses duplicates and self-links, removes it", async () => {
    const [tolstoi, vnb] = await Promise.all([profile("tolstoi"), profile("vnb")]);
    const create = `mutation($input: CreateRelationInput!) { createRelation(input: $input) { id type source { slug } target { slug } } }`;
    const input = {
      sourceId: tolstoi.id,
      targetId: vnb.id,
      type: "COOPERATION",
      since: "2026-01-01",
      note: "Tandem-Anbahnung",
    };
    const created = await server.graphql<{ createRelation: { id: string; target: { slug: string } } }>(
      create,
      { input },
      { cookie: coordinator },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data?.createRelation.target.slug).toBe("vnb");
    const partners = await server.graphql<{ organisation: { partners: { slug: string }[] } }>(ORGANISATION_BY_SLUG, {
      slug: "tolstoi",
    });
    expect(partners.data?.organisation.partners.map((p) => p.slug)).toContain("vnb");
    const duplicate = await server.graphql(create, { input }, { cookie: coordinator });
    expect(duplicate.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const self = await server.graphql(create, { input: { ...input, targetId: tolstoi.id } }, { cookie: coordinator });
    expect(self.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const backwards = await server.graphql(
      create,
      { input: { ...input, since: "2026-02-01", until: "2026-01-01" } },
      { cookie: coordinator },
    );
    expect(backwards.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const byPartner = await server.graphql(
      `mutation($id: ID!) { removeRelation(id: $id) }`,
      { id: created.data!.createRelation.id },
      { cookie: kargahPartner },
    );
    expect(byPartner.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const removed = await server.graphql<{ removeRelation: boolean }>(
      `mutation($id: ID!) { removeRelation(id: $id) }`,
      { id: created.data!.createRelation.id },
      { cookie: coordinator },
    );
    expect(removed.data?.removeRelation).toBe(true);
    const again = await server.graphql(
      `mutation($id: ID!) { removeRelation(id: $id) }`,
      { id: created.data!.createRelation.id },
      { cookie: coordinator },
    );
    expect(again.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});

describe("explicit nulls", () => {
  it("refuses null for fields that cannot be empty, writing nothing", async () => {
    const kargah = await profile("kargah");
    for (const input of [{ name: null }, { description: null }, { capacity: null }, { topics: null }]) {
      const res = await server.graphql(
        UPDATE_ORGANISATION,
        { id: kargah.id, input, expectedVersion: kargah.version },
        { cookie: coordinator },
      );
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify(input)).toBe("BAD_USER_INPUT");
    }
    expect((await profile("kargah")).version).toBe(kargah.version);
  });
});
