import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { RelationType } from "./network.enums";
import { Organisation } from "./organisation.entity";
import { DateOnlyScalar } from "../../graphql/scalars";
import type { StoredSource } from "./provenance";

/** A typed edge between two organisations. */
@ObjectType()
@Entity("relation")
@Index(["sourceId", "targetId", "type"], { unique: true })
export class Relation {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Index()
  @Column({ name: "source_id", type: "uuid" })
  sourceId!: string;

  @ManyToOne(() => Organisation, { onDelete: "CASCADE" })
  @JoinColumn({ name: "source_id" })
  source?: Organisation;

  @Index()
  @Column({ name: "target_id", type: "uuid" })
  targetId!: string;

  @ManyToOne(() => Organisation, { onDelete: "CASCADE" })
  @JoinColumn({ name: "target_id" })
  target?: Organisation;

  @Field(() => RelationType)
  @Column({ type: "enum", enum: RelationType, enumName: "relation_type" })
  type!: RelationType;

  @Field(() => DateOnlyScalar, { nullable: true })
  @Column({ type: "date", nullable: true })
  since!: string | null;

  @Field(() => DateOnlyScalar, { nullable: true })
  @Column({ type: "date", nullable: true })
  until!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  note!: string | null;

  @Column({ type: "text", default: "ILLUSTRATIVE" })
  provenance!: string;

  /** The source with its section `{ kind, section?, note? }` (see provenance.ts); `{}` falls back to `provenance`. */
  @Column({ name: "source_detail", type: "jsonb", default: () => "'{}'" })
  sourceDetail!: StoredSource | Record<string, never>;

  @Field(() => Date)
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;
}
