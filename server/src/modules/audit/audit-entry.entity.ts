import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { GraphQLJSONObject } from "graphql-scalars";
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

export enum AuditAction {
  CREATE = "CREATE",
  UPDATE = "UPDATE",
  ARCHIVE = "ARCHIVE",
  DELETE = "DELETE",
  ERASE = "ERASE",
}

export enum AuditEntityType {
  ORGANISATION = "ORGANISATION",
  RELATION = "RELATION",
  PERSON = "PERSON",
  /** A spreadsheet import as a whole (its counts); each change it made has an entry of its own. */
  IMPORT = "IMPORT",
}

registerEnumType(AuditAction, { name: "AuditAction" });
registerEnumType(AuditEntityType, { name: "AuditEntityType" });

/** Who changed what, when: before and after of every changed field. Written in the change's transaction. */
@ObjectType()
@Entity("audit_entry")
@Index(["entityType", "entityId"])
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

  @Field(() => GraphQLJSONObject, { description: "field → { before, after }" })
  @Column({ type: "jsonb", default: () => "'{}'" })
  changes!: Record<string, { before: unknown; after: unknown }>;

  @Field(() => Date)
  @Index()
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;
}
