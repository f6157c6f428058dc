import { Field, ID, InputType } from "type-graphql";
import { IsEmail, IsIn, IsOptional, IsUUID, Length, MaxLength } from "class-validator";
import { DISPLAY_NAME_MAX_LENGTH, EMAIL_MAX_LENGTH, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@album/shared";
import { UserRole } from "./accounts.enums";

@InputType()
export class InviteUserInput {
  @Field(() => String)
  @IsEmail()
  @MaxLength(EMAIL_MAX_LENGTH)
  email!: string;

  @Field(() => String)
  @Length(1, DISPLAY_NAME_MAX_LENGTH)
  displayName!: string;

  @Field(() => UserRole)
  role!: UserRole;

  @Field(() => ID, { nullable: true, description: "Required for partner and company staff" })
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;

  @Field(() => String, { nullable: true, description: "Language of the invitation mail: de or en (default de)" })
  @IsOptional()
  @IsIn(["de", "en"])
  locale?: string | null;
}

@InputType()
export class SetPasswordInput {
  @Field(() => String)
  @Length(1, 200)
  token!: string;

  @Field(() => String)
  @Length(PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH)
  password!: string;

  @Field(() => String, {
    nullable: true,
    description: "Invitation only: the name the person goes by (default: the one the office entered)",
  })
  @IsOptional()
  @Length(1, DISPLAY_NAME_MAX_LENGTH)
  displayName?: string | null;
}
