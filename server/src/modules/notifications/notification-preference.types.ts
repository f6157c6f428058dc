import { Field, InputType, ObjectType, registerEnumType } from "type-graphql";
import { ArrayMaxSize, ArrayMinSize } from "class-validator";
import { NotificationKind } from "./notification.entity";

/** How a notification of one kind reaches a user by mail; the in-app notification is always made. */
export enum MailDelivery {
  IMMEDIATELY = "IMMEDIATELY",
  DAILY_DIGEST = "DAILY_DIGEST",
  NEVER = "NEVER",
}

registerEnumType(MailDelivery, {
  name: "MailDelivery",
  description: "Security mails (invitation, password reset, e-mail change) are always sent at once and not listed",
});

/** The default without a stored choice. */
export const DEFAULT_DELIVERY = MailDelivery.IMMEDIATELY;

@ObjectType()
export class NotificationPreference {
  @Field(() => NotificationKind)
  kind!: NotificationKind;

  @Field(() => MailDelivery)
  delivery!: MailDelivery;
}

@InputType()
export class NotificationPreferenceInput {
  @Field(() => NotificationKind)
  kind!: NotificationKind;

  @Field(() => MailDelivery)
  delivery!: MailDelivery;
}

@InputType()
export class SetNotificationPreferencesInput {
  @Field(() => [NotificationPreferenceInput], { description: "Kinds not listed keep their setting" })
  @ArrayMinSize(1)
  @ArrayMaxSize(Object.keys(NotificationKind).length)
  preferences!: NotificationPreferenceInput[];
}
