import { Ctx, FieldResolver, Float, Resolver, Root } from "type-graphql";
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
import { canOnApplications, mayReadApplication } from "./application-access";
import { accountsLoaders } from "../accounts/accounts.loaders";
import { applicationLoaders } from "./application.loaders";
import { callLoaders } from "../calls/call.loaders";
import { networkLoaders } from "../network/network.loaders";
import { Topic } from "../network/taxonomy.entity";
import { FundingProgramme } from "../funding/programme.entity";
import { fundingLoaders } from "../funding/funding.loaders";
import { loadKeys } from "../../shared/load-keys";
import { ApplicationParticipant } from "./application-participant.entity";
import { FieldSource, fieldSources } from "../network/provenance";
import { ApplicationBudgetShare } from "./application-budget-share.entity";
import { ApplicationBudgetTotals } from "./application-budget.types";
import { budgetTotals } from "./application-budget-shares";
import { fromCents, toCents } from "./application-budget";

/**
 * Columns each field resolver of ApplicationDetailsResolver reads from its application, for
 * `projectionFor` (shared/projection.ts): keep in step with the resolvers below.
 */
export const APPLICATION_RESOLVER_NEEDS: Readonly<Record<string, readonly string[]>> = {
  call: ["callId"],
  tandems: ["id"],
  budgetShares: ["id"],
  budgetTotals: ["id", "status", "requestedAmount", "approvedAmount"],
  // mayReadApplication (application-access.ts)
  statusHistory: ["id", "leadOrganisationId"],
  milestones: ["id", "leadOrganisationId"],
  nextDeadline: ["id", "leadOrganisationId"],
  allowedTransitions: ["status"],
  sources: ["provenance"],
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
    return application.callId ? callLoaders(ctx).callById.load(application.callId) : null;
  }

  @FieldResolver(() => [FieldSource], {
    description:
      "Where each field of a project taken from the network's report comes from (DOCUMENT with the report's section and state, or ILLUSTRATIVE); empty for applications entered on the platform",
  })
  sources(@Root() application: Application): FieldSource[] {
    return fieldSources(application.provenance);
  }

  @FieldResolver(() => [ApplicationTandem])
  tandems(@Root() application: Application, @Ctx() ctx: RequestContext): Promise<ApplicationTandem[]> {
    return applicationLoaders(ctx).tandemsByApplication.load(application.id);
  }

  @FieldResolver(() => [ApplicationBudgetShare], {
    description:
      "The budget per participating organisation (optionally per tandem): funder's share and own contribution; as public as the amounts and tandems",
  })
  budgetShares(@Root() application: Application, @Ctx() ctx: RequestContext): Promise<ApplicationBudgetShare[]> {
    return applicationLoaders(ctx).budgetSharesByApplication.load(application.id);
  }

  @FieldResolver(() => ApplicationBudgetTotals, {
    description: "The per-organisation split summed up against its target",
  })
  async budgetTotals(@Root() application: Application, @Ctx() ctx: RequestContext): Promise<ApplicationBudgetTotals> {
    return budgetTotals(application, await applicationLoaders(ctx).budgetSharesByApplication.load(application.id));
  }

  @FieldResolver(() => [ApplicationStatusChange], {
    description: "Oldest first; for the office and participating partners",
  })
  async statusHistory(
    @Root() application: Application,
    @Ctx() ctx: RequestContext,
  ): Promise<ApplicationStatusChange[]> {
    return (await mayReadApplication(ctx, application))
      ? applicationLoaders(ctx).statusHistoryByApplication.load(application.id)
      : [];
  }

  @FieldResolver(() => [ApplicationMilestone], {
    description: "By due date; for the office and participating partners",
  })
  async milestones(@Root() application: Application, @Ctx() ctx: RequestContext): Promise<ApplicationMilestone[]> {
    return (await mayReadApplication(ctx, application))
      ? applicationLoaders(ctx).milestonesByApplication.load(application.id)
      : [];
  }

  @FieldResolver(() => Date, { nullable: true, description: "Due date of the earliest open milestone" })
  async nextDeadline(@Root() application: Application, @Ctx() ctx: RequestContext): Promise<Date | null> {
    if (!(await mayReadApplication(ctx, application))) return null;
    const open = (await applicationLoaders(ctx).milestonesByApplication.load(application.id)).filter(
      (m) => m.doneAt === null,
    );
    return open[0]?.dueAt ?? null;
  }

  @FieldResolver(() => [ApplicationStatus], {
    description: "The moves the viewer may make now (only the office moves applications)",
  })
  allowedTransitions(@Root() application: Application, @Ctx() ctx: RequestContext): readonly ApplicationStatus[] {
    return canOnApplications(ctx.user, "move") ? allowedTransitions(application.status) : [];
  }
}

@Resolver(() => ApplicationTandem)
export class ApplicationTandemResolver {
  @FieldResolver(() => Organisation)
  async migrantOrganisation(@Root() tandem: ApplicationTandem, @Ctx() ctx: RequestContext): Promise<Organisation> {
    return (await networkLoaders(ctx).organisationById.load(tandem.migrantOrganisationId))!;
  }

  @FieldResolver(() => Organisation)
  async educationalInstitution(@Root() tandem: ApplicationTandem, @Ctx() ctx: RequestContext): Promise<Organisation> {
    return (await networkLoaders(ctx).organisationById.load(tandem.educationalInstitutionId))!;
  }
}

@Resolver(() => ApplicationBudgetShare)
export class ApplicationBudgetShareResolver {
  @FieldResolver(() => Organisation)
  async organisation(@Root() share: ApplicationBudgetShare, @Ctx() ctx: RequestContext): Promise<Organisation> {
    return (await networkLoaders(ctx).organisationById.load(share.organisationId))!;
  }

  @FieldResolver(() => ApplicationTandem, { nullable: true })
  async tandem(@Root() share: ApplicationBudgetShare, @Ctx() ctx: RequestContext): Promise<ApplicationTandem | null> {
    if (!share.tandemId) return null;
    const tandems = await applicationLoaders(ctx).tandemsByApplication.load(share.applicationId);
    return tandems.find((tandem) => tandem.id === share.tandemId) ?? null;
  }

  @FieldResolver(() => Float, { description: "Euros: funderShare + ownContribution" })
  total(@Root() share: ApplicationBudgetShare): number {
    return fromCents(toCents(share.funderShare) + toCents(share.ownContribution));
  }
}

@Resolver(() => ApplicationStatusChange)
export class ApplicationStatusChangeResolver {
  @FieldResolver(() => StatusChangeAuthor, { nullable: true, description: "Null when the account no longer exists" })
  async by(@Root() change: ApplicationStatusChange, @Ctx() ctx: RequestContext): Promise<StatusChangeAuthor | null> {
    const user = change.userId ? await accountsLoaders(ctx).userById.load(change.userId) : null;
    return user ? { id: user.id, displayName: user.displayName } : null;
  }
}

@Resolver(() => Application)
export class ApplicationFieldResolver {
  @FieldResolver(() => FundingProgramme, { nullable: true })
  programme(@Root() application: Application, @Ctx() ctx: RequestContext): Promise<FundingProgramme | null> | null {
    return application.programmeId ? fundingLoaders(ctx).programmeById.load(application.programmeId) : null;
  }

  @FieldResolver(() => [Organisation])
  funders(@Root() application: Application, @Ctx() ctx: RequestContext): Promise<Organisation[]> {
    return loadKeys(networkLoaders(ctx).organisationById, application.funderIds);
  }

  @FieldResolver(() => Organisation)
  async leadOrganisation(@Root() application: Application, @Ctx() ctx: RequestContext): Promise<Organisation> {
    return (await networkLoaders(ctx).organisationById.load(application.leadOrganisationId))!;
  }

  @FieldResolver(() => [ApplicationParticipant])
  participants(@Root() application: Application, @Ctx() ctx: RequestContext): Promise<ApplicationParticipant[]> {
    return applicationLoaders(ctx).participantsByApplication.load(application.id);
  }

  @FieldResolver(() => [Topic])
  async topics(@Root() application: Application, @Ctx() ctx: RequestContext): Promise<Topic[]> {
    const rows = await networkLoaders(ctx).topicByKey.loadMany(application.topicKeys);
    return rows.filter((row): row is Topic => row instanceof Topic);
  }
}

@Resolver(() => ApplicationParticipant)
export class ApplicationParticipantResolver {
  @FieldResolver(() => Organisation)
  async organisation(@Root() participant: ApplicationParticipant, @Ctx() ctx: RequestContext): Promise<Organisation> {
    return (await networkLoaders(ctx).organisationById.load(participant.organisationId))!;
  }
}
