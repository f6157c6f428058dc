import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/test-server";

interface GraphData {
  network: {
    nodes: {
      organisation: { id: string; slug: string; kind: string };
      degree: number;
      betweenness: number | null;
      community: number;
    }[];
    edges: { source: string; target: string; type: string; weight: number }[];
    density: number;
    communityCount: number;
  };
}

const GRAPH = `query($filter: OrganisationFilter) {
  network(filter: $filter) {
    nodes { organisation { id slug kind } degree betweenness community }
    edges { source target type weight }
    density communityCount
  }
}`;

let server: TestServer;
const idOf = new Map<string, string>();

beforeAll(async () => {
  server = await startTestServer();
  const rows = (await server.dataSource.query(`SELECT id, slug FROM organisation`)) as { id: string; slug: string }[];
  for (const row of rows) idOf.set(row.slug, row.id);
});
afterAll(async () => {
  await server?.close();
});

describe("network graph", () => {
  it("has a node per organisation and degrees that match the edges", async () => {
    const res = await server.graphql<GraphData>(GRAPH);
    expect(res.errors).toBeUndefined();
    const { nodes, edges } = res.data!.network;
    expect(nodes).toHaveLength(idOf.size);
    const neighbours = new Map<string, Set<string>>();
    for (const edge of edges) {
      neighbours.set(edge.source, (neighbours.get(edge.source) ?? new Set()).add(edge.target));
      neighbours.set(edge.target, (neighbours.get(edge.target) ?? new Set()).add(edge.source));
    }
    for (const node of nodes) expect(node.degree).toBe(neighbours.get(node.organisation.id)?.size ?? 0);
    // The coordination office connects the network: it is the most central node.
    const byBetweenness = [...nodes].sort((a, b) => (b.betweenness ?? 0) - (a.betweenness ?? 0));
    expect(byBetweenness[0]?.organisation.slug).toBe("koordinationsstelle-album");
    expect(edges.some((e) => e.type === "JOINT_PROJECT" && e.weight >= 1)).toBe(true);
    expect(res.data!.network.communityCount).toBeGreaterThan(1);
  });

  it("gives the nodes' organisations whatever the query selects of them (read column by column), as the directory does", async () => {
    const FIELDS =
      "slug name shortName kind description website capacity version topics { key } district { key } partners { slug } updatedAt";
    const directory = await server.graphql<{ organisations: { edges: { node: Record<string, unknown> }[] } }>(
      `{ organisations(first: 50) { edges { node { ${FIELDS} } } } }`,
    );
    const graph = await server.graphql<{ network: { nodes: { organisation: Record<string, unknown> }[] } }>(
      `query { network { nodes { ...Node } } } fragment Node on NetworkNode { organisation { ... on Organisation { ${FIELDS} } } }`,
    );
    expect(directory.errors).toBeUndefined();
    expect(graph.errors).toBeUndefined();
    const bySlug = (rows: Record<string, unknown>[]) => new Map(rows.map((row) => [row.slug, row]));
    const expected = bySlug(directory.data!.organisations.edges.map((edge) => edge.node));
    const actual = bySlug(graph.data!.network.nodes.map((node) => node.organisation));
    expect(actual.size).toBe(idOf.size);
    for (const [slug, organisation] of actual) expect(organisation).toEqual(expected.get(slug));
    // Only ids asked: still one node per organisation, in name order.
    const ids = await server.graphql<{ network: { nodes: { organisation: { id: string } }[] } }>(
      `{ network { nodes { organisation { id } } } }`,
    );
    expect(new Set(ids.data!.network.nodes.map((node) => node.organisation.id))).toEqual(new Set(idOf.values()));
  });

  it("gives the same communities on every request (reproducible)", async () => {
    const first = await server.graphql<GraphData>(GRAPH);
    const second = await server.graphql<GraphData>(GRAPH);
    expect(second.data!.network.nodes.map((n) => n.community)).toEqual(
      first.data!.network.nodes.map((n) => n.community),
    );
  });

  it("dates the edges: a relation by its since/until, a joint project by its applications' period", async () => {
    const res = await server.graphql<{
      network: {
        edges: { source: string; target: string; type: string; since: string | null; until: string | null }[];
      };
    }>(`{ network { edges { source target type since until } } }`);
    expect(res.errors).toBeUndefined();
    const { edges } = res.data!.network;
    // The report: AWO's Weiterbildungszentrum joined the coordinated partners in 2014 (year only).
    const awo = edges.find(
      (e) =>
        e.type === "COORDINATION" &&
        e.source === idOf.get("koordinationsstelle-album") &&
        e.target === idOf.get("awo-region-hannover-weiterbildungszentrum"),
    );
    expect(awo).toMatchObject({ since: "2014-01-01", until: null });
    const relations = (await server.dataSource.query(
      `SELECT source_id AS source, target_id AS target, type::text AS type, to_char(since, 'YYYY-MM-DD') AS since,
              to_char(until, 'YYYY-MM-DD') AS until FROM relation`,
    )) as { source: string; target: string; type: string; since: string | null; until: string | null }[];
    for (const relation of relations) expect(edges).toContainEqual(relation);

    // A joint project's dates: its applications' first start and last end, when all of them have one.
    const periods = (await server.dataSource.query(
      `SELECT a.organisation_id AS source, b.organisation_id AS target,
              array_agg(to_char(app.starts_on, 'YYYY-MM-DD')) AS starts, array_agg(to_char(app.ends_on, 'YYYY-MM-DD')) AS ends
         FROM application_participant a
         JOIN application_participant b ON b.application_id = a.application_id AND a.organisation_id < b.organisation_id
         JOIN application app ON app.id = a.application_id AND app.status IN ('RUNNING', 'COMPLETED')
        GROUP BY 1, 2`,
    )) as { source: string; target: string; starts: (string | null)[]; ends: (string | null)[] }[];
    expect(periods.length).toBeGreaterThan(0);
    const joint = edges.filter((e) => e.type === "JOINT_PROJECT");
    expect(joint).toHaveLength(periods.length);
    let dated = 0;
    for (const period of periods) {
      const edge = joint.find((e) => e.source === period.source && e.target === period.target);
      const starts = period.starts.includes(null) ? null : [...period.starts].sort()[0];
      const ends = period.ends.includes(null) ? null : [...period.ends].sort().at(-1);
      expect(edge).toMatchObject({ since: starts, until: ends });
      if (starts) dated++;
    }
    expect(dated).toBeGreaterThan(0);
  });

  it("lays the graph out on the server: a position for every node, the same on every request", async () => {
    const query = `{ network { nodes { organisation { id } x y } edges { source target } } }`;
    type Positions = { network: { nodes: { organisation: { id: string }; x: number | null; y: number | null }[] } };
    const [first, second] = [await server.graphql<Positions>(query), await server.graphql<Positions>(query)];
    expect(first.errors).toBeUndefined();
    const nodes = first.data!.network.nodes;
    expect(nodes.every((n) => Number.isFinite(n.x) && Number.isFinite(n.y))).toBe(true);
    expect(second.data!.network.nodes).toEqual(nodes);
    // Not all in one spot: the layout spreads the nodes.
    expect(new Set(nodes.map((n) => `${n.x}|${n.y}`)).size).toBe(nodes.length);
  });

  it("filters nodes and keeps only edges between shown nodes", async () => {
    const res = await server.graphql<GraphData>(GRAPH, {
      filter: { kinds: ["MIGRANT_ORGANISATION", "EDUCATIONAL_INSTITUTION"] },
    });
    const ids = new Set(res.data!.network.nodes.map((n) => n.organisation.id));
    expect(
      res.data!.network.nodes.every((n) =>
        ["MIGRANT_ORGANISATION", "EDUCATIONAL_INSTITUTION"].includes(n.organisation.kind),
      ),
    ).toBe(true);
    expect(res.data!.network.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
  });
});
