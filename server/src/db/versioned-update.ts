import type { EntityManager, EntityTarget, ObjectLiteral } from "typeorm";
import type { QueryDeepPartialEntity } from "typeorm/query-builder/QueryPartialEntity.js";
import { ConflictError } from "../graphql/errors";

interface Versioned {
  id: string;
  version: number;
}

/**
 * The CONFLICT a client gets when the record changed since it read `expectedVersion`; it carries
 * both versions so the client can tell how far behind it is and reload.
 */
export function staleVersionError(
  what: string,
  expectedVersion: number | null,
  currentVersion: number | null,
): ConflictError {
  return new ConflictError(`The ${what} was changed meanwhile; reload and apply your change again`, {
    expectedVersion,
    currentVersion,
  });
}

/**
 * Refuses a stale version before anything else is checked: a client that lost a race must hear
 * CONFLICT, not that its change has become invalid meanwhile.
 */
export function assertExpectedVersion(what: string, current: Versioned, expectedVersion: number): void {
  if (current.version !== expectedVersion) throw staleVersionError(what, expectedVersion, current.version);
}

export interface VersionedUpdate<Entity> {
  /** Names the record in the CONFLICT message ("The call was changed meanwhile…"). */
  what: string;
  id: string;
  /** The version the client read; null or undefined updates whatever version is current. */
  expectedVersion: number | null | undefined;
  set: QueryDeepPartialEntity<Entity>;
  /** A further condition the row must still meet, e.g. the state a transition moves from. */
  condition?: { where: string; parameters: ObjectLiteral };
}

/**
 * Updates one row only if its version is still the expected one. The check is part of the UPDATE
 * itself, so of concurrent writers exactly one wins; TypeORM adds `version = version + 1` (and the
 * update date) for the entity's @VersionColumn (@UpdateDateColumn). When no row matched, the current
 * version is read afresh and reported with the expected one as CONFLICT (null if the row is gone).
 */
export async function updateVersioned<Entity extends Versioned>(
  db: EntityManager,
  entity: EntityTarget<Entity>,
  update: VersionedUpdate<Entity>,
): Promise<void> {
  const metadata = db.connection.getMetadata(entity);
  if (!metadata.versionColumn) throw new Error(`${metadata.name} has no @VersionColumn`);
  const expectedVersion = update.expectedVersion ?? null;
  const query = db.createQueryBuilder().update(entity).set(update.set).where("id = :id", { id: update.id });
  if (expectedVersion !== null) {
    query.andWhere(`${metadata.versionColumn.databaseName} = :expectedVersion`, { expectedVersion });
  }
  if (update.condition) query.andWhere(update.condition.where, update.condition.parameters);
  const result = await query.execute();
  if (result.affected === 1) return;
  const current = await db
    .getRepository(entity)
    .createQueryBuilder("row")
    .select("row.version", "version")
    .where("row.id = :id", { id: update.id })
    .getRawOne<{ version: number }>();
  throw staleVersionError(update.what, expectedVersion, current?.version ?? null);
}
