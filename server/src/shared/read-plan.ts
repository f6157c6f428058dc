import {
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
} from "graphql";
import type { EntityManager, EntityTarget, ObjectLiteral } from "typeorm";
import type { RequestContext, SessionUser } from "../graphql/context";
import { isOffice } from "../graphql/auth";
import { jsonTupleColumns, jsonTupleReader } from "./json-rows";
import { computeProjection } from "./projection";

/**
 * The read planner: one SQL statement for a nested read whose shape is known.
 *
 * Why: the directory's nested query (organisations → relations → partners → applications) ran one
 * statement per level through the DataLoaders and spent its time in `pg`, TypeORM and the garbage
 * of five result sets. Here the root resolver looks ahead at its selection and asks the planners of
 * the fields it finds for SQL subqueries (LATERAL-free correlated subqueries with `json_agg`) that
 * return the nested answer as JSON in the root statement's rows.
 *
 * Correctness never depends on the planner: every planned object is an entity instance with the
 * columns the resolvers that still run on it need (the DataLoaders' projection rule, less the needs of
 * the fields planned below it), read from a JSON array per row. A planned value IS the
 * field's answer: the schema answers it without calling the field's resolver (`plannedShortcut`,
 * installed by graphql/schema.ts on every field resolver without an auth rule or middleware), which
 * saves type-graphql's per-field machinery on the hot path. A resolver still asks `plannedValue`
 * first, for a schema built without the shortcut; a field nobody planned (or a planner that declined)
 * resolves through its DataLoader as before. Visibility rules live in the planners of the modules that own them
 * (e.g. `Organisation.applications` in applications/), next to the rule's other readers.
 */

const PLANNED = Symbol("planned");

let planning = process.env.READ_PLANNER !== "off";

/** Switches the planner off (DataLoaders only) or on; for the tests that compare both paths and the bench. */
export function setReadPlanning(enabled: boolean): void {
  planning = enabled;
}

export function readPlanningEnabled(): boolean {
  return planning;
}

/** A selection: the field nodes whose sub-selections are merged (graphql-js merges them too). */
export interface Selection {
  fieldNodes: readonly FieldNode[];
  fragments: Record<string, FragmentDefinitionNode>;
}

/** SQL returning one JSON value, and how to turn that value into what the resolver would return. */
export interface PlannedSql {
  sql: string;
  decode(json: unknown): unknown;
}

/** Everything a planner may depend on. The SQL text must depend only on the selection and `viewer`. */
export interface PlanContext {
  db: EntityManager;
  /** Who reads: the plan is cached per role and "has an organisation", so decide on nothing finer. */
  viewer: SessionUser | null;
  /** A fresh table alias. */
  alias(prefix: string): string;
  /** The placeholder of the viewer's organisation id (null when signed out or without one). */
  readonly viewerOrganisation: string;
}

/** Plans one field of a parent row (alias `parent`), or declines (null): its resolver then loads it. */
export type FieldPlanner = (plan: PlanContext, parent: string, selection: Selection) => PlannedSql | null;

const registered = new Map<string, FieldPlanner>();

/** Lets a higher module plan a field it resolves on a lower module's type (e.g. `Organisation.applications`). */
export function registerFieldPlanner(typeName: string, fieldName: string, planner: FieldPlanner): void {
  registered.set(`${typeName}.${fieldName}`, planner);
}

/** Fields selected on the result of a selection, by response key (aliases apart), through fragments. */
export function selectedFields(selection: Selection): Map<string, { name: string; selection: Selection }> {
  const byKey = new Map<string, { name: string; nodes: FieldNode[] }>();
  const visit = (set: FieldNode["selectionSet"]): void => {
    for (const node of set?.selections ?? []) {
      if (node.kind === Kind.FIELD) {
        const key = node.alias?.value ?? node.name.value;
        const entry = byKey.get(key) ?? { name: node.name.value, nodes: [] };
        entry.nodes.push(node);
        byKey.set(key, entry);
      } else if (node.kind === Kind.INLINE_FRAGMENT) visit(node.selectionSet);
      else visit(selection.fragments[node.name.value]?.selectionSet);
    }
  };
  for (const node of selection.fieldNodes) visit(node.selectionSet);
  const fields = new Map<string, { name: string; selection: Selection }>();
  for (const [key, { name, nodes }] of byKey)
    fields.set(key, { name, selection: { fieldNodes: nodes, fragments: selection.fragments } });
  return fields;
}

/** The value the planned statement brought for this field of `root`, if it was planned. */
export function plannedValue<T>(root: object, info: GraphQLResolveInfo): { value: T } | undefined {
  const planned = (root as { [PLANNED]?: Map<string, unknown> })[PLANNED];
  if (!planned) return undefined;
  const key = info.path.key as string;
  return planned.has(key) ? { value: planned.get(key) as T } : undefined;
}

/**
 * Wraps a field resolver so that a value the planned statement brought is returned as it is, before
 * the resolver (and type-graphql's wrapper around it: instance lookup, parameter assembly, promise
 * chain) runs. Only for fields without an auth rule or middleware: those must see every read.
 */
export function plannedShortcut<S, C>(resolve: GraphQLFieldResolver<S, C>): GraphQLFieldResolver<S, C> {
  return (root, args, context, info) => {
    const planned = (root as { [PLANNED]?: Map<string, unknown> } | null)?.[PLANNED];
    if (planned !== undefined) {
      const key = info.path.key as string;
      if (planned.has(key)) return planned.get(key);
    }
    return resolve(root, args, context, info);
  };
}

export interface EntityNodeOptions {
  /** GraphQL type name, for the planners other modules registered. */
  typeName: string;
  /**
   * Columns the planned row always carries, whatever is selected: only what code reading the
   * planned entity needs beyond the selection (e.g. the name the partners are sorted by). Visibility
   * is already in the planned SQL, so the columns the DataLoader path reads to filter are not needed.
   */
  always: readonly string[];
  /** Columns each field resolver reads (see projection.ts). */
  resolverNeeds: Readonly<Record<string, readonly string[]>>;
  /** Planners of the type's own fields. */
  fields?: Readonly<Record<string, FieldPlanner>>;
}

/** Planned fields per row; beyond it a field resolves through its DataLoader (a bound on the SQL's size). */
const MAX_PLANNED_FIELDS = 40;
/** PostgreSQL functions take at most 100 arguments (json_build_array included). */
const MAX_FUNCTION_ARGUMENTS = 100;

/**
 * One entity row (alias `alias`) as a JSON array: its projected columns, then the values of the
 * fields planned below it (or `[[columns…], planned…]` when both would not fit one call). Decodes
 * to an entity instance carrying the planned values.
 *
 * The projection leaves out the needs of the fields planned here (their resolvers never read the
 * row): `relations { type }` reads one column, not the relation's id and both ends' ids.
 */
export function planEntityNode<T extends ObjectLiteral>(
  plan: PlanContext,
  entity: EntityTarget<T> & (new () => T),
  alias: string,
  selection: Selection,
  options: EntityNodeOptions,
): PlannedSql {
  const nested: { key: string; name: string; planned: PlannedSql }[] = [];
  const leftToResolvers = new Set<string>();
  for (const [key, field] of selectedFields(selection)) {
    const planner =
      nested.length < MAX_PLANNED_FIELDS
        ? (options.fields?.[field.name] ?? registered.get(`${options.typeName}.${field.name}`))
        : undefined;
    const planned = planner?.(plan, alias, field.selection);
    if (planned) nested.push({ key, name: field.name, planned });
    else leftToResolvers.add(field.name);
  }
  const answered = new Set(nested.map(({ name }) => name).filter((name) => !leftToResolvers.has(name)));
  const properties = computeProjection(
    selection,
    plan.db,
    entity,
    { always: options.always, resolverNeeds: options.resolverNeeds },
    answered,
  );
  const read = jsonTupleReader(plan.db, entity, properties);
  const columns = jsonTupleColumns(plan.db, entity, alias, properties);
  const flat = columns.length + nested.length <= MAX_FUNCTION_ARGUMENTS;
  const values = flat ? columns : [`json_build_array(${columns.join(", ")})`];
  const first = values.length;
  return {
    sql: `json_build_array(${[...values, ...nested.map(({ planned }) => planned.sql)].join(", ")})`,
    decode(json) {
      const tuple = json as unknown[];
      const instance = read(flat ? tuple : (tuple[0] as unknown[]));
      if (nested.length === 0) return instance;
      const planned = new Map<string, unknown>();
      for (let index = 0; index < nested.length; index++) {
        const { key, planned: field } = nested[index]!;
        planned.set(key, field.decode(tuple[first + index]));
      }
      (instance as { [PLANNED]?: Map<string, unknown> })[PLANNED] = planned;
      return instance;
    },
  };
}

/** A list subquery's JSON array (never null) decoded item by item. */
export function plannedList(
  itemSql: string,
  from: string,
  orderBy: string,
  decodeItem: (json: unknown) => unknown,
): PlannedSql {
  return {
    sql: `(SELECT coalesce(json_agg(${itemSql} ORDER BY ${orderBy}), '[]'::json) ${from})`,
    decode: (json) => (json as unknown[]).map(decodeItem),
  };
}

/** Root plans, cached per parsed document (Apollo keeps one AST per query text) and viewer class. */
const rootPlans = new WeakMap<FieldNode, { nodes: readonly FieldNode[]; byViewer: Map<string, unknown> }>();

/** Builds (or reuses) a root plan and the parameters of this request. */
export function rootPlan<R>(
  ctx: RequestContext,
  info: GraphQLResolveInfo,
  build: (plan: PlanContext) => R,
): { plan: R; parameters: Record<string, unknown> } {
  const viewer = ctx.user;
  const parameters = { planViewerOrganisation: viewer?.organisationId ?? null };
  const viewerClass = `${viewer ? viewer.role : "-"}:${viewer?.organisationId ? "org" : "-"}:${isOffice(viewer)}`;
  // graphql-js collects a fresh fieldNodes array per execution, but the nodes are those of the
  // document Apollo parsed once per query text.
  const first = info.fieldNodes[0]!;
  let cached = rootPlans.get(first);
  const same =
    cached !== undefined &&
    cached.nodes.length === info.fieldNodes.length &&
    cached.nodes.every((node, index) => node === info.fieldNodes[index]);
  if (!same) rootPlans.set(first, (cached = { nodes: [...info.fieldNodes], byViewer: new Map() }));
  let built = cached!.byViewer.get(viewerClass) as R | undefined;
  if (built === undefined) {
    let aliases = 0;
    built = build({
      db: ctx.db,
      viewer: viewer ? { ...viewer } : null,
      alias: (prefix) => `${prefix}_${++aliases}`,
      viewerOrganisation: ":planViewerOrganisation",
    });
    cached!.byViewer.set(viewerClass, built);
  }
  return { plan: built, parameters };
}
