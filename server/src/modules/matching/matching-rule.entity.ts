import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Organisation } from "../network/organisation.entity";
import { CallForProposals } from "../calls/call.entity";

/**
 * The coordination office's rule: never propose this organisation (counterpart null) or this pair
 * (e.g. a conflict of interest), for one call or (call null) for all calls.
 */
@ObjectType()
@Entity("matching_rule")
export class MatchingRule {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Field(() => ID, { nullable: true })
  @Index()
  @Column({ name: "call_id", type: "uuid", nullable: true })
  callId!: string | null;

  @ManyToOne(() => CallForProposals, { onDelete: "CASCADE" })
  @JoinColumn({ name: "call_id" })
  callRelation?: CallForProposals;

  @Field(() => ID)
  @Index()
  @Column({ name: "organisation_id", type: "uuid" })
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: "CASCADE" })
  @JoinColumn({ name: "organisation_id" })
  organisationRelation?: Organisation;

  @Field(() => ID, { nullable: true })
  @Column({ name: "counterpart_id", type: "uuid", nullable: true })
  counterpartId!: string | null;

  @ManyToOne(() => Organisation, { onDelete: "CASCADE" })
  @JoinColumn({ name: "counterpart_id" })
  counterpartRelation?: Organisation;

  @Field(() => String)
  @Column({ type: "text" })
  reason!: string;

  @Column({ name: "created_by_user_id", type: "uuid", nullable: true })
  createdByUserId!: string | null;

  @Field(() => Date)
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;
}
