import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { Organisation } from "../network/organisation.entity";
import { User } from "./user.entity";
import * as accounts from "./accounts.service";
import { networkLoaders } from "../network/network.loaders";

@Resolver(() => User)
export class AccountsResolver {
  @Query(() => User, { nullable: true, description: "The signed-in user, or null" })
  me(@Ctx() ctx: RequestContext): Promise<User | null> | null {
    return ctx.user ? accounts.findUser(ctx.db, ctx.user.id) : null;
  }

  @Mutation(() => User, { description: "Signs in and sets an httpOnly session cookie" })
  async login(
    @Ctx() ctx: RequestContext,
    @Arg("email", () => String) email: string,
    @Arg("password", () => String) password: string,
  ): Promise<User> {
    const { user, token, expiresAt } = await accounts.login(ctx, email, password);
    ctx.http.setSessionCookie(token, expiresAt);
    return user;
  }

  @Mutation(() => Boolean, { description: "Ends the session on the server and clears the cookie" })
  async logout(@Ctx() ctx: RequestContext): Promise<boolean> {
    const ended = await accounts.logout(ctx, ctx.http.sessionToken);
    ctx.http.clearSessionCookie();
    return ended;
  }

  @FieldResolver(() => Organisation, { nullable: true })
  organisation(@Root() user: User, @Ctx() ctx: RequestContext): Promise<Organisation | null> | null {
    return user.organisationId ? networkLoaders(ctx).organisationById.load(user.organisationId) : null;
  }
}
