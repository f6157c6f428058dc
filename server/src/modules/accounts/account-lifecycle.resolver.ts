import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { InviteUserInput, SetPasswordInput } from "./account-lifecycle.inputs";
import * as lifecycle from "./account-lifecycle.service";
import * as admin from "./account-admin.service";
import { AccountSummary } from "./account-admin.types";
import { User } from "./user.entity";

@Resolver()
export class AccountLifecycleResolver {
  @Authorized()
  @Mutation(() => Boolean, { description: "Office: invites a person by e-mail (link valid 7 days, single use)" })
  inviteUser(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => InviteUserInput) input: InviteUserInput,
  ): Promise<boolean> {
    return lifecycle.inviteUser(ctx, input);
  }

  @Mutation(() => Boolean, {
    description: "Sets the password with an invitation link; creates the account and signs it in",
  })
  async acceptInvitation(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => SetPasswordInput) input: SetPasswordInput,
  ): Promise<boolean> {
    const session = await lifecycle.acceptInvitation(ctx, input);
    ctx.http.setSessionCookie(session.token, session.expiresAt);
    return true;
  }

  @Mutation(() => Boolean, {
    description: "Mails a reset link if the address has an account; always true (no account enumeration)",
  })
  requestPasswordReset(@Ctx() ctx: RequestContext, @Arg("email", () => String) email: string): Promise<boolean> {
    return lifecycle.requestPasswordReset(ctx, email);
  }

  @Mutation(() => Boolean, { description: "Sets a new password with a reset link (valid 1 hour, single use)" })
  resetPassword(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => SetPasswordInput) input: SetPasswordInput,
  ): Promise<boolean> {
    return lifecycle.resetPassword(ctx, input);
  }

  @Authorized()
  @Query(() => [AccountSummary], { description: "Office: every account and open invitation, by name" })
  accounts(@Ctx() ctx: RequestContext): Promise<AccountSummary[]> {
    return admin.listAccounts(ctx);
  }

  @Authorized()
  @Mutation(() => AccountSummary, {
    description: "Office: closes an account (no sign-in, its sessions end); not the office's own",
  })
  deactivateUser(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string): Promise<AccountSummary> {
    return admin.deactivateUser(ctx, id);
  }

  @Authorized()
  @Mutation(() => AccountSummary, { description: "Office: reopens a deactivated account" })
  reactivateUser(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string): Promise<AccountSummary> {
    return admin.reactivateUser(ctx, id);
  }

  @Authorized()
  @Mutation(() => AccountSummary, {
    description: "Office: sends an open invitation again with a fresh link; the earlier link stops working",
  })
  resendInvitation(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string): Promise<AccountSummary> {
    return admin.resendInvitation(ctx, id);
  }

  @Authorized()
  @Mutation(() => Boolean, {
    description: "Mails a confirmation link to the new address (and a notice to the old); needs the current password",
  })
  requestEmailChange(
    @Ctx() ctx: RequestContext,
    @Arg("newEmail", () => String) newEmail: string,
    @Arg("currentPassword", () => String) currentPassword: string,
  ): Promise<boolean> {
    return lifecycle.requestEmailChange(ctx, newEmail, currentPassword);
  }

  @Mutation(() => Boolean, { description: "Confirms a new e-mail address with the link sent to it (single use)" })
  confirmEmailChange(@Ctx() ctx: RequestContext, @Arg("token", () => String) token: string): Promise<boolean> {
    return lifecycle.confirmEmailChange(ctx, token);
  }

  @Authorized()
  @Mutation(() => User, { description: "The language of the signed-in user's mails: de or en" })
  setPreferredLanguage(@Ctx() ctx: RequestContext, @Arg("locale", () => String) locale: string): Promise<User> {
    return lifecycle.setPreferredLanguage(ctx, locale);
  }
}
