import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { ArrayMaxSize, IsOptional, IsUUID, Length, Max, MaxLength, Min, ValidateNested } from "class-validator";
import { EXCHANGE_LIMITS, TAXONOMY_KEY_MAX_LENGTH } from "@album/shared";
import { PageArgs } from "../../graphql/pagination";
import { ExchangeSeries, ExchangeVisibility } from "./exchange.enums";
import { IsVisibleText } from "../../graphql/input-hygiene";

/** Fields of an exchange; on update every field is optional. */
@InputType()
class ExchangeFields {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(EXCHANGE_LIMITS.description)
  description?: string;

  @Field(() => [String], { nullable: true, description: "Topic keys" })
  @IsOptional()
  @ArrayMaxSize(EXCHANGE_LIMITS.topics)
  @MaxLength(TAXONOMY_KEY_MAX_LENGTH, { each: true })
  topics?: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(EXCHANGE_LIMITS.location)
  location?: string;

  @Field(() => ExchangeVisibility, {
    nullable: true,
    description: "PUBLIC or MEMBERS_ONLY; new exchanges are PUBLIC unless told",
  })
  @IsOptional()
  visibility?: ExchangeVisibility;

  @Field(() => Int, { nullable: true, description: "How many people one organisation may bring; null for no limit" })
  @IsOptional()
  @Min(EXCHANGE_LIMITS.seatsPerOrganisation.min)
  @Max(EXCHANGE_LIMITS.seatsPerOrganisation.max)
  seatsPerOrganisation?: number | null;
}

@InputType()
export class CreateExchangeInput extends ExchangeFields {
  @Field(() => String)
  @Length(EXCHANGE_LIMITS.title.min, EXCHANGE_LIMITS.title.max)
  @IsVisibleText(EXCHANGE_LIMITS.title.min)
  title!: string;

  @Field(() => ExchangeSeries)
  series!: ExchangeSeries;

  @Field(() => Date)
  startsAt!: Date;

  @Field(() => Date)
  endsAt!: Date;

  @Field(() => Int, { description: `Seats, ${EXCHANGE_LIMITS.capacity.min} to ${EXCHANGE_LIMITS.capacity.max}` })
  @Min(EXCHANGE_LIMITS.capacity.min)
  @Max(EXCHANGE_LIMITS.capacity.max)
  capacity!: number;
}

@InputType()
export class UpdateExchangeInput extends ExchangeFields {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(EXCHANGE_LIMITS.title.min, EXCHANGE_LIMITS.title.max)
  @IsVisibleText(EXCHANGE_LIMITS.title.min)
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
  @Min(EXCHANGE_LIMITS.capacity.min)
  @Max(EXCHANGE_LIMITS.capacity.max)
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
  @MaxLength(TAXONOMY_KEY_MAX_LENGTH, { each: true })
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
  @MaxLength(EXCHANGE_LIMITS.personName)
  personName?: string;
}
