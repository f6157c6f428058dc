import { Brackets, type EntityManager, type SelectQueryBuilder } from "typeorm";
import type { RequestContext } from "../../graphql/context";
import { BadUserInputError, NotFoundError } from "../../graphql/errors";
import { pageWindow, toLazyPage, toPage, type Page, type PageWindow } from "../../graphql/pagination";
import { columnsFrom, type ColumnMapping } from "../../db/columns";
import { isUuid } from "../../db/ids";
import { uniqueSlug } from "../../db/unique-slug";
import { updateVersioned } from "../../db/versioned-update";
import { preparedQuery } from "../../db/prepared-query";
import { StatementShapes, statementValues } from "../../db/statement-shapes";
import { OrganisationOrder } from "./network.enums";
import { Organisation } from "./organisation.entity";
import { Membership } from "./membership.entity";
import type {
  CreateOrganisationInput,
  MembershipInput,
  OrganisationFilter,
  OrganisationsArgs,
  UpdateOrganisationInput,
} from "./organisation.inputs";
import { assertTaxonomyKeys } from "./taxonomy.service";
import { slugify } from "./slug";
import { diffFields, recordAudit } from "../audit/audit.service";
import { AuditAction, AuditEntityType } from "../audit/audit-entry.entity";
import { networkLoaders } from "./network.loaders";
import type { PlannedOrganisations } from "./organisation-planner";

/** Finds one organisation by id or slug (exactly one of them). */
export async function findOrganisation(
  ctx: RequestContext,
  by: { id?: string | null; slug?: string | null },
  planned: Omit<PlannedOrganisations, "withTotalCount" | "withPageInfo"> | null = null,
): Promise<Organisation | null> {
  if ((by.id ? 1 : 0) + (by.slug ? 1 : 0) !== 1) {
    throw new BadUserInputError("Give either id or slug", [
      { field: by.id ? "slug" : "id", message: "exactly one of id and slug is required" },
    ]);
  }
  if (by.id && !isUuid(by.id)) return null;
  if (planned) {
    const shape = by.id ? "id" : "slug";
    const parameters = { ...planned.parameters, [shape]: by.id ?? by.slug ?? "" };
    const statement = plannedStatements.get(planned.sql, shape, Object.keys(parameters), (sentinels) =>
      ctx.db
        .getRepository(Organisation)
        .createQueryBuilder("o")
        .select(planned.sql, "row")
        .where(`o.${shape} = :${shape}`)
        .setParameters(sentinels)
        .getQueryAndParameters(),
    );
    const [raw] = await preparedQuery<{ row: unknown }>(ctx.db, statement.text, statementValues(statement, parameters));
    return raw ? planned.decode(raw.row) : null;
  }
  if (by.id) return networkLoaders(ctx).organisationById.load(by.id);
  return ctx.db.getRepository(Organisation).findOneBy({ slug: by.slug ?? "" });
}

/** The named parameters of the directory's facet filters, only those of facets in use. */
interface OrganisationFilterParameters {
  kinds?: readonly string[];
  topics?: readonly string[];
  targetGroups?: readonly string[];
  languages?: readonly string[];
  districts?: readonly string[];
  memberships?: readonly string[];
  search?: string;
  searchLike?: string;
}

function organisationFilterParameters(filter: OrganisationFilter | undefined): OrganisationFilterParameters {
  const parameters: OrganisationFilterParameters = {};
  if (filter?.kinds?.length) parameters.kinds = filter.kinds;
  if (filter?.topics?.length) parameters.topics = filter.topics;
  if (filter?.targetGroups?.length) parameters.targetGroups = filter.targetGroups;
  if (filter?.languages?.length) parameters.languages = filter.languages;
  if (filter?.districts?.length) parameters.districts = filter.districts;
  if (filter?.memberships?.length) parameters.memberships = filter.memberships;
  const search = filter?.search?.trim();
  if (search) {
    parameters.search = search;
    parameters.searchLike = `%${escapeLike(search)}%`;
  }
  return parameters;
}

/**
 * Applies the directory's facet filters; shared by the directory and the network graph. Which
 * conditions it adds depends only on which facets are in use and on includeArchived (the planned
 * directory's statement cache relies on it); `parameters` may stand in for the filter's values.
 */
export function applyOrganisationFilter(
  query: SelectQueryBuilder<Organisation>,
  filter: OrganisationFilter | undefined,
  parameters: { readonly [K in keyof OrganisationFilterParameters]?: unknown } = organisationFilterParameters(filter),
): SelectQueryBuilder<Organisation> {
  const alias = query.alias;
  if (!filter?.includeArchived) query.andWhere(`${alias}.archived_at IS NULL`);
  const { kinds, topics, targetGroups, languages, districts, memberships, search, searchLike } = parameters;
  // As text[]: PGlite serialises an array parameter only for types it knows, not for the enum's array type.
  if (kinds !== undefined) query.andWhere(`${alias}.kind = ANY(:kinds::text[]::organisation_kind[])`, { kinds });
  if (topics !== undefined) query.andWhere(`${alias}.topic_keys && :topics::text[]`, { topics });
  if (targetGroups !== undefined)
    query.andWhere(`${alias}.target_group_keys && :targetGroups::text[]`, { targetGroups });
  if (languages !== undefined) query.andWhere(`${alias}.language_keys && :languages::text[]`, { languages });
  if (districts !== undefined) {
    query.andWhere(
      new Brackets((where) =>
        where
          .where(`${alias}.districts_served_keys && :districts::text[]`)
          .orWhere(`${alias}.district_key = ANY(:districts::text[])`),
      ),
      { districts },
    );
  }
  if (memberships !== undefined) {
    query.andWhere(
      `EXISTS (SELECT 1 FROM membership m WHERE m.organisation_id = ${alias}.id AND m.kind::text = ANY(:memberships::text[])
         AND (m.until IS NULL OR m.until >= CURRENT_DATE))`,
      { memberships },
    );
  }
  if (search !== undefined) {
    // Each arm can use a trigram index (BitmapOr); `%>` is word_similarity >= the session's
    // pg_trgm.word_similarity_threshold, which the data source sets to SEARCH_SIMILARITY.
    query.andWhere(
      new Brackets((where) =>
        where
          .where(`${alias}.name ILIKE :searchLike`)
          .orWhere(`${alias}.short_name ILIKE :searchLike`)
          .orWhere(`${alias}.name %> :search`)
          .orWhere(`${alias}.short_name %> :search`),
      ),
      { search, searchLike },
    );
  }
  return query;
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (character) => `\\${character}`);
}

const RELEVANCE_SQL = `greatest(word_similarity(:search, o.name), word_similarity(:search, coalesce(o.short_name, '')))`;

/** The planned directory's and profile's statements, built once per plan and shape (db/statement-shapes.ts). */
const plannedStatements = new StatementShapes();

function orderDirectory(
  query: SelectQueryBuilder<Organisation>,
  order: OrganisationOrder,
  relevance: boolean,
): SelectQueryBuilder<Organisation> {
  switch (order) {
    case OrganisationOrder.RELEVANCE:
      if (relevance) query.addSelect(RELEVANCE_SQL, "relevance").orderBy("relevance", "DESC");
      return query.addOrderBy("lower(o.name)", "ASC");
    case OrganisationOrder.NAME_ASC:
      return query.orderBy("lower(o.name)", "ASC");
    case OrganisationOrder.NAME_DESC:
      return query.orderBy("lower(o.name)", "DESC");
    case OrganisationOrder.NEWEST:
      return query.orderBy("o.created_at", "DESC");
    default: {
      const unreachable: never = order;
      throw new Error(`unknown order ${String(unreachable)}`);
    }
  }
}

/**
 * The directory: filtered, ordered, paged. With a plan (organisation-planner.ts) the page's rows
 * carry the nested answer and, when asked, the total count in the same statement.
 */
export async function listOrganisations(
  ctx: RequestContext,
  args: OrganisationsArgs,
  planned: PlannedOrganisations | null = null,
): Promise<Page<Organisation>> {
  const window = pageWindow(args);
  const filtered = () =>
    applyOrganisationFilter(ctx.db.getRepository(Organisation).createQueryBuilder("o"), args.filter);
  const count = () => filtered().getCount();
  if (window.limit === 0) return toLazyPage([], window, count);
  const search = args.filter?.search?.trim() || undefined;
  const order = args.orderBy ?? (search ? OrganisationOrder.RELEVANCE : OrganisationOrder.NAME_ASC);
  const relevance = order === OrganisationOrder.RELEVANCE && search !== undefined;
  if (planned) return listPlannedOrganisations(ctx, args, planned, window, order, relevance, count);
  const rows = await orderDirectory(filtered(), order, relevance)
    .addOrderBy("o.id", "ASC")
    .offset(window.offset)
    .limit(window.limit + 1)
    .getMany();
  return toLazyPage(rows, window, count);
}

async function listPlannedOrganisations(
  ctx: RequestContext,
  args: OrganisationsArgs,
  planned: PlannedOrganisations,
  window: PageWindow,
  order: OrganisationOrder,
  relevance: boolean,
  count: () => Promise<number>,
): Promise<Page<Organisation>> {
  const { withTotalCount, withPageInfo } = planned;
  const filterParameters = organisationFilterParameters(args.filter);
  const includeArchived = args.filter?.includeArchived === true;
  // Without pageInfo in the selection nobody reads hasNextPage, so the page's rows suffice.
  const limit = window.limit + (withPageInfo ? 1 : 0);
  // Everything the SQL text depends on besides the plan; never a parameter's value. LIMIT and
  // OFFSET are in the text, as TypeORM writes them: as parameters, PostgreSQL's generic plan cannot
  // know the page is small, so it planned the statement anew on every execution (measured: 0.4 ms of
  // planning per 0.6 ms of execution at first:10), and a page size is one of a few values.
  const shape = `${order}:${relevance}:${withTotalCount}:${includeArchived}:${Object.keys(filterParameters).join(",")}:${limit}:${window.offset}`;
  const parameters = { ...filterParameters, ...planned.parameters };
  const statement = plannedStatements.get(planned.sql, shape, Object.keys(parameters), (sentinels) => {
    const query = orderDirectory(
      applyOrganisationFilter(ctx.db.getRepository(Organisation).createQueryBuilder("o"), args.filter, sentinels),
      order,
      relevance,
    );
    query.select(planned.sql, "row").setParameters(sentinels);
    if (withTotalCount) query.addSelect("count(*) OVER ()", "total");
    if (relevance) query.addSelect(RELEVANCE_SQL, "relevance");
    return query.addOrderBy("o.id", "ASC").offset(window.offset).limit(limit).getQueryAndParameters();
  });
  const raw = await preparedQuery<{ row: unknown; total?: string | number }>(
    ctx.db,
    statement.text,
    statementValues(statement, parameters),
  );
  const rows = raw.map((row) => planned.decode(row.row));
  // count(*) OVER () counts the filtered rows before LIMIT; a page past the end has no row to carry it.
  const total = raw[0]?.total;
  if (total !== undefined) return toPage(rows.slice(0, window.limit), window, Number(total));
  if (withTotalCount && window.offset === 0) return toPage(rows, window, 0);
  return toLazyPage(rows, window, count);
}

type WritableFields = CreateOrganisationInput | UpdateOrganisationInput;

/** Fields that may be left out but never set to null (their columns are NOT NULL). */
const NOT_NULL_FIELDS = [
  "name",
  "kind",
  "description",
  "capacity",
  "topics",
  "offers",
  "needs",
  "targetGroups",
  "languages",
  "districtsServed",
  "memberships",
  "showExchangeParticipation",
] as const;

async function assertValidReferences(db: EntityManager, input: WritableFields): Promise<void> {
  const nulls = NOT_NULL_FIELDS.filter((field) => (input as Record<string, unknown>)[field] === null);
  if (nulls.length > 0)
    throw new BadUserInputError(
      "These fields cannot be empty",
      nulls.map((field) => ({ field, message: "must not be null" })),
    );
  await assertTaxonomyKeys(db, [
    { field: "topics", taxonomy: "topics", keys: input.topics },
    { field: "offers", taxonomy: "topics", keys: input.offers },
    { field: "needs", taxonomy: "topics", keys: input.needs },
    { field: "targetGroups", taxonomy: "targetGroups", keys: input.targetGroups },
    { field: "languages", taxonomy: "languages", keys: input.languages },
    { field: "districtsServed", taxonomy: "districts", keys: input.districtsServed },
    { field: "district", taxonomy: "districts", keys: input.district ? [input.district] : [] },
  ]);
  assertMembershipPeriods(input.memberships);
}

function assertMembershipPeriods(memberships: MembershipInput[] | undefined): void {
  const broken = (memberships ?? []).findIndex((m) => m.since && m.until && m.until < m.since);
  if (broken >= 0) {
    throw new BadUserInputError("A membership ends before it starts", [
      { field: `memberships.${broken}.until`, message: "must not be before since" },
    ]);
  }
}

const unique = (keys: string[]) => [...new Set(keys)];

/** Input field names to entity columns; memberships are rows of their own (`replaceMemberships`). */
const ORGANISATION_COLUMNS: ColumnMapping<UpdateOrganisationInput, Organisation> = {
  name: (name) => ({ name: name.trim() }),
  kind: "kind",
  shortName: "shortName",
  description: "description",
  website: "website",
  street: "street",
  postalCode: "postalCode",
  city: "city",
  district: "districtKey",
  topics: (keys) => ({ topicKeys: unique(keys) }),
  offers: (keys) => ({ offerKeys: unique(keys) }),
  needs: (keys) => ({ needKeys: unique(keys) }),
  targetGroups: (keys) => ({ targetGroupKeys: unique(keys) }),
  languages: (keys) => ({ languageKeys: unique(keys) }),
  districtsServed: (keys) => ({ districtsServedKeys: unique(keys) }),
  capacity: "capacity",
  showExchangeParticipation: "showExchangeParticipation",
  memberships: null,
};

async function replaceMemberships(
  db: EntityManager,
  organisationId: string,
  memberships: MembershipInput[],
): Promise<void> {
  await db.delete(Membership, { organisationId });
  if (memberships.length === 0) return;
  await db.insert(
    Membership,
    memberships.map((m) => ({ organisationId, kind: m.kind, since: m.since ?? null, until: m.until ?? null })),
  );
}

/** Creates an organisation with a slug derived from its name; all or nothing. */
export async function createOrganisation(ctx: RequestContext, input: CreateOrganisationInput): Promise<Organisation> {
  return ctx.dataSource.transaction(async (db) => {
    await assertValidReferences(db, input);
    const slug = await uniqueSlug(db, Organisation, slugify(input.name));
    const columns = { ...columnsFrom(input, ORGANISATION_COLUMNS), slug };
    const saved = await db.getRepository(Organisation).save(db.create(Organisation, columns));
    if (input.memberships) await replaceMemberships(db, saved.id, input.memberships);
    const changes = diffFields({}, { ...columns, ...(input.memberships ? { memberships: input.memberships } : {}) });
    await recordAudit(db, ctx, {
      action: AuditAction.CREATE,
      entityType: AuditEntityType.ORGANISATION,
      entityId: saved.id,
      changes,
      label: saved.name,
      organisationIds: [saved.id],
    });
    return db.getRepository(Organisation).findOneByOrFail({ id: saved.id });
  });
}

/**
 * Updates an organisation only if nobody changed it since `expectedVersion` was read: the version
 * check is part of the UPDATE itself, so of two concurrent edits exactly one wins.
 */
export async function updateOrganisation(
  ctx: RequestContext,
  id: string,
  input: UpdateOrganisationInput,
  expectedVersion: number,
): Promise<Organisation> {
  return ctx.dataSource.transaction(async (db) => {
    const current = isUuid(id) ? await db.getRepository(Organisation).findOneBy({ id }) : null;
    if (!current) throw new NotFoundError("Organisation", id);
    await assertValidReferences(db, input);
    const columns = columnsFrom(input, ORGANISATION_COLUMNS);
    await updateVersioned(db, Organisation, {
      what: "organisation",
      id,
      expectedVersion,
      set: { ...columns, updatedAt: () => "now()" },
    });
    const changes = diffFields(current, columns);
    if (input.memberships) {
      const before = await db.getRepository(Membership).find({ where: { organisationId: id }, order: { kind: "ASC" } });
      await replaceMemberships(db, id, input.memberships);
      const describe = (list: { kind: string; since: string | null; until: string | null }[]) =>
        list.map((m) => ({ kind: m.kind, since: m.since ?? null, until: m.until ?? null }));
      Object.assign(
        changes,
        diffFields(
          { memberships: describe(before) },
          {
            memberships: describe(
              input.memberships.map((m) => ({ kind: m.kind, since: m.since ?? null, until: m.until ?? null })),
            ),
          },
        ),
      );
    }
    const updated = await db.getRepository(Organisation).findOneByOrFail({ id });
    await recordAudit(db, ctx, {
      action: AuditAction.UPDATE,
      entityType: AuditEntityType.ORGANISATION,
      entityId: id,
      changes,
      label: updated.name,
      organisationIds: [id],
    });
    return updated;
  });
}

/** Archives (hides from the directory and from matching) without deleting history. */
export async function archiveOrganisation(ctx: RequestContext, id: string): Promise<Organisation> {
  const organisation = isUuid(id) ? await ctx.db.getRepository(Organisation).findOneBy({ id }) : null;
  if (!organisation) throw new NotFoundError("Organisation", id);
  if (organisation.archivedAt) return organisation;
  return ctx.dataSource.transaction(async (db) => {
    await db
      .createQueryBuilder()
      .update(Organisation)
      .set({ archivedAt: () => "now()" })
      .where("id = :id", { id })
      .execute();
    const archived = await db.getRepository(Organisation).findOneByOrFail({ id });
    await recordAudit(db, ctx, {
      action: AuditAction.ARCHIVE,
      entityType: AuditEntityType.ORGANISATION,
      entityId: id,
      changes: { archivedAt: { before: null, after: archived.archivedAt } },
      label: archived.name,
      organisationIds: [id],
    });
    return archived;
  });
}
