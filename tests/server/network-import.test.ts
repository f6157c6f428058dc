import ExcelJS from "exceljs";
import JSZip from "jszip";
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, signIn, startTestServer, type TestServer } from "../support/test-server";

let server: TestServer;
let office: string;
let partner: string;

type Files = Partial<Record<"organisations" | "relations" | "contacts", Buffer>>;
interface Outcome {
  file: string;
  row: number;
  label: string;
  action: string;
  changes: string[];
  problems: { column: string; message: string; value?: string; suggestions?: string[]; cell?: string }[];
  slug?: string;
}
interface Report {
  counts: Record<
    "organisations" | "relations" | "contacts",
    Record<"CREATE" | "UPDATE" | "UNCHANGED" | "REFUSE", number>
  >;
  rows: Outcome[];
}
interface Answer {
  status: number;
  body: Record<string, unknown> | null;
  progress: { phase: string; done: number; total: number }[];
  result?: Report;
  error?: { code: string; message: string; fields?: { field: string; message: string }[] };
}

async function upload(mode: "dry-run" | "run", files: Files, cookie = office, corrections?: unknown): Promise<Answer> {
  const response = await fetch(`${server.url}/import/${mode}`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify({
      files: Object.fromEntries(Object.entries(files).map(([kind, data]) => [kind, data.toString("base64")])),
      corrections,
    }),
  });
  const text = await response.text();
  if (!response.headers.get("content-type")?.startsWith("application/x-ndjson"))
    return { status: response.status, body: JSON.parse(text) as Record<string, unknown>, progress: [] };
  const lines = text
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  return {
    status: response.status,
    body: null,
    progress: lines.filter((l) => l.progress).map((l) => l.progress as Answer["progress"][number]),
    result: lines.find((l) => l.result)?.result as Report | undefined,
    error: lines.find((l) => l.error)?.error as Answer["error"],
  };
}

const csv = (lines: string[]) => Buffer.from(lines.join("\r\n"), "utf8");

async function tableCounts(): Promise<
  Record<"organisations" | "relations" | "contacts" | "memberships" | "audit", number>
> {
  const [row] = (await server.dataSource.query(
    `SELECT (SELECT count(*)::int FROM organisation) AS organisations, (SELECT count(*)::int FROM relation) AS relations,
            (SELECT count(*)::int FROM contact_person) AS contacts, (SELECT count(*)::int FROM membership) AS memberships,
            (SELECT count(*)::int FROM audit_entry) AS audit`,
  )) as [Record<"organisations" | "relations" | "contacts" | "memberships" | "audit", number>];
  return row;
}

async function download(path: string, cookie = office): Promise<Buffer> {
  const response = await fetch(`${server.url}${path}`, { headers: { cookie } });
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

beforeAll(async () => {
  server = await startTestServer({ loginLimits: { perIp: 1000, perAccount: 100, windowSeconds: 60 } });
  [office, partner] = await Promise.all([signIn(server, DEMO.coordinator), signIn(server, DEMO.kargah)]);
}, 120_000);
afterAll(async () => {
  await server?.close();
});

const ORGANISATIONS = csv([
  "key;name;kind;topics;languages;capacity;memberships;city;postal_code;website",
  "EXT-1;Import Verein Eins;MIGRANT_ORGANISATION;beratung, ausbildung;de, tr;4;ALBUM_PARTNER 2020-01-01..;Hannover;30159;https://eins.example",
  'EXT-2;"Import Bildung Zwei; gGmbH";EDUCATIONAL_INSTITUTION;ausbildung;;2;;Hannover;;',
]);
const RELATIONS = csv([
  "source;target;type;since;note",
  "EXT-1;EXT-2;COOPERATION;2021-03-01;Sprachkurse",
  "EXT-2;kargah;COOPERATION;;",
]);
const CONTACTS = csv(
  [
    "organisation;name;role;email;consent_given_at",
    "EXT-1;Ayşe Demir;Vorstand;ayse@eins.example;2024-05-01",
    "Import Bildung Zwei; gGmbH;Jan Ohne;;;",
  ].map((line, index) => (index === 2 ? '"Import Bildung Zwei; gGmbH";Jan Ohne;;;' : line)),
);

describe("who may import and export", () => {
  it("only the office imports and gets templates; signed-in members export; nobody else", async () => {
    expect((await upload("dry-run", { organisations: ORGANISATIONS }, "")).status).toBe(401);
    expect((await upload("dry-run", { organisations: ORGANISATIONS }, partner)).status).toBe(403);
    expect((await upload("run", { organisations: ORGANISATIONS }, partner)).status).toBe(403);
    expect(
      (await fetch(`${server.url}/import/template/organisations.csv`, { headers: { cookie: partner } })).status,
    ).toBe(403);
    expect((await fetch(`${server.url}/export/network/organisations.csv`)).status).toBe(401);
    expect(
      (await fetch(`${server.url}/export/network/organisations.csv`, { headers: { cookie: partner } })).status,
    ).toBe(200);
    expect((await fetch(`${server.url}/export/network/people.csv`, { headers: { cookie: office } })).status).toBe(404);
  });

  it("offers a template per kind of file in both languages", async () => {
    const german = (await download("/import/template/organisations.csv?lang=de")).toString("utf8");
    expect(german.replace(/^\uFEFF/, "").split("\r\n")[0]).toContain("Name;Kurzname;Art;Beschreibung");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await download("/import/template/relations.xlsx?lang=en")) as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]!.getRow(1).values).toEqual([
      undefined,
      "source",
      "target",
      "type",
      "since",
      "until",
      "note",
    ]);
  });
});

describe("CSV import", () => {
  it("the dry run writes nothing; the import then creates exactly what it said, audited", async () => {
    const before = await tableCounts();
    const dry = await upload("dry-run", { organisations: ORGANISATIONS, relations: RELATIONS, contacts: CONTACTS });
    expect(dry.error).toBeUndefined();
    expect(dry.result!.counts).toEqual({
      organisations: { CREATE: 2, UPDATE: 0, UNCHANGED: 0, REFUSE: 0 },
      relations: { CREATE: 2, UPDATE: 0, UNCHANGED: 0, REFUSE: 0 },
      contacts: { CREATE: 2, UPDATE: 0, UNCHANGED: 0, REFUSE: 0 },
    });
    expect(await tableCounts()).toEqual(before);

    const run = await upload("run", { organisations: ORGANISATIONS, relations: RELATIONS, contacts: CONTACTS });
    expect(run.error).toBeUndefined();
    expect(run.result).toEqual(dry.result);
    const after = await tableCounts();
    expect(after.organisations - before.organisations).toBe(2);
    expect(after.relations - before.relations).toBe(2);
    expect(after.contacts - before.contacts).toBe(2);
    expect(after.memberships - before.memberships).toBe(1);
    expect(after.audit - before.audit).toBe(1 + 2 + 2 + 2);

    const [eins] = (await server.dataSource.query(
      `SELECT o.*, (SELECT json_agg(json_build_object('kind', m.kind, 'since', m.since, 'until', m.until)) FROM membership m WHERE m.organisation_id = o.id) AS memberships
         FROM organisation o WHERE external_key = 'EXT-1'`,
    )) as [Record<string, unknown>];
    expect(eins).toMatchObject({
      name: "Import Verein Eins",
      slug: "import-verein-eins",
      kind: "MIGRANT_ORGANISATION",
      topic_keys: ["beratung", "ausbildung"],
      language_keys: ["de", "tr"],
      capacity: 4,
      postal_code: "30159",
      memberships: [{ kind: "ALBUM_PARTNER", since: "2020-01-01", until: null }],
    });
    const zwei = (await server.dataSource.query(
      `SELECT id FROM organisation WHERE name = 'Import Bildung Zwei; gGmbH'`,
    )) as { id: string }[];
    expect(zwei).toHaveLength(1);
    const [entry] = (await server.dataSource.query(
      `SELECT changes FROM audit_entry WHERE entity_type = 'IMPORT' ORDER BY created_at DESC LIMIT 1`,
    )) as [{ changes: { counts: { after: Report["counts"] } } }];
    expect(entry.changes.counts.after).toEqual(dry.result!.counts);
    const people = (await server.dataSource.query(
      `SELECT name, email, consent_given_at FROM contact_person WHERE organisation_id IN (SELECT id FROM organisation WHERE external_key = 'EXT-1' OR name = 'Import Bildung Zwei; gGmbH') ORDER BY name`,
    )) as { name: string; email: string | null; consent_given_at: Date | null }[];
    expect(people.map((p) => [p.name, p.email, p.consent_given_at?.toISOString() ?? null])).toEqual([
      ["Ayşe Demir", "ayse@eins.example", "2024-05-01T00:00:00.000Z"],
      ["Jan Ohne", null, null],
    ]);
  });

  it("re-importing the same files changes nothing and writes nothing", async () => {
    const before = await tableCounts();
    const run = await upload("run", { organisations: ORGANISATIONS, relations: RELATIONS, contacts: CONTACTS });
    expect(run.result!.counts.organisations).toEqual({ CREATE: 0, UPDATE: 0, UNCHANGED: 2, REFUSE: 0 });
    expect(run.result!.counts.relations.UNCHANGED).toBe(2);
    expect(run.result!.counts.contacts.UNCHANGED).toBe(2);
    expect(await tableCounts()).toEqual(before);
  });

  it("updates a row matched by its key and reports the changed columns", async () => {
    const changed = csv(["key;name;capacity", "EXT-1;Import Verein Eins;7"]);
    const dry = await upload("dry-run", { organisations: changed });
    expect(dry.result!.rows).toEqual([expect.objectContaining({ row: 2, action: "UPDATE", changes: ["capacity"] })]);
    await upload("run", { organisations: changed });
    const [row] = (await server.dataSource.query(
      `SELECT capacity, version FROM organisation WHERE external_key = 'EXT-1'`,
    )) as [{ capacity: number; version: number }];
    expect(row.capacity).toBe(7);
    expect(row.version).toBeGreaterThan(1);
  });

  it("a file with one bad row writes nothing and names the row with the reason and suggestions", async () => {
    const before = await tableCounts();
    const files = {
      organisations: csv([
        "name;kind;topics",
        "Gute Zeile;PARTNER_X;beratung",
        "Noch eine gute Zeile;MIGRANT_ORGANISATION;beratun",
        ";MIGRANT_ORGANISATION;",
        "Doppelt;COMPANY;",
        "Doppelt;COMPANY;",
      ]),
      relations: csv(["source;target;type", "Doppelt;Gibt es nicht;COOPERATION"]),
      contacts: csv(["organisation;name;email", "kargah;Eva Falsch;eva-at-example"]),
    };
    const dry = await upload("dry-run", files);
    const refused = dry.result!.rows.filter((r) => r.action === "REFUSE");
    const byRow = (file: string, row: number) => refused.find((r) => r.file === file && r.row === row)!;
    expect(byRow("organisations", 2).problems[0]).toMatchObject({ column: "kind" });
    expect(byRow("organisations", 3).problems[0]).toMatchObject({
      column: "topics",
      message: 'unknown topics key "beratun"',
    });
    expect(byRow("organisations", 3).problems[0]!.suggestions![0]).toBe("beratung");
    expect(byRow("organisations", 4).problems[0]).toMatchObject({ column: "name", message: "the name is missing" });
    expect(byRow("organisations", 6).problems[0]!.message).toBe("duplicate of row 5 in this file");
    expect(byRow("relations", 2).problems[0]!.message).toContain(
      "exists neither in the organisations file nor in the database",
    );
    expect(byRow("contacts", 2).problems[0]).toMatchObject({ column: "email" });
    expect(dry.result!.counts.organisations.CREATE).toBe(1);

    const run = await upload("run", files);
    expect(run.result).toBeUndefined();
    expect(run.error!.code).toBe("BAD_USER_INPUT");
    expect(run.error!.fields!.map((f) => f.field)).toEqual(
      expect.arrayContaining(["organisations.3", "relations.2", "contacts.2"]),
    );
    expect(await tableCounts()).toEqual(before);
    const good = (await server.dataSource.query(`SELECT 1 FROM organisation WHERE name = 'Doppelt'`)) as unknown[];
    expect(good).toHaveLength(0);
  });

  it("applies the forms' rules: postal code, website and capacity range", async () => {
    const dry = await upload("dry-run", {
      organisations: csv(["name,kind,postal_code,website,capacity", "Regeln,COMPANY,3015,ftp://x.example,99"]),
    });
    const columns = dry.result!.rows[0]!.problems.map((p) => p.column).sort();
    expect(columns).toEqual(["capacity", "postal_code", "website"]);
  });

  it("reads comma CSV and Windows-1252 as German Excel saves it", async () => {
    const latin = Buffer.from(
      "Name,Art,Ort\r\nVerein Übersee Döhren,MIGRANT_ORGANISATION,Hannover-Döhren\r\n",
      "latin1",
    );
    const dry = await upload("dry-run", { organisations: latin });
    expect(dry.result!.rows[0]).toMatchObject({ label: "Verein Übersee Döhren", action: "CREATE" });
  });

  it("reports progress from the server for large files", async () => {
    const lines = ["name;kind"];
    for (let i = 0; i < 2500; i++) lines.push(`Fortschritt ${i};COMPANY`);
    const dry = await upload("dry-run", { organisations: csv(lines) });
    expect(dry.progress.length).toBeGreaterThanOrEqual(3);
    expect(dry.progress.at(-1)).toEqual({ phase: "check", done: 2500, total: 2500 });
    expect(dry.result!.counts.organisations.CREATE).toBe(2500);
  });

  it("audits every row of a file larger than one chunk of entries, each organisation once", async () => {
    const lines = ["name;kind"];
    for (let i = 0; i < 1201; i++) lines.push(`Protokolliert ${i};COMPANY`);
    const before = await tableCounts();
    const run = await upload("run", { organisations: csv(lines) });
    expect(run.error).toBeUndefined();
    expect(run.result!.counts.organisations.CREATE).toBe(1201);
    expect((await tableCounts()).audit - before.audit).toBe(1 + 1201);
    const [audited] = (await server.dataSource.query(
      `SELECT count(*)::int AS entries, count(DISTINCT a.entity_id)::int AS organisations
         FROM audit_entry a JOIN organisation o ON o.id = a.entity_id
        WHERE a.entity_type = 'ORGANISATION' AND o.name LIKE 'Protokolliert %'`,
    )) as [{ entries: number; organisations: number }];
    expect(audited).toEqual({ entries: 1201, organisations: 1201 });
  });
});

describe("corrections made on the import page", () => {
  const BAD = csv([
    "Schlüssel;Name;Art;Themen;Sprachen",
    "KORR-1;Korrektur Verein;MIGRANT_ORGANISATION;beratung;de",
    "KORR-2;Korrektur Schule;EDUCATIONAL_INSTITUTION;ausbildung, beratng;de",
  ]);

  it("the refused row names its cell and unknown key; a correction of that cell makes the dry run and the import pass", async () => {
    const dry = await upload("dry-run", { organisations: BAD });
    const refused = dry.result!.rows.find((row) => row.action === "REFUSE")!;
    expect(refused).toMatchObject({ row: 3, label: "Korrektur Schule" });
    expect(refused.problems).toEqual([
      expect.objectContaining({ column: "topics", value: "beratng", cell: "ausbildung, beratng" }),
    ]);
    expect(refused.problems[0]!.suggestions![0]).toBe("beratung");
    expect(dry.result!.rows.find((row) => row.row === 2)!.slug).toBe("korrektur-verein");

    const correction = [{ file: "organisations", row: 3, column: "topics", value: "ausbildung, beratung" }];
    const fixed = await upload("dry-run", { organisations: BAD }, office, correction);
    expect(fixed.result!.counts.organisations).toEqual({ CREATE: 2, UPDATE: 0, UNCHANGED: 0, REFUSE: 0 });
    const before = await tableCounts();
    const run = await upload("run", { organisations: BAD }, office, correction);
    expect(run.result!.counts).toEqual(fixed.result!.counts);
    expect((await tableCounts()).organisations - before.organisations).toBe(2);
    const [schule] = (await server.dataSource.query(
      `SELECT topic_keys FROM organisation WHERE external_key = 'KORR-2'`,
    )) as [{ topic_keys: string[] }];
    expect(schule.topic_keys).toEqual(["ausbildung", "beratung"]);
  });

  it("a correction of no uploaded file, row or column is refused with a message, nothing written", async () => {
    const before = await tableCounts();
    for (const corrections of [
      [{ file: "relations", row: 2, column: "type", value: "COOPERATION" }],
      [{ file: "organisations", row: 99, column: "topics", value: "beratung" }],
      [{ file: "organisations", row: 2, column: "website", value: "https://x.example" }],
      [{ file: "organisations", row: 2, column: "topics", value: 5 }],
      [{ file: "organisations", row: 2, column: "topics", value: "x".repeat(2001) }],
      "topics=beratung",
      Array.from({ length: 201 }, () => ({ file: "organisations", row: 2, column: "topics", value: "beratung" })),
    ]) {
      const answer = await upload("run", { organisations: BAD }, office, corrections);
      expect(answer.status, JSON.stringify(corrections).slice(0, 80)).toBe(400);
      expect(answer.body).toMatchObject({ code: "BAD_USER_INPUT" });
      expect(String(answer.body!.message)).toMatch(/correction/);
    }
    expect(await tableCounts()).toEqual(before);
  });
});

describe("XLSX import with German headings", () => {
  it("creates what the dry run said; formulas are taken as text, never evaluated", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Organisationen");
    sheet.addRow(["Schlüssel", "Name", "Art", "Beschreibung", "Themen", "Kapazität", "Mitgliedschaften"]);
    sheet.addRow([
      "X-1",
      "Tabellen Verein",
      "MIGRANT_ORGANISATION",
      null,
      "ausbildung",
      5,
      "HADI_MEMBER 2019-01-01..2020-12-31",
    ]);
    sheet.getCell("D2").value = { formula: 'HYPERLINK("https://evil.example","klick")', result: "klick" };
    const relations = new ExcelJS.Workbook();
    relations.addWorksheet("Beziehungen").addRows([
      ["Von", "Zu", "Art", "Seit"],
      ["X-1", "kargah", "COOPERATION", new Date(Date.UTC(2022, 5, 1))],
    ]);
    const files = {
      organisations: Buffer.from(await workbook.xlsx.writeBuffer()),
      relations: Buffer.from(await relations.xlsx.writeBuffer()),
    };
    const dry = await upload("dry-run", files);
    expect(dry.result!.counts.organisations.CREATE).toBe(1);
    expect(dry.result!.counts.relations.CREATE).toBe(1);
    const run = await upload("run", files);
    expect(run.result).toEqual(dry.result);
    const [row] = (await server.dataSource.query(
      `SELECT o.description, o.capacity, r.since::text AS since FROM organisation o JOIN relation r ON r.source_id = o.id WHERE o.external_key = 'X-1'`,
    )) as [{ description: string; capacity: number; since: string }];
    expect(row).toEqual({
      description: '=HYPERLINK("https://evil.example","klick")',
      capacity: 5,
      since: "2022-06-01",
    });
  });
});

describe("round trip", () => {
  for (const format of ["csv", "xlsx"] as const) {
    for (const lang of ["de", "en"] as const) {
      it(`export → import as ${format} (${lang}) changes nothing`, async () => {
        const files = {
          organisations: await download(`/export/network/organisations.${format}?lang=${lang}`),
          relations: await download(`/export/network/relations.${format}?lang=${lang}`),
          contacts: await download(`/export/network/contacts.${format}?lang=${lang}`),
        };
        const before = await tableCounts();
        const run = await upload("run", files);
        expect(run.error).toBeUndefined();
        const notUnchanged = run.result!.rows.filter((r) => r.action !== "UNCHANGED");
        expect(notUnchanged).toEqual([]);
        expect(run.result!.counts.organisations.UNCHANGED).toBe(before.organisations);
        expect(run.result!.counts.relations.UNCHANGED).toBe(before.relations);
        expect(await tableCounts()).toEqual(before);
      });
    }
  }
});

describe("bad input: a clear message with a code, nothing written", () => {
  const refused = async (files: Files, problem: string, status = 400) => {
    const before = await tableCounts();
    const answer = await upload("run", files);
    expect(answer.status).toBe(status);
    expect(answer.body).toMatchObject({ code: "BAD_USER_INPUT", problem });
    expect(typeof answer.body!.message).toBe("string");
    expect(await tableCounts()).toEqual(before);
  };

  it("a file over the size limit", async () => {
    const big = Buffer.alloc(8 * 1024 * 1024 + 1, "a");
    await refused({ organisations: big }, "FILE_TOO_LARGE");
  });

  it("a request body over the limit is refused by the body parser", async () => {
    // A socket of its own: a kept-alive one can be closed by the server just as a request is sent on it.
    const status = await new Promise<number>((resolve, reject) => {
      const request = http.request(`${server.url}/import/run`, {
        method: "POST",
        agent: false,
        headers: { "content-type": "application/json", cookie: office },
      });
      request.on("response", (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      request.on("error", reject);
      request.end(JSON.stringify({ files: { organisations: "a".repeat(40 * 1024 * 1024) } }));
    });
    expect(status).toBe(413);
  });

  it("a non-spreadsheet: an image, an old .xls, a zip that is no workbook", async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    await refused({ organisations: png }, "NOT_A_SPREADSHEET");
    await refused(
      { organisations: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) },
      "NOT_A_SPREADSHEET",
    );
    const zip = new JSZip();
    zip.file("readme.txt", "hello");
    await refused({ organisations: await zip.generateAsync({ type: "nodebuffer" }) }, "NOT_A_SPREADSHEET");
  });

  it("a spreadsheet bomb: huge dimensions, or parts that unpack to far more than they weigh", async () => {
    const far = new ExcelJS.Workbook();
    const sheet = far.addWorksheet("x");
    sheet.addRow(["name", "kind"]);
    sheet.getCell("A1048576").value = "far away";
    await refused({ organisations: Buffer.from(await far.xlsx.writeBuffer()) }, "SPREADSHEET_TOO_LARGE");

    const small = new ExcelJS.Workbook();
    small.addWorksheet("x").addRow(["name", "kind"]);
    const zip = await JSZip.loadAsync(await small.xlsx.writeBuffer());
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    zip.file("xl/worksheets/sheet1.xml", xml.replace("<sheetData>", `<sheetData>${" ".repeat(70 * 1024 * 1024)}`));
    const bomb = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    await refused({ organisations: bomb }, "SPREADSHEET_TOO_LARGE");
  });

  it("mixed encodings", async () => {
    const mixed = Buffer.concat([
      Buffer.from("name;kind\r\nDöhren Verein;COMPANY\r\n", "utf8"),
      Buffer.from("Übersee;COMPANY\r\n", "latin1"),
    ]);
    await refused({ organisations: mixed }, "MIXED_ENCODING");
  });

  it("unknown or missing columns, an empty file, a broken CSV", async () => {
    await refused({ organisations: csv(["name;kind;colour", "A;COMPANY;red"]) }, "UNKNOWN_COLUMNS");
    await refused({ relations: csv(["source;type", "a;COOPERATION"]) }, "MISSING_COLUMNS");
    await refused({ organisations: Buffer.alloc(0) }, "EMPTY_FILE");
    await refused({ organisations: csv(["name;kind", '"Unclosed;COMPANY']) }, "NOT_A_SPREADSHEET");
  });

  it("a body without files, or an unknown kind of file", async () => {
    for (const body of [{}, { files: [] }, { files: { people: "YQ==" } }, { files: { organisations: 5 } }]) {
      const response = await fetch(`${server.url}/import/dry-run`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie: office },
        body: JSON.stringify(body),
      });
      expect(response.status).toBe(400);
      expect(((await response.json()) as { code: string }).code).toBe("BAD_USER_INPUT");
    }
  });
});
