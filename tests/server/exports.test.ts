import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APPLICATION_COLUMNS } from "../../server/src/modules/applications/application-export";
import { DEMO, signIn, startTestServer, type GraphQLResponse, type TestServer } from "../support/test-server";
import {
  APPLICATIONS,
  createApplication,
  fixtureIds,
  forceStatus,
  tandem,
  type ApplicationData,
} from "../support/application-fixtures";

let server: TestServer;
let coordinator: string;
let kargah: string;
let tui: string;
let vhs: string;
let ids: Record<string, string> = {};
let tricky: ApplicationData;
let foreign: ApplicationData;
let submitted: ApplicationData;

const APPLICATION_HEADERS = APPLICATION_COLUMNS.map((column) => column.header);
const TRICKY_TITLE = '=Sprache, Beruf & "Zukunft"\nin Döhren-Wülfel';

const download = (path: string, cookie?: string) =>
  fetch(`${server.url}${path}`, { headers: cookie ? { cookie } : {} });
/** Parses a CSV as German Excel reads the default export (semicolons), or as a script reads `?format=rfc4180`. */
const csvRows = async (response: Response, format: "excel" | "rfc4180" = "excel") =>
  parse(await response.text(), {
    bom: true,
    columns: true,
    skip_empty_lines: true,
    delimiter: format === "excel" ? ";" : ",",
  }) as Record<string, string>[];

beforeAll(async () => {
  server = await startTestServer({ loginLimits: { perIp: 1000, perAccount: 100, windowSeconds: 60 } });
  [coordinator, kargah, tui, vhs] = await Promise.all([
    signIn(server, DEMO.coordinator),
    signIn(server, DEMO.kargah),
    signIn(server, DEMO.tui),
    signIn(server, DEMO.vhs),
  ]);
  ids = await fixtureIds(server);
  tricky = await createApplication(server, coordinator, {
    callId: ids.openCall,
    title: TRICKY_TITLE,
    requestedAmount: 12_345.67,
    tandems: [tandem(ids, "kargah", "vhs-hannover", 10_000), tandem(ids, "amfn", "vnb", 2_345.67)],
  });
  foreign = await createApplication(server, coordinator, {
    callId: ids.openCall,
    title: "Nicht für kargah",
    requestedAmount: 1,
    tandems: [tandem(ids, "bteu", "vnb", 1)],
  });
  submitted = await createApplication(server, coordinator, {
    callId: ids.openCall,
    title: "Eingereicht mit kargah",
    requestedAmount: 5,
    tandems: [tandem(ids, "kargah", "vnb", 5)],
  });
  await forceStatus(server, submitted.id, "SUBMITTED");
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

  it("round-trips every application the office may read, with quotes, commas, line breaks and umlauts intact (RFC 4180)", async () => {
    const response = await download("/export/applications.csv?format=rfc4180", coordinator);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="antraege.csv"');
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    // For scripts: no byte order mark (Response.text() would hide one: look at the bytes).
    expect([...new Uint8Array(await response.clone().arrayBuffer()).slice(0, 3)]).toEqual([0x49, 0x44, 0x2c]);
    const rows = await csvRows(response, "rfc4180");
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
    expect(row?.["Tandems (Budgetanteil EUR)"]).toMatch(
      /^kargah e\.V\. \+ .*Volkshochschule.* \(10000\.00\); .* \(2345\.67\)$/,
    );
    expect(Number.isNaN(Date.parse(row?.["Nächste Frist"] ?? ""))).toBe(false);
    const seeded = rows.find((r) => r.Kurzname === "album-vip");
    expect(seeded).toMatchObject({
      "Bewilligt (EUR)": "1800000",
      "Erreichte Personen": "4500",
      Beginn: "2012-01-01",
      Ende: "2014-12-31",
    });
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

describe("CSV for German Excel (the default)", () => {
  // 23:59 on a winter day in Hanover is 22:59 UTC: the trap the issue names.
  const DUE = new Date("2027-01-15T22:59:00.000Z");

  beforeAll(async () => {
    await server.dataSource.query(
      `UPDATE application_milestone SET due_at = $1 WHERE application_id = $2 AND done_at IS NULL`,
      [DUE, tricky.id],
    );
  });

  it("is UTF-8 with a byte order mark, semicolons, Hanover dates and decimal commas", async () => {
    const response = await download("/export/applications.csv", coordinator);
    expect(response.status).toBe(200);
    const bytes = new Uint8Array(await response.clone().arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = await response.clone().text();
    expect(text.split("\r\n")[0]).toBe(APPLICATION_HEADERS.join(";"));
    const rows = await csvRows(response);
    const row = rows.find((r) => r.ID === tricky.id);
    expect(row).toMatchObject({
      Titel: `'${TRICKY_TITLE}`,
      "Beantragt (EUR)": "12345,67",
      "Bewilligt (EUR)": "",
      "Nächste Frist": "15.01.2027 23:59",
    });
    // "Geändert am" is the Hanover clock of updated_at, to the minute.
    const [{ at }] = (await server.dataSource.query(
      `SELECT to_char(updated_at AT TIME ZONE 'Europe/Berlin', 'DD.MM.YYYY HH24:MI') AS at FROM application WHERE id = $1`,
      [tricky.id],
    )) as [{ at: string }];
    expect(row?.["Geändert am"]).toBe(at);
    const seeded = rows.find((r) => r.Kurzname === "album-vip");
    expect(seeded).toMatchObject({ "Bewilligt (EUR)": "1800000", Beginn: "01.01.2012", Ende: "31.12.2014" });
    // Read back as German Excel would: a decimal comma number and a day.month.year date.
    expect(Number(row?.["Beantragt (EUR)"]?.replace(",", "."))).toBe(12_345.67);
  });

  it("keeps summer time apart from winter time", async () => {
    await server.dataSource.query(
      `UPDATE application_milestone SET due_at = $1 WHERE application_id = $2 AND done_at IS NULL`,
      [new Date("2027-07-31T21:59:00.000Z"), tricky.id],
    );
    const rows = await csvRows(await download("/export/applications.csv", coordinator));
    expect(rows.find((r) => r.ID === tricky.id)?.["Nächste Frist"]).toBe("31.07.2027 23:59");
    await server.dataSource.query(
      `UPDATE application_milestone SET due_at = $1 WHERE application_id = $2 AND done_at IS NULL`,
      [DUE, tricky.id],
    );
  });

  it("writes the directory the same way, and RFC 4180 on request", async () => {
    const excel = await download("/export/organisations.csv");
    expect([...new Uint8Array(await excel.clone().arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // (Response.text() drops the byte order mark itself.)
    expect((await excel.text()).startsWith("Kurzname;Name;")).toBe(true);
    const rfc = await (await download("/export/organisations.csv?format=rfc4180")).text();
    expect(rfc.startsWith("Kurzname,Name,")).toBe(true);
    const bad = await download("/export/organisations.csv?format=xls");
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { fields: { field: string }[] }).fields.map((f) => f.field)).toEqual(["format"]);
  });
});

describe("GET /export/applications.xlsx", () => {
  it("holds the deadline as a real date on the Hanover clock, with date and number formats", async () => {
    await server.dataSource.query(
      `UPDATE application_milestone SET due_at = $1 WHERE application_id = $2 AND done_at IS NULL`,
      [new Date("2027-01-15T22:59:00.000Z"), tricky.id],
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await (await download("/export/applications.xlsx", coordinator)).arrayBuffer());
    const sheet = workbook.getWorksheet("Anträge")!;
    const headers = (sheet.getRow(1).values as string[]).slice(1);
    const column = (name: string) => headers.indexOf(name) + 1;
    const rows = sheet.getRows(2, sheet.actualRowCount - 1)!;
    const row = rows.find((r) => r.getCell(column("ID")).value === tricky.id)!;
    const due = row.getCell(column("Nächste Frist"));
    // A spreadsheet date has no zone: it must hold the clock Hanover reads, 23:59.
    expect(due.value).toBeInstanceOf(Date);
    expect((due.value as Date).toISOString()).toBe("2027-01-15T23:59:00.000Z");
    expect(due.numFmt).toBe("dd.mm.yyyy hh:mm");
    expect(row.getCell(column("Beantragt (EUR)")).numFmt).toBe('#,##0.00 "€"');
    const seeded = rows.find((r) => r.getCell(column("Kurzname")).value === "album-vip")!;
    expect((seeded.getCell(column("Beginn")).value as Date).toISOString()).toBe("2012-01-01T00:00:00.000Z");
    expect(seeded.getCell(column("Beginn")).numFmt).toBe("dd.mm.yyyy");
    expect(seeded.getCell(column("Erreichte Personen")).value).toBe(4500);
  });

  it("is a workbook with the same columns and rows as the CSV, amounts as numbers", async () => {
    const response = await download("/export/applications.xlsx", coordinator);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
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
    const rows = parse(body, { bom: true, columns: true, delimiter: ";" }) as Record<string, string>[];
    const [{ n }] = (await server.dataSource.query(
      `SELECT count(*)::int AS n FROM organisation WHERE archived_at IS NULL`,
    )) as [{ n: number }];
    expect(rows).toHaveLength(n);
    expect(rows.find((r) => r.Kurzname === "kargah")).toMatchObject({
      Name: "kargah e.V.",
      Art: "MIGRANT_ORGANISATION",
    });
    expect(rows.find((r) => r.Kurzname === "kargah")?.Mitgliedschaften).toContain("ALBUM_PARTNER");
    const contacts = (await server.dataSource.query(`SELECT name, email, phone FROM contact_person`)) as {
      name: string;
      email: string | null;
      phone: string | null;
    }[];
    expect(contacts.length).toBeGreaterThan(0);
    for (const contact of contacts) {
      for (const value of [contact.name, contact.email, contact.phone]) if (value) expect(body).not.toContain(value);
    }
  });
});

/** The ids `applications(filter)` answers, all pages: what a filtered export must hold. */
async function listedIds(cookie: string, filter: Record<string, unknown>): Promise<string[]> {
  const found: string[] = [];
  let after: string | null = null;
  for (;;) {
    const res: GraphQLResponse<{
      applications: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string } }[] };
    }> = await server.graphql(APPLICATIONS, { filter, first: 100, after }, { cookie });
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    found.push(...res.data.applications.edges.map((edge) => edge.node.id));
    if (!res.data.applications.pageInfo.hasNextPage) return found;
    after = res.data.applications.pageInfo.endCursor;
  }
}

const exportedIds = async (query: string, cookie: string) => {
  const response = await download(`/export/applications.csv?${query}`, cookie);
  expect(response.status).toBe(200);
  return (await csvRows(response)).map((row) => row.ID);
};

describe("filtered application exports", () => {
  it("hold exactly the rows applications(filter) lists, in its order, for each filter", async () => {
    const all = await exportedIds("", coordinator);
    const cases: [string, Record<string, unknown>][] = [
      ["status=SUBMITTED&status=RUNNING", { statuses: ["SUBMITTED", "RUNNING"] }],
      [`call=${ids.openCall}`, { callId: ids.openCall }],
      [`organisation=${ids.kargah}`, { organisationId: ids.kargah }],
      [
        "deadlineFrom=2000-01-01&deadlineTo=2100-12-31",
        { deadlineFrom: "2000-01-01T00:00:00.000Z", deadlineTo: "2100-12-31T23:59:59.999Z" },
      ],
      ["search=kargah", { search: "kargah" }],
    ];
    for (const [query, filter] of cases) {
      const exported = await exportedIds(query, coordinator);
      expect(exported, query).toEqual(await listedIds(coordinator, filter));
      expect(exported.length, query).toBeGreaterThan(0);
      expect(exported.length, query).toBeLessThan(all.length);
    }
  });

  it("combine filters, so that the board's view and its download agree", async () => {
    expect(await exportedIds(`status=DRAFT&call=${ids.openCall}&organisation=${ids.kargah}`, coordinator)).toEqual([
      tricky.id,
    ]);
    expect(await exportedIds(`status=SUBMITTED&call=${ids.openCall}`, coordinator)).toEqual([submitted.id]);
    const rows = await csvRows(
      await download(`/export/applications.csv?status=SUBMITTED&status=DRAFT&call=${ids.openCall}`, coordinator),
    );
    expect(new Set(rows.map((row) => row.Status))).toEqual(new Set(["SUBMITTED", "DRAFT"]));
    expect(rows.map((row) => row.ID).sort()).toEqual([tricky.id, foreign.id, submitted.id].sort());
  });

  it("narrow the workbook the same way", async () => {
    const response = await download(`/export/applications.xlsx?status=SUBMITTED&call=${ids.openCall}`, coordinator);
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.getWorksheet("Anträge")!;
    expect(sheet.actualRowCount).toBe(2);
    expect(sheet.getRow(2).getCell(1).value).toBe(submitted.id);
  });

  it("refuse bad parameters with 400 and a JSON body naming them, never a 500", async () => {
    const cases: [string, string][] = [
      ["status=SUBMITTED&status=SENT", "status"],
      ["status=", "status"],
      ["call=not-an-id", "call"],
      ["organisation=1234", "organisation"],
      ["deadlineFrom=2027-02-30", "deadlineFrom"],
      ["deadlineTo=31.12.2027", "deadlineTo"],
      ["deadlineFrom=2027-06-01&deadlineTo=2027-05-01", "deadlineTo"],
      [`search=${"x".repeat(101)}`, "search"],
      [`call=${ids.openCall}&call=${ids.openCall}`, "call"],
      ["stauts=SUBMITTED", "stauts"],
      ["format=xls", "format"],
      ["format=excel&format=rfc4180", "format"],
    ];
    for (const format of ["csv", "xlsx"]) {
      for (const [query, field] of cases) {
        const response = await download(`/export/applications.${format}?${query}`, coordinator);
        expect(response.status, query).toBe(400);
        expect(response.headers.get("content-type"), query).toMatch(/^application\/json/);
        const body = (await response.json()) as { code: string; fields: { field: string; message: string }[] };
        expect(body.code, query).toBe("BAD_USER_INPUT");
        expect(
          body.fields.map((problem) => problem.field),
          query,
        ).toContain(field);
      }
    }
    // Every problem at once, so a script's author fixes them in one go.
    const many = (await (await download("/export/applications.csv?status=X&call=y", coordinator)).json()) as {
      fields: { field: string }[];
    };
    expect(many.fields.map((problem) => problem.field).sort()).toEqual(["call", "status"]);
    // Signing in comes first: the anonymous learn nothing about the parameters.
    expect((await download("/export/applications.csv?status=X")).status).toBe(401);
    expect(((await (await download("/export/applications.csv")).json()) as { code: string }).code).toBe(
      "UNAUTHENTICATED",
    );
  });

  it("never let a partner widen the export to other organisations", async () => {
    const response = await download(`/export/applications.csv?organisation=${ids["vhs-hannover"]}`, kargah);
    expect(response.status).toBe(403);
    expect(((await response.json()) as { code: string }).code).toBe("FORBIDDEN");
    expect((await download(`/export/applications.xlsx?organisation=${ids.bteu}`, kargah)).status).toBe(403);
    // Its own organisation is allowed, and other filters stay inside what it may read.
    expect(await exportedIds(`organisation=${ids.kargah}`, kargah)).toEqual(await listedIds(kargah, {}));
    const inCall = await exportedIds(`call=${ids.openCall}`, kargah);
    expect(inCall.sort()).toEqual([tricky.id, submitted.id].sort());
    expect(inCall).not.toContain(foreign.id);
    expect(await exportedIds(`call=${ids.openCall}&status=SUBMITTED`, vhs)).toEqual([]);
  });
});
