import { ArgsType, Field, Float, ID, InputType, Int } from "type-graphql";
import { ArrayMaxSize, IsOptional, IsUrl, IsUUID, Length, Max, MaxLength, Min, ValidateNested } from "class-validator";
import { CALL_LIMITS, MAX_AMOUNT, TAXONOMY_KEY_MAX_LENGTH } from "@album/shared";
import { DateOnlyScalar } from "../../graphql/scalars";
import { PageArgs } from "../../graphql/pagination";
import { MembershipKind } from "../network/network.enums";
import { CallStatus } from "./call.entity";
import { IsVisibleText } from "../../graphql/input-hygiene";

@InputType()
export class CallTopicInput {
  @Field(() => String)
  @MaxLength(TAXONOMY_KEY_MAX_LENGTH)
  key!: string;

  @Field(() => Float, { description: "Relative importance, greater than 0 and at most 10" })
  @Min(CALL_LIMITS.topicWeight.min)
  @Max(CALL_LIMITS.topicWeight.max)
  weight!: number;
}

@InputType()
export class CallDocumentLinkInput {
  @Field(() => String)
  @Length(CALL_LIMITS.documentLinkLabel.min, CALL_LIMITS.documentLinkLabel.max)
  @IsVisibleText(CALL_LIMITS.documentLinkLabel.min)
  label!: string;

  @Field(() => String, { description: "http or https address" })
  @MaxLength(CALL_LIMITS.documentLinkUrl)
  @IsUrl({ protocols: ["http", "https"], require_protocol: true }, { message: "url must be an http(s) address" })
  url!: string;
}

/** Fields of a call; on update every field is optional. */
@InputType()
class CallFields {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(CALL_LIMITS.description)
  description?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all")
  programmeId?: string | null;

  @Field(() => DateOnlyScalar, { nullable: true })
  @IsOptional()
  publishedOn?: string | null;

  @Field(() => DateOnlyScalar, { nullable: true })
  @IsOptional()
  fundingStartsOn?: string | null;

  @Field(() => DateOnlyScalar, { nullable: true })
  @IsOptional()
  fundingEndsOn?: string | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(MAX_AMOUNT)
  budgetMin?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(MAX_AMOUNT)
  budgetMax?: number | null;

  @Field(() => [CallTopicInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(CALL_LIMITS.topics)
  @ValidateNested({ each: true })
  topics?: CallTopicInput[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(30)
  targetGroups?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(30)
  districts?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(30)
  languages?: string[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(CALL_LIMITS.tandemsWanted.min)
  @Max(CALL_LIMITS.tandemsWanted.max)
  tandemsWanted?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(CALL_LIMITS.maxTandemsPerOrganisation.min)
  @Max(CALL_LIMITS.maxTandemsPerOrganisation.max)
  maxTandemsPerOrganisation?: number;

  @Field(() => [MembershipKind], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(4)
  eligibleMemberships?: MembershipKind[];

  @Field(() => [CallDocumentLinkInput], { nullable: true, description: "Replaces the call's document links" })
  @IsOptional()
  @ArrayMaxSize(CALL_LIMITS.documentLinks)
  @ValidateNested({ each: true })
  documentLinks?: CallDocumentLinkInput[];

  @Field(() => CallStatus, { nullable: true, description: "DRAFT (default) or OPEN; close with closeCall" })
  @IsOptional()
  status?: CallStatus;
}

@InputType()
export class CreateCallInput extends CallFields {
  @Field(() => String)
  @Length(CALL_LIMITS.title.min, CALL_LIMITS.title.max)
  @IsVisibleText(CALL_LIMITS.title.min)
  title!: string;

  @Field(() => Date)
  deadline!: Date;
}

@InputType()
export class UpdateCallInput extends CallFields {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(CALL_LIMITS.title.min, CALL_LIMITS.title.max)
  @IsVisibleText(CALL_LIMITS.title.min)
  title?: string;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  deadline?: Date;
}

@InputType()
export class CallFilter {
  @Field(() => [CallStatus], { nullable: true })
  @IsOptional()
  statuses?: CallStatus[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all")
  programmeId?: string;

  @Field(() => Date, { nullable: true, description: "Deadline on or after" })
  @IsOptional()
  deadlineFrom?: Date;

  @Field(() => Date, { nullable: true, description: "Deadline on or before" })
  @IsOptional()
  deadlineTo?: Date;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  search?: string;
}

@ArgsType()
export class CallsArgs extends PageArgs {
  @Field(() => CallFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: CallFilter;
}
