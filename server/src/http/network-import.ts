import express, { Router, type Request, type Response } from "express";
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import type { DataSource } from "typeorm";
import type { Logger } from "pino";
import type { SessionUser } from "../graphql/context";
import { DomainError, ErrorCode } from "../graphql/errors";
import { resolveSession, SESSION_COOKIE } from "../modules/accounts/accounts.service";
import { COLUMNS, FILE_KINDS, type FileKind } from "../modules/import/import-columns";
import {
  applyCorrections,
  checkColumns,
  dryRunImport,
  runImport,
  MAX_CORRECTION_LENGTH,
  MAX_CORRECTIONS,
  type ImportSheets,
  type ImportReport,
} from "../modules/import/import.service";
import { canExportNetwork, canImport, networkExportRows, type ExportRow } from "../modules/import/network-export";
import { IMPORT_LIMITS, readSheet } from "../modules/import/spreadsheet";
import { safeCsvCell } from "./exports";

const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.CONFLICT]: 409,
};

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const SHEET_NAMES: Record<FileKind, { de: string; en: string }> = {
  organisations: { de: "Organisationen", en: "Organisations" },
  relations: { de: "Beziehungen", en: "Relations" },
  contacts: { de: "Kontaktpersonen", en: "Contacts" },
};

/** Base64 of three files of the size limit, the page's corrections (JSON-escaped) and the JSON around them. */
const BODY_LIMIT =
  Math.ceil(((IMPORT_LIMITS.fileBytes * 4) / 3) * FILE_KINDS.length) +
  MAX_CORRECTIONS * (MAX_CORRECTION_LENGTH * 6 + 200) +
  64 * 1024;

async function sessionUser(dataSource: DataSource, req: Request): Promise<SessionUser | null> {
  const token = (req.cookies as Record<string, unknown> | undefined)?.[SESSION_COOKIE];
  return resolveSession(dataSource, typeof token === "string" ? token : undefined);
}

function errorBody(error: DomainError) {
  return { ...error.extensions, code: error.code, message: error.message };
}

function sendCsv(kind: FileKind, language: "de" | "en", rows: ExportRow[]): string {
  const columns = COLUMNS[kind];
  const records = rows.map((row) => columns.map((c) => safeCsvCell(row[c.key] ?? "")));
  // Semicolons, as German Excel writes and reads them; the byte order mark makes it read UTF-8.
  return `\uFEFF${stringify([columns.map((c) => c[language]), ...records], { delimiter: ";", record_delimiter: "\r\n" })}`;
}

async function sendXlsx(kind: FileKind, language: "de" | "en", rows: ExportRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "ALBuM Netzwerkplattform";
  const sheet = workbook.addWorksheet(SHEET_NAMES[kind][language], { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = COLUMNS[kind].map((c) => ({ header: c[language], key: c.key, width: 20 }));
  // exceljs writes strings as strings, never as formulas; numbers stay text so the cells round-trip.
  for (const row of rows) sheet.addRow(row);
  sheet.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * Spreadsheet import and export of the network:
 * - `GET /import/template/<kind>.csv|.xlsx?lang=de|en` — the empty columns (office);
 * - `GET /export/network/<kind>.csv|.xlsx?lang=de|en` — the network in the same columns (signed in);
 * - `POST /import/dry-run` and `POST /import/run` (office), body
 *   `{ files: { organisations?: base64, relations?: base64, contacts?: base64 }, corrections?: [{ file, row,
 *   column, value }] }` (cells fixed on the import page, applied before the check). A file refused as a
 *   whole is a JSON error (`{ code, problem, file, message }`); otherwise the answer is NDJSON:
 *   `{"progress":{phase,done,total}}` lines while the server works, then `{"result":report}` or
 *   `{"error":{code,message,fields}}`.
 */
export function networkImportRouter(dataSource: DataSource, log: Logger): Router {
  const router = Router();
  const kindFormat = (req: Request): { kind: FileKind; format: "csv" | "xlsx"; language: "de" | "en" } | null => {
    const match = /^(organisations|relations|contacts)\.(csv|xlsx)$/.exec(String(req.params.file));
    if (!match) return null;
    const language = req.query.lang === "en" ? "en" : "de";
    return { kind: match[1] as FileKind, format: match[2] as "csv" | "xlsx", language };
  };

  const download =
    (rowsOf: (kind: FileKind) => Promise<ExportRow[]>, allowed: (user: SessionUser | null) => boolean) =>
    async (req: Request, res: Response) => {
      try {
        const user = await sessionUser(dataSource, req);
        if (!allowed(user)) {
          res.status(user ? 403 : 401).json({ code: user ? "FORBIDDEN" : "UNAUTHENTICATED", message: "Not allowed" });
          return;
        }
        const wanted = kindFormat(req);
        if (!wanted) {
          res.status(404).json({ code: "NOT_FOUND", message: "No such file" });
          return;
        }
        const rows = await rowsOf(wanted.kind);
        const name = `${SHEET_NAMES[wanted.kind][wanted.language].toLowerCase()}.${wanted.format}`;
        res.set({ "content-disposition": `attachment; filename="${name}"`, "cache-control": "private, no-store" });
        if (wanted.format === "csv")
          res.type("text/csv; charset=utf-8").send(sendCsv(wanted.kind, wanted.language, rows));
        else res.type(XLSX_TYPE).send(await sendXlsx(wanted.kind, wanted.language, rows));
      } catch (error) {
        log.error({ err: error }, "network download failed");
        if (!res.headersSent) res.status(500).json({ code: "INTERNAL_SERVER_ERROR", message: "Internal server error" });
      }
    };

  router.get(
    "/import/template/:file",
    download(() => Promise.resolve([]), canImport),
  );
  router.get(
    "/export/network/:file",
    download((kind) => networkExportRows(dataSource.manager, kind), canExportNetwork),
  );

  const upload = (mode: "dry-run" | "run") => async (req: Request, res: Response) => {
    const user = await sessionUser(dataSource, req);
    if (!user || !canImport(user)) {
      res
        .status(user ? 403 : 401)
        .json(
          user
            ? { code: "FORBIDDEN", message: "Only the office imports" }
            : { code: "UNAUTHENTICATED", message: "Please sign in" },
        );
      return;
    }
    const files = (req.body as { files?: unknown } | undefined)?.files;
    if (typeof files !== "object" || files === null || Array.isArray(files)) {
      res
        .status(400)
        .json({ code: "BAD_USER_INPUT", message: "Send { files: { organisations, relations, contacts } } as base64" });
      return;
    }
    const entries = Object.entries(files as Record<string, unknown>);
    const unknown = entries.filter(
      ([kind, content]) => !FILE_KINDS.includes(kind as FileKind) || typeof content !== "string",
    );
    if (entries.length === 0 || unknown.length > 0) {
      res.status(400).json({
        code: "BAD_USER_INPUT",
        message: `Give one to three files (${FILE_KINDS.join(", ")}) as base64 text`,
      });
      return;
    }
    let sheets: ImportSheets = {};
    try {
      for (const [kind, content] of entries) {
        const sheet = await readSheet(kind, Buffer.from(content as string, "base64"));
        checkColumns(kind as FileKind, sheet);
        sheets = { ...sheets, [kind]: sheet };
      }
      sheets = applyCorrections(sheets, (req.body as { corrections?: unknown }).corrections);
    } catch (error) {
      if (error instanceof DomainError) {
        res.status(STATUS[error.code] ?? 400).json(errorBody(error));
        return;
      }
      log.error({ err: error }, "import file unreadable");
      res.status(500).json({ code: "INTERNAL_SERVER_ERROR", message: "Internal server error" });
      return;
    }
    res.status(200).type("application/x-ndjson").set("cache-control", "no-store");
    const line = (value: unknown) =>
      new Promise<void>((resolve) => res.write(`${JSON.stringify(value)}\n`, () => resolve()));
    const progress = async (value: { phase: string; done: number; total: number }) => {
      await line({ progress: value });
    };
    try {
      const report: ImportReport =
        mode === "dry-run"
          ? await dryRunImport(dataSource, sheets, progress)
          : await runImport(dataSource, user, sheets, progress);
      await line({ result: report });
    } catch (error) {
      if (error instanceof DomainError) await line({ error: errorBody(error) });
      else {
        log.error({ err: error }, "import failed");
        await line({
          error: { code: "INTERNAL_SERVER_ERROR", message: "Internal server error; nothing was imported" },
        });
      }
    }
    res.end();
  };

  const body = express.json({ limit: BODY_LIMIT });
  router.post("/import/dry-run", body, upload("dry-run"));
  router.post("/import/run", body, upload("run"));
  return router;
}
