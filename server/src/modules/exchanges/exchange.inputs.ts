import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { ArrayMaxSize, IsOptional, IsUUID, Length, Max, MaxLength, Min, ValidateNested } from "class-validator";
import { PageArgs } from "../../graphql/pagination";
import { ExchangeSeries, ExchangeVisibility } from "./exchange.enums";

export const MAX_CAPACITY = 10_000;

/** Fields of an exchange; on update every field is optional. */
@InputType()
class ExchangeFields {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(10_000)
  description?: string;

  @Field(() => [String], { nullable: true, description: "Topic keys" })
  @IsOptional()
  @ArrayMaxSize(20)
  @MaxLength(60, { each: true })
  topics?: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  location?: string;

  @Field(() => ExchangeVisibility, {
    nullable: true,
    description: "PUBLIC or MEMBERS_ONLY; new exchanges are PUBLIC unless told",
  })
  @IsOptional()
  visibility?: ExchangeVisibility;

  @Field(() => Int, { nullable: true, description: "How many people one organisation may bring; null for no limit" })
  @IsOptional()
  @Min(1)
  @Max(100)
  seatsPerOrganisation?: number | null;
}

@InputType()
export class CreateExchangeInput extends ExchangeFields {
  @Field(() => String)
  @Length(3, 300)
  title!: string;

  @Field(() => ExchangeSeries)
  series!: ExchangeSeries;

  @Field(() => Date)
  startsAt!: Date;

  @Field(() => Date)
  endsAt!: Date;

  @Field(() => Int, { description: `Seats, 1 to ${MAX_CAPACITY}` })
  @Min(1)
  @Max(MAX_CAPACITY)
  capacity!: number;
}

@InputType()
export class UpdateExchangeInput extends ExchangeFields {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(3, 300)
  title?: string;

  @Field(() => ExchangeSeries, { nullable: true })
  @IsOptional()
  series?: ExchangeSeries;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  startsAt?: Date;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  endsAt?: Date;

  @Field(() => Int, {
    nullable: true,
    description: "Raising it promotes waitlisted organisations; it cannot drop below the confirmed seats",
  })
  @IsOptional()
  @Min(1)
  @Max(MAX_CAPACITY)
  capacity?: number;
}

@InputType()
export class ExchangeFilter {
  @Field(() => [ExchangeSeries], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  series?: ExchangeSeries[];

  @Field(() => Date, { nullable: true, description: "Exchanges still going on at or after this time" })
  @IsOptional()
  from?: Date;

  @Field(() => Date, { nullable: true, description: "Exchanges starting at or before this time" })
  @IsOptional()
  to?: Date;

  @Field(() => [String], { nullable: true, description: "Exchanges with any of these topic keys" })
  @IsOptional()
  @ArrayMaxSize(30)
  @MaxLength(60, { each: true })
  topics?: string[];

  @Field(() => Boolean, {
    nullable: true,
    description: "Also list exchanges that have ended (after the upcoming ones, latest first); default false",
  })
  @IsOptional()
  includePast?: boolean;

  @Field(() => ID, {
    nullable: true,
    description: "Only exchanges this organisation takes part in or waits for (signed-in members only)",
  })
  @IsOptional()
  @IsUUID("all")
  organisationId?: string;
}

@ArgsType()
export class ExchangesArgs extends PageArgs {
  @Field(() => ExchangeFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: ExchangeFilter;
}

@ArgsType()
export class ParticipationArgs {
  @Field(() => ID)
  @IsUUID("all", { message: "exchangeId must be an exchange id" })
  exchangeId!: string;

  @Field(() => ID)
  @IsUUID("all", { message: "organisationId must be an organisation id" })
  organisationId!: string;
}

@ArgsType()
export class JoinExchangeArgs extends ParticipationArgs {
  @Field(() => String, {
    nullable: true,
    description: "Who will come (seen by the own organisation and the office only)",
  })
  @IsOptional()
  @MaxLength(200)
  personName?: string;
}
