import { ref } from "vue";

/** The kinds of file the import reads, in the order the page shows them. */
export const IMPORT_KINDS = ["organisations", "relations", "contacts"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export type RowAction = "CREATE" | "UPDATE" | "UNCHANGED" | "REFUSE";

export interface RowProblem {
  column: string;
  message: string;
  value?: string;
  suggestions?: string[];
  cell?: string;
}

export interface RowOutcome {
  file: ImportKind;
  row: number;
  label: string;
  action: RowAction;
  changes: string[];
  problems: RowProblem[];
  slug?: string;
}

export interface ImportReport {
  counts: Record<ImportKind, Record<RowAction, number>>;
  rows: RowOutcome[];
}

export interface ImportProgress {
  phase: "check" | "write";
  done: number;
  total: number;
}

export interface CellCorrection {
  file: ImportKind;
  row: number;
  column: string;
  value: string;
}

/** Why the server refused a request: a whole file (problem), refused rows, or anything else. */
export interface ImportFailure {
  code: string;
  message: string;
  problem?: string;
  file?: string;
  columns?: string[];
}

async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  // In slices: String.fromCharCode takes its arguments on the stack.
  for (let start = 0; start < bytes.length; start += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
}

/**
 * Talks to `POST /import/dry-run` and `POST /import/run`: sends the chosen files (base64 in JSON)
 * with the page's corrections and reads the NDJSON answer as it streams, so that the progress
 * shown is the server's.
 */
export function useNetworkImport() {
  const busy = ref<"dry-run" | "run" | null>(null);
  const progress = ref<ImportProgress | null>(null);

  async function send(
    mode: "dry-run" | "run",
    files: Partial<Record<ImportKind, File>>,
    corrections: CellCorrection[],
  ): Promise<{ report: ImportReport } | { failure: ImportFailure }> {
    busy.value = mode;
    progress.value = null;
    try {
      const encoded: Partial<Record<ImportKind, string>> = {};
      for (const kind of IMPORT_KINDS) {
        const file = files[kind];
        if (file) encoded[kind] = await base64Of(file);
      }
      const response = await fetch(`/import/${mode}`, {
        method: "POST",
        credentials: "same-origin",
        headers: { "content-type": "application/json", accept: "application/x-ndjson" },
        body: JSON.stringify({ files: encoded, ...(corrections.length > 0 ? { corrections } : {}) }),
      });
      if (!response.headers.get("content-type")?.startsWith("application/x-ndjson") || !response.body) {
        const body = (await response.json().catch(() => ({}))) as Partial<ImportFailure>;
        return { failure: { code: body.code ?? String(response.status), message: body.message ?? "", ...body } };
      }
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let pieces: string[] = [];
      let outcome: { report: ImportReport } | { failure: ImportFailure } | null = null;
      const take = (line: string) => {
        if (line.trim() === "") return;
        const parsed = JSON.parse(line) as { progress?: ImportProgress; result?: ImportReport; error?: ImportFailure };
        if (parsed.progress) progress.value = parsed.progress;
        if (parsed.result) outcome = { report: parsed.result };
        if (parsed.error) outcome = { failure: parsed.error };
      };
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        // The report is one line of megabytes for a large file, arriving in many chunks: split only
        // what arrived, never the whole line again.
        if (!value.includes("\n")) {
          pieces.push(value);
          continue;
        }
        const lines = value.split("\n");
        lines[0] = pieces.join("") + lines[0];
        pieces = [lines.pop() ?? ""];
        lines.forEach(take);
      }
      take(pieces.join(""));
      return outcome ?? { failure: { code: "NO_ANSWER", message: "" } };
    } catch {
      return { failure: { code: "NO_ANSWER", message: "" } };
    } finally {
      busy.value = null;
    }
  }

  return { busy, progress, send };
}
