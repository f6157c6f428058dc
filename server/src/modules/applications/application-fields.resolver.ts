import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { Application } from "./application.entity";
import { ApplicationStatus } from "./application-status.enums";
import { Organisation } from "../network/organisation.entity";
import { CallForProposals } from "../calls/call.entity";
import { ApplicationTandem } from "./application-tandem.entity";
import { ApplicationStatusChange } from "./application-status-change.entity";
import { ApplicationMilestone } from "./application-milestone.entity";
import { StatusChangeAuthor } from "./application.types";
import { allowedTransitions } from "./application-lifecycle";
import { mayReadApplication } from "./application-access";

/**
 * Columns each field resolver of ApplicationDetailsResolver reads from its application, for
 * `projectionFor` (shared/projection.ts): keep in step with the resolvers below.
 */
export const APPLICATION_RESOLVER_NEEDS: Readonly<Record<string, readonly string[]>> = {
  call: ["callId"],
  tandems: ["id"],
  // mayReadApplication (application-access.ts)
  statusHistory: ["id", "leadOrganisationId"],
  milestones: ["id", "leadOrganisationId"],
  nextDeadline: ["id", "leadOrganisationId"],
  allowedTransitions: ["status"],
};

/**
 * An application's parts. Tandems are as public as the application (its participants are);
 * history, milestones and the next deadline are working data for the office and the partners
 * taking part, so others get empty lists on the public projects of organisation pages.
 */
@Resolver(() => Application)
export class ApplicationDetailsResolver {
  @FieldResolver(() => CallForProposals, { nullable: true })
  call(@Root() application: Application, @Ctx() ctx: RequestContext): Promise<CallForProposals | null> | null {
    return application.callId ? ctx.loaders.callById.load(application.callId) : null;
  }

  @FieldResolver(() => [ApplicationTandem])
  tandems(@Root() application: Application, @Ctx() ctx: RequestContext): Promise<ApplicationTandem[]> {
    return ctx.loaders.tandemsByApplication.load(application.id);
  }

  @FieldResolver(() => [ApplicationStatusChange], {
    description: "Oldest first; for the office and participating partners",
  })
  async statusHistory(
    @Root() application: Application,
    @Ctx() ctx: RequestContext,
  ): Promise<ApplicationStatusChange[]> {
    return (await mayReadApplication(ctx, application))
      ? ctx.loaders.statusHistoryByApplication.load(application.id)
      : [];
  }

  @FieldResolver(() => [ApplicationMilestone], {
    description: "By due date; for the office and participating partners",
  })
  async milestones(@Root() application: Application, @Ctx() ctx: RequestContext): Promise<ApplicationMilestone[]> {
    return (await mayReadApplication(ctx, application)) ? ctx.loaders.milestonesByApplication.load(application.id) : [];
  }

  @FieldResolver(() => Date, { nullable: true, description: "Due date of the earliest open milestone" })
  async nextDeadline(@Root() application: Application, @Ctx() ctx: RequestContext): Promise<Date | null> {
    if (!(await mayReadApplication(ctx, application))) return null;
    const open = (await ctx.loaders.milestonesByApplication.load(application.id)).filter((m) => m.doneAt === null);
    return open[0]?.dueAt ?? null;
  }

  @FieldResolver(() => [ApplicationStatus], {
    description: "The moves the viewer may make now (only the office moves applications)",
  })
  allowedTransitions(@Root() application: Application, @Ctx() ctx: RequestContext): readonly ApplicationStatus[] {
    return ctx.user?.role === "COORDINATOR" ? allowedTransitions(application.status) : [];
  }
}

@Resolver(() => ApplicationTandem)
export class ApplicationTandemResolver {
  @FieldResolver(() => Organisation)
  async migrantOrganisation(@Root() tandem: ApplicationTandem, @Ctx() ctx: RequestContext): Promise<Organisation> {
    return (await ctx.loaders.organisationById.load(tandem.migrantOrganisationId))!;
  }

  @FieldResolver(() => Organisation)
  async educationalInstitution(@Root() tandem: ApplicationTandem, @Ctx() ctx: RequestContext): Promise<Organisation> {
    return (await ctx.loaders.organisationById.load(tandem.educationalInstitutionId))!;
  }
}

@Resolver(() => ApplicationStatusChange)
export class ApplicationStatusChangeResolver {
  @FieldResolver(() => StatusChangeAuthor, { nullable: true, description: "Null when the account no longer exists" })
  async by(@Root() change: ApplicationStatusChange, @Ctx() ctx: RequestContext): Promise<StatusChangeAuthor | null> {
    const user = change.userId ? await ctx.loaders.userById.load(change.userId) : null;
    return user ? { id: user.id, displayName: user.displayName } : null;
  }
}
