import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pino from "pino";
import type { DataSource } from "typeorm";
import { createDataSource, openDatabase } from "../server/src/db/data-source";
import { entities } from "../server/src/modules/entities";
import {
  DatabaseNotEmptyError,
  loadSyntheticNetwork,
  mulberry32,
  planSyntheticNetwork,
  seedSyntheticNetwork,
  type SyntheticNetworkPlan,
} from "./synthetic";
import { albumTaxonomies } from "./taxonomies";

/** The parts of a plan that must not change between runs (everything but database ids). */
function fingerprint(plan: SyntheticNetworkPlan) {
  return {
    organisations: plan.organisations.map((o) => [
      o.slug,
      o.name,
      o.kind,
      o.topics.join(","),
      o.offers.join(","),
      o.community,
    ]),
    relations: plan.relations.map((r) => [r.source, r.target, r.type]),
    applications: plan.applications.map((a) => [
      a.slug,
      a.lead,
      a.participants.map((p) => `${p.organisation}:${p.role}`).join(","),
    ]),
  };
}

describe("mulberry32", () => {
  it("is deterministic and in [0, 1)", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const values = Array.from({ length: 1000 }, () => a());
    expect(values).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(values.every((value) => value >= 0 && value < 1)).toBe(true);
    expect(new Set(values).size).toBe(1000);
  });
});

describe("planSyntheticNetwork", () => {
  const n = 5000;
  const plan = planSyntheticNetwork(n, 42);
  const kindOf = (index: number) => plan.organisations[index]?.kind;

  it("gives the same plan for the same size and seed, another for another seed", () => {
    const again = planSyntheticNetwork(n, 42);
    expect(again).toEqual(plan);
    expect(fingerprint(again)).toEqual(fingerprint(plan));
    const other = planSyntheticNetwork(n, 43);
    expect(other.organisations.map((o) => o.name)).not.toEqual(plan.organisations.map((o) => o.name));
    expect(fingerprint(other).relations).not.toEqual(fingerprint(plan).relations);
  });

  it("refuses sizes and seeds out of range", () => {
    expect(() => planSyntheticNetwork(0)).toThrow(RangeError);
    expect(() => planSyntheticNetwork(2.5)).toThrow(RangeError);
    expect(() => planSyntheticNetwork(10, -1)).toThrow(RangeError);
  });

  it("handles tiny networks", () => {
    for (const size of [1, 2, 3, 10]) {
      const tiny = planSyntheticNetwork(size, 1);
      expect(tiny.organisations).toHaveLength(size);
      for (const relation of tiny.relations) expect(relation.source).not.toBe(relation.target);
    }
  });

  it("has the kinds of the real network in realistic shares", () => {
    const counts = new Map<string, number>();
    for (const organisation of plan.organisations)
      counts.set(organisation.kind, (counts.get(organisation.kind) ?? 0) + 1);
    expect(plan.organisations).toHaveLength(n);
    expect((counts.get("MIGRANT_ORGANISATION") ?? 0) / n).toBeCloseTo(0.35, 2);
    expect((counts.get("EDUCATIONAL_INSTITUTION") ?? 0) / n).toBeCloseTo(0.35, 2);
    for (const kind of ["STRATEGIC_PARTNER", "COMPANY", "FUNDER", "ADMINISTRATION"])
      expect(counts.get(kind) ?? 0).toBeGreaterThan(0);
  });

  it("gives unique names and slugs, and attributes from the real taxonomies", () => {
    const topics = new Set(albumTaxonomies.topics.map((t) => t.key));
    const targetGroups = new Set(albumTaxonomies.targetGroups.map((t) => t.key));
    const languages = new Set(albumTaxonomies.languages.map((t) => t.key));
    const districts = new Set(albumTaxonomies.districts.map((t) => t.key));
    expect(new Set(plan.organisations.map((o) => o.name)).size).toBe(n);
    expect(new Set(plan.organisations.map((o) => o.slug)).size).toBe(n);
    for (const o of plan.organisations) {
      expect(o.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(o.topics.length).toBeGreaterThanOrEqual(2);
      expect(o.topics.length).toBeLessThanOrEqual(6);
      expect(new Set(o.topics).size).toBe(o.topics.length);
      expect(o.topics.every((key) => topics.has(key))).toBe(true);
      expect(o.offers.length).toBeGreaterThan(0);
      expect(o.offers.every((key) => o.topics.includes(key))).toBe(true);
      expect(o.needs.every((key) => topics.has(key) && !o.topics.includes(key))).toBe(true);
      expect(o.targetGroups.length).toBeGreaterThan(0);
      expect(o.targetGroups.every((key) => targetGroups.has(key))).toBe(true);
      expect(o.languages).toContain("de");
      expect(o.languages.every((key) => languages.has(key))).toBe(true);
      expect(o.districtsServed).toContain(o.district);
      expect(o.districtsServed.every((key) => districts.has(key))).toBe(true);
      expect(o.capacity).toBeGreaterThanOrEqual(1);
      expect(o.capacity).toBeLessThanOrEqual(6);
    }
  });

  it("makes topic popularity skewed", () => {
    const counts = new Map<string, number>();
    for (const o of plan.organisations) for (const key of o.topics) counts.set(key, (counts.get(key) ?? 0) + 1);
    const sorted = [...counts.values()].sort((a, b) => b - a);
    expect(sorted[0] ?? 0).toBeGreaterThan(2.5 * (sorted[sorted.length - 1] ?? 0));
  });

  it("gives most partners an ALBuM membership and most companies a HaDi membership", () => {
    const partners = plan.organisations.filter(
      (o) => o.kind === "MIGRANT_ORGANISATION" || o.kind === "EDUCATIONAL_INSTITUTION",
    );
    const current = partners.filter((o) =>
      o.memberships.some((m) => m.kind === "ALBUM_PARTNER" && m.until === null),
    ).length;
    expect(current / partners.length).toBeGreaterThan(0.7);
    expect(partners.some((o) => o.memberships.some((m) => m.kind === "ALBUM_CANDIDATE"))).toBe(true);
    expect(partners.some((o) => o.memberships.some((m) => m.kind === "ALBUM_FORMER" && m.until !== null))).toBe(true);
    const companies = plan.organisations.filter((o) => o.kind === "COMPANY");
    expect(
      companies.filter((o) => o.memberships.some((m) => m.kind === "HADI_MEMBER")).length / companies.length,
    ).toBeGreaterThan(0.5);
    for (const o of plan.organisations)
      for (const m of o.memberships) if (m.since && m.until) expect(m.until > m.since).toBe(true);
  });

  it("links about three relations per organisation, mostly inside communities, without duplicates", () => {
    expect((2 * plan.relations.length) / n).toBeCloseTo(3, 1);
    const pairs = new Set<string>();
    let local = 0;
    for (const r of plan.relations) {
      expect(r.source).not.toBe(r.target);
      const key = `${Math.min(r.source, r.target)}-${Math.max(r.source, r.target)}`;
      expect(pairs.has(key)).toBe(false);
      pairs.add(key);
      if (plan.organisations[r.source]?.community === plan.organisations[r.target]?.community) local += 1;
      if (r.type === "FUNDING") expect(kindOf(r.source)).toBe("FUNDER");
      if (r.type === "COORDINATION") expect([kindOf(r.source), kindOf(r.target)]).toContain("ADMINISTRATION");
    }
    expect(local / plan.relations.length).toBeGreaterThan(0.7);
    const degree = new Array<number>(n).fill(0);
    for (const r of plan.relations) {
      degree[r.source] = (degree[r.source] ?? 0) + 1;
      degree[r.target] = (degree[r.target] ?? 0) + 1;
    }
    expect(Math.max(...degree)).toBeGreaterThan(12); // hubs
  });

  it("plans about n/5 past projects, each with a migrant organisation + educational institution tandem", () => {
    expect(plan.applications.length).toBe(n / 5);
    expect(new Set(plan.applications.map((a) => a.slug)).size).toBe(plan.applications.length);
    for (const a of plan.applications) {
      expect(["COMPLETED", "RUNNING"]).toContain(a.status);
      expect(a.participants.length).toBeGreaterThanOrEqual(2);
      expect(a.participants.length).toBeLessThanOrEqual(4);
      expect(new Set(a.participants.map((p) => p.organisation)).size).toBe(a.participants.length);
      const mo = a.participants.find((p) => p.role === "MIGRANT_ORGANISATION");
      const ei = a.participants.find((p) => p.role === "EDUCATIONAL_INSTITUTION");
      expect(mo && kindOf(mo.organisation)).toBe("MIGRANT_ORGANISATION");
      expect(ei && kindOf(ei.organisation)).toBe("EDUCATIONAL_INSTITUTION");
      expect(a.participants.some((p) => p.organisation === a.lead)).toBe(true);
      expect(a.startsOn < a.endsOn).toBe(true);
      expect(a.approvedAmount).toBeLessThanOrEqual(a.requestedAmount);
      expect(a.approvedAmount).toBeGreaterThan(0);
      const programme = plan.programmes[a.programme];
      expect(programme).toBeDefined();
      expect(a.funders).toEqual(programme?.funders);
      expect(a.topics.length).toBeGreaterThan(0);
    }
    expect(plan.applications.filter((a) => a.status === "RUNNING").length).toBeGreaterThan(0);
    for (const programme of plan.programmes)
      for (const funder of programme.funders) expect(kindOf(funder)).toBe("FUNDER");
  });
});

describe("loadSyntheticNetwork (embedded database)", () => {
  const n = 1500;
  const plan = planSyntheticNetwork(n, 7);
  let dataSource: DataSource;

  beforeAll(async () => {
    const log = pino({ level: "silent" });
    dataSource = await openDatabase(createDataSource({ databaseUrl: null, dataDir: "memory://", log, entities }), log);
    await dataSource.transaction((db) => loadSyntheticNetwork(db, plan));
  });

  afterAll(async () => {
    await dataSource?.destroy();
  });

  const count = async (sql: string): Promise<number> => {
    const [row] = (await dataSource.query(sql)) as [{ count: number }];
    return row.count;
  };

  it("writes every planned row", async () => {
    expect(await count(`SELECT count(*)::int AS count FROM organisation`)).toBe(n);
    expect(await count(`SELECT count(*)::int AS count FROM membership`)).toBe(
      plan.organisations.reduce((sum, o) => sum + o.memberships.length, 0),
    );
    expect(await count(`SELECT count(*)::int AS count FROM relation`)).toBe(plan.relations.length);
    expect(await count(`SELECT count(*)::int AS count FROM funding_programme`)).toBe(plan.programmes.length);
    expect(await count(`SELECT count(*)::int AS count FROM application`)).toBe(plan.applications.length);
    expect(await count(`SELECT count(*)::int AS count FROM application_participant`)).toBe(
      plan.applications.reduce((sum, a) => sum + a.participants.length, 0),
    );
    expect(await count(`SELECT count(*)::int AS count FROM topic`)).toBe(albumTaxonomies.topics.length);
  });

  it("stores the planned names, kinds and attributes", async () => {
    const rows = (await dataSource.query(
      `SELECT slug, name, kind, topic_keys, capacity FROM organisation ORDER BY slug`,
    )) as {
      slug: string;
      name: string;
      kind: string;
      topic_keys: string[];
      capacity: number;
    }[];
    const planned = [...plan.organisations].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
    expect(rows.map((r) => [r.slug, r.name, r.kind, r.topic_keys, r.capacity])).toEqual(
      planned.map((o) => [o.slug, o.name, o.kind, o.topics, o.capacity]),
    );
    const kinds = (await dataSource.query(
      `SELECT kind::text AS kind, count(*)::int AS count FROM organisation GROUP BY kind`,
    )) as { kind: string; count: number }[];
    const share = (kind: string) => (kinds.find((k) => k.kind === kind)?.count ?? 0) / n;
    expect(share("MIGRANT_ORGANISATION")).toBeCloseTo(0.35, 1);
    expect(share("EDUCATIONAL_INSTITUTION")).toBeCloseTo(0.35, 1);
  });

  it("leaves no dangling references", async () => {
    // relation, membership and participant rows have foreign keys; the uuid columns below do not
    expect(
      await count(
        `SELECT count(*)::int AS count FROM application a LEFT JOIN organisation o ON o.id = a.lead_organisation_id WHERE o.id IS NULL`,
      ),
    ).toBe(0);
    expect(
      await count(
        `SELECT count(*)::int AS count FROM application a LEFT JOIN funding_programme p ON p.id = a.programme_id WHERE p.id IS NULL`,
      ),
    ).toBe(0);
    expect(
      await count(
        `SELECT count(*)::int AS count FROM application a, unnest(a.funder_ids) f WHERE NOT EXISTS (SELECT 1 FROM organisation o WHERE o.id = f)`,
      ),
    ).toBe(0);
    expect(
      await count(
        `SELECT count(*)::int AS count FROM funding_programme p, unnest(p.funder_ids) f WHERE NOT EXISTS (SELECT 1 FROM organisation o WHERE o.id = f AND o.kind = 'FUNDER')`,
      ),
    ).toBe(0);
    expect(
      await count(`SELECT count(*)::int AS count FROM application a WHERE NOT EXISTS (
        SELECT 1 FROM application_participant p WHERE p.application_id = a.id AND p.organisation_id = a.lead_organisation_id)`),
    ).toBe(0);
    for (const [column, table] of [
      ["topic_keys", "topic"],
      ["offer_keys", "topic"],
      ["need_keys", "topic"],
      ["target_group_keys", "target_group"],
      ["language_keys", "language"],
      ["districts_served_keys", "district"],
    ] as const) {
      expect(
        await count(
          `SELECT count(*)::int AS count FROM organisation o, unnest(o.${column}) k WHERE NOT EXISTS (SELECT 1 FROM ${table} t WHERE t.key = k)`,
        ),
      ).toBe(0);
    }
  });

  it("gives every project a tandem of a migrant organisation and an educational institution", async () => {
    const withoutTandem = await count(
      `SELECT count(*)::int AS count FROM application a WHERE
         NOT EXISTS (SELECT 1 FROM application_participant p JOIN organisation o ON o.id = p.organisation_id
                      WHERE p.application_id = a.id AND p.role = 'MIGRANT_ORGANISATION' AND o.kind = 'MIGRANT_ORGANISATION')
      OR NOT EXISTS (SELECT 1 FROM application_participant p JOIN organisation o ON o.id = p.organisation_id
                      WHERE p.application_id = a.id AND p.role = 'EDUCATIONAL_INSTITUTION' AND o.kind = 'EDUCATIONAL_INSTITUTION')`,
    );
    expect(withoutTandem).toBe(0);
  });

  it("refuses a database that is not empty, and loads again after a reset", async () => {
    await expect(dataSource.transaction((db) => loadSyntheticNetwork(db, planSyntheticNetwork(10, 1)))).rejects.toThrow(
      DatabaseNotEmptyError,
    );
    expect(await count(`SELECT count(*)::int AS count FROM organisation`)).toBe(n);
    const result = await seedSyntheticNetwork(dataSource, { organisations: 200, seed: 3, reset: true });
    expect(result.organisations).toBe(200);
    expect(await count(`SELECT count(*)::int AS count FROM organisation`)).toBe(200);
    expect(await count(`SELECT count(*)::int AS count FROM topic`)).toBe(albumTaxonomies.topics.length);
  });
});
