import type { EntityManager, SelectQueryBuilder } from "typeorm";
import type { RequestContext, SessionUser } from "../../graphql/context";
import { ForbiddenError } from "../../graphql/auth";
import { pageWindow, toLazyPage, type Page } from "../../graphql/pagination";
import { isUuid } from "../../db/ids";
import { Application } from "./application.entity";
import {
  assertMayFilterByOrganisation,
  mayReadApplication,
  requireApplicationReader,
  restrictToReadable,
  involvesOrganisation,
} from "./application-access";
import type { ApplicationFilter, ApplicationsArgs } from "./application.inputs";

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

/** One application for the office or a partner taking part; FORBIDDEN for others' applications. */
export async function findApplication(ctx: RequestContext, id: string): Promise<Application | null> {
  requireApplicationReader(ctx);
  if (!isUuid(id)) return null;
  const application = await ctx.db.getRepository(Application).findOneBy({ id });
  if (!application) return null;
  if (!(await mayReadApplication(ctx, application)))
    throw new ForbiddenError("You may read only your own organisation's applications");
  return application;
}

/**
 * The applications (alias `a`) a user may read that match the filter, unordered. The one filter
 * implementation behind `applications(filter)` and the CSV/XLSX exports, so that both always
 * agree; a partner asking for another organisation gets FORBIDDEN rather than an empty answer.
 */
export function readableApplicationsQuery(
  db: EntityManager,
  user: SessionUser,
  filter: ApplicationFilter | null | undefined,
): SelectQueryBuilder<Application> {
  assertMayFilterByOrganisation(user, filter?.organisationId);
  const query = restrictToReadable(db.getRepository(Application).createQueryBuilder("a"), user);
  if (filter?.statuses?.length) query.andWhere("a.status IN (:...statuses)", { statuses: filter.statuses });
  if (filter?.callId) query.andWhere("a.call_id = :callId", { callId: filter.callId });
  if (filter?.organisationId)
    query.andWhere(involvesOrganisation("a", "organisationId"), { organisationId: filter.organisationId });
  if (filter?.search?.trim())
    query.andWhere("a.title ILIKE :search", { search: `%${escapeLike(filter.search.trim())}%` });
  if (filter?.deadlineFrom || filter?.deadlineTo) {
    // An application's deadlines: its open milestones and its call's deadline.
    const from = filter.deadlineFrom ?? new Date(0);
    const to = filter.deadlineTo ?? new Date("9999-12-31T00:00:00Z");
    query.andWhere(
      `(EXISTS (SELECT 1 FROM application_milestone m WHERE m.application_id = a.id AND m.done_at IS NULL AND m.due_at BETWEEN :deadlineFrom AND :deadlineTo)
        OR EXISTS (SELECT 1 FROM call_for_proposals c WHERE c.id = a.call_id AND c.deadline BETWEEN :deadlineFrom AND :deadlineTo))`,
      { deadlineFrom: from, deadlineTo: to },
    );
  }
  return query;
}

/** The applications the viewer may read, filtered, newest first, paged. */
export async function listApplications(ctx: RequestContext, args: ApplicationsArgs): Promise<Page<Application>> {
  const user = requireApplicationReader(ctx);
  const window = pageWindow(args);
  const query = readableApplicationsQuery(ctx.db, user, args.filter);
  const count = () => query.clone().getCount();
  if (window.limit === 0) return toLazyPage([], window, count);
  const rows = await query
    .orderBy("a.created_at", "DESC")
    .addOrderBy("a.id", "DESC")
    .offset(window.offset)
    .limit(window.limit + 1)
    .getMany();
  return toLazyPage(rows, window, count);
}
