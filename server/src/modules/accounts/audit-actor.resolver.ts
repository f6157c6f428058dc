import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { AuditEntry } from "../audit/audit-entry.entity";
import { User } from "./user.entity";
import { accountsLoaders } from "./accounts.loaders";

/** Who made an audit entry; lives here so the audit log (used by network) need not know accounts. */
@Resolver(() => AuditEntry)
export class AuditActorResolver {
  @FieldResolver(() => User, { nullable: true })
  actor(@Root() entry: AuditEntry, @Ctx() ctx: RequestContext): Promise<User | null> | null {
    return entry.actorUserId ? accountsLoaders(ctx).userById.load(entry.actorUserId) : null;
  }
}
