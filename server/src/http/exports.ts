import { Router, type Request, type Response } from "express";
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import type { DataSource } from "typeorm";
import type { Logger } from "pino";
import type { SessionUser } from "../graphql/context";
import { DomainError, ErrorCode, type FieldProblem } from "../graphql/errors";
import { resolveSession, SESSION_COOKIE } from "../modules/accounts/accounts.service";
import { parseExportFilter } from "../modules/applications/application-export-filter";
import { canOnApplications } from "../modules/applications/application-access";
import type { ApplicationFilter } from "../modules/applications/application.inputs";
import {
  APPLICATION_COLUMNS,
  ORGANISATION_COLUMNS,
  applicationExportRows,
  organisationExportRows,
  type ApplicationExportRow,
  type ColumnKind,
  type ExportColumn,
} from "../modules/applications/application-export";
import {
  csvValue,
  spreadsheetDate,
  spreadsheetDateTime,
  takeCsvFormat,
  withFormatProblems,
  type CsvFormat,
} from "./export-format";

type Cell = string | number | Date | null;

/**
 * A text cell that starts like a formula (=, +, -, @, tab, CR) is prefixed with an apostrophe, so
 * that a spreadsheet opening the CSV shows the text instead of running it (CSV injection).
 */
export function safeCsvCell(value: Cell): string | number {
  if (value === null) return "";
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "number") return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * The CSV in the chosen format (see export-format.ts): for German Excel by default, RFC 4180 for
 * scripts. Either way a text that starts like a formula is defused.
 */
function toCsv<T extends object>(columns: ExportColumn<T>[], rows: T[], format: CsvFormat): string {
  const records = rows.map((row) =>
    columns.map((column) => {
      const value = row[column.key] as Cell;
      return typeof value === "string" && column.kind !== "date"
        ? safeCsvCell(value)
        : csvValue(value, column.kind ?? "text", format);
    }),
  );
  const body = stringify([columns.map((column) => column.header), ...records], {
    record_delimiter: "\r\n",
    delimiter: format === "excel" ? ";" : ",",
  });
  // The byte order mark tells Excel the file is UTF-8 (umlauts); scripts do not want it.
  return format === "excel" ? `\uFEFF${body}` : body;
}

/** A row's cells as the workbook stores them: real dates on the Hanover clock, numbers as numbers. */
function xlsxRow(row: ApplicationExportRow): Record<string, unknown> {
  const cells: Record<string, unknown> = { ...row };
  for (const column of APPLICATION_COLUMNS) {
    const value = row[column.key];
    if (value === null) continue;
    if (column.kind === "dateTime" && value instanceof Date) cells[column.key] = spreadsheetDateTime(value);
    if (column.kind === "date" && typeof value === "string") cells[column.key] = spreadsheetDate(value);
  }
  return cells;
}

const XLSX_FORMATS: Partial<Record<ColumnKind, string>> = {
  amount: '#,##0.00 "€"',
  integer: "0",
  date: "dd.mm.yyyy",
  dateTime: "dd.mm.yyyy hh:mm",
};

async function toXlsx(rows: ApplicationExportRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "ALBuM Netzwerkplattform";
  const sheet = workbook.addWorksheet("Anträge", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = APPLICATION_COLUMNS.map((column) => {
    const numFmt = column.kind ? XLSX_FORMATS[column.kind] : undefined;
    return {
      header: column.header,
      key: column.key,
      width: column.key === "title" || column.key === "tandems" ? 50 : 18,
      style: numFmt ? { numFmt } : {},
    };
  });
  // exceljs writes strings as strings (never formulas), so no escaping is needed here.
  for (const row of rows) sheet.addRow(xlsxRow(row));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: APPLICATION_COLUMNS.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function attachment(res: Response, filename: string, contentType: string, personal: boolean): Response {
  return res.set({
    "content-type": contentType,
    "content-disposition": `attachment; filename="${filename}"`,
    "cache-control": personal ? "private, no-store" : "public, max-age=300",
  });
}

const HTTP_STATUS: Record<ErrorCode, number> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.TOO_MANY_REQUESTS]: 429,
  [ErrorCode.INVALID_TOKEN]: 400,
  [ErrorCode.QUERY_TIMEOUT]: 503,
  [ErrorCode.INTERNAL_SERVER_ERROR]: 500,
};

/** Errors as JSON with the same codes as the GraphQL API (`{ code, message, fields? }`), so scripts can tell them apart. */
function sendError(res: Response, code: ErrorCode, message: string, fields?: FieldProblem[]): void {
  res.status(HTTP_STATUS[code]).json(fields ? { code, message, fields } : { code, message });
}

/** The signed-in reader of applications, or a 401/403 already sent. */
async function applicationReader(dataSource: DataSource, req: Request, res: Response): Promise<SessionUser | null> {
  const token = (req.cookies as Record<string, unknown> | undefined)?.[SESSION_COOKIE];
  const user = await resolveSession(dataSource, typeof token === "string" ? token : undefined);
  if (!user) {
    sendError(res, ErrorCode.UNAUTHENTICATED, "Please sign in");
    return null;
  }
  if (!canOnApplications(user, "take-part")) {
    sendError(res, ErrorCode.FORBIDDEN, "Companies do not take part in funding applications");
    return null;
  }
  return user;
}

/**
 * The CSV format and the filter in the query string (`?format=rfc4180&status=SUBMITTED&call=<id>`),
 * read from the raw URL so that repeats and unknown names stay visible.
 */
function exportRequest(req: Request): { format: CsvFormat; filter: ApplicationFilter | null } {
  const params = new URL(req.originalUrl, "http://export.invalid").searchParams;
  const { format, problems } = takeCsvFormat(params);
  return { format, filter: withFormatProblems(problems, () => parseExportFilter(params)) };
}

/**
 * Downloads: `/export/applications.csv` and `.xlsx` (session cookie; the office all applications,
 * a partner its own organisation's, narrowed by the filters of `applications(filter)` given as
 * query parameters) and `/export/organisations.csv` (the public directory).
 */
export function exportsRouter(dataSource: DataSource, log: Logger): Router {
  const router = Router();
  const guarded = (handler: (req: Request, res: Response) => Promise<void>) => async (req: Request, res: Response) => {
    try {
      await handler(req, res);
    } catch (error) {
      if (error instanceof DomainError) {
        if (!res.headersSent)
          sendError(res, error.code, error.message, error.extensions.fields as FieldProblem[] | undefined);
        return;
      }
      log.error({ err: error }, "export failed");
      if (!res.headersSent) sendError(res, ErrorCode.INTERNAL_SERVER_ERROR, "Internal server error");
    }
  };

  router.get(
    "/export/applications.csv",
    guarded(async (req, res) => {
      const user = await applicationReader(dataSource, req, res);
      if (!user) return;
      const { format, filter } = exportRequest(req);
      const rows = await applicationExportRows(dataSource.manager, user, filter);
      attachment(res, "antraege.csv", "text/csv; charset=utf-8", true).send(toCsv(APPLICATION_COLUMNS, rows, format));
    }),
  );

  router.get(
    "/export/applications.xlsx",
    guarded(async (req, res) => {
      const user = await applicationReader(dataSource, req, res);
      if (!user) return;
      const { filter } = exportRequest(req);
      const rows = await applicationExportRows(dataSource.manager, user, filter);
      attachment(res, "antraege.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", true).send(
        await toXlsx(rows),
      );
    }),
  );

  router.get(
    "/export/organisations.csv",
    guarded(async (req, res) => {
      const params = new URL(req.originalUrl, "http://export.invalid").searchParams;
      // Other parameters are ignored here, as before (a cache-busting `?v=` must not fail).
      const { format, problems } = takeCsvFormat(params);
      withFormatProblems(problems, () => null);
      const rows = await organisationExportRows(dataSource.manager);
      attachment(res, "organisationen.csv", "text/csv; charset=utf-8", false).send(
        toCsv(ORGANISATION_COLUMNS, rows, format),
      );
    }),
  );
  return router;
}
