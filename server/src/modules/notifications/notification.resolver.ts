import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { Notification } from "./notification.entity";
import { notificationText } from "./notification-texts";
import * as notifications from "./notification.service";

@Resolver(() => Notification)
export class NotificationResolver {
  @Authorized()
  @Query(() => [Notification], { description: "The signed-in user's notifications, newest first" })
  notifications(
    @Ctx() ctx: RequestContext,
    @Arg("unreadOnly", () => Boolean, { nullable: true }) unreadOnly?: boolean,
    @Arg("first", () => Int, { nullable: true }) first?: number,
  ): Promise<Notification[]> {
    return notifications.listNotifications(ctx, { unreadOnly, first });
  }

  @Authorized()
  @Query(() => Int)
  unreadNotificationCount(@Ctx() ctx: RequestContext): Promise<number> {
    return notifications.unreadCount(ctx);
  }

  @Authorized()
  @Mutation(() => Int, { description: "Marks own notifications as read (all when ids is omitted); returns how many" })
  markNotificationsRead(
    @Ctx() ctx: RequestContext,
    @Arg("ids", () => [ID], { nullable: true }) ids?: string[],
  ): Promise<number> {
    return notifications.markRead(ctx, ids ?? null);
  }

  @FieldResolver(() => String)
  title(@Root() notification: Notification, @Ctx() ctx: RequestContext): string {
    return notificationText(notification.kind, notification.payload, ctx.locale).title;
  }

  @FieldResolver(() => String)
  message(@Root() notification: Notification, @Ctx() ctx: RequestContext): string {
    return notificationText(notification.kind, notification.payload, ctx.locale).message;
  }

  @FieldResolver(() => String, { nullable: true, description: "Client path the notification points to" })
  link(@Root() notification: Notification): string | null {
    return notification.payload.link ?? null;
  }
}
