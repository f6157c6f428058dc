import type { DataSource, EntityManager } from "typeorm";
import type { Logger } from "pino";
import { Organisation } from "../server/src/modules/network/organisation.entity";
import { Membership } from "../server/src/modules/network/membership.entity";
import { ContactPerson } from "../server/src/modules/network/contact-person.entity";
import { Relation } from "../server/src/modules/network/relation.entity";
import { Offer } from "../server/src/modules/network/offer.entity";
import type { StoredSource } from "../server/src/modules/network/provenance";
import {
  ReportedFigure,
  type ReportedFigureQualifier,
  type ReportedFigureUnit,
} from "../server/src/modules/statistics/reported-figure.entity";
import { District, Language, TargetGroup, Topic } from "../server/src/modules/network/taxonomy.entity";
import { FundingProgramme } from "../server/src/modules/funding/programme.entity";
import { Application } from "../server/src/modules/applications/application.entity";
import { ApplicationParticipant } from "../server/src/modules/applications/application-participant.entity";
import type { OrganisationKind, MembershipKind, RelationType } from "../server/src/modules/network/network.enums";
import type { ApplicationStatus, ParticipantRole } from "../server/src/modules/applications/application-status.enums";
import type { Provenance, SeedData } from "./seed-types";
import { albumSeed } from "./album-network";
import { loadDemoAccounts } from "./demo-accounts";
import { loadDemoCalls } from "./demo-calls";
import { loadExchanges } from "./demo-exchanges";

export interface SeedOptions {
  demoAccounts: boolean;
}

const provenanceLabel = (value: Provenance): "DOCUMENT" | "ILLUSTRATIVE" =>
  value === "document" ? "DOCUMENT" : "ILLUSTRATIVE";

/** A stored source: the report's section only for values taken from it; a note for either kind. */
export function sourceOf(value: Provenance, section?: string | null, note?: string | null): StoredSource {
  return {
    kind: provenanceLabel(value),
    ...(value === "document" && section ? { section } : {}),
    ...(note ? { note } : {}),
  };
}

/** Per-field sources of a record, the "document" ones with the record's section. */
function fieldSources(fields: Partial<Record<string, Provenance>>, section?: string): Record<string, StoredSource> {
  const sources: Record<string, StoredSource> = {};
  for (const [field, value] of Object.entries(fields)) if (value) sources[field] = sourceOf(value, section);
  return sources;
}

/** The organisation fields a provenance speaks about. */
export const ORGANISATION_FIELDS = [
  "name",
  "shortName",
  "kind",
  "description",
  "website",
  "street",
  "postalCode",
  "city",
  "district",
  "topics",
  "offers",
  "needs",
  "targetGroups",
  "languages",
  "districtsServed",
  "capacity",
] as const satisfies readonly (keyof SeedData["organisations"][number])[];

/** Inserts rows in chunks so that very large seeds stay below PostgreSQL's parameter limit. */
export async function insertChunked<T extends object>(
  db: EntityManager,
  entity: new () => T,
  rows: Partial<T>[],
  chunkSize = 500,
): Promise<void> {
  for (let start = 0; start < rows.length; start += chunkSize) {
    await db
      .createQueryBuilder()
      .insert()
      .into(entity)
      .values(rows.slice(start, start + chunkSize) as never)
      .execute();
  }
}

/** Loads the taxonomies; shared by the real seed and the synthetic generator. */
export async function loadTaxonomies(db: EntityManager, data: SeedData["taxonomies"]): Promise<void> {
  await insertChunked(db, Topic, data.topics);
  await insertChunked(db, TargetGroup, data.targetGroups);
  await insertChunked(db, District, data.districts);
  await insertChunked(db, Language, data.languages);
}

/** Loads the real ALBuM network of the source document into an empty database, in one transaction. */
export async function loadSeed(db: EntityManager, data: SeedData = albumSeed): Promise<Map<string, string>> {
  await loadTaxonomies(db, data.taxonomies);
  const idBySlug = new Map<string, string>();
  for (const seed of data.organisations) {
    // Fields the seed does not mark "document" are illustrative (seed-types.ts): stored as such when they hold a value.
    const provenance = fieldSources(seed.provenance, seed.section);
    for (const field of ORGANISATION_FIELDS) {
      const value = seed[field];
      const empty = value === null || (Array.isArray(value) && value.length === 0);
      if (!provenance[field] && !empty) provenance[field] = sourceOf("illustrative");
    }
    const saved = await db.getRepository(Organisation).save(
      db.create(Organisation, {
        slug: seed.slug,
        name: seed.name,
        shortName: seed.shortName,
        kind: seed.kind as OrganisationKind,
        description: seed.description,
        website: seed.website,
        street: seed.street,
        postalCode: seed.postalCode,
        city: seed.city,
        districtKey: seed.district,
        topicKeys: seed.topics,
        offerKeys: seed.offers,
        needKeys: seed.needs,
        targetGroupKeys: seed.targetGroups,
        languageKeys: seed.languages,
        districtsServedKeys: seed.districtsServed,
        capacity: seed.capacity,
        provenance,
      }),
    );
    idBySlug.set(seed.slug, saved.id);
    await insertChunked(
      db,
      Membership,
      seed.memberships.map((m) => ({
        organisationId: saved.id,
        kind: m.kind as MembershipKind,
        since: m.since,
        until: m.until,
        provenance: sourceOf(m.provenance, m.section, m.note),
      })),
    );
    await insertChunked(
      db,
      ContactPerson,
      seed.contactPersons.map((p) => ({
        organisationId: saved.id,
        name: p.name,
        role: p.role,
        email: p.email,
        phone: p.phone,
        consentGivenAt: p.consentGivenAt ? new Date(p.consentGivenAt) : null,
      })),
    );
  }
  const idOf = (slug: string): string => {
    const id = idBySlug.get(slug);
    if (!id) throw new Error(`seed references unknown organisation "${slug}"`);
    return id;
  };
  await insertChunked(
    db,
    Relation,
    data.relations.map((r) => ({
      sourceId: idOf(r.source),
      targetId: idOf(r.target),
      type: r.type as RelationType,
      since: r.since,
      until: r.until,
      note: r.note,
      provenance: provenanceLabel(r.provenance),
      sourceDetail: sourceOf(r.provenance, r.section),
    })),
  );
  const programmeIdByKey = new Map<string, string>();
  for (const programme of data.programmes) {
    const saved = await db.getRepository(FundingProgramme).save(
      db.create(FundingProgramme, {
        key: programme.key,
        name: programme.name,
        description: programme.description,
        funderIds: programme.funders.map(idOf),
        startsOn: programme.startsOn,
        endsOn: programme.endsOn,
        provenance: sourceOf(programme.provenance, programme.section, programme.note),
      }),
    );
    programmeIdByKey.set(programme.key, saved.id);
  }
  for (const project of data.projects) {
    const lead = project.participants.find((p) => p.role === "LEAD") ?? project.participants[0];
    if (!lead) throw new Error(`project "${project.slug}" has no participants`);
    const provenance = fieldSources(project.provenance, project.section);
    if (project.amountCoversUntil)
      provenance.amountCoversUntil = sourceOf("illustrative", null, project.amountCoversUntilNote ?? null);
    const saved = await db.getRepository(Application).save(
      db.create(Application, {
        slug: project.slug,
        title: project.title,
        description: project.description,
        programmeId: project.programme ? (programmeIdByKey.get(project.programme) ?? null) : null,
        funderIds: project.funders.map(idOf),
        leadOrganisationId: idOf(lead.organisation),
        status: project.status as ApplicationStatus,
        startsOn: project.startsOn,
        endsOn: project.endsOn,
        requestedAmount: project.requestedAmount,
        approvedAmount: project.approvedAmount,
        amountCoversUntil: project.amountCoversUntil ?? null,
        participantsReached: project.participantsReached,
        topicKeys: project.topics,
        components: project.components,
        facts: project.facts,
        provenance,
      }),
    );
    await insertChunked(
      db,
      ApplicationParticipant,
      project.participants.map((p) => ({
        applicationId: saved.id,
        organisationId: idOf(p.organisation),
        role: p.role as ParticipantRole,
      })),
    );
  }
  await insertChunked(
    db,
    Offer,
    data.offers.map((offer) => ({
      slug: offer.slug,
      title: offer.title,
      description: offer.description,
      organisationIds: offer.organisations.map(idOf),
      targetGroupKeys: offer.targetGroups,
      topicKeys: offer.topics,
      startsOn: offer.startsOn,
      endsOn: offer.endsOn,
      provenance: {
        offer: sourceOf("document", offer.section),
        organisations: sourceOf(offer.organisationsProvenance, offer.section, offer.organisationsNote ?? null),
      },
    })),
  );
  await loadReportedFigures(db, data);
  return idBySlug;
}

/** The report's headline figures, as the report states them, each with its section. */
export async function loadReportedFigures(db: EntityManager, data: Pick<SeedData, "figures" | "figureSources">) {
  await insertChunked(
    db,
    ReportedFigure,
    (Object.keys(data.figureSources) as (keyof SeedData["figures"])[]).map((key, position) => {
      const source = data.figureSources[key];
      return {
        key: key === "fundingAcquiredEuros" ? "fundingAcquired" : key,
        position,
        value: data.figures[key],
        unit: source.unit as ReportedFigureUnit,
        qualifier: source.qualifier as ReportedFigureQualifier | null,
        fromYear: source.fromYear,
        toYear: source.toYear,
        provenance: sourceOf("document", source.section, source.note),
      };
    }),
  );
}

/** Seeds an empty database (first start); leaves a populated one alone. */
export async function seedIfEmpty(dataSource: DataSource, log: Logger, options: SeedOptions): Promise<boolean> {
  const [{ count }] = (await dataSource.query(`SELECT count(*)::int AS count FROM organisation`)) as [
    { count: number },
  ];
  if (count > 0) return false;
  const started = Date.now();
  await dataSource.transaction(async (db) => {
    const idBySlug = await loadSeed(db);
    await loadExchanges(db, albumSeed.exchanges);
    if (options.demoAccounts) {
      await loadDemoAccounts(db, idBySlug);
      await loadDemoCalls(db);
    }
  });
  log.info({ ms: Date.now() - started, organisations: albumSeed.organisations.length }, "seeded the ALBuM network");
  return true;
}
