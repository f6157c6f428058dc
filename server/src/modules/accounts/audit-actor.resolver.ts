import { Authorized, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
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

  @Authorized("COORDINATOR")
  @Query(() => [User], { description: "The people who made audit entries, by name: the log's person filter" })
  auditActors(@Ctx() ctx: RequestContext): Promise<User[]> {
    return ctx.db
      .getRepository(User)
      .createQueryBuilder("u")
      .where("EXISTS (SELECT 1 FROM audit_entry a WHERE a.actor_user_id = u.id)")
      .orderBy("u.display_name", "ASC")
      .addOrderBy("u.id", "ASC")
      .getMany();
  }
}
