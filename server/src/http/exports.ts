import { Router, type Request, type Response } from "express";
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import type { DataSource } from "typeorm";
import type { Logger } from "pino";
import type { SessionUser } from "../graphql/context";
import { resolveSession, SESSION_COOKIE } from "../modules/accounts/accounts.service";
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
    style: column.key.endsWith("Amount") ? { numFmt: '#,##0.00 "€"' } : column.key === "nextDeadline" || column.key === "updatedAt" ? { numFmt: "dd.mm.yyyy hh:mm" } : {},
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

/** The signed-in reader of applications, or a 401/403 already sent. */
async function applicationReader(dataSource: DataSource, req: Request, res: Response): Promise<SessionUser | null> {
  const token = (req.cookies as Record<string, unknown> | undefined)?.[SESSION_COOKIE];
  const user = await resolveSession(dataSource, typeof token === "string" ? token : undefined);
  if (!user) {
    res.status(401).type("text/plain").send("Please sign in");
    return null;
  }
  if (user.role === "COMPANY") {
    res.status(403).type("text/plain").send("Companies do not take part in funding applications");
    return null;
  }
  return user;
}

/**
 * Downloads: `/export/applications.csv` and `.xlsx` (session cookie; the office all applications,
 * a partner its own organisation's) and `/export/organisations.csv` (the public directory).
 */
export function exportsRouter(dataSource: DataSource, log: Logger): Router {
  const router = Router();
  const guarded = (handler: (req: Request, res: Response) => Promise<void>) => async (req: Request, res: Response) => {
    try {
      await handler(req, res);
    } catch (error) {
      log.error({ err: error }, "export failed");
      if (!res.headersSent) res.status(500).type("text/plain").send("Internal server error");
    }
  };

  router.get(
    "/export/applications.csv",
    guarded(async (req, res) => {
      const user = await applicationReader(dataSource, req, res);
      if (!user) return;
      const rows = await applicationExportRows(dataSource.manager, user);
      attachment(res, "antraege.csv", "text/csv; charset=utf-8", true).send(toCsv(APPLICATION_COLUMNS, rows));
    }),
  );

  router.get(
    "/export/applications.xlsx",
    guarded(async (req, res) => {
      const user = await applicationReader(dataSource, req, res);
      if (!user) return;
      const rows = await applicationExportRows(dataSource.manager, user);
      attachment(res, "antraege.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", true).send(await toXlsx(rows));
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
