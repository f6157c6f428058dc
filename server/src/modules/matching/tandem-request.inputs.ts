import { Field, ID, InputType, registerEnumType } from "type-graphql";
import { IsOptional, IsUUID, MaxLength } from "class-validator";
import { TANDEM_REQUEST_LIMITS } from "@album/shared";
import { TandemRequestStatus } from "./tandem-request.entity";

export enum TandemRequestDirection {
  INCOMING = "INCOMING",
  OUTGOING = "OUTGOING",
}

registerEnumType(TandemRequestDirection, { name: "TandemRequestDirection" });

@InputType()
export class SendTandemRequestInput {
  @Field(() => ID)
  @IsUUID("all", { message: "callId must be a call id" })
  callId!: string;

  @Field(() => ID)
  @IsUUID("all", { message: "fromOrganisationId must be an organisation id" })
  fromOrganisationId!: string;

  @Field(() => ID)
  @IsUUID("all", { message: "toOrganisationId must be an organisation id" })
  toOrganisationId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(TANDEM_REQUEST_LIMITS.message)
  message?: string;
}

@InputType()
export class TandemRequestFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all")
  callId?: string;

  @Field(() => ID, { nullable: true, description: "Requests from or to this organisation" })
  @IsOptional()
  @IsUUID("all")
  organisationId?: string;

  @Field(() => TandemRequestDirection, { nullable: true, description: "Relative to organisationId" })
  @IsOptional()
  direction?: TandemRequestDirection;

  @Field(() => [TandemRequestStatus], { nullable: true })
  @IsOptional()
  statuses?: TandemRequestStatus[];
}
