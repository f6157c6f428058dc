import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/test-server";
import { albumSeed } from "../../seeds/album-network";

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
