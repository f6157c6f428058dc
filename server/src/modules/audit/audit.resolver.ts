import { Args, ArgsType, Authorized, Ctx, Field, ID, Query, Resolver } from "type-graphql";
import { IsOptional, IsUUID } from "class-validator";
import type { RequestContext } from "../../graphql/context";
import { ConnectionType, PageArgs, type Page } from "../../graphql/pagination";
import { AuditEntityType, AuditEntry } from "./audit-entry.entity";
import { listAuditEntries } from "./audit.service";

const AuditEntryConnection = ConnectionType(AuditEntry, "AuditEntry");

@ArgsType()
class AuditLogArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all")
  entityId?: string;

  @Field(() => AuditEntityType, { nullable: true })
  @IsOptional()
  entityType?: AuditEntityType;

  @Field(() => ID, { nullable: true, description: "Entries concerning this organisation" })
  @IsOptional()
  @IsUUID("all")
  organisationId?: string;

  @Field(() => ID, { nullable: true, description: "Entries made by this person (user id)" })
  @IsOptional()
  @IsUUID("all")
  actorUserId?: string;

  @Field(() => Date, { nullable: true, description: "Made at or after" })
  @IsOptional()
  from?: Date;

  @Field(() => Date, { nullable: true, description: "Made at or before" })
  @IsOptional()
  to?: Date;
}

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Authorized("COORDINATOR")
  @Query(() => AuditEntryConnection, { description: "Who changed what and when, newest first" })
  auditLog(@Ctx() ctx: RequestContext, @Args(() => AuditLogArgs) args: AuditLogArgs): Promise<Page<AuditEntry>> {
    return listAuditEntries(ctx, args);
  }
}
