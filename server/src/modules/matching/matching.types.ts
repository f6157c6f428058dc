import { Field, Float, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import { IsOptional, IsUUID, Length, Max, Min } from "class-validator";
import { DEFAULT_FAIRNESS_WEIGHT, WEIGHT_LIMITS } from "@album/shared";
import { Organisation } from "../network/organisation.entity";

export enum ScoringCriterion {
  topicCoverage = "topicCoverage",
  complementarity = "complementarity",
  targetGroupFit = "targetGroupFit",
  localFit = "localFit",
  languageFit = "languageFit",
  trust = "trust",
  availability = "availability",
  fairness = "fairness",
}

registerEnumType(ScoringCriterion, { name: "ScoringCriterion" });

@ObjectType()
export class ScoreBreakdownItem {
  @Field(() => ScoringCriterion)
  criterion!: ScoringCriterion;

  @Field(() => Float, { description: "Normalised weight (all weights sum to 1)" })
  weight!: number;

  @Field(() => Float, { description: "The criterion's value in [0, 1]" })
  value!: number;

  @Field(() => Float, { description: "weight × value" })
  contribution!: number;
}

@ObjectType()
export class TandemSuggestion {
  @Field(() => Organisation)
  migrantOrganisation!: Organisation;

  @Field(() => Organisation)
  educationalInstitution!: Organisation;

  @Field(() => Float, { description: "In [0, 1]: the sum of the contributions" })
  score!: number;

  @Field(() => [ScoreBreakdownItem])
  breakdown!: ScoreBreakdownItem[];

  @Field(() => [String], { description: "Readable reasons in the requested language" })
  reasons!: string[];

  @Field(() => Boolean, { description: "Pinned by the user in a plan" })
  fixed!: boolean;

  @Field(() => Boolean, {
    description: "Both sides accepted a tandem request for this call: the tandem exists (plans keep it)",
  })
  formed!: boolean;
}

@ObjectType()
export class TandemPlan {
  @Field(() => [TandemSuggestion])
  tandems!: TandemSuggestion[];

  @Field(() => Float)
  totalScore!: number;

  @Field(() => Float, { nullable: true, description: "The weakest tandem's score" })
  minimumScore!: number | null;
}

/** Overrides of the default weights (DESIGN §4); weights are normalised to sum to 1. */
@InputType()
export class ScoringWeightsInput {
  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(WEIGHT_LIMITS.min)
  @Max(WEIGHT_LIMITS.max)
  topicCoverage?: number;
  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(WEIGHT_LIMITS.min)
  @Max(WEIGHT_LIMITS.max)
  complementarity?: number;
  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(WEIGHT_LIMITS.min)
  @Max(WEIGHT_LIMITS.max)
  targetGroupFit?: number;
  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(WEIGHT_LIMITS.min)
  @Max(WEIGHT_LIMITS.max)
  localFit?: number;
  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(WEIGHT_LIMITS.min)
  @Max(WEIGHT_LIMITS.max)
  languageFit?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @Min(WEIGHT_LIMITS.min) @Max(WEIGHT_LIMITS.max) trust?: number;
  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(WEIGHT_LIMITS.min)
  @Max(WEIGHT_LIMITS.max)
  availability?: number;

  @Field(() => Float, {
    nullable: true,
    description: `Weight of the fairness term (default ${DEFAULT_FAIRNESS_WEIGHT} in fairness mode, else 0)`,
  })
  @IsOptional()
  @Min(WEIGHT_LIMITS.min)
  @Max(WEIGHT_LIMITS.max)
  fairness?: number;

  @Field(() => Boolean, {
    nullable: true,
    description: "Favour organisations with little recent funding; plans raise the weakest tandem first",
  })
  @IsOptional()
  fairnessMode?: boolean;

  @Field(() => Boolean, { nullable: true, description: "Reward new pairs instead of earlier joint projects" })
  @IsOptional()
  preferNovelty?: boolean;
}

@InputType()
export class TandemPairInput {
  @Field(() => ID)
  @IsUUID("all")
  migrantOrganisationId!: string;

  @Field(() => ID)
  @IsUUID("all")
  educationalInstitutionId!: string;
}

@InputType()
export class MatchingRuleInput {
  @Field(() => ID, { nullable: true, description: "The call the rule is for; all calls when omitted" })
  @IsOptional()
  @IsUUID("all")
  callId?: string;

  @Field(() => ID)
  @IsUUID("all")
  organisationId!: string;

  @Field(() => ID, {
    nullable: true,
    description: "With a counterpart only this pair is never proposed; without, the organisation",
  })
  @IsOptional()
  @IsUUID("all")
  counterpartId?: string;

  @Field(() => String)
  @Length(3, 500)
  reason!: string;
}
