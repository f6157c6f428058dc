import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, signIn, startTestServer, type TestServer } from "../support/test-server";
import { createApplication, fixtureIds, tandem, type ApplicationData } from "../support/application-fixtures";

let server: TestServer;
let coordinator: string;
let kargah: string;
let tui: string;
let tricky: ApplicationData;
let foreign: ApplicationData;

const TRICKY_TITLE = '=Sprache, Beruf & "Zukunft"\nin Döhren-Wülfel';

const download = (path: string, cookie?: string) => fetch(`${server.url}${path}`, { headers: cookie ? { cookie } : {} });
const csvRows = async (response: Response) => parse(await response.text(), { bom: true, columns: true, skip_empty_lines: true }) as Record<string, string>[];

beforeAll(async () => {
  server = await startTestServer({ loginLimits: { perIp: 1000, perAccount: 100, windowSeconds: 60 } });
  [coordinator, kargah, tui] = await Promise.all([signIn(server, DEMO.coordinator), signIn(server, DEMO.kargah), signIn(server, DEMO.tui)]);
  const ids = await fixtureIds(server);
  tricky = await createApplication(server, coordinator, {
    callId: ids.openCall,
    title: TRICKY_TITLE,
    requestedAmount: 12_345.67,
    tandems: [tandem(ids, "kargah", "vhs-hannover", 10_000), tandem(ids, "amfn", "vnb", 2_345.67)],
  });
  foreign = await createApplication(server, coordinator, { callId: ids.openCall, title: "Nicht für kargah", requestedAmount: 1, tandems: [tandem(ids, "bteu", "vnb", 1)] });
});
afterAll(async () => {
  await server?.close();
});

describe("GET /export/applications.csv", () => {
  it("needs a session: anonymous 401, companies 403", async () => {
    expect((await download("/export/applications.csv")).status).toBe(401);
    expect((await download("/export/applications.xlsx")).status).toBe(401);
    expect((await download("/export/applications.csv", tui)).status).toBe(403);
  });

  it("round-trips every application the office may read, with quotes, commas, line breaks and umlauts intact", async () => {
    const response = await download("/export/applications.csv", coordinator);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="antraege.csv"');
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const rows = await csvRows(response);
    const [{ n }] = (await server.dataSource.query(`SELECT count(*)::int AS n FROM application`)) as [{ n: number }];
    expect(rows).toHaveLength(n);
    const row = rows.find((r) => r.ID === tricky.id);
    expect(row).toMatchObject({
      Kurzname: tricky.slug,
      // A leading "=" is defused so that spreadsheets show text instead of running a formula.
      Titel: `'${TRICKY_TITLE}`,
      Status: "DRAFT",
      "Status (Text)": "Entwurf",
      Federführung: "Koordinationsstelle ALBuM",
      "Beantragt (EUR)": "12345.67",
      "Bewilligt (EUR)": "",
      Version: "1",
    });
    expect(row?.["Tandems (Budgetanteil EUR)"]).toMatch(/^kargah e\.V\. \+ .*Volkshochschule.* \(10000\.00\); .* \(2345\.67\)$/);
    expect(Number.isNaN(Date.parse(row?.["Nächste Frist"] ?? ""))).toBe(false);
    const seeded = rows.find((r) => r.Kurzname === "album-vip");
    expect(seeded).toMatchObject({ "Bewilligt (EUR)": "1800000", "Erreichte Personen": "4500", Beginn: "2012-01-01", Ende: "2014-12-31" });
  });

  it("a partner gets only its own organisation's applications", async () => {
    const rows = await csvRows(await download("/export/applications.csv", kargah));
    const exported = rows.map((r) => r.ID);
    expect(exported).toContain(tricky.id);
    expect(exported).not.toContain(foreign.id);
    const [{ n }] = (await server.dataSource.query(
      `SELECT count(*)::int AS n FROM application a JOIN organisation o ON o.slug = 'kargah'
        WHERE a.lead_organisation_id = o.id OR EXISTS (SELECT 1 FROM application_participant p WHERE p.application_id = a.id AND p.organisation_id = o.id)`,
    )) as [{ n: number }];
    expect(rows).toHaveLength(n);
  });
});

describe("GET /export/applications.xlsx", () => {
  it("is a workbook with the same columns and rows as the CSV, amounts as numbers", async () => {
    const response = await download("/export/applications.xlsx", coordinator);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.getWorksheet("Anträge")!;
    const csv = await csvRows(await download("/export/applications.csv", coordinator));
    expect(sheet.getRow(1).values).toEqual([undefined, ...Object.keys(csv[0]!)]);
    expect(sheet.actualRowCount).toBe(csv.length + 1);
    const headers = (sheet.getRow(1).values as string[]).slice(1);
    const column = (name: string) => headers.indexOf(name) + 1;
    const row = sheet.getRows(2, sheet.actualRowCount - 1)!.find((r) => r.getCell(column("ID")).value === tricky.id)!;
    // In the workbook a title is a plain string cell, never a formula, so it needs no apostrophe.
    expect(row.getCell(column("Titel")).value).toBe(TRICKY_TITLE);
    expect(row.getCell(column("Beantragt (EUR)")).value).toBe(12_345.67);
  });
});

describe("GET /export/organisations.csv", () => {
  it("is public and holds the directory's public fields, never contact persons", async () => {
    const response = await download("/export/organisations.csv");
    expect(response.status).toBe(200);
    const body = await response.text();
    const rows = parse(body, { bom: true, columns: true }) as Record<string, string>[];
    const [{ n }] = (await server.dataSource.query(`SELECT count(*)::int AS n FROM organisation WHERE archived_at IS NULL`)) as [{ n: number }];
    expect(rows).toHaveLength(n);
    expect(rows.find((r) => r.Kurzname === "kargah")).toMatchObject({ Name: "kargah e.V.", Art: "MIGRANT_ORGANISATION" });
    expect(rows.find((r) => r.Kurzname === "kargah")?.Mitgliedschaften).toContain("ALBUM_PARTNER");
    const contacts = (await server.dataSource.query(`SELECT name, email, phone FROM contact_person`)) as { name: string; email: string | null; phone: string | null }[];
    expect(contacts.length).toBeGreaterThan(0);
    for (const contact of contacts) {
      for (const value of [contact.name, contact.email, contact.phone]) if (value) expect(body).not.toContain(value);
    }
  });
});
