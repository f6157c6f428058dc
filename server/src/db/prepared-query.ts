import { createHash } from "node:crypto";
import type { EntityManager } from "typeorm";
import { sqlCounterStorage } from "./sql-counter";

interface PgPool {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

/** Distinct statement texts that get a name; beyond it statements run unnamed (each connection keeps its named ones). */
const MAX_NAMED = 500;
const names = new Map<string, string>();

/**
 * Runs a read statement (e.g. a QueryBuilder's `getQueryAndParameters()`) as a named prepared
 * statement on a PostgreSQL server: parsed and planned once per connection instead of per request.
 *
 * Why: the read planner's statements (shared/read-plan.ts) are a few KB of SQL with dozens of
 * subqueries; at small pages PostgreSQL spent a large part of each request parsing and planning
 * them. The name is a hash of the text, so one name never stands for two statements. On PGlite
 * (one in-process session, no pool) and inside a transaction the statement runs through TypeORM.
 * Counted like TypeORM's statements (sql-counter.ts).
 */
export async function preparedQuery<T>(db: EntityManager, sql: string, parameters: unknown[]): Promise<T[]> {
  const pool = (db.connection.driver as unknown as { master?: PgPool }).master;
  const serverPool = (db.connection.options as { url?: string }).url ? pool : undefined;
  if (!serverPool || db.queryRunner) return (await db.query(sql, parameters)) as T[];
  let name = names.get(sql);
  if (name === undefined && names.size < MAX_NAMED) {
    name = `album_${createHash("sha1").update(sql).digest("hex").slice(0, 24)}`;
    names.set(sql, name);
  }
  if (name === undefined) return (await db.query(sql, parameters)) as T[];
  const counter = sqlCounterStorage.getStore();
  if (counter) counter.statements += 1;
  const result = await serverPool.query({ name, text: sql, values: parameters });
  return result.rows as T[];
}
