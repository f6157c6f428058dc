import type { EntityManager } from "typeorm";

/**
 * The database's network revision: a sequence that triggers bump on every write to the tables
 * the graph and the matching read. Caches keyed by it stay correct across processes.
 */
export async function networkRevision(db: EntityManager): Promise<string> {
  const [row] = (await db.query(`SELECT last_value::text AS value, is_called FROM network_revision`)) as [
    { value: string; is_called: boolean },
  ];
  return `${row.value}:${row.is_called}`;
}
