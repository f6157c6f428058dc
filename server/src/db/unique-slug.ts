import type { EntityManager, EntityTarget } from "typeorm";

/**
 * The slug `base` if no row of the entity has it yet, else the first free `base-2`, `base-3`, …
 * A concurrent writer may take the same slug between this read and the insert; the unique index on
 * the slug column catches that, and the caller answers it (see `isUniqueViolation`).
 */
export async function uniqueSlug<Entity extends { slug: string }>(
  db: EntityManager,
  entity: EntityTarget<Entity>,
  base: string,
): Promise<string> {
  const metadata = db.connection.getMetadata(entity);
  const column = metadata.findColumnWithPropertyName("slug");
  if (!column) throw new Error(`${metadata.name} has no slug column`);
  const slug = `"${column.databaseName}"`;
  const taken: { slug: string }[] = await db.query(
    `SELECT ${slug} AS slug FROM "${metadata.tableName}" WHERE ${slug} = $1 OR ${slug} LIKE $2`,
    [base, `${escapeLike(base)}-%`],
  );
  const used = new Set(taken.map((row) => row.slug));
  let candidate = base;
  for (let suffix = 2; used.has(candidate); suffix += 1) candidate = `${base}-${suffix}`;
  return candidate;
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (character) => `\\${character}`);
}
