import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/test-server";
import { ORGANISATION_BY_SLUG, ORGANISATIONS } from "../support/queries";

interface OrganisationsData {
  organisations: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: { id: string; slug: string; name: string; kind: string } }[];
  };
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const list = (variables: Record<string, unknown>) => server.graphql<OrganisationsData>(ORGANISATIONS, variables);

describe("organisation directory", () => {
  it("finds kargah e.V. despite the typo 'kargha', best match first", async () => {
    const res = await list({ filter: { search: "kargha" } });
    expect(res.errors).toBeUndefined();
    expect(res.data?.organisations.edges[0]?.node.name).toBe("kargah e.V.");
  });

  it("finds by short name and by a part of the name, case-insensitively", async () => {
    const byShortName = await list({ filter: { search: "amfn" } });
    expect(byShortName.data?.organisations.edges.map((e) => e.node.slug)).toContain("amfn");
    const byPart = await list({ filter: { search: "volkshoch" } });
    expect(byPart.data?.organisations.edges.map((e) => e.node.slug)).toContain("vhs-hannover");
  });

  it("returns nothing for a search that matches no name", async () => {
    const res = await list({ filter: { search: "zzqxw" } });
    expect(res.data?.organisations.totalCount).toBe(0);
    expect(res.data?.organisations.edges).toEqual([]);
  });

  it("filters by kind and by current ALBuM membership", async () => {
    const migrantPartners = await list({
      filter: { kinds: ["MIGRANT_ORGANISATION"], memberships: ["ALBUM_PARTNER"] },
      first: 100,
    });
    const slugs = migrantPartners.data?.organisations.edges.map((e) => e.node.slug) ?? [];
    expect(slugs).toEqual(expect.arrayContaining(["amfn", "bteu", "can-arkadas", "kargah"]));
    expect(slugs).not.toContain("tolstoi"); // a candidate, not a partner
    expect(migrantPartners.data?.organisations.edges.every((e) => e.node.kind === "MIGRANT_ORGANISATION")).toBe(true);
    const candidates = await list({ filter: { memberships: ["ALBUM_CANDIDATE"] }, first: 100 });
    expect(candidates.data?.organisations.edges.map((e) => e.node.slug).sort()).toEqual([
      "afrikanischer-dachverband-norddeutschland",
      "tolstoi",
    ]);
  });

  it("combines facets with AND and values within a facet with OR", async () => {
    const kargah = await server.graphql<{ organisation: { topics: { key: string }[]; languages: { key: string }[] } }>(
      ORGANISATION_BY_SLUG,
      { slug: "kargah" },
    );
    const topic = kargah.data!.organisation.topics[0]!.key;
    const language = kargah.data!.organisation.languages[0]!.key;
    const both = await list({ filter: { topics: [topic], languages: [language] }, first: 100 });
    expect(both.data?.organisations.edges.map((e) => e.node.slug)).toContain("kargah");
    const withUnknownTopic = await list({
      filter: { topics: [topic, "no-such-topic"], languages: [language] },
      first: 100,
    });
    expect(withUnknownTopic.data?.organisations.totalCount).toBe(both.data?.organisations.totalCount);
    const impossible = await list({ filter: { topics: [topic], kinds: ["FUNDER"], languages: ["xx"] } });
    expect(impossible.data?.organisations.totalCount).toBe(0);
  });

  it("pages with cursors until the end, without gaps or repeats", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 20; page += 1) {
      const res = await list({ first: 7, after, orderBy: "NAME_ASC" });
      expect(res.errors).toBeUndefined();
      const connection = res.data!.organisations;
      total = connection.totalCount;
      seen.push(...connection.edges.map((e) => e.node.id));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it("orders by name ascending and descending", async () => {
    const asc = await list({ first: 100, orderBy: "NAME_ASC" });
    const desc = await list({ first: 100, orderBy: "NAME_DESC" });
    const names = asc.data!.organisations.edges.map((e) => e.node.name.toLowerCase());
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(desc.data!.organisations.edges.map((e) => e.node.name.toLowerCase())).toEqual([...names].reverse());
  });

  it("returns a profile by slug and by id with its taxonomies, memberships, partners and projects", async () => {
    const bySlug = await server.graphql<{ organisation: Record<string, unknown> & { id: string } }>(
      ORGANISATION_BY_SLUG,
      { slug: "kargah" },
    );
    expect(bySlug.errors).toBeUndefined();
    const kargah = bySlug.data!.organisation as {
      id: string;
      kind: string;
      topics: { labelDe: string; labelEn: string }[];
      memberships: { kind: string }[];
      partners: { slug: string }[];
      applications: { title: string; status: string }[];
      contactPersons: unknown[];
    };
    expect(kargah.kind).toBe("MIGRANT_ORGANISATION");
    expect(kargah.topics.length).toBeGreaterThan(0);
    expect(kargah.topics.every((t) => t.labelDe && t.labelEn)).toBe(true);
    expect(kargah.memberships.map((m) => m.kind)).toContain("ALBUM_PARTNER");
    expect(kargah.partners.map((p) => p.slug)).toContain("koordinationsstelle-album");
    expect(kargah.applications.map((a) => a.title)).toContain("Vielfalt – Inklusion – Perspektiven: ALBuM-VIP");
    // Personal data stays hidden from the public.
    expect(kargah.contactPersons).toEqual([]);
    const byId = await server.graphql<{ organisation: { slug: string } }>(
      `query($id: ID) { organisation(id: $id) { slug } }`,
      { id: kargah.id },
    );
    expect(byId.data?.organisation.slug).toBe("kargah");
  });

  it("shows the public only projects, not unpublished applications", async () => {
    const office = await server.graphql<{ organisation: { applications: { status: string }[] } }>(
      ORGANISATION_BY_SLUG,
      { slug: "koordinationsstelle-album" },
    );
    const statuses = office.data!.organisation.applications.map((a) => a.status);
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.every((s) => s === "RUNNING" || s === "COMPLETED")).toBe(true);
  });

  it("answers null for an unknown slug or id, and refuses ambiguous lookups", async () => {
    const unknown = await server.graphql<{ organisation: null }>(`{ organisation(slug: "gibt-es-nicht") { id } }`);
    expect(unknown.data?.organisation).toBeNull();
    const unknownId = await server.graphql<{ organisation: null }>(
      `{ organisation(id: "00000000-0000-4000-8000-000000000000") { id } }`,
    );
    expect(unknownId.data?.organisation).toBeNull();
    const neither = await server.graphql(`{ organisation { id } }`);
    expect(neither.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("lists taxonomies with German and English labels, sorted by the request's language", async () => {
    const res = await server.graphql<{
      districts: { key: string; labelDe: string; label: string }[];
      topics: { key: string }[];
    }>(`{ districts { key labelDe label(locale: "en") } topics { key } }`);
    expect(res.data?.districts).toHaveLength(14);
    expect(res.data?.districts.map((d) => d.key)).toContain("linden-limmer");
    expect(res.data?.districts.find((d) => d.key === "region-hannover")?.label).toBe("Hanover Region");
    expect(res.data?.topics.length).toBeGreaterThan(10);
  });

  it("lists funders and programmes", async () => {
    const res = await server.graphql<{
      funders: { slug: string }[];
      programmes: { key: string; name: string; funders: { slug: string }[] }[];
    }>(`{ funders { slug } programmes { key name funders { slug } } }`);
    expect(res.data?.funders.map((f) => f.slug)).toEqual(
      expect.arrayContaining(["bamf", "bmas", "europaeischer-sozialfonds"]),
    );
    const names = res.data?.programmes.map((p) => p.name).join(" | ") ?? "";
    expect(names).toMatch(/ESF-BAMF/);
    expect(names).toMatch(/XENOS/);
    expect(res.data?.programmes.every((p) => p.funders.length > 0)).toBe(true);
  });
});

describe("the planned directory's statement, built once per shape", () => {
  // listOrganisations keeps the SQL text per plan and shape (db/statement-shapes.ts): every value
  // (search, facets, page size, position) must still come from the request, never from the first one.
  it("takes each request's search, facets, page size and position, not the first request's", async () => {
    const kargha = await list({ filter: { search: "kargha" } });
    const amfn = await list({ filter: { search: "amfn" } });
    expect(kargha.data?.organisations.edges[0]?.node.slug).toBe("kargah");
    expect(amfn.data?.organisations.edges[0]?.node.slug).toBe("amfn");

    const companies = await list({ filter: { kinds: ["COMPANY"] }, first: 100 });
    const educational = await list({ filter: { kinds: ["EDUCATIONAL_INSTITUTION"] }, first: 100 });
    const kinds = (res: typeof companies) => new Set(res.data?.organisations.edges.map((e) => e.node.kind));
    expect(kinds(companies)).toEqual(new Set(["COMPANY"]));
    expect(kinds(educational)).toEqual(new Set(["EDUCATIONAL_INSTITUTION"]));

    const firstFour = await list({ first: 4 });
    const firstTwo = await list({ first: 2 });
    const nextTwo = await list({ first: 2, after: firstTwo.data?.organisations.pageInfo.endCursor });
    const slugs = (res: typeof firstFour) => res.data?.organisations.edges.map((e) => e.node.slug);
    expect(slugs(firstTwo)).toHaveLength(2);
    expect([...slugs(firstTwo)!, ...slugs(nextTwo)!]).toEqual(slugs(firstFour));
    expect(firstTwo.data?.organisations.totalCount).toBe(firstFour.data?.organisations.totalCount);
  });

  it("pages and counts the same without totalCount and pageInfo in the statement", async () => {
    const NAMES = `query($first: Int, $after: String) { organisations(first: $first, after: $after) { edges { node { slug } } } }`;
    const COUNT = `query($after: String) { organisations(first: 1, after: $after) { totalCount pageInfo { hasNextPage } } }`;
    const names = (first: number, after?: string) =>
      server.graphql<{ organisations: { edges: { node: { slug: string } }[] } }>(NAMES, { first, after });
    const all = await list({ first: 100 });
    const three = await names(3);
    const past = await names(3, all.data?.organisations.pageInfo.endCursor ?? undefined);
    expect(three.data?.organisations.edges.map((e) => e.node.slug)).toEqual(
      all.data?.organisations.edges.slice(0, 3).map((e) => e.node.slug),
    );
    expect(past.data?.organisations.edges).toEqual([]);
    // A page past the end has no row to carry count(*) OVER (): the count is asked apart.
    const counted = await server.graphql<{ organisations: { totalCount: number; pageInfo: { hasNextPage: boolean } } }>(
      COUNT,
      { after: all.data?.organisations.pageInfo.endCursor },
    );
    expect(counted.data?.organisations).toEqual({
      totalCount: all.data?.organisations.totalCount,
      pageInfo: { hasNextPage: false },
    });
  });
});

describe("localised labels", () => {
  it("follow Accept-Language unless a locale is given", async () => {
    const query = `{ districts { key label } region: districts { key labelDe } }`;
    const english = await server.graphql<{ districts: { key: string; label: string }[] }>(
      query,
      {},
      { headers: { "accept-language": "en-GB,en;q=0.9" } },
    );
    expect(english.data?.districts.find((d) => d.key === "region-hannover")?.label).toBe("Hanover Region");
    const german = await server.graphql<{ districts: { key: string; label: string }[] }>(query);
    expect(german.data?.districts.find((d) => d.key === "region-hannover")?.label).toBe("Region Hannover");
  });
});
