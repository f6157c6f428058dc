import { ArgsType, Field, ID, Int } from "type-graphql";
import { IsOptional, Max, MaxLength, Min } from "class-validator";

/** The most offers one request returns (the report names eight; imports may add more). */
export const OFFERS_MAX = 100;

@ArgsType()
export class OffersArgs {
  @Field(() => String, { nullable: true, description: "Typo-tolerant search in titles and descriptions" })
  @IsOptional()
  @MaxLength(100)
  search?: string;

  @Field(() => ID, { nullable: true, description: "Only the offers of this organisation" })
  @IsOptional()
  organisationId?: string;

  @Field(() => Int, { nullable: true, description: `At most ${OFFERS_MAX} (default)` })
  @IsOptional()
  @Min(0)
  @Max(OFFERS_MAX)
  first?: number;
}
