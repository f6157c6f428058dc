import type { EntityManager } from "typeorm";

/**
 * Runs an `UPDATE … RETURNING` (or `DELETE … RETURNING`) and answers the returned rows. TypeORM's
 * pg driver answers such a statement with `[rows, affectedCount]`, the PGlite driver with the rows
 * alone; callers should not have to know which database they run on.
 */
export async function queryReturning<Row>(db: EntityManager, sql: string, parameters?: unknown[]): Promise<Row[]> {
  const result = (await db.query(sql, parameters)) as [Row[], number] | Row[];
  return (isRowsWithCount(result) ? result[0] : result) as Row[];
}

function isRowsWithCount<Row>(result: [Row[], number] | Row[]): result is [Row[], number] {
  return result.length === 2 && Array.isArray(result[0]) && typeof result[1] === "number";
}
