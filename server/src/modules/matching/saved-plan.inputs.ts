import { Field, ID, InputType, Int } from "type-graphql";
import { ArrayMaxSize, IsOptional, IsUUID, Length, MaxLength, ValidateNested } from "class-validator";
import { PLAN_LIMITS, PROPOSAL_LIMITS, SAVED_PLAN_LIMITS } from "@album/shared";
import { ScoringWeightsInput, TandemPairInput } from "./matching.types";

/** The plan builder's settings, saved with a name; the server computes the plan again from them. */
@InputType()
export class SaveTandemPlanInput {
  @Field(() => ID)
  @IsUUID("all", { message: "callId must be a call id" })
  callId!: string;

  @Field(() => String)
  @Length(SAVED_PLAN_LIMITS.name.min, SAVED_PLAN_LIMITS.name.max)
  name!: string;

  @Field(() => Int)
  tandems!: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  maxTandemsPerOrganisation?: number;

  @Field(() => [TandemPairInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(PLAN_LIMITS.tandems.max)
  @ValidateNested({ each: true })
  fixedPairs?: TandemPairInput[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(1000)
  excludedOrganisationIds?: string[];

  @Field(() => ScoringWeightsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  weights?: ScoringWeightsInput;

  @Field(() => String, { nullable: true, description: "The language of the saved reasons (de or en)" })
  @IsOptional()
  @MaxLength(10)
  locale?: string;
}

/** The office proposes these pairs as tandems to both organisations of each pair. */
@InputType()
export class ProposeTandemsInput {
  @Field(() => ID)
  @IsUUID("all", { message: "callId must be a call id" })
  callId!: string;

  @Field(() => [TandemPairInput])
  @ArrayMaxSize(PROPOSAL_LIMITS.pairs)
  @ValidateNested({ each: true })
  pairs!: TandemPairInput[];

  @Field(() => String, { nullable: true, description: "The office's note, shown to both sides" })
  @IsOptional()
  @MaxLength(PROPOSAL_LIMITS.note)
  note?: string;

  @Field(() => ID, {
    nullable: true,
    description: "The saved plan the pairs come from: its scores and reasons are sent",
  })
  @IsOptional()
  @IsUUID("all", { message: "savedPlanId must be a saved plan id" })
  savedPlanId?: string;

  @Field(() => String, { nullable: true, description: "Language of the reasons computed now (de or en)" })
  @IsOptional()
  @MaxLength(10)
  locale?: string;
}
