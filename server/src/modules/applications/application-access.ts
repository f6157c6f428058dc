import type { SelectQueryBuilder } from "typeorm";
import type { RequestContext, SessionUser } from "../../graphql/context";
import { ForbiddenError, requireUser } from "../../graphql/auth";
import type { Application } from "./application.entity";
import { applicationLoaders } from "./application.loaders";

/**
 * Who reads applications through `application(s)` (DESIGN §6): the office all, a partner those its
 * own organisation leads or takes part in, companies and the public none. The public projects on
 * organisation pages follow the wider rule in funding/application-visibility.ts.
 */
export function requireApplicationReader(ctx: RequestContext): SessionUser {
  const user = requireUser(ctx);
  if (user.role === "COMPANY") throw new ForbiddenError("Companies do not take part in funding applications");
  return user;
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
  if (user.role === "COORDINATOR") return query;
  // A partner without an organisation sees nothing; the impossible id keeps the SQL uniform.
  return query.andWhere(involvesOrganisation(query.alias, "viewerOrganisationId"), {
    viewerOrganisationId: user.organisationId ?? "00000000-0000-0000-0000-000000000000",
  });
}

/** Whether the viewer may read this application's internals (history, milestones); batched through the participants loader. */
export async function mayReadApplication(ctx: RequestContext, application: Application): Promise<boolean> {
  const user = ctx.user;
  if (!user || user.role === "COMPANY") return false;
  if (user.role === "COORDINATOR") return true;
  if (!user.organisationId) return false;
  if (application.leadOrganisationId === user.organisationId) return true;
  const participants = await applicationLoaders(ctx).participantsByApplication.load(application.id);
  return participants.some((participant) => participant.organisationId === user.organisationId);
}
