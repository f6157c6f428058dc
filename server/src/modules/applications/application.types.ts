import { Field, ID, ObjectType } from "type-graphql";

/** Who made a status change: only the name, so that the history shows no e-mail addresses. */
@ObjectType()
export class StatusChangeAuthor {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  displayName!: string;
}
