import type { GraphQLResolveInfo } from "graphql";
import type { RequestContext } from "../../graphql/context";
import { jsonRowReader } from "../../shared/json-rows";
import { nestedInfo } from "../../shared/projection";
import {
  planEntityNode,
  plannedList,
  readPlanningEnabled,
  rootPlan,
  selectedFields,
  type FieldPlanner,
  type PlanContext,
  type PlannedSql,
  type Selection,
} from "../../shared/read-plan";
import { Organisation } from "./organisation.entity";
import { Membership } from "./membership.entity";
import { ContactPerson } from "./contact-person.entity";
import { contactPersonFor, mayListContactPersons } from "./contact-person-access";
import { Relation } from "./relation.entity";
import { District, Language, TargetGroup, Topic } from "./taxonomy.entity";

/**
 * The read planner of the network's types (see shared/read-plan.ts): `organisations` and
 * `organisation` with their relations, partners, memberships, contact persons and taxonomies in
 * one statement. Each planner repeats exactly the rows, order and visibility of the DataLoader it
 * stands in for (network.loaders.ts and the field resolvers in organisation.resolver.ts);
 * tests/server/read-planner.test.ts compares both paths field by field for every persona.
 */

/**
 * Columns each field resolver of OrganisationResolver reads from its organisation, for
 * `projectionFor`: keep in step with the resolvers. Resolvers of other classes are not listed, so
 * selecting one of them makes the organisation's row load whole.
 */
export const ORGANISATION_RESOLVER_NEEDS: Readonly<Record<string, readonly string[]>> = {
  district: ["districtKey"],
  topics: ["topicKeys"],
  offers: ["offerKeys"],
  needs: ["needKeys"],
  targetGroups: ["targetGroupKeys"],
  languages: ["languageKeys"],
  districtsServed: ["districtsServedKeys"],
  memberships: ["id"],
  relations: ["id"],
  partners: ["id"],
  // Organisation.applications, resolved in applications/organisation-applications.resolver.ts
  applications: ["id"],
  contactPersons: ["id"],
  viewerCanEdit: ["id"],
  offerings: ["id"],
  sources: ["provenance"],
};

const RELATION_RESOLVER_NEEDS: Readonly<Record<string, readonly string[]>> = {
  source: ["sourceId"],
  target: ["targetId"],
};

/** One collator for all requests, as in the partners resolver. */
const germanOrder = new Intl.Collator("de");

type TaxonomyClass = typeof Topic | typeof TargetGroup | typeof District | typeof Language;

/** Taxonomy terms in the order of the keys (unknown keys dropped), as `loadKeys` gives them. */
function taxonomyList(entity: TaxonomyClass, table: string, column: string): FieldPlanner {
  return (plan, parent) => {
    const t = plan.alias("t");
    const k = plan.alias("k");
    const read = jsonRowReader(plan.db, entity);
    return plannedList(
      `row_to_json(${t})`,
      `FROM unnest(${parent}.${column}) WITH ORDINALITY ${k}(key, ord) JOIN ${table} ${t} ON ${t}.key = ${k}.key`,
      `${k}.ord`,
      (json) => read(json as Record<string, unknown>),
    );
  };
}

/** `always`: the columns read beyond the selection (see EntityNodeOptions). */
function organisationNode(
  plan: PlanContext,
  alias: string,
  selection: Selection,
  always: readonly string[],
): PlannedSql {
  return planEntityNode(plan, Organisation, alias, selection, {
    typeName: "Organisation",
    always,
    resolverNeeds: ORGANISATION_RESOLVER_NEEDS,
    fields: ORGANISATION_FIELDS,
  });
}

/** An organisation by id (relation ends): the object, or null. */
function organisationById(column: "source_id" | "target_id"): FieldPlanner {
  return (plan, parent, selection) => {
    const o = plan.alias("o");
    const node = organisationNode(plan, o, selection, []);
    return {
      sql: `(SELECT ${node.sql} FROM organisation ${o} WHERE ${o}.id = ${parent}.${column})`,
      decode: (json) => (json === null ? null : node.decode(json)),
    };
  };
}

const RELATION_FIELDS: Readonly<Record<string, FieldPlanner>> = {
  source: organisationById("source_id"),
  target: organisationById("target_id"),
};

const ORGANISATION_FIELDS: Readonly<Record<string, FieldPlanner>> = {
  district(plan, parent) {
    const d = plan.alias("d");
    const read = jsonRowReader(plan.db, District);
    return {
      sql: `(SELECT row_to_json(${d}) FROM district ${d} WHERE ${d}.key = ${parent}.district_key)`,
      decode: (json) => (json === null ? null : read(json as Record<string, unknown>)),
    };
  },
  topics: taxonomyList(Topic, "topic", "topic_keys"),
  offers: taxonomyList(Topic, "topic", "offer_keys"),
  needs: taxonomyList(Topic, "topic", "need_keys"),
  targetGroups: taxonomyList(TargetGroup, "target_group", "target_group_keys"),
  languages: taxonomyList(Language, "language", "language_keys"),
  districtsServed: taxonomyList(District, "district", "districts_served_keys"),

  memberships(plan, parent) {
    const m = plan.alias("m");
    const read = jsonRowReader(plan.db, Membership);
    // The loader orders by since, kind (TypeORM: ASC, nulls last); id only breaks its ties.
    return plannedList(
      `row_to_json(${m})`,
      `FROM membership ${m} WHERE ${m}.organisation_id = ${parent}.id`,
      `${m}.since, ${m}.kind, ${m}.id`,
      (json) => read(json as Record<string, unknown>),
    );
  },

  contactPersons(plan, parent) {
    // Personal data: the rule of contact-person-access.ts (as the resolver); consent in SQL,
    // the companies' view of e-mail and phone on the decoded rows.
    const viewer = plan.viewer;
    if (!mayListContactPersons(viewer)) return { sql: "NULL", decode: () => [] };
    const c = plan.alias("c");
    const read = jsonRowReader(plan.db, ContactPerson);
    return plannedList(
      `row_to_json(${c})`,
      `FROM contact_person ${c} WHERE ${c}.organisation_id = ${parent}.id AND ${c}.consent_given_at IS NOT NULL`,
      `${c}.name, ${c}.id`,
      (json) => contactPersonFor(viewer, read(json as Record<string, unknown>))!,
    );
  },

  relations(plan, parent, selection) {
    const r = plan.alias("r");
    const node = planEntityNode(plan, Relation, r, selection, {
      typeName: "Relation",
      always: [],
      resolverNeeds: RELATION_RESOLVER_NEEDS,
      fields: RELATION_FIELDS,
    });
    // Either direction; a relation of an organisation with itself once (as the loader).
    return plannedList(
      node.sql,
      `FROM relation ${r} WHERE ${r}.source_id = ${parent}.id OR ${r}.target_id = ${parent}.id`,
      `${r}.type, ${r}.id`,
      node.decode,
    );
  },

  partners(plan, parent, selection) {
    const p = plan.alias("p");
    const r = plan.alias("r");
    const mine = plan.alias("mine");
    const theirs = plan.alias("theirs");
    const node = organisationNode(plan, p, selection, ["name"]); // sorted by it
    // The same links as loadPartnerIds: relations either way, or a joint application.
    const list = plannedList(
      node.sql,
      `FROM organisation ${p} WHERE ${p}.id IN (
         SELECT ${r}.target_id FROM relation ${r} WHERE ${r}.source_id = ${parent}.id
         UNION SELECT ${r}.source_id FROM relation ${r} WHERE ${r}.target_id = ${parent}.id
         UNION SELECT ${theirs}.organisation_id FROM application_participant ${mine}
                JOIN application_participant ${theirs}
                  ON ${theirs}.application_id = ${mine}.application_id AND ${theirs}.organisation_id <> ${mine}.organisation_id
               WHERE ${mine}.organisation_id = ${parent}.id)`,
      `${p}.id`,
      node.decode,
    );
    return {
      sql: list.sql,
      // German collation as the resolver sorts (stable over the loader's id order).
      decode: (json) => (list.decode(json) as Organisation[]).sort((a, b) => germanOrder.compare(a.name, b.name)),
    };
  },
};

/** Whether the connection's selection asks for this field (e.g. totalCount). */
function asksFor(info: GraphQLResolveInfo, name: string): boolean {
  for (const [, field] of selectedFields({ fieldNodes: info.fieldNodes, fragments: info.fragments }))
    if (field.name === name) return true;
  return false;
}

/** The planned select of the directory (`organisations`): JSON rows of alias `o`. */
export interface PlannedOrganisations {
  /** SQL of the row's JSON, for alias `o`. */
  sql: string;
  parameters: Record<string, unknown>;
  decode(json: unknown): Organisation;
  withTotalCount: boolean;
  /**
   * Whether pageInfo is selected. Only then is one row beyond the page read (for hasNextPage): that
   * row costs its whole nested answer, a tenth of the statement at first:10.
   */
  withPageInfo: boolean;
}

export function planOrganisations(ctx: RequestContext, info: GraphQLResolveInfo): PlannedOrganisations | null {
  if (!readPlanningEnabled()) return null;
  const { plan, parameters } = rootPlan(ctx, info, (context) => {
    const nodeInfo = nestedInfo(info, ["edges", "node"]);
    // id and name: the page's cursors and order.
    const node = organisationNode(context, "o", { fieldNodes: nodeInfo.fieldNodes, fragments: info.fragments }, [
      "id",
      "name",
    ]);
    return { node, withTotalCount: asksFor(info, "totalCount"), withPageInfo: asksFor(info, "pageInfo") };
  });
  return {
    sql: plan.node.sql,
    parameters,
    decode: plan.node.decode as (json: unknown) => Organisation,
    withTotalCount: plan.withTotalCount,
    withPageInfo: plan.withPageInfo,
  };
}

/** The planned select of one organisation (`organisation`): its JSON row for alias `o`. */
export function planOrganisation(
  ctx: RequestContext,
  info: GraphQLResolveInfo,
): Omit<PlannedOrganisations, "withTotalCount" | "withPageInfo"> | null {
  if (!readPlanningEnabled()) return null;
  const { plan, parameters } = rootPlan(ctx, info, (context) =>
    organisationNode(context, "o", { fieldNodes: info.fieldNodes, fragments: info.fragments }, ["id"]),
  );
  return { sql: plan.sql, parameters, decode: plan.decode as (json: unknown) => Organisation };
}
