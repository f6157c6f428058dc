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
} from "../modules/applications/application-export";

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

/** RFC 4180 CSV with a byte order mark, so that spreadsheet programs read the umlauts as UTF-8. */
function toCsv<T extends object>(columns: { key: keyof T; header: string }[], rows: T[]): string {
  const records = rows.map((row) => columns.map((column) => safeCsvCell(row[column.key] as Cell)));
  return `\uFEFF${stringify([columns.map((column) => column.header), ...records], { record_delimiter: "\r\n" })}`;
}

async function toXlsx(rows: ApplicationExportRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "ALBuM Netzwerkplattform";
  const sheet = workbook.addWorksheet("Anträge", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = APPLICATION_COLUMNS.map((column) => ({
    header: column.header,
    key: column.key,
    width: column.key === "title" || column.key === "tandems" ? 50 : 18,
    style: column.key.endsWith("Amount")
      ? { numFmt: '#,##0.00 "€"' }
      : column.key === "nextDeadline" || column.key === "updatedAt"
        ? { numFmt: "dd.mm.yyyy hh:mm" }
        : {},
  }));
  // exceljs writes strings as strings (never formulas), so no escaping is needed here.
  for (const row of rows) sheet.addRow(row);
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

/** The filter in the query string (`?status=SUBMITTED&call=<id>`), read from the raw URL so that repeats and unknown names stay visible. */
function exportFilter(req: Request): ApplicationFilter | null {
  return parseExportFilter(new URL(req.originalUrl, "http://export.invalid").searchParams);
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
      const rows = await applicationExportRows(dataSource.manager, user, exportFilter(req));
      attachment(res, "antraege.csv", "text/csv; charset=utf-8", true).send(toCsv(APPLICATION_COLUMNS, rows));
    }),
  );

  router.get(
    "/export/applications.xlsx",
    guarded(async (req, res) => {
      const user = await applicationReader(dataSource, req, res);
      if (!user) return;
      const rows = await applicationExportRows(dataSource.manager, user, exportFilter(req));
      attachment(res, "antraege.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", true).send(
        await toXlsx(rows),
      );
    }),
  );

  router.get(
    "/export/organisations.csv",
    guarded(async (_req, res) => {
      const rows = await organisationExportRows(dataSource.manager);
      attachment(res, "organisationen.csv", "text/csv; charset=utf-8", false).send(toCsv(ORGANISATION_COLUMNS, rows));
    }),
  );
  return router;
}
