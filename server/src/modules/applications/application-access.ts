import type { SelectQueryBuilder } from "typeorm";
import type { RequestContext, SessionUser } from "../../graphql/context";
import { ForbiddenError, isCompany, isOffice, requireUser } from "../../graphql/auth";
import type { Application } from "./application.entity";
import { ApplicationStatus } from "./application-status.enums";
import { applicationLoaders } from "./application.loaders";

/**
 * Who may do what with funding applications (DESIGN §6), in one place. Three readers of one rule:
 * - the working view (`application(s)`, exports, deadline feeds, history and milestones): the office
 *   all, a partner those its own organisation leads or takes part in, companies and the public none
 *   (`restrictToReadable` in SQL, `mayReadApplication` per application);
 * - the public projects on organisation pages: running and completed applications for everyone,
 *   the rest as in the working view (`filterVisibleApplications`);
 * - moving an application through its lifecycle and reading every organisation's: the office only.
 */
export type ApplicationAction = "take-part" | "read-all" | "move";

/** Role-level answers that need no particular application. */
export function canOnApplications(viewer: SessionUser | null, action: ApplicationAction): boolean {
  if (!viewer) return false;
  switch (action) {
    case "take-part":
      return !isCompany(viewer);
    case "read-all":
    case "move":
      return isOffice(viewer);
  }
}

/** Running and completed applications are the network's public projects. */
export const PUBLIC_STATUSES = new Set([ApplicationStatus.RUNNING, ApplicationStatus.COMPLETED]);

export function requireApplicationReader(ctx: RequestContext): SessionUser {
  const user = requireUser(ctx);
  if (!canOnApplications(user, "take-part"))
    throw new ForbiddenError("Companies do not take part in funding applications");
  return user;
}

/** A partner may filter by its own organisation only; asking for another is FORBIDDEN, not empty. */
export function assertMayFilterByOrganisation(user: SessionUser, organisationId: string | null | undefined): void {
  if (!canOnApplications(user, "read-all") && organisationId && organisationId !== user.organisationId)
    throw new ForbiddenError("You may read only your own organisation's applications");
}

/** SQL condition: the application (alias) involves the organisation as lead or participant. */
export function involvesOrganisation(alias: string, parameter: string): string {
  return `(${alias}.lead_organisation_id = :${parameter} OR EXISTS (
    SELECT 1 FROM application_participant ap WHERE ap.application_id = ${alias}.id AND ap.organisation_id = :${parameter}))`;
}

/** Restricts a query over applications to what the viewer may read. */
export function restrictToReadable<T extends object>(
  query: SelectQueryBuilder<T>,
  user: SessionUser,
): SelectQueryBuilder<T> {
  if (canOnApplications(user, "read-all")) return query;
  // A partner without an organisation sees nothing; the impossible id keeps the SQL uniform.
  return query.andWhere(involvesOrganisation(query.alias, "viewerOrganisationId"), {
    viewerOrganisationId: user.organisationId ?? "00000000-0000-0000-0000-000000000000",
  });
}

/**
 * Whose applications' milestones the viewer reads in deadline feeds: undefined for none, null for
 * all (the office), else the viewer's own organisation.
 */
export function deadlineScope(user: SessionUser): string | null | undefined {
  if (!canOnApplications(user, "take-part")) return undefined;
  if (canOnApplications(user, "read-all")) return null;
  return user.organisationId ?? undefined;
}

/** Whether the viewer may read this application's internals (history, milestones); batched through the participants loader. */
export async function mayReadApplication(ctx: RequestContext, application: Application): Promise<boolean> {
  const user = ctx.user;
  if (!canOnApplications(user, "take-part")) return false;
  if (canOnApplications(user, "read-all")) return true;
  if (!user!.organisationId) return false;
  if (application.leadOrganisationId === user!.organisationId) return true;
  const participants = await applicationLoaders(ctx).participantsByApplication.load(application.id);
  return participants.some((participant) => participant.organisationId === user!.organisationId);
}

/**
 * Unpublished funding plans stay private: everyone sees projects, the office sees everything,
 * a member sees the applications its own organisation takes part in.
 */
export async function filterVisibleApplications(
  ctx: RequestContext,
  applications: Application[],
): Promise<Application[]> {
  if (canOnApplications(ctx.user, "read-all")) return applications;
  const ownOrganisation = ctx.user?.organisationId ?? null;
  const hidden = applications.filter((application) => !PUBLIC_STATUSES.has(application.status));
  if (hidden.length === 0 || ownOrganisation === null) return applications.filter((a) => PUBLIC_STATUSES.has(a.status));
  const participants = await applicationLoaders(ctx).participantsByApplication.loadMany(hidden.map((a) => a.id));
  const mine = new Set(
    hidden
      .filter((application, index) => {
        const rows = participants[index];
        return (
          application.leadOrganisationId === ownOrganisation ||
          (Array.isArray(rows) && rows.some((row) => row.organisationId === ownOrganisation))
        );
      })
      .map((application) => application.id),
  );
  return applications.filter((application) => PUBLIC_STATUSES.has(application.status) || mine.has(application.id));
}

/**
 * `filterVisibleApplications` as an SQL condition on alias `alias`, for the read planner
 * (organisation-applications.plan.ts): the office all; everyone else the public statuses, and a
 * member also what its organisation (`viewerOrganisation`, a placeholder) leads or takes part in.
 */
export function visibleApplicationsSql(viewer: SessionUser | null, alias: string, viewerOrganisation: string): string {
  if (canOnApplications(viewer, "read-all")) return "TRUE";
  const statuses = [...PUBLIC_STATUSES].map((status) => `'${status}'`).join(", ");
  if (!viewer?.organisationId) return `${alias}.status IN (${statuses})`;
  return `(${alias}.status IN (${statuses}) OR ${alias}.lead_organisation_id = ${viewerOrganisation} OR EXISTS (
    SELECT 1 FROM application_participant ap WHERE ap.application_id = ${alias}.id AND ap.organisation_id = ${viewerOrganisation}))`;
}
