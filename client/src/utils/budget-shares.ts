/**
 * The budget-per-organisation form's arithmetic. Amounts are typed as text and compared in whole
 * cents, as the server does, so the live sum and the server's check always agree.
 */
import { centsToEuros, centsToInput, eurosToCents, parseEuroCents } from "./application-budget";

/** One row of the form as typed: organisation, optional tandem ("" = none), funder's share, own contribution. */
export interface ShareRow {
  key: string;
  organisationId: string;
  tandemId: string;
  funder: string;
  own: string;
}

export interface SplitCheck {
  /** Sum of the funder's shares in cents; null while one cannot be read. */
  sumCents: number | null;
  ownCents: number | null;
  targetCents: number | null;
  /** target − sum: positive means still to split, negative too much. */
  differenceCents: number | null;
  matches: boolean;
}

/** An empty own contribution counts as nothing. */
const ownOf = (row: ShareRow): number | null => (row.own.trim() === "" ? 0 : parseEuroCents(row.own));

export function checkSplit(rows: readonly ShareRow[], targetCents: number | null): SplitCheck {
  const funder = rows.map((row) => parseEuroCents(row.funder));
  const own = rows.map(ownOf);
  const sumCents = funder.every((cents) => cents !== null) ? funder.reduce<number>((a, b) => a + (b ?? 0), 0) : null;
  const ownCents = own.every((cents) => cents !== null) ? own.reduce<number>((a, b) => a + (b ?? 0), 0) : null;
  const differenceCents = sumCents !== null && targetCents !== null ? targetCents - sumCents : null;
  return { sumCents, ownCents, targetCents, differenceCents, matches: differenceCents === 0 && rows.length > 0 };
}

export type RowProblem = "organisation" | "funder" | "own" | "duplicate";

/** Problems of each row, by row key and field ("organisation", "funder", "own", "duplicate"). */
export function rowProblems(rows: readonly ShareRow[]): Record<string, RowProblem[]> {
  const problems: Record<string, RowProblem[]> = {};
  const seen = new Set<string>();
  for (const row of rows) {
    const found: RowProblem[] = [];
    if (!row.organisationId) found.push("organisation");
    if (parseEuroCents(row.funder) === null) found.push("funder");
    if (ownOf(row) === null) found.push("own");
    const key = `${row.organisationId}+${row.tandemId}`;
    if (row.organisationId && seen.has(key)) found.push("duplicate");
    seen.add(key);
    if (found.length) problems[row.key] = found;
  }
  return problems;
}

/** The rows as the API takes them (euros; the total sent as a check of what the form added up). */
export function rowsToInput(rows: readonly ShareRow[]) {
  return rows.map((row) => {
    const funder = parseEuroCents(row.funder) ?? 0;
    const own = ownOf(row) ?? 0;
    return {
      organisationId: row.organisationId,
      tandemId: row.tandemId || null,
      funderShare: centsToEuros(funder),
      ownContribution: centsToEuros(own),
      total: centsToEuros(funder + own),
    };
  });
}

let counter = 0;
export const rowKey = (): string => `share-${++counter}`;

/** Rows for shares read from the API, amounts as input text in the UI language. */
export function rowsFromShares(
  shares: readonly {
    organisation: { id: string };
    tandem?: { id: string } | null;
    funderShare: number;
    ownContribution: number;
  }[],
  locale: string,
): ShareRow[] {
  return shares.map((share) => ({
    key: rowKey(),
    organisationId: share.organisation.id,
    tandemId: share.tandem?.id ?? "",
    funder: centsToInput(eurosToCents(share.funderShare), locale),
    own: share.ownContribution === 0 ? "" : centsToInput(eurosToCents(share.ownContribution), locale),
  }));
}
