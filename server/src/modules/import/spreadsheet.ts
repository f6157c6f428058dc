import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { DomainError, ErrorCode } from "../../graphql/errors";

/** Limits against oversized input; a file over any of them is refused before anything is written. */
export const IMPORT_LIMITS = {
  /** Bytes of one uploaded file. */
  fileBytes: 8 * 1024 * 1024,
  /** Uncompressed bytes of all parts of an XLSX file (a zip bomb expands far beyond its size). */
  xlsxUncompressedBytes: 64 * 1024 * 1024,
  /** Data rows of one file (10,000 organisations and 15,000 relations fit comfortably). */
  rows: 30_000,
  columns: 60,
} as const;

/** Why a file as a whole is refused; the client shows a message per reason. */
export enum ImportFileProblem {
  FILE_TOO_LARGE = "FILE_TOO_LARGE",
  NOT_A_SPREADSHEET = "NOT_A_SPREADSHEET",
  SPREADSHEET_TOO_LARGE = "SPREADSHEET_TOO_LARGE",
  MIXED_ENCODING = "MIXED_ENCODING",
  EMPTY_FILE = "EMPTY_FILE",
  UNKNOWN_COLUMNS = "UNKNOWN_COLUMNS",
  MISSING_COLUMNS = "MISSING_COLUMNS",
}

export class ImportFileError extends DomainError {
  constructor(problem: ImportFileProblem, file: string, message: string, details: Record<string, unknown> = {}) {
    super(ErrorCode.BAD_USER_INPUT, `${file}: ${message}`, { ...details, problem, file });
  }
}

/** A data row: its number as the spreadsheet program shows it, and its cells as text. */
export interface SheetRow {
  row: number;
  cells: string[];
}

export interface Sheet {
  headings: string[];
  rows: SheetRow[];
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (data: Buffer, magic: number[]) => magic.every((byte, index) => data[index] === byte);

/** Reads an uploaded CSV or XLSX file (told apart by content, not by name) into text cells. */
export async function readSheet(file: string, data: Buffer): Promise<Sheet> {
  if (data.length > IMPORT_LIMITS.fileBytes) {
    throw new ImportFileError(
      ImportFileProblem.FILE_TOO_LARGE,
      file,
      `the file has ${data.length} bytes, at most ${IMPORT_LIMITS.fileBytes} are accepted`,
      { limit: IMPORT_LIMITS.fileBytes },
    );
  }
  if (data.length === 0) throw new ImportFileError(ImportFileProblem.EMPTY_FILE, file, "the file is empty");
  if (startsWith(data, ZIP_MAGIC)) return readXlsx(file, data);
  if (startsWith(data, OLE_MAGIC)) {
    throw new ImportFileError(
      ImportFileProblem.NOT_A_SPREADSHEET,
      file,
      "old Excel files (.xls) are not read; save the sheet as .xlsx or CSV",
    );
  }
  return readCsv(file, data);
}

/**
 * UTF-8 (with or without byte order mark) or, as German Excel saves CSV, Windows-1252. A file that
 * is valid in neither as a whole — UTF-8 sequences next to single Windows-1252 umlauts — is refused:
 * guessing line by line would silently garble names.
 */
function decodeText(file: string, data: Buffer): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(data);
  } catch {
    const latin = data.toString("latin1");
    if (/[\xc2-\xf4][\x80-\xbf]/.test(latin)) {
      throw new ImportFileError(
        ImportFileProblem.MIXED_ENCODING,
        file,
        "the file mixes UTF-8 with another encoding; save it again as CSV UTF-8",
      );
    }
    return new TextDecoder("windows-1252").decode(data);
  }
}

function readCsv(file: string, data: Buffer): Sheet {
  if (data.includes(0)) {
    throw new ImportFileError(ImportFileProblem.NOT_A_SPREADSHEET, file, "the file is neither CSV nor XLSX");
  }
  const text = decodeText(file, data).replace(/^\uFEFF/, "");
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const count = (character: string) => firstLine.split(character).length - 1;
  const delimiter = count(";") > count(",") ? ";" : ",";
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      to: IMPORT_LIMITS.rows + 2,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    throw new ImportFileError(
      ImportFileProblem.NOT_A_SPREADSHEET,
      file,
      `the file cannot be read as CSV (${(error as Error).message})`,
    );
  }
  if (records.length === 0)
    throw new ImportFileError(ImportFileProblem.EMPTY_FILE, file, "the file has no heading row");
  assertDimensions(file, records.length - 1, Math.max(...records.slice(0, 100).map((r) => r.record.length)));
  // Our CSV export prefixes text that looks like a formula with an apostrophe (CSV injection); undo it.
  const unescape = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);
  const [head, ...body] = records;
  return {
    headings: head!.record,
    rows: body.map(({ record, info }) => ({ row: info.lines, cells: record.map(unescape) })),
  };
}

function assertDimensions(file: string, rows: number, columns: number): void {
  if (rows > IMPORT_LIMITS.rows || columns > IMPORT_LIMITS.columns) {
    throw new ImportFileError(
      ImportFileProblem.SPREADSHEET_TOO_LARGE,
      file,
      `the sheet is too large (at most ${IMPORT_LIMITS.rows} rows and ${IMPORT_LIMITS.columns} columns)`,
      { rows, columns },
    );
  }
}

async function readXlsx(file: string, data: Buffer): Promise<Sheet> {
  const notXlsx = () =>
    new ImportFileError(ImportFileProblem.NOT_A_SPREADSHEET, file, "the file is a zip archive but no XLSX workbook");
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    throw notXlsx();
  }
  if (!zip.file("xl/workbook.xml")) throw notXlsx();
  // Sizes from the zip directory, checked before anything is inflated: a spreadsheet bomb (a few
  // kilobytes declaring millions of cells) is refused without expanding it.
  let uncompressed = 0;
  for (const entry of Object.values(zip.files)) {
    uncompressed += (entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
  }
  if (uncompressed > IMPORT_LIMITS.xlsxUncompressedBytes) {
    throw new ImportFileError(
      ImportFileProblem.SPREADSHEET_TOO_LARGE,
      file,
      `the workbook unpacks to ${uncompressed} bytes, at most ${IMPORT_LIMITS.xlsxUncompressedBytes} are read`,
    );
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw notXlsx();
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new ImportFileError(ImportFileProblem.EMPTY_FILE, file, "the workbook has no sheet");
  // The used range, not the filled cells: one cell far out (XFD1048576) is refused as well.
  assertDimensions(file, sheet.rowCount - 1, sheet.columnCount);
  const rows: SheetRow[] = [];
  let headings: string[] | null = null;
  sheet.eachRow((row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      cells[columnNumber - 1] = cellText(cell);
    });
    for (let index = 0; index < cells.length; index++) cells[index] ??= "";
    if (headings === null) headings = cells;
    else if (cells.some((cell) => cell.trim() !== "")) rows.push({ row: rowNumber, cells });
  });
  if (headings === null) throw new ImportFileError(ImportFileProblem.EMPTY_FILE, file, "the sheet has no heading row");
  return { headings, rows };
}

/** A cell as text. A formula is taken as its text ("=A1+1"), never evaluated nor its cached result used. */
function cellText(cell: ExcelJS.Cell): string {
  if (cell.type === ExcelJS.ValueType.Formula) return `=${cell.formula}`;
  const value = cell.value;
  if (value === null || value === undefined) return "";
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
  }
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((part) => part.text).join("");
    if ("text" in value) return String(value.text);
    if ("error" in value) return String(value.error);
    return "";
  }
  return String(value);
}
