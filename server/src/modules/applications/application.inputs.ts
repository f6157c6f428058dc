import { ArgsType, Field, Float, ID, InputType, Int } from "type-graphql";
import { ArrayMaxSize, IsOptional, IsUUID, Length, Max, MaxLength, Min, ValidateNested } from "class-validator";
import { APPLICATION_LIMITS, MAX_AMOUNT } from "@album/shared";
import { PageArgs } from "../../graphql/pagination";
import { DateOnlyScalar } from "../../graphql/scalars";
import { ApplicationStatus } from "./application-status.enums";
import { MilestoneKind } from "./application.enums";
import { IsVisibleText } from "../../graphql/input-hygiene";

@InputType()
export class TandemInput {
  @Field(() => ID)
  @IsUUID("all", { message: "migrantOrganisationId must be an organisation id" })
  migrantOrganisationId!: string;

  @Field(() => ID)
  @IsUUID("all", { message: "educationalInstitutionId must be an organisation id" })
  educationalInstitutionId!: string;

  @Field(() => Float, { description: "Euros; the shares of all tandems add up to the requested amount" })
  @Min(0)
  @Max(MAX_AMOUNT)
  budgetShare!: number;
}

@InputType()
export class BudgetShareInput {
  @Field(() => ID, { description: "A participating organisation of the application" })
  @IsUUID("all", { message: "organisationId must be an organisation id" })
  organisationId!: string;

  @Field(() => ID, { nullable: true, description: "One of the application's tandems the organisation is part of" })
  @IsOptional()
  @IsUUID("all", { message: "tandemId must be a tandem id" })
  tandemId?: string | null;

  @Field(() => Float, {
    description: "Euros the funder pays this organisation; all shares add up to the requested (or approved) amount",
  })
  @Min(0)
  @Max(MAX_AMOUNT)
  funderShare!: number;

  @Field(() => Float, { nullable: true, description: "Euros of own contribution or co-financing; 0 when left out" })
  @IsOptional()
  @Min(0)
  @Max(MAX_AMOUNT)
  ownContribution?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Euros; when given, must equal ownContribution + funderShare (a check of what the form added up)",
  })
  @IsOptional()
  @Min(0)
  @Max(2 * MAX_AMOUNT)
  total?: number | null;
}

@ArgsType()
export class SetBudgetSharesArgs {
  @Field(() => ID)
  applicationId!: string;

  @Field(() => Int, { description: "The version the change is based on; a stale one is refused with CONFLICT" })
  expectedVersion!: number;

  @Field(() => [BudgetShareInput], { description: "Replaces the split; an empty list removes it" })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  shares!: BudgetShareInput[];
}

@InputType()
export class CreateApplicationInput {
  @Field(() => ID)
  @IsUUID("all", { message: "callId must be a call id" })
  callId!: string;

  @Field(() => String)
  @Length(APPLICATION_LIMITS.title.min, APPLICATION_LIMITS.title.max)
  @IsVisibleText(APPLICATION_LIMITS.title.min)
  title!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(APPLICATION_LIMITS.description)
  description?: string;

  @Field(() => [TandemInput], { nullable: true, description: "Tandems with their budget shares" })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  tandems?: TandemInput[];

  @Field(() => [ID], {
    nullable: true,
    description:
      "Accepted tandem requests of the call to take as tandems; the part of the budget not given to listed tandems is split equally among them",
  })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsUUID("all", { each: true, message: "fromTandemRequestIds must be tandem request ids" })
  fromTandemRequestIds?: string[];

  @Field(() => Float, { description: "Euros" })
  @Min(0)
  @Max(MAX_AMOUNT)
  requestedAmount!: number;

  @Field(() => ID, { nullable: true, description: "Defaults to the coordination office" })
  @IsOptional()
  @IsUUID("all", { message: "leadOrganisationId must be an organisation id" })
  leadOrganisationId?: string;
}

@InputType()
export class UpdateApplicationInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(APPLICATION_LIMITS.title.min, APPLICATION_LIMITS.title.max)
  @IsVisibleText(APPLICATION_LIMITS.title.min)
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(APPLICATION_LIMITS.description)
  description?: string;

  @Field(() => [TandemInput], {
    nullable: true,
    description: "Replaces all tandems (only before submission or in rework)",
  })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  tandems?: TandemInput[];

  @Field(() => Float, { nullable: true, description: "Euros (only before submission or in rework)" })
  @IsOptional()
  @Min(0)
  @Max(MAX_AMOUNT)
  requestedAmount?: number;

  @Field(() => DateOnlyScalar, {
    nullable: true,
    description: "Start of the funding period; funding is attributed to its year",
  })
  @IsOptional()
  startsOn?: string | null;

  @Field(() => DateOnlyScalar, { nullable: true })
  @IsOptional()
  endsOn?: string | null;
}

@InputType()
export class MilestoneInput {
  @Field(() => MilestoneKind)
  kind!: MilestoneKind;

  @Field(() => String)
  @Length(APPLICATION_LIMITS.milestoneTitle.min, APPLICATION_LIMITS.milestoneTitle.max)
  @IsVisibleText(APPLICATION_LIMITS.milestoneTitle.min)
  title!: string;

  @Field(() => Date)
  dueAt!: Date;
}

@InputType()
export class ApplicationFilter {
  @Field(() => [ApplicationStatus], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(9)
  statuses?: ApplicationStatus[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all")
  callId?: string;

  @Field(() => ID, { nullable: true, description: "Applications this organisation leads or takes part in" })
  @IsOptional()
  @IsUUID("all")
  organisationId?: string;

  @Field(() => Date, { nullable: true, description: "Has an open milestone or its call's deadline on or after" })
  @IsOptional()
  deadlineFrom?: Date;

  @Field(() => Date, { nullable: true, description: "Has an open milestone or its call's deadline on or before" })
  @IsOptional()
  deadlineTo?: Date;

  @Field(() => String, { nullable: true, description: "Part of the title" })
  @IsOptional()
  @MaxLength(100)
  search?: string;
}

@ArgsType()
export class ApplicationsArgs extends PageArgs {
  @Field(() => ApplicationFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: ApplicationFilter;
}

@ArgsType()
export class TransitionApplicationArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => ApplicationStatus)
  to!: ApplicationStatus;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(APPLICATION_LIMITS.transitionComment)
  comment?: string;

  @Field(() => Int, { description: "The version the change is based on; a stale one is refused with CONFLICT" })
  expectedVersion!: number;

  @Field(() => Float, { nullable: true, description: "Euros; required when approving" })
  @IsOptional()
  @Min(0)
  @Max(MAX_AMOUNT)
  approvedAmount?: number;

  @Field(() => [BudgetShareInput], {
    nullable: true,
    description:
      "When approving: the split of the approved amount per organisation (see proposedApprovedSplit); required when the application has a split that does not add up to the approved amount",
  })
  @IsOptional()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  approvedBudgetShares?: BudgetShareInput[] | null;

  @Field(() => Int, { nullable: true, description: "People reached; recorded when completing" })
  @IsOptional()
  @Min(0)
  @Max(10_000_000)
  participantsReached?: number;
}
