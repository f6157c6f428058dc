import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { UserRole } from "./accounts.enums";

export enum AccountStatus {
  ACTIVE = "ACTIVE",
  DEACTIVATED = "DEACTIVATED",
  /** Invited, the link still valid, no password set yet. */
  INVITED = "INVITED",
  /** Invited, but the link ran out before a password was set: resend it. */
  INVITATION_EXPIRED = "INVITATION_EXPIRED",
}

registerEnumType(AccountStatus, { name: "AccountStatus", description: "Where an account stands in its lifecycle" });

/**
 * One row of the office's account list: an account, or an invitation nobody has accepted yet
 * (then `id` is the invitation's, to resend it).
 */
@ObjectType()
export class AccountSummary {
  @Field(() => ID)
  id!: string;

  @Field(() => Boolean, { description: "True for an open invitation, false for an account" })
  invitation!: boolean;

  @Field(() => String)
  email!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => UserRole)
  role!: UserRole;

  @Field(() => ID, { nullable: true })
  organisationId!: string | null;

  @Field(() => String, { nullable: true })
  organisationName!: string | null;

  @Field(() => AccountStatus)
  status!: AccountStatus;

  @Field(() => Date, { nullable: true })
  lastSignInAt!: Date | null;

  @Field(() => Date, { description: "When the account was created or the invitation sent" })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: "When an invitation's link runs out" })
  expiresAt!: Date | null;
}
