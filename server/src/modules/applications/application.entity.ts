import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from "typeorm";
import { ApplicationStatus } from "./application-status.enums";
import { DateOnlyScalar } from "../../graphql/scalars";
import { numericTransformer } from "../../db/numeric-transformer";
import { CallForProposals } from "../calls/call.entity";
import type { StoredProvenance } from "../network/provenance";

/** Antrag: a funding application; completed or running ones are the network's projects. */
@ObjectType()
@Entity("application")
export class Application {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Field(() => String)
  @Index({ unique: true })
  @Column({ type: "text" })
  slug!: string;

  @Field(() => String)
  @Column({ type: "text" })
  title!: string;

  @Field(() => String)
  @Column({ type: "text", default: "" })
  description!: string;

  @Index()
  @Column({ name: "programme_id", type: "uuid", nullable: true })
  programmeId!: string | null;

  /** The call it answers; null for the network's earlier projects, which predate recorded calls. */
  @Index()
  @Column({ name: "call_id", type: "uuid", nullable: true })
  callId!: string | null;

  @ManyToOne(() => CallForProposals, { onDelete: "SET NULL" })
  @JoinColumn({ name: "call_id" })
  callRelation?: CallForProposals | null;

  @Column({ name: "funder_ids", type: "uuid", array: true, default: () => "'{}'" })
  funderIds!: string[];

  @Index()
  @Column({ name: "lead_organisation_id", type: "uuid" })
  leadOrganisationId!: string;

  @Field(() => ApplicationStatus)
  @Index()
  @Column({ type: "enum", enum: ApplicationStatus, enumName: "application_status" })
  status!: ApplicationStatus;

  @Field(() => DateOnlyScalar, { nullable: true })
  @Column({ name: "starts_on", type: "date", nullable: true })
  startsOn!: string | null;

  @Field(() => DateOnlyScalar, { nullable: true })
  @Column({ name: "ends_on", type: "date", nullable: true })
  endsOn!: string | null;

  @Field(() => Float, { nullable: true, description: "Euros" })
  @Column({
    name: "requested_amount",
    type: "numeric",
    precision: 14,
    scale: 2,
    nullable: true,
    transformer: numericTransformer(),
  })
  requestedAmount!: number | null;

  @Field(() => Float, { nullable: true, description: "Euros" })
  @Column({
    name: "approved_amount",
    type: "numeric",
    precision: 14,
    scale: 2,
    nullable: true,
    transformer: numericTransformer(),
  })
  approvedAmount!: number | null;

  @Field(() => Int, { nullable: true })
  @Column({ name: "participants_reached", type: "int", nullable: true })
  participantsReached!: number | null;

  @Column({ name: "topic_keys", type: "text", array: true, default: () => "'{}'" })
  topicKeys!: string[];

  @Field(() => [String], { description: "Sub-projects or course types" })
  @Column({ type: "text", array: true, default: () => "'{}'" })
  components!: string[];

  @Field(() => [String], { description: "Figures of the project that have no field of their own" })
  @Column({ type: "text", array: true, default: () => "'{}'" })
  facts!: string[];

  /** Per-field sources `{ field: { kind, section?, note? } }` (see network/provenance.ts); `{}` = entered on the platform. */
  @Column({ type: "jsonb", default: () => "'{}'" })
  provenance!: StoredProvenance;

  /**
   * The last day the approved amount covers, when the amount is reported "so far" and covers less
   * than the period (the report's 5.1 M€ for ESF-BAMF, 2009 until its date, for a period to 2017).
   * Null: the amount covers the whole period. Used to spread the amount over years.
   */
  @Field(() => DateOnlyScalar, {
    nullable: true,
    description: "Last day the approved amount covers, when before the end of the period (an amount reported so far)",
  })
  @Column({ name: "amount_covers_until", type: "date", nullable: true })
  amountCoversUntil!: string | null;

  @Field(() => Int)
  @VersionColumn()
  version!: number;

  @Field(() => Date)
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;

  @Field(() => Date)
  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt!: Date;
}
