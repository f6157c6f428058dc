import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import {
  ArrayMaxSize,
  IsOptional,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from "class-validator";
import { ORGANISATION_LIMITS, TAXONOMY_KEY_MAX_LENGTH } from "@album/shared";
import { MembershipKind, OrganisationKind, OrganisationOrder, RelationType } from "./network.enums";
import { PageArgs } from "../../graphql/pagination";
import { DateOnlyScalar } from "../../graphql/scalars";
import { IsVisibleText } from "../../graphql/input-hygiene";

const KEY_LIST_MAX = 50;

@InputType({ description: "Facets combine with AND; the values within one facet with OR" })
export class OrganisationFilter {
  @Field(() => [OrganisationKind], { nullable: true })
  @IsOptional()
  kinds?: OrganisationKind[];

  @Field(() => [String], { nullable: true, description: "Topic keys" })
  @IsOptional()
  @ArrayMaxSize(KEY_LIST_MAX)
  topics?: string[];

  @Field(() => [String], { nullable: true, description: "Target group keys" })
  @IsOptional()
  @ArrayMaxSize(KEY_LIST_MAX)
  targetGroups?: string[];

  @Field(() => [String], { nullable: true, description: "ISO 639-1 codes" })
  @IsOptional()
  @ArrayMaxSize(KEY_LIST_MAX)
  languages?: string[];

  @Field(() => [String], { nullable: true, description: "District keys (served or located in)" })
  @IsOptional()
  @ArrayMaxSize(KEY_LIST_MAX)
  districts?: string[];

  @Field(() => [MembershipKind], { nullable: true, description: "Current memberships (no end date)" })
  @IsOptional()
  memberships?: MembershipKind[];

  @Field(() => String, { nullable: true, description: "Typo-tolerant search in names (trigram similarity)" })
  @IsOptional()
  @MaxLength(100)
  search?: string;

  @Field(() => Boolean, { nullable: true, description: "Include archived organisations (default false)" })
  @IsOptional()
  includeArchived?: boolean;
}

@ArgsType()
export class OrganisationsArgs extends PageArgs {
  @Field(() => OrganisationFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: OrganisationFilter;

  @Field(() => OrganisationOrder, { nullable: true })
  @IsOptional()
  orderBy?: OrganisationOrder;
}

@InputType()
export class MembershipInput {
  @Field(() => MembershipKind)
  kind!: MembershipKind;

  @Field(() => DateOnlyScalar, { nullable: true })
  @IsOptional()
  since?: string | null;

  @Field(() => DateOnlyScalar, { nullable: true })
  @IsOptional()
  until?: string | null;
}

/** Fields shared by create and update; on update every field is optional. */
@InputType()
class OrganisationFields {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(ORGANISATION_LIMITS.shortName)
  shortName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(ORGANISATION_LIMITS.description)
  description?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ["http", "https"] }, { message: "website must be an http(s) URL" })
  @MaxLength(ORGANISATION_LIMITS.website)
  website?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(ORGANISATION_LIMITS.street)
  street?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\d{5}$/, { message: "postalCode must be a German postal code (5 digits)" })
  postalCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(ORGANISATION_LIMITS.city)
  city?: string | null;

  @Field(() => String, { nullable: true, description: "District key" })
  @IsOptional()
  @MaxLength(TAXONOMY_KEY_MAX_LENGTH)
  district?: string | null;

  @Field(() => [String], { nullable: true, description: "Topic keys: competences" })
  @IsOptional()
  @ArrayMaxSize(KEY_LIST_MAX)
  topics?: string[];

  @Field(() => [String], { nullable: true, description: "Topic keys: what it brings to a tandem" })
  @IsOptional()
  @ArrayMaxSize(KEY_LIST_MAX)
  offers?: string[];

  @Field(() => [String], { nullable: true, description: "Topic keys: what it looks for in a counterpart" })
  @IsOptional()
  @ArrayMaxSize(KEY_LIST_MAX)
  needs?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(KEY_LIST_MAX)
  targetGroups?: string[];

  @Field(() => [String], { nullable: true, description: "ISO 639-1 codes" })
  @IsOptional()
  @ArrayMaxSize(KEY_LIST_MAX)
  languages?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(KEY_LIST_MAX)
  districtsServed?: string[];

  @Field(() => Int, { nullable: true, description: "Max concurrent projects, 0 to 50" })
  @IsOptional()
  @Min(ORGANISATION_LIMITS.capacity.min)
  @Max(ORGANISATION_LIMITS.capacity.max)
  capacity?: number;

  @Field(() => Boolean, {
    nullable: true,
    description: "Opt-in: show other members the exchanges the organisation takes part in (default false)",
  })
  @IsOptional()
  showExchangeParticipation?: boolean;

  @Field(() => [MembershipInput], { nullable: true, description: "Replaces all memberships when given" })
  @IsOptional()
  @ValidateNested({ each: true })
  @ArrayMaxSize(10)
  memberships?: MembershipInput[];
}

@InputType()
export class CreateOrganisationInput extends OrganisationFields {
  @Field(() => String)
  @Length(ORGANISATION_LIMITS.name.min, ORGANISATION_LIMITS.name.max)
  @IsVisibleText(ORGANISATION_LIMITS.name.min)
  name!: string;

  @Field(() => OrganisationKind)
  kind!: OrganisationKind;
}

@InputType()
export class UpdateOrganisationInput extends OrganisationFields {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(ORGANISATION_LIMITS.name.min, ORGANISATION_LIMITS.name.max)
  @IsVisibleText(ORGANISATION_LIMITS.name.min)
  name?: string;

  @Field(() => OrganisationKind, { nullable: true })
  @IsOptional()
  kind?: OrganisationKind;
}

@InputType()
export class CreateRelationInput {
  @Field(() => ID)
  @IsUUID("all", { message: "sourceId must be an organisation id" })
  sourceId!: string;

  @Field(() => ID)
  @IsUUID("all", { message: "targetId must be an organisation id" })
  targetId!: string;

  @Field(() => RelationType)
  type!: RelationType;

  @Field(() => DateOnlyScalar, { nullable: true })
  @IsOptional()
  since?: string | null;

  @Field(() => DateOnlyScalar, { nullable: true })
  @IsOptional()
  until?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000)
  note?: string | null;
}
