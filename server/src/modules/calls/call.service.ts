import type { EntityManager } from "typeorm";
import type { RequestContext } from "../../graphql/context";
import { isOffice } from "../../graphql/auth";
import { BadUserInputError, NotFoundError, type FieldProblem } from "../../graphql/errors";
import { pageWindow, toPage, type Page } from "../../graphql/pagination";
import { columnsFrom, type ColumnMapping } from "../../db/columns";
import { isUuid } from "../../db/ids";
import { updateVersioned } from "../../db/versioned-update";
import { assertTaxonomyKeys } from "../network/taxonomy.service";
import { FundingProgramme } from "../funding/programme.entity";
import { diffPicked, recordAudit } from "../audit/audit.service";
import { AuditAction, AuditEntityType } from "../audit/audit-entry.entity";
import { CallForProposals, CallStatus } from "./call.entity";
import type { CallsArgs, CreateCallInput, UpdateCallInput } from "./call.inputs";

/** Which calls a viewer may see: open ones for everyone, closed ones for members, drafts for the office. */
export function visibleStatuses(ctx: RequestContext): CallStatus[] {
  if (isOffice(ctx.user)) return [CallStatus.DRAFT, CallStatus.OPEN, CallStatus.CLOSED];
  if (ctx.user) return [CallStatus.OPEN, CallStatus.CLOSED];
  return [CallStatus.OPEN];
}

export async function findCall(ctx: RequestContext, id: string): Promise<CallForProposals | null> {
  if (!isUuid(id)) return null;
  const call = await ctx.db.getRepository(CallForProposals).findOneBy({ id });
  return call && visibleStatuses(ctx).includes(call.status) ? call : null;
}

export async function listCalls(ctx: RequestContext, args: CallsArgs): Promise<Page<CallForProposals>> {
  const window = pageWindow(args);
  const allowed = visibleStatuses(ctx);
  const statuses = args.filter?.statuses?.length ? args.filter.statuses.filter((s) => allowed.includes(s)) : allowed;
  const query = ctx.db
    .getRepository(CallForProposals)
    .createQueryBuilder("c")
    // Asking only for statuses this viewer may not see is an empty page, not a bad value for the enum.
    .where(statuses.length ? "c.status IN (:...statuses)" : "FALSE", { statuses });
  if (args.filter?.programmeId)
    query.andWhere("c.programme_id = :programmeId", { programmeId: args.filter.programmeId });
  if (args.filter?.deadlineFrom) query.andWhere("c.deadline >= :from", { from: args.filter.deadlineFrom });
  if (args.filter?.deadlineTo) query.andWhere("c.deadline <= :to", { to: args.filter.deadlineTo });
  if (args.filter?.search?.trim())
    query.andWhere("c.title ILIKE :search", {
      search: `%${args.filter.search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
    });
  const totalCount = await query.getCount();
  // Open calls with the nearest deadline first, then the rest by deadline.
  const nodes =
    window.limit === 0
      ? []
      : await query
          .orderBy("CASE WHEN c.status = 'OPEN' THEN 0 ELSE 1 END", "ASC")
          .addOrderBy("c.deadline", "ASC")
          .addOrderBy("c.id", "ASC")
          .offset(window.offset)
          .limit(window.limit)
          .getMany();
  return toPage(nodes, window, totalCount);
}

type CallWrite = CreateCallInput | UpdateCallInput;

async function assertValidCall(db: EntityManager, input: CallWrite, current: CallForProposals | null): Promise<void> {
  const problems: FieldProblem[] = [];
  const budgetMin = input.budgetMin !== undefined ? input.budgetMin : (current?.budgetMin ?? null);
  const budgetMax = input.budgetMax !== undefined ? input.budgetMax : (current?.budgetMax ?? null);
  if (budgetMin !== null && budgetMax !== null && budgetMin > budgetMax)
    problems.push({ field: "budgetMax", message: "must not be below budgetMin" });
  const starts = input.fundingStartsOn !== undefined ? input.fundingStartsOn : (current?.fundingStartsOn ?? null);
  const ends = input.fundingEndsOn !== undefined ? input.fundingEndsOn : (current?.fundingEndsOn ?? null);
  if (starts && ends && ends < starts)
    problems.push({ field: "fundingEndsOn", message: "must not be before fundingStartsOn" });
  const deadline = input.deadline ?? current?.deadline;
  const published = input.publishedOn !== undefined ? input.publishedOn : (current?.publishedOn ?? null);
  if (deadline && published && deadline.toISOString().slice(0, 10) < published)
    problems.push({ field: "deadline", message: "must not be before publishedOn" });
  if (deadline && Number.isNaN(deadline.getTime())) problems.push({ field: "deadline", message: "is not a date" });
  const topicKeys = (input.topics ?? []).map((t) => t.key);
  if (new Set(topicKeys).size !== topicKeys.length) problems.push({ field: "topics", message: "each topic only once" });
  if (input.status === CallStatus.CLOSED) problems.push({ field: "status", message: "use closeCall to close a call" });
  if (current?.status === CallStatus.CLOSED)
    problems.push({ field: "status", message: "a closed call cannot be changed" });
  if (current?.status === CallStatus.OPEN && input.status === CallStatus.DRAFT)
    problems.push({ field: "status", message: "an open call cannot go back to draft" });
  if (input.eligibleMemberships && input.eligibleMemberships.length === 0)
    problems.push({ field: "eligibleMemberships", message: "at least one" });
  if (input.programmeId && !(await db.getRepository(FundingProgramme).existsBy({ id: input.programmeId }))) {
    problems.push({ field: "programmeId", message: "no such programme" });
  }
  if (problems.length > 0) throw new BadUserInputError("Invalid call", problems);
  await assertTaxonomyKeys(db, [
    { field: "topics", taxonomy: "topics", keys: topicKeys },
    { field: "targetGroups", taxonomy: "targetGroups", keys: input.targetGroups },
    { field: "districts", taxonomy: "districts", keys: input.districts },
    { field: "languages", taxonomy: "languages", keys: input.languages },
  ]);
}

const CALL_COLUMNS: ColumnMapping<UpdateCallInput, CallForProposals> = {
  title: (title) => ({ title: title.trim() }),
  description: "description",
  programmeId: "programmeId",
  publishedOn: "publishedOn",
  deadline: "deadline",
  fundingStartsOn: "fundingStartsOn",
  fundingEndsOn: "fundingEndsOn",
  budgetMin: "budgetMin",
  budgetMax: "budgetMax",
  topics: (topics) => ({ topicWeights: topics.map((t) => ({ key: t.key, weight: t.weight })) }),
  targetGroups: (keys) => ({ targetGroupKeys: [...new Set(keys)] }),
  districts: (keys) => ({ districtKeys: [...new Set(keys)] }),
  languages: (keys) => ({ languageKeys: [...new Set(keys)] }),
  tandemsWanted: "tandemsWanted",
  maxTandemsPerOrganisation: "maxTandemsPerOrganisation",
  eligibleMemberships: (kinds) => ({ eligibleMemberships: [...new Set(kinds)] }),
  documentLinks: (links) => ({ documentLinks: links.map((l) => ({ label: l.label.trim(), url: l.url.trim() })) }),
  status: "status",
};

/** What the audit log compares of a call (not the version or timestamps). */
const AUDITED_CALL_FIELDS = [
  "title",
  "description",
  "programmeId",
  "publishedOn",
  "deadline",
  "fundingStartsOn",
  "fundingEndsOn",
  "budgetMin",
  "budgetMax",
  "topicWeights",
  "targetGroupKeys",
  "districtKeys",
  "languageKeys",
  "tandemsWanted",
  "maxTandemsPerOrganisation",
  "eligibleMemberships",
  "documentLinks",
  "status",
] as const satisfies readonly (keyof CallForProposals)[];

async function auditCall(
  db: EntityManager,
  ctx: RequestContext,
  action: AuditAction,
  before: CallForProposals | null,
  after: CallForProposals,
): Promise<void> {
  await recordAudit(db, ctx, {
    action,
    entityType: AuditEntityType.CALL,
    entityId: after.id,
    changes: diffPicked(before, after, AUDITED_CALL_FIELDS),
    label: after.title,
  });
}

/**
 * An open call always says when it was published: the day it opens, unless the office gave another
 * date (e.g. the funder's); clearing the date of an open call keeps the one it had.
 */
function publicationOnOpening(
  input: CallWrite,
  current: CallForProposals | null,
): { publishedOn: string } | Record<string, never> {
  const status = input.status ?? current?.status ?? CallStatus.DRAFT;
  const given = input.publishedOn !== undefined ? input.publishedOn : (current?.publishedOn ?? null);
  if (status !== CallStatus.OPEN || given) return {};
  // The network works in Hannover: "today" is the day there.
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(new Date());
  return { publishedOn: current?.publishedOn ?? today };
}

export async function createCall(ctx: RequestContext, input: CreateCallInput): Promise<CallForProposals> {
  return ctx.dataSource.transaction(async (db) => {
    await assertValidCall(db, input, null);
    const saved = await db.getRepository(CallForProposals).save(
      db.create(CallForProposals, {
        status: CallStatus.DRAFT,
        ...columnsFrom(input, CALL_COLUMNS),
        ...publicationOnOpening(input, null),
      }),
    );
    const created = await db.getRepository(CallForProposals).findOneByOrFail({ id: saved.id });
    await auditCall(db, ctx, AuditAction.CREATE, null, created);
    return created;
  });
}

/** Updates a call; with expectedVersion a concurrent edit is refused with CONFLICT. */
export async function updateCall(
  ctx: RequestContext,
  id: string,
  input: UpdateCallInput,
  expectedVersion?: number | null,
): Promise<CallForProposals> {
  return ctx.dataSource.transaction(async (db) => {
    const current = isUuid(id) ? await db.getRepository(CallForProposals).findOneBy({ id }) : null;
    if (!current) throw new NotFoundError("Call", id);
    await assertValidCall(db, input, current);
    await updateVersioned(db, CallForProposals, {
      what: "call",
      id,
      expectedVersion,
      set: { ...columnsFrom(input, CALL_COLUMNS), ...publicationOnOpening(input, current), updatedAt: () => "now()" },
    });
    const updated = await db.getRepository(CallForProposals).findOneByOrFail({ id });
    await auditCall(db, ctx, AuditAction.UPDATE, current, updated);
    return updated;
  });
}

/** Closes a call; closing a closed call changes nothing and records nothing. */
export async function closeCall(ctx: RequestContext, id: string): Promise<CallForProposals> {
  return ctx.dataSource.transaction(async (db) => {
    const call = isUuid(id) ? await db.getRepository(CallForProposals).findOneBy({ id }) : null;
    if (!call) throw new NotFoundError("Call", id);
    if (call.status === CallStatus.CLOSED) return call;
    const result = await db
      .createQueryBuilder()
      .update(CallForProposals)
      .set({ status: CallStatus.CLOSED })
      .where("id = :id AND status <> 'CLOSED'", { id })
      .execute();
    const closed = await db.getRepository(CallForProposals).findOneByOrFail({ id });
    if (result.affected) await auditCall(db, ctx, AuditAction.UPDATE, call, closed);
    return closed;
  });
}
