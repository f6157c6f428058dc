import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { InviteUserInput, SetPasswordInput } from "./account-lifecycle.inputs";
import * as lifecycle from "./account-lifecycle.service";

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

  @Mutation(() => Boolean, { description: "Sets the password with an invitation link; creates the account" })
  acceptInvitation(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => SetPasswordInput) input: SetPasswordInput,
  ): Promise<boolean> {
    return lifecycle.acceptInvitation(ctx, input);
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
}
