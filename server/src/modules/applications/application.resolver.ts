import { Arg, Args, Authorized, Ctx, Float, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { ConnectionType, type Page } from "../../graphql/pagination";
import { Application } from "./application.entity";
import { ApplicationMilestone } from "./application-milestone.entity";
import {
  ApplicationsArgs,
  CreateApplicationInput,
  MilestoneInput,
  SetBudgetSharesArgs,
  TransitionApplicationArgs,
  UpdateApplicationInput,
} from "./application.inputs";
import * as applications from "./application.service";
import { findApplication, listApplications } from "./application-query.service";
import { transitionApplication } from "./application-transition.service";
import * as milestones from "./milestone.service";
import { proposeApprovedSplit, setBudgetShares } from "./application-budget-shares";
import { ApprovedSplitProposal } from "./application-budget.types";

const ApplicationConnection = ConnectionType(Application, "Application");

@Resolver(() => Application)
export class ApplicationResolver {
  @Authorized("COORDINATOR", "PARTNER")
  @Query(() => ApplicationConnection, {
    description: "The office sees all applications; a partner those its organisation leads or takes part in",
  })
  applications(
    @Ctx() ctx: RequestContext,
    @Args(() => ApplicationsArgs) args: ApplicationsArgs,
  ): Promise<Page<Application>> {
    return listApplications(ctx, args);
  }

  @Authorized("COORDINATOR", "PARTNER")
  @Query(() => Application, { nullable: true })
  application(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string): Promise<Application | null> {
    return findApplication(ctx, id);
  }

  @Authorized("COORDINATOR")
  @Mutation(() => Application, {
    description: "A new DRAFT with its tandems; budget shares must add up to the requested amount",
  })
  createApplication(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => CreateApplicationInput) input: CreateApplicationInput,
  ): Promise<Application> {
    return applications.createApplication(ctx, input);
  }

  @Authorized("COORDINATOR")
  @Mutation(() => Application)
  updateApplication(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateApplicationInput) input: UpdateApplicationInput,
    @Arg("expectedVersion", () => Int) expectedVersion: number,
  ): Promise<Application> {
    return applications.updateApplication(ctx, id, input, expectedVersion);
  }

  @Authorized("COORDINATOR")
  @Mutation(() => Application, {
    description: "Moves along the state machine; a forbidden move names the allowed ones (extensions.allowed)",
  })
  transitionApplication(
    @Ctx() ctx: RequestContext,
    @Args(() => TransitionApplicationArgs) args: TransitionApplicationArgs,
  ): Promise<Application> {
    return transitionApplication(ctx, args);
  }

  @Authorized("COORDINATOR")
  @Mutation(() => Application, {
    description:
      "Replaces the budget split per organisation: the funder's shares add up to the requested amount (the approved one once approved), to the cent",
  })
  setApplicationBudgetShares(
    @Ctx() ctx: RequestContext,
    @Args(() => SetBudgetSharesArgs) args: SetBudgetSharesArgs,
  ): Promise<Application> {
    return setBudgetShares(ctx, args);
  }

  @Authorized("COORDINATOR")
  @Query(() => ApprovedSplitProposal, {
    description:
      "Before approving: whether the amount needs a new split, and the current split scaled to it (largest remainder, to the cent)",
  })
  proposedApprovedSplit(
    @Ctx() ctx: RequestContext,
    @Arg("applicationId", () => ID) applicationId: string,
    @Arg("approvedAmount", () => Float) approvedAmount: number,
  ): Promise<ApprovedSplitProposal> {
    return proposeApprovedSplit(ctx, applicationId, approvedAmount);
  }

  @Authorized("COORDINATOR")
  @Mutation(() => ApplicationMilestone)
  addMilestone(
    @Ctx() ctx: RequestContext,
    @Arg("applicationId", () => ID) applicationId: string,
    @Arg("input", () => MilestoneInput) input: MilestoneInput,
  ): Promise<ApplicationMilestone> {
    return milestones.addMilestone(ctx, applicationId, input);
  }

  @Authorized("COORDINATOR")
  @Mutation(() => ApplicationMilestone, {
    description: "Changes a milestone's kind, title and due date; whether it is done stays as it was",
  })
  updateMilestone(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => MilestoneInput) input: MilestoneInput,
  ): Promise<ApplicationMilestone> {
    return milestones.updateMilestone(ctx, id, input);
  }

  @Authorized("COORDINATOR")
  @Mutation(() => ApplicationMilestone, { description: "Marks a milestone done, or open again with done: false" })
  completeMilestone(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("done", () => Boolean, { nullable: true, defaultValue: true }) done: boolean,
  ): Promise<ApplicationMilestone> {
    return milestones.completeMilestone(ctx, id, done);
  }

  @Authorized("COORDINATOR")
  @Mutation(() => Boolean)
  removeMilestone(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string): Promise<boolean> {
    return milestones.removeMilestone(ctx, id);
  }
}
