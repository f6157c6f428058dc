import { Field, InputType } from "type-graphql";
import { IsEmail, IsOptional, Length, Matches, MaxLength } from "class-validator";
import { CONTACT_PERSON_LIMITS, PHONE_PATTERN } from "@album/shared";
import { IsVisibleText } from "../../graphql/input-hygiene";

@InputType({ description: "A contact person as the organisation enters them; empty optional fields are cleared" })
export class ContactPersonInput {
  @Field(() => String)
  @Length(CONTACT_PERSON_LIMITS.name.min, CONTACT_PERSON_LIMITS.name.max)
  @IsVisibleText(CONTACT_PERSON_LIMITS.name.min)
  name!: string;

  @Field(() => String, { nullable: true, description: "Function in the organisation" })
  @IsOptional()
  @MaxLength(CONTACT_PERSON_LIMITS.role)
  role?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(CONTACT_PERSON_LIMITS.email)
  @IsEmail()
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(CONTACT_PERSON_LIMITS.phone)
  @Matches(PHONE_PATTERN, { message: "phone may contain digits, spaces, + ( ) / . - only" })
  phone?: string | null;

  @Field(() => Boolean, {
    description: "The person agreed to be shown to the network's signed-in members (without it nobody sees them)",
  })
  visibleToNetwork!: boolean;

  @Field(() => Boolean, {
    description: "The person agreed to be contacted by companies (without it companies see no e-mail or phone)",
  })
  contactableByCompanies!: boolean;
}
