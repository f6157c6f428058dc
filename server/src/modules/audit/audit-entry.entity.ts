import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { GraphQLJSONObject } from "graphql-scalars";
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

export enum AuditAction {
  CREATE = "CREATE",
  UPDATE = "UPDATE",
  ARCHIVE = "ARCHIVE",
  DELETE = "DELETE",
  ERASE = "ERASE",
  TRANSITION = "TRANSITION",
}

export enum AuditEntityType {
  ORGANISATION = "ORGANISATION",
  RELATION = "RELATION",
  PERSON = "PERSON",
  CALL = "CALL",
  APPLICATION = "APPLICATION",
  MILESTONE = "MILESTONE",
  EXCHANGE = "EXCHANGE",
  EXCHANGE_PARTICIPATION = "EXCHANGE_PARTICIPATION",
  TANDEM_REQUEST = "TANDEM_REQUEST",
  MATCHING_RULE = "MATCHING_RULE",
  /** Every write to a user account (invitation, password, e-mail, language, deactivation, calendar link). */
  ACCOUNT = "ACCOUNT",
  TANDEM_PLAN = "TANDEM_PLAN",
  /** A spreadsheet import as a whole (its counts); each change it made has an entry of its own. */
  IMPORT = "IMPORT",
}

registerEnumType(AuditAction, { name: "AuditAction" });
registerEnumType(AuditEntityType, { name: "AuditEntityType" });

/** Who changed what, when: before and after of every changed field. Written in the change's transaction. */
@ObjectType()
@Entity("audit_entry")
@Index(["entityType", "entityId"])
// Newest first, ties by id: the log's order and the keyset of its pages.
@Index("IDX_audit_entry_created_id", ["createdAt", "id"])
// GIN over organisation_ids (made by the migration; TypeORM cannot declare GIN).
@Index("IDX_audit_entry_organisations", { synchronize: false })
export class AuditEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Index()
  @Column({ name: "actor_user_id", type: "uuid", nullable: true })
  actorUserId!: string | null;

  @Field(() => AuditAction)
  @Column({ type: "text" })
  action!: AuditAction;

  @Field(() => AuditEntityType)
  @Column({ name: "entity_type", type: "text" })
  entityType!: AuditEntityType;

  @Field(() => ID)
  @Column({ name: "entity_id", type: "uuid" })
  entityId!: string;

  @Field(() => String, { description: "A readable name of the entity as it was when changed (title, name)" })
  @Column({ name: "entity_label", type: "text", default: "" })
  entityLabel!: string;

  /** The organisations the change concerns (the organisation itself, an application's participants, …): the log's organisation filter. */
  @Column({ name: "organisation_ids", type: "uuid", array: true, default: () => "'{}'" })
  organisationIds!: string[];

  @Field(() => GraphQLJSONObject, { description: "field → { before, after }" })
  @Column({ type: "jsonb", default: () => "'{}'" })
  changes!: Record<string, { before: unknown; after: unknown }>;

  @Field(() => Date)
  @Index()
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;
}
