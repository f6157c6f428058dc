import type { RequestContext } from "../../graphql/context";
import { Application } from "./application.entity";
import { ApplicationStatus } from "./application-status.enums";
import { applicationLoaders } from "./application.loaders";

/** Running and completed applications are the network's public projects. */
export const PUBLIC_STATUSES = new Set([ApplicationStatus.RUNNING, ApplicationStatus.COMPLETED]);

/**
 * Unpublished funding plans stay private: everyone sees projects, the office sees everything,
 * a member sees the applications its own organisation takes part in.
 */
export async function filterVisibleApplications(
  ctx: RequestContext,
  applications: Application[],
): Promise<Application[]> {
  if (ctx.user?.role === "COORDINATOR") return applications;
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
