import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { NotificationPreference, SetNotificationPreferencesInput } from "./notification-preference.types";
import * as preferences from "./notification-preference.service";

@Resolver()
export class NotificationPreferenceResolver {
  @Authorized()
  @Query(() => [NotificationPreference], {
    description: "How each notification kind reaches the signed-in user by mail",
  })
  myNotificationPreferences(@Ctx() ctx: RequestContext): Promise<NotificationPreference[]> {
    return preferences.myPreferences(ctx);
  }

  @Authorized()
  @Mutation(() => [NotificationPreference], {
    description: "Sets the signed-in user's own mail choices; answers all kinds",
  })
  setNotificationPreferences(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => SetNotificationPreferencesInput) input: SetNotificationPreferencesInput,
  ): Promise<NotificationPreference[]> {
    return preferences.setPreferences(ctx, input);
  }
}
