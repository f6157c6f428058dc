import { Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { requireUser } from "../../graphql/auth";
import { User } from "../accounts/user.entity";
import { calendarPathFor, renewCalendarLink } from "./calendar-token.service";

@Resolver(() => User)
export class CalendarLinkResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description:
      "Path of the user's private deadline feed (calls plus own applications' milestones); only on the signed-in user. Keep it secret.",
  })
  calendarUrl(@Root() user: User, @Ctx() ctx: RequestContext): Promise<string | null> | null {
    return ctx.user?.id === user.id ? calendarPathFor(ctx.db, user.id) : null;
  }

  @Authorized()
  @Mutation(() => String, { description: "Replaces the private calendar link; the old one stops working" })
  regenerateCalendarUrl(@Ctx() ctx: RequestContext): Promise<string> {
    return renewCalendarLink(ctx, requireUser(ctx).id);
  }
}
