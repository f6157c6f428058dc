import type { EntityManager } from "typeorm";

/**
 * A person as a participation can name them: the name typed in as "who comes" within one
 * organisation. A name alone would match namesakes in other organisations, whose data must not
 * land in this person's export nor be erased with theirs.
 */
export interface NamedInOrganisation {
  organisationId: string;
  name: string;
}

export interface ParticipationNamingPerson {
  id: string;
  personName: string;
  status: string;
  organisation: string;
  exchange: string;
  exchangeStartsAt: string;
  joinedAt: string;
  cancelledAt: string | null;
}

const normalised = (name: string) => name.trim().toLowerCase();

function keyArrays(people: readonly NamedInOrganisation[]): [string[], string[]] {
  const usable = people.filter((person) => normalised(person.name).length > 0);
  return [usable.map((person) => person.organisationId), usable.map((person) => normalised(person.name))];
}

/** Rows naming the people (cancelled ones too: they are stored all the same), oldest first. */
export async function participationsNaming(
  db: EntityManager,
  people: readonly NamedInOrganisation[],
): Promise<ParticipationNamingPerson[]> {
  const [organisationIds, names] = keyArrays(people);
  if (names.length === 0) return [];
  const rows: {
    id: string;
    person_name: string;
    status: string;
    organisation: string;
    exchange: string;
    starts_at: Date | string;
    joined_at: Date | string;
    cancelled_at: Date | string | null;
  }[] = await db.query(
    `SELECT DISTINCT p.id, p.person_name, p.status::text AS status, o.name AS organisation, e.title AS exchange,
            e.starts_at, p.joined_at, p.cancelled_at
       FROM exchange_participation p
       JOIN unnest($1::uuid[], $2::text[]) AS person(organisation_id, name)
         ON person.organisation_id = p.organisation_id AND person.name = lower(btrim(p.person_name))
       JOIN exchange e ON e.id = p.exchange_id
       JOIN organisation o ON o.id = p.organisation_id
      ORDER BY p.joined_at, p.id`,
    [organisationIds, names],
  );
  return rows.map((row) => ({
    id: row.id,
    personName: row.person_name,
    status: row.status,
    organisation: row.organisation,
    exchange: row.exchange,
    exchangeStartsAt: new Date(row.starts_at).toISOString(),
    joinedAt: new Date(row.joined_at).toISOString(),
    cancelledAt: row.cancelled_at === null ? null : new Date(row.cancelled_at).toISOString(),
  }));
}

/**
 * Blanks the names (DSGVO Art. 17); the participations stay, so seat counts, waitlist order and
 * the organisation's history are unchanged. Returns how many rows lost a name.
 */
export async function eraseParticipationNames(
  db: EntityManager,
  people: readonly NamedInOrganisation[],
): Promise<number> {
  const ids = (await participationsNaming(db, people)).map((row) => row.id);
  if (ids.length === 0) return 0;
  await db.query(`UPDATE exchange_participation SET person_name = NULL WHERE id = ANY($1::uuid[])`, [ids]);
  return ids.length;
}
