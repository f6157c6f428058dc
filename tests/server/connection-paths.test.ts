import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONNECTION_LIMITS } from "@album/shared";
import { DEMO, signIn, startTestServer, type TestServer } from "../support/test-server";

interface Link {
  type: string;
  direction: "FORWARD" | "BACKWARD" | "MUTUAL";
  since: string | null;
  until: string | null;
  projects: number | null;
}
interface Search {
  from: { slug: string };
  to: { slug: string };
  avoided: { slug: string }[];
  maxDepth: number;
  onlyThroughAvoided: boolean;
  paths: {
    length: number;
    organisations: { slug: string; name: string }[];
    steps: { from: { slug: string }; to: { slug: string }; links: Link[] }[];
  }[];
}

const SEARCH = `query($from: ID!, $to: ID!, $avoid: [ID!], $paths: Int, $depth: Int) {
  connectionPaths(fromId: $from, toId: $to, avoid: $avoid, maxPaths: $paths, maxDepth: $depth) {
    from { slug } to { slug } avoided { slug } maxDepth onlyThroughAvoided
    paths { length organisations { slug name } steps { from { slug } to { slug } links { type direction since until projects } } }
  }
}`;

let server: TestServer;
const idOf = new Map<string, string>();
const id = (slug: string) => {
  const found = idOf.get(slug);
  if (!found) throw new Error(`no organisation ${slug}`);
  return found;
};
const KS = "koordinationsstelle-album";

async function search(
  from: string,
  to: string,
  options: { avoid?: string[]; paths?: number; depth?: number; cookie?: string } = {},
): Promise<Search> {
  const res = await server.graphql<{ connectionPaths: Search }>(
    SEARCH,
    { from: id(from), to: id(to), avoid: options.avoid?.map(id), paths: options.paths, depth: options.depth },
    { cookie: options.cookie },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.connectionPaths;
}
const slugs = (path: Search["paths"][number]) => path.organisations.map((o) => o.slug);

beforeAll(async () => {
  server = await startTestServer();
  const rows = (await server.dataSource.query(`SELECT id, slug FROM organisation`)) as { id: string; slug: string }[];
  for (const row of rows) idOf.set(row.slug, row.id);
});
afterAll(async () => {
  await server?.close();
});

describe("connectionPaths", () => {
  it("names every step's relations with their stored direction and dates", async () => {
    const result = await search("kargah", "vhs-hannover", { paths: 5 });
    expect(result.from.slug).toBe("kargah");
    expect(result.to.slug).toBe("vhs-hannover");
    const [first] = result.paths;
    expect(slugs(first!)).toEqual(["kargah", KS, "vhs-hannover"]);
    expect(first!.length).toBe(2);
    // The office coordinates both partners: stored office → partner, so read backwards on the first step.
    const stored = (await server.dataSource.query(
      `SELECT s.slug AS source, t.slug AS target, r.type::text AS type FROM relation r
         JOIN organisation s ON s.id = r.source_id JOIN organisation t ON t.id = r.target_id`,
    )) as { source: string; target: string; type: string }[];
    for (const path of result.paths) {
      for (const step of path.steps) {
        expect(step.links.length).toBeGreaterThan(0);
        for (const link of step.links) {
          if (link.type === "JOINT_PROJECT") {
            expect(link.direction).toBe("MUTUAL");
            expect(link.projects).toBeGreaterThan(0);
            continue;
          }
          expect(link.projects).toBeNull();
          const forward = stored.some(
            (r) => r.source === step.from.slug && r.target === step.to.slug && r.type === link.type,
          );
          const backward = stored.some(
            (r) => r.source === step.to.slug && r.target === step.from.slug && r.type === link.type,
          );
          if (["COOPERATION", "STRATEGIC_PARTNERSHIP"].includes(link.type)) expect(link.direction).toBe("MUTUAL");
          else expect(link.direction).toBe(forward ? "FORWARD" : backward ? "BACKWARD" : "none stored");
        }
      }
    }
    const coordination = (step: Search["paths"][number]["steps"][number]) =>
      step.links.find((link) => link.type === "COORDINATION");
    expect(coordination(first!.steps[0]!)?.direction).toBe("BACKWARD");
    expect(coordination(first!.steps[1]!)?.direction).toBe("FORWARD");
    // A dated relation keeps its date: the office coordinates AWO since 2014 (year only in the report).
    const awo = await search(KS, "awo-region-hannover-weiterbildungszentrum");
    expect(coordination(awo.paths[0]!.steps[0]!)).toMatchObject({ direction: "FORWARD", since: "2014-01-01" });
    // A cooperation has no direction.
    const tui = await search("tui", KS);
    expect(tui.paths[0]!.steps[0]!.links.find((link) => link.type === "COOPERATION")?.direction).toBe("MUTUAL");
  });

  it("gives several distinct simple paths, shortest first, then by the names along them", async () => {
    const result = await search("kargah", "vhs-hannover", { paths: 5 });
    expect(result.paths).toHaveLength(5);
    const keys = result.paths.map((path) => slugs(path).join(">"));
    expect(new Set(keys).size).toBe(keys.length);
    const collator = new Intl.Collator("de", { sensitivity: "base", numeric: true });
    for (const [index, path] of result.paths.entries()) {
      expect(path.length).toBe(path.organisations.length - 1);
      expect(new Set(slugs(path)).size).toBe(path.organisations.length);
      expect(slugs(path)[0]).toBe("kargah");
      expect(slugs(path).at(-1)).toBe("vhs-hannover");
      path.steps.forEach((step, at) => {
        expect(step.from.slug).toBe(slugs(path)[at]);
        expect(step.to.slug).toBe(slugs(path)[at + 1]);
      });
      const previous = result.paths[index - 1];
      if (!previous) continue;
      expect(path.length).toBeGreaterThanOrEqual(previous.length);
      if (path.length === previous.length) {
        const order = path.organisations
          .map((o, at) => collator.compare(previous.organisations[at]!.name, o.name))
          .find((compared) => compared !== 0);
        expect(order).toBeLessThan(0);
      }
    }
    expect((await search("kargah", "vhs-hannover", { paths: 2 })).paths.map((p) => slugs(p).join(">"))).toEqual(
      keys.slice(0, 2),
    );
  });

  it("avoids the chosen hubs, and says when a connection runs only through them", async () => {
    // Only public projects join organisations, so the seed's detours run through the city's offices.
    const direct = await search("schulverwaltung-hannover", "vhs-hannover");
    expect(slugs(direct.paths[0]!)).toContain(KS);
    const avoiding = await search("schulverwaltung-hannover", "vhs-hannover", { avoid: [KS], paths: 4 });
    expect(avoiding.avoided.map((o) => o.slug)).toEqual([KS]);
    expect(avoiding.paths.length).toBeGreaterThan(0);
    for (const path of avoiding.paths) expect(slugs(path)).not.toContain(KS);
    expect(avoiding.paths[0]!.length).toBeGreaterThan(direct.paths[0]!.length);
    expect(avoiding.onlyThroughAvoided).toBe(false);

    const blocked = await search("kargah", "vhs-hannover", { avoid: [KS] });
    expect(blocked.paths).toEqual([]);
    expect(blocked.onlyThroughAvoided).toBe(true);
    // Within two steps the only way from the school office to the VHS is through the coordination office.
    const short = await search("schulverwaltung-hannover", "vhs-hannover", { avoid: [KS], depth: 2 });
    expect(short).toMatchObject({ paths: [], onlyThroughAvoided: true, maxDepth: 2 });
  });

  it("answers no connection for an organisation without links, also when avoiding", async () => {
    expect(await search("kargah", "tolstoi")).toMatchObject({ paths: [], onlyThroughAvoided: false });
    expect(await search("kargah", "tolstoi", { avoid: [KS] })).toMatchObject({ paths: [], onlyThroughAvoided: false });
  });

  it("follows a new relation at once (the walk's graph is rebuilt on the next network revision)", async () => {
    const cookie = await signIn(server, DEMO.coordinator);
    const created = await server.graphql<{ createRelation: { id: string } }>(
      `mutation($input: CreateRelationInput!) { createRelation(input: $input) { id } }`,
      { input: { sourceId: id("tolstoi"), targetId: id("kargah"), type: "FUNDING", since: "2015-03-01" } },
      { cookie },
    );
    expect(created.errors).toBeUndefined();
    try {
      const found = await search("kargah", "tolstoi");
      expect(slugs(found.paths[0]!)).toEqual(["kargah", "tolstoi"]);
      expect(found.paths[0]!.steps[0]!.links).toEqual([
        { type: "FUNDING", direction: "BACKWARD", since: "2015-03-01", until: null, projects: null },
      ]);
    } finally {
      await server.graphql(
        `mutation($id: ID!) { removeRelation(id: $id) }`,
        { id: created.data!.createRelation.id },
        {
          cookie,
        },
      );
    }
    expect((await search("kargah", "tolstoi")).paths).toEqual([]);
  });

  it("is public like the graph: a visitor, a partner, a company and the office get the same answer", async () => {
    const visitor = await search("kargah", "bteu", { avoid: [KS], paths: 4 });
    for (const email of [DEMO.kargah, DEMO.tui, DEMO.coordinator]) {
      const cookie = await signIn(server, email);
      expect(await search("kargah", "bteu", { avoid: [KS], paths: 4, cookie })).toEqual(visitor);
    }
  });

  it("refuses bad input with BAD_USER_INPUT and no data", async () => {
    const unknown = "00000000-0000-4000-8000-000000000000";
    const cases: Record<string, unknown>[] = [
      { from: unknown, to: id("kargah") },
      { from: id("kargah"), to: "not-an-id" },
      { from: id("kargah"), to: id("kargah") },
      { from: id("kargah"), to: id("bteu"), avoid: [unknown] },
      { from: id("kargah"), to: id("bteu"), avoid: ["x".repeat(60)] },
      { from: id("kargah"), to: id("bteu"), avoid: [id("kargah")] },
      { from: id("kargah"), to: id("bteu"), avoid: [id(KS), id("bteu")] },
      { from: id("kargah"), to: id("bteu"), avoid: [...idOf.values()].slice(0, CONNECTION_LIMITS.avoid.max + 1) },
      { from: id("kargah"), to: id("bteu"), paths: 0 },
      { from: id("kargah"), to: id("bteu"), paths: CONNECTION_LIMITS.paths.max + 1 },
      { from: id("kargah"), to: id("bteu"), depth: 0 },
      { from: id("kargah"), to: id("bteu"), depth: CONNECTION_LIMITS.depth.max + 1 },
    ];
    for (const variables of cases) {
      const res = await server.graphql(SEARCH, variables);
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify(variables).slice(0, 200)).toBe("BAD_USER_INPUT");
      expect(res.data ?? null).toBeNull();
    }
    const avoidedStart = await server.graphql(SEARCH, { from: id("kargah"), to: id("bteu"), avoid: [id("kargah")] });
    expect(JSON.stringify(avoidedStart.errors?.[0]?.extensions)).toContain("fromId");
  });
});

describe("networkHubs", () => {
  it("names the best-linked organisations first (the office in the seed) and refuses a bad count", async () => {
    const res = await server.graphql<{ networkHubs: { slug: string }[] }>(`{ networkHubs(first: 3) { slug } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.networkHubs).toHaveLength(3);
    expect(res.data!.networkHubs[0]?.slug).toBe(KS);
    const byDefault = await server.graphql<{ networkHubs: { slug: string }[] }>(`{ networkHubs { slug } }`);
    expect(byDefault.data!.networkHubs.map((o) => o.slug)).toEqual([KS]);
    for (const first of [0, CONNECTION_LIMITS.hubs.max + 1]) {
      const bad = await server.graphql(`query($n: Int) { networkHubs(first: $n) { slug } }`, { n: first });
      expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
  });
});
