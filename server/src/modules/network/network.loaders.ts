import DataLoader from "dataloader";
import { In, type EntityManager } from "typeorm";
import { manyPerKey, onePerKey } from "../../shared/batch";
import { jsonRowReader, jsonRowSql, type Properties } from "../../shared/json-rows";
import { projectedLoaders } from "../../shared/projection";
import { perRequest } from "../../graphql/per-request";
import { Organisation } from "./organisation.entity";
import { Membership } from "./membership.entity";
import { ContactPerson } from "./contact-person.entity";
import { Relation } from "./relation.entity";
import { Offer } from "./offer.entity";
import { District, Language, TargetGroup, Topic } from "./taxonomy.entity";

type TaxonomyClass = typeof Topic | typeof TargetGroup | typeof District | typeof Language;

function taxonomyLoader<T extends Topic | TargetGroup | District | Language>(db: EntityManager, entity: TaxonomyClass) {
  return new DataLoader<string, T | null>(async (keys) => {
    const rows = (await db.getRepository(entity).findBy({ key: In([...keys]) })) as T[];
    return onePerKey(keys, rows, (row) => row.key);
  });
}

/** Distinct partner ids per organisation: linked by a relation (either direction) or a joint application. */
export async function loadPartnerIds(db: EntityManager, organisationIds: readonly string[]): Promise<string[][]> {
  const rows: { organisation_id: string; partner_id: string }[] = await db.query(
    `SELECT organisation_id, partner_id FROM (
       SELECT r.source_id AS organisation_id, r.target_id AS partner_id FROM relation r WHERE r.source_id = ANY($1::uuid[])
       UNION
       SELECT r.target_id, r.source_id FROM relation r WHERE r.target_id = ANY($1::uuid[])
       UNION
       -- LATERAL keeps the planner on the (application_id, organisation_id) key instead of
       -- hash-joining every participant row.
       SELECT mine.organisation_id, theirs.organisation_id
         FROM application_participant mine
         CROSS JOIN LATERAL (
           SELECT t.organisation_id FROM application_participant t
            WHERE t.application_id = mine.application_id AND t.organisation_id <> mine.organisation_id
         ) theirs
        WHERE mine.organisation_id = ANY($1::uuid[])
     ) links
     ORDER BY organisation_id, partner_id`,
    [organisationIds],
  );
  return manyPerKey(organisationIds, rows, (row) => row.organisation_id).map((list) =>
    list.map((row) => row.partner_id),
  );
}

/**
 * Organisations by id, read as JSON rows (see json-rows.ts), with all columns or only the projected
 * ones (which must include `id`).
 */
export async function loadOrganisationsById(
  db: EntityManager,
  ids: readonly string[],
  properties: Properties = null,
): Promise<(Organisation | null)[]> {
  const read = jsonRowReader(db, Organisation, properties);
  const rows: { row: Record<string, unknown> }[] = await db.query(
    `SELECT ${jsonRowSql(db, Organisation, "o", properties)} AS row FROM organisation o WHERE o.id = ANY($1::uuid[])`,
    [ids],
  );
  return onePerKey(
    ids,
    rows.map(({ row }) => read(row)),
    (organisation) => organisation.id,
  );
}

/** Relations of each organisation (either direction), by type, then id. */
export async function loadRelationsByOrganisation(db: EntityManager, ids: readonly string[]): Promise<Relation[][]> {
  const read = jsonRowReader(db, Relation);
  const rows: { row: Record<string, unknown> }[] = await db.query(
    `SELECT row_to_json(r) AS row FROM relation r WHERE r.source_id = ANY($1::uuid[]) OR r.target_id = ANY($1::uuid[]) ORDER BY r.type, r.id`,
    [ids],
  );
  const byOrganisation = new Map<string, Relation[]>(ids.map((id) => [id, []]));
  for (const { row } of rows) {
    const relation = read(row);
    byOrganisation.get(relation.sourceId)?.push(relation);
    // A relation of an organisation with itself is listed once.
    if (relation.targetId !== relation.sourceId) byOrganisation.get(relation.targetId)?.push(relation);
  }
  return ids.map((id) => byOrganisation.get(id) ?? []);
}

export function createNetworkLoaders(db: EntityManager) {
  return {
    organisationById: new DataLoader<string, Organisation | null>((ids) => loadOrganisationsById(db, ids)),
    /** Only for resolvers that computed a projection with `projectionFor` (partners). */
    organisationByIdWith: projectedLoaders(
      (properties) => new DataLoader<string, Organisation | null>((ids) => loadOrganisationsById(db, ids, properties)),
    ),
    membershipsByOrganisation: new DataLoader<string, Membership[]>(async (ids) => {
      const rows = await db.getRepository(Membership).find({
        where: { organisationId: In([...ids]) },
        order: { since: "ASC", kind: "ASC" },
      });
      return manyPerKey(ids, rows, (row) => row.organisationId);
    }),
    contactPersonsByOrganisation: new DataLoader<string, ContactPerson[]>(async (ids) => {
      const rows = await db.getRepository(ContactPerson).find({
        where: { organisationId: In([...ids]) },
        order: { name: "ASC" },
      });
      return manyPerKey(ids, rows, (row) => row.organisationId);
    }),
    relationsByOrganisation: new DataLoader<string, Relation[]>((ids) => loadRelationsByOrganisation(db, ids)),
    partnerIdsByOrganisation: new DataLoader<string, string[]>((ids) => loadPartnerIds(db, ids)),
    offersByOrganisation: new DataLoader<string, Offer[]>(async (ids) => {
      const rows: { organisation_id: string; row: Record<string, unknown> }[] = await db.query(
        `SELECT member AS organisation_id, row_to_json(o) AS row
           FROM offer o CROSS JOIN LATERAL unnest(o.organisation_ids) AS member
          WHERE member = ANY($1::uuid[])
          ORDER BY o.title, o.id`,
        [ids],
      );
      const read = jsonRowReader(db, Offer);
      return manyPerKey(
        ids,
        rows.map((row) => ({ organisationId: row.organisation_id, offer: read(row.row) })),
        (row) => row.organisationId,
      ).map((list) => list.map((row) => row.offer));
    }),
    topicByKey: taxonomyLoader<Topic>(db, Topic),
    targetGroupByKey: taxonomyLoader<TargetGroup>(db, TargetGroup),
    districtByKey: taxonomyLoader<District>(db, District),
    languageByKey: taxonomyLoader<Language>(db, Language),
  };
}

export const networkLoaders = perRequest(createNetworkLoaders);
