import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, signIn, startTestServer, type TestServer } from "../support/test-server";
import { albumSeed } from "../../seeds/album-network";
import { ORGANISATION_FIELDS } from "../../seeds/load-seed";
import { demoCalls, demoProgramme } from "../../seeds/demo-calls";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

/** Every organisation the source document names, with its kind (checked by hand against the report). */
const DOCUMENT_ORGANISATIONS: [RegExp, string][] = [
  [/Fachbereich Bildung und Qualifizierung/, "ADMINISTRATION"],
  [/Koordinationsstelle ALBuM/, "ADMINISTRATION"],
  [/Volkshochschule Hannover/, "EDUCATIONAL_INSTITUTION"],
  [/Arbeitsgemeinschaft für MigrantInnen und Flüchtlinge/, "MIGRANT_ORGANISATION"],
  [/AWO Region Hannover/, "EDUCATIONAL_INSTITUTION"],
  [/ARBEIT UND LEBEN/, "EDUCATIONAL_INSTITUTION"],
  [/Bildungsverein Soziales Lernen und Kommunikation/, "EDUCATIONAL_INSTITUTION"],
  [/Bund Türkisch-Europäischer Unternehmer/, "MIGRANT_ORGANISATION"],
  [/Can Arkadas/, "MIGRANT_ORGANISATION"],
  [/^kargah e\.V\.$/, "MIGRANT_ORGANISATION"],
  [/Verein Niedersächsischer Bildungsinitiativen/, "EDUCATIONAL_INSTITUTION"],
  [/Tolstoi/, "MIGRANT_ORGANISATION"],
  [/Afrikanischer Dachverband Norddeutschland/, "MIGRANT_ORGANISATION"],
  [/Jobcenter Region Hannover/, "STRATEGIC_PARTNER"],
  [/Agentur für Arbeit Hannover/, "STRATEGIC_PARTNER"],
  [/^Region Hannover/, "STRATEGIC_PARTNER"],
  [/Industrie- und Handelskammer Hannover/, "STRATEGIC_PARTNER"],
  [/Dönmez/, "COMPANY"],
  [/Domicil/, "COMPANY"],
  [/Medizinische Hochschule Hannover/, "COMPANY"],
  [/^TUI/, "COMPANY"],
  [/Bundesministerium für Arbeit und Soziales/, "FUNDER"],
  [/Bundesamt für Migration und Flüchtlinge/, "FUNDER"],
  [/Europäische[rn]? Sozialfonds/, "FUNDER"],
];

describe("seed integrity", () => {
  it("holds every organisation of the document with its kind", async () => {
    const rows = (await server.dataSource.query(`SELECT name, kind FROM organisation`)) as {
      name: string;
      kind: string;
    }[];
    for (const [pattern, kind] of DOCUMENT_ORGANISATIONS) {
      const matches = rows.filter((row) => pattern.test(row.name));
      expect(matches, `organisation ${pattern} missing`).toHaveLength(1);
      expect(matches[0]?.kind, `kind of ${pattern}`).toBe(kind);
    }
  });

  it("marks the ALBuM partners, candidates and HaDi members", async () => {
    const rows = (await server.dataSource.query(
      `SELECT o.slug, m.kind FROM membership m JOIN organisation o ON o.id = m.organisation_id`,
    )) as { slug: string; kind: string }[];
    const partners = rows.filter((r) => r.kind === "ALBUM_PARTNER").map((r) => r.slug);
    expect(partners).toEqual(
      expect.arrayContaining([
        "vhs-hannover",
        "amfn",
        "bteu",
        "can-arkadas",
        "kargah",
        "vnb",
        "awo-region-hannover-weiterbildungszentrum",
      ]),
    );
    expect(
      rows
        .filter((r) => r.kind === "ALBUM_CANDIDATE")
        .map((r) => r.slug)
        .sort(),
    ).toEqual(["afrikanischer-dachverband-norddeutschland", "tolstoi"]);
    expect(rows.filter((r) => r.kind === "HADI_MEMBER").map((r) => r.slug)).toContain("tui");
  });

  it("holds the document's projects with their figures", async () => {
    const rows = (await server.dataSource.query(
      `SELECT title, status::text AS status, approved_amount::float AS amount, participants_reached AS reached, starts_on::text AS starts, ends_on::text AS ends FROM application`,
    )) as {
      title: string;
      status: string;
      amount: number | null;
      reached: number | null;
      starts: string | null;
      ends: string | null;
    }[];
    const deutschFuerDenBeruf = rows.find((r) => /Deutsch für den Beruf/.test(r.title));
    expect(deutschFuerDenBeruf?.amount).toBe(5_100_000);
    expect(deutschFuerDenBeruf?.starts?.startsWith("2009")).toBe(true);
    const vip = rows.find((r) => /ALBuM-VIP/.test(r.title));
    expect(vip?.amount).toBe(1_800_000);
    expect(vip?.reached).toBe(4_500);
    expect(vip?.starts?.startsWith("2012")).toBe(true);
    expect(vip?.ends).toBe("2014-12-31");
    expect(vip?.status).toBe("COMPLETED");
    const applied2015 = rows.filter((r) => /Hannover im Dialog|Integrationsmanagement/.test(r.title));
    expect(applied2015.map((r) => r.status)).toEqual(["SUBMITTED", "SUBMITTED"]);
    const total = rows.reduce((sum, r) => sum + (r.amount ?? 0), 0);
    expect(total).toBeLessThanOrEqual(albumSeed.figures.fundingAcquiredEuros);
  });

  it("has Hannover's 13 Stadtbezirke plus the Region", async () => {
    const rows = (await server.dataSource.query(`SELECT key FROM district`)) as { key: string }[];
    expect(rows).toHaveLength(14);
  });

  it("marks where values come from", () => {
    for (const organisation of albumSeed.organisations) {
      expect(Object.keys(organisation.provenance).length, organisation.slug).toBeGreaterThan(0);
    }
    expect(albumSeed.relations.every((r) => r.provenance === "document" || r.provenance === "illustrative")).toBe(true);
  });
});

const REPORTED = `{ reportedFigures { key value unit qualifier fromYear toYear source { kind document section asOf note } } }`;
const PROFILE = `query($slug: String!) {
  organisation(slug: $slug) {
    slug
    sources { field source { kind section asOf } }
    memberships { kind since source { kind section note } }
    relations { provenance { kind section } }
    offerings { slug title organisationsSource { kind } source { kind section } }
  }
}`;
const PROJECT = `query($id: ID!) { application(id: $id) { slug sources { field source { kind section note } } } }`;

interface SourceOut {
  kind: string;
  document?: string | null;
  section: string | null;
  asOf?: string | null;
  note?: string | null;
}

describe("the report's figures and the sources of every seeded value", () => {
  it("serves the report's headline figures as the report states them, each with its section", async () => {
    const res = await server.graphql<{
      reportedFigures: { key: string; value: number; qualifier: string | null; source: SourceOut }[];
    }>(REPORTED);
    const figures = res.data!.reportedFigures;
    const seeded = Object.entries(albumSeed.figures).map(([key, value]) => [
      key === "fundingAcquiredEuros" ? "fundingAcquired" : key,
      value,
    ]);
    expect(figures.map((f) => [f.key, f.value])).toEqual(seeded);
    for (const figure of figures) {
      expect(figure.source.kind).toBe("DOCUMENT");
      expect(figure.source.section, figure.key).toBeTruthy();
      expect(figure.source.asOf).toBe("2015");
      expect(figure.source.document).toMatch(/10 Jahren Netzwerk ALBuM/);
    }
    expect(figures.find((f) => f.key === "fundingAcquired")?.qualifier).toBe("ALMOST");
    expect(figures.find((f) => f.key === "peopleReached")?.qualifier).toBe("OVER");
  });

  it("returns every illustrative value of the seed as ILLUSTRATIVE and every document value with a section", async () => {
    for (const organisation of albumSeed.organisations) {
      const res = await server.graphql<{
        organisation: {
          sources: { field: string; source: SourceOut }[];
          memberships: { kind: string; since: string | null; source: SourceOut }[];
          relations: { provenance: SourceOut }[];
        };
      }>(PROFILE, { slug: organisation.slug });
      const served = res.data!.organisation;
      const byField = Object.fromEntries(served.sources.map((s) => [s.field, s.source]));
      // Every field with a value: DOCUMENT (with a section) where the seed says so, else ILLUSTRATIVE.
      for (const field of ORGANISATION_FIELDS) {
        const value = organisation[field];
        if (value === null || (Array.isArray(value) && value.length === 0)) continue;
        const source = byField[field];
        const expected = organisation.provenance[field] === "document" ? "DOCUMENT" : "ILLUSTRATIVE";
        expect(source?.kind, `${organisation.slug}.${field}`).toBe(expected);
        if (expected === "DOCUMENT") expect(source?.section, `${organisation.slug}.${field}`).toBeTruthy();
      }
      for (const membership of organisation.memberships) {
        const source = served.memberships.find((m) => m.kind === membership.kind)?.source;
        expect(source?.kind, `${organisation.slug} ${membership.kind}`).toBe(
          membership.provenance === "document" ? "DOCUMENT" : "ILLUSTRATIVE",
        );
        if (membership.provenance === "illustrative") expect(source?.note).toBeTruthy();
      }
      for (const relation of served.relations) expect(["DOCUMENT", "ILLUSTRATIVE"]).toContain(relation.provenance.kind);
    }
    // The HaDi memberships of the four companies are not in the report.
    const tui = await server.graphql<{ organisation: { memberships: { kind: string; source: SourceOut }[] } }>(
      PROFILE,
      {
        slug: "tui",
      },
    );
    expect(tui.data!.organisation.memberships.find((m) => m.kind === "HADI_MEMBER")?.source.kind).toBe("ILLUSTRATIVE");
  });

  it("dates the memberships as the report does: founding partners since mid-2004, AWO since 2014", async () => {
    const rows = (await server.dataSource.query(
      `SELECT o.slug, m.since::text AS since FROM membership m JOIN organisation o ON o.id = m.organisation_id WHERE m.kind = 'ALBUM_PARTNER'`,
    )) as { slug: string; since: string | null }[];
    const since = Object.fromEntries(rows.map((r) => [r.slug, r.since]));
    expect(since["awo-region-hannover-weiterbildungszentrum"]).toBe("2014-01-01");
    for (const slug of [
      "vhs-hannover",
      "amfn",
      "bteu",
      "can-arkadas",
      "kargah",
      "vnb",
      "arbeit-und-leben-niedersachsen-mitte",
    ])
      expect(since[slug], slug).toBe("2004-07-01");
  });

  it("lists the report's offers on profiles with their sources, and the projects' fields with theirs", async () => {
    const kargah = await server.graphql<{
      organisation: { offerings: { slug: string; source: SourceOut; organisationsSource: SourceOut }[] };
    }>(PROFILE, { slug: "kargah" });
    const expected = albumSeed.offers.filter((o) => o.organisations.includes("kargah")).map((o) => o.slug);
    expect(kargah.data!.organisation.offerings.map((o) => o.slug).sort()).toEqual(expected.sort());
    for (const offer of kargah.data!.organisation.offerings) {
      expect(offer.source).toMatchObject({ kind: "DOCUMENT" });
      expect(offer.organisationsSource.kind).toBe("ILLUSTRATIVE");
    }
    const cookie = await signIn(server, DEMO.coordinator);
    for (const project of albumSeed.projects) {
      const [{ id }] = (await server.dataSource.query(`SELECT id FROM application WHERE slug = $1`, [
        project.slug,
      ])) as [{ id: string }];
      const res = await server.graphql<{ application: { sources: { field: string; source: SourceOut }[] } }>(
        PROJECT,
        { id },
        { cookie },
      );
      const byField = Object.fromEntries(res.data!.application.sources.map((s) => [s.field, s.source]));
      for (const [field, provenance] of Object.entries(project.provenance))
        expect(byField[field]?.kind, `${project.slug}.${field}`).toBe(
          provenance === "document" ? "DOCUMENT" : "ILLUSTRATIVE",
        );
      if (project.amountCoversUntil) expect(byField.amountCoversUntil?.kind).toBe("ILLUSTRATIVE");
    }
  });
});

describe("calls and programmes: in a current period, with their sources", () => {
  it("keeps every seeded call's dates inside its programme's period", async () => {
    const rows = (await server.dataSource.query(
      `SELECT c.title, p.key, p.starts_on::text AS "startsOn", p.ends_on::text AS "endsOn",
              array_remove(ARRAY[c.published_on::text, (c.deadline AT TIME ZONE 'Europe/Berlin')::date::text,
                                 c.funding_starts_on::text, c.funding_ends_on::text], NULL) AS days
         FROM call_for_proposals c LEFT JOIN funding_programme p ON p.id = c.programme_id`,
    )) as { title: string; key: string | null; startsOn: string | null; endsOn: string | null; days: string[] }[];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      // A call outside any programme, or in one without a known period, cannot be checked: the seed has none.
      expect(row.key, `${row.title}: programme`).not.toBeNull();
      expect(row.startsOn && row.endsOn, `${row.title}: period of ${row.key}`).toBeTruthy();
      for (const day of row.days) {
        expect(day >= row.startsOn!, `${row.title}: ${day} before ${row.key}`).toBe(true);
        expect(day <= row.endsOn!, `${row.title}: ${day} after ${row.key}`).toBe(true);
      }
    }
  });

  it("keeps the demo calls inside the period when seeded late in it", () => {
    for (const call of demoCalls(new Date("2027-11-20T09:00:00Z"), "programme")) {
      for (const day of [call.publishedOn, call.fundingStartsOn, call.fundingEndsOn, call.deadline?.toISOString()])
        if (day) expect(day.slice(0, 10) <= demoProgramme.endsOn, `${call.title}: ${day}`).toBe(true);
    }
  });

  it("marks every seeded call and the demo's programme ILLUSTRATIVE, the report's programmes DOCUMENT", async () => {
    const cookie = await signIn(server, DEMO.coordinator);
    const res = await server.graphql<{
      calls: { edges: { node: { title: string; source: SourceOut; programme: { key: string } | null } }[] };
      programmes: { key: string; source: SourceOut }[];
    }>(
      `{ calls(first: 100) { edges { node { title source { kind section note } programme { key } } } }
         programmes { key source { kind section note } } }`,
      {},
      { cookie },
    );
    expect(res.errors).toBeUndefined();
    const [{ count }] = (await server.dataSource.query(`SELECT count(*)::int AS count FROM call_for_proposals`)) as [
      { count: number },
    ];
    const calls = res.data!.calls.edges.map((edge) => edge.node);
    expect(calls).toHaveLength(count);
    for (const call of calls) {
      expect(call.source.kind, call.title).toBe("ILLUSTRATIVE");
      expect(call.source.note, call.title).toBeTruthy();
      expect(call.programme?.key, call.title).toBe(demoProgramme.key);
    }
    const programmes = Object.fromEntries(res.data!.programmes.map((p) => [p.key, p.source]));
    expect(programmes[demoProgramme.key]?.kind).toBe("ILLUSTRATIVE");
    for (const programme of albumSeed.programmes)
      expect(programmes[programme.key], programme.key).toMatchObject({ kind: "DOCUMENT", section: programme.section });
  });

  it("seeds no application, tandem or tandem request beyond the report's projects", async () => {
    const slugs = ((await server.dataSource.query(`SELECT slug FROM application`)) as { slug: string }[]).map(
      (row) => row.slug,
    );
    expect(slugs.sort()).toEqual(albumSeed.projects.map((project) => project.slug).sort());
    // The report names no tandem of an application and no tandem request: the seed must not make one up unmarked.
    for (const table of ["application_tandem", "tandem_request"]) {
      const [{ count }] = (await server.dataSource.query(`SELECT count(*)::int AS count FROM ${table}`)) as [
        { count: number },
      ];
      expect(count, table).toBe(0);
    }
  });
});
