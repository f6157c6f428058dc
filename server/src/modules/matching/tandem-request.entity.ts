import { Field, Float, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Organisation } from "../network/organisation.entity";
import { CallForProposals } from "../calls/call.entity";
import { SavedTandemPlan } from "./saved-plan.entity";

export enum TandemRequestStatus {
  PENDING = "PENDING",
  ACCEPTED = "ACCEPTED",
  DECLINED = "DECLINED",
  WITHDRAWN = "WITHDRAWN",
  EXPIRED = "EXPIRED",
  /** Closed by the platform, e.g. an organisation reached the call's tandem limit (see closedReason). */
  CLOSED = "CLOSED",
}

registerEnumType(TandemRequestStatus, { name: "TandemRequestStatus" });

/** Who started it: a partner asking another organisation, or the office proposing a pair to both. */
export enum TandemRequestKind {
  REQUEST = "REQUEST",
  PROPOSAL = "PROPOSAL",
}

registerEnumType(TandemRequestKind, {
  name: "TandemRequestKind",
  description: "REQUEST: one organisation asks another; PROPOSAL: the office proposes the pair, both must accept",
});

/**
 * Tandem-Anfrage. Double opt-in: sending is the sender's yes; the tandem exists once the addressed
 * organisation accepts. An office proposal (kind PROPOSAL) has no sender's yes: both organisations
 * accept, each on its own. At most one pending request per call and pair (a partial unique index).
 */
@ObjectType()
@Entity("tandem_request")
@Index("IDX_tandem_request_one_pending", ["callId", "migrantOrganisationId", "educationalInstitutionId"], {
  unique: true,
  where: `"status" = 'PENDING'`,
})
export class TandemRequest {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Index()
  @Column({ name: "call_id", type: "uuid" })
  callId!: string;

  @ManyToOne(() => CallForProposals, { onDelete: "CASCADE" })
  @JoinColumn({ name: "call_id" })
  callRelation?: CallForProposals;

  @Index()
  @Column({ name: "from_organisation_id", type: "uuid" })
  fromOrganisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: "CASCADE" })
  @JoinColumn({ name: "from_organisation_id" })
  fromRelation?: Organisation;

  @Index()
  @Column({ name: "to_organisation_id", type: "uuid" })
  toOrganisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: "CASCADE" })
  @JoinColumn({ name: "to_organisation_id" })
  toRelation?: Organisation;

  /** The pair in canonical order, whoever asked whom. */
  @Column({ name: "migrant_organisation_id", type: "uuid" })
  migrantOrganisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: "CASCADE" })
  @JoinColumn({ name: "migrant_organisation_id" })
  migrantRelation?: Organisation;

  @Column({ name: "educational_institution_id", type: "uuid" })
  educationalInstitutionId!: string;

  @ManyToOne(() => Organisation, { onDelete: "CASCADE" })
  @JoinColumn({ name: "educational_institution_id" })
  institutionRelation?: Organisation;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  message!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: "response_message", type: "text", nullable: true })
  responseMessage!: string | null;

  @Field(() => TandemRequestStatus)
  @Index()
  @Column({
    type: "enum",
    enum: TandemRequestStatus,
    enumName: "tandem_request_status",
    default: TandemRequestStatus.PENDING,
  })
  status!: TandemRequestStatus;

  @Column({ name: "created_by_user_id", type: "uuid", nullable: true })
  createdByUserId!: string | null;

  @Column({ name: "responded_by_user_id", type: "uuid", nullable: true })
  respondedByUserId!: string | null;

  @Field(() => Date)
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: "responded_at", type: "timestamptz", nullable: true })
  respondedAt!: Date | null;

  @Field(() => TandemRequestKind)
  @Column({ type: "text", default: TandemRequestKind.REQUEST })
  kind!: TandemRequestKind;

  @Field(() => String, { nullable: true, description: "The office's note to both sides (proposals)" })
  @Column({ name: "office_note", type: "text", nullable: true })
  officeNote!: string | null;

  @Field(() => Float, { nullable: true, description: "The pair's score when the office proposed it" })
  @Column({ type: "double precision", nullable: true })
  score!: number | null;

  @Field(() => [String], { nullable: true, description: "The reasons computed then, in the office's language" })
  @Column({ type: "jsonb", nullable: true })
  reasons!: string[] | null;

  @Field(() => Date, { nullable: true, description: "When the migrant organisation accepted a proposal" })
  @Column({ name: "migrant_accepted_at", type: "timestamptz", nullable: true })
  migrantAcceptedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: "When the educational institution accepted a proposal" })
  @Column({ name: "institution_accepted_at", type: "timestamptz", nullable: true })
  institutionAcceptedAt!: Date | null;

  @Field(() => String, { nullable: true, description: "Why the platform closed it (status CLOSED)" })
  @Column({ name: "closed_reason", type: "text", nullable: true })
  closedReason!: string | null;

  @Field(() => ID, { nullable: true, description: "The saved plan the proposal came from" })
  @Index()
  @Column({ name: "saved_plan_id", type: "uuid", nullable: true })
  savedPlanId!: string | null;

  @ManyToOne(() => SavedTandemPlan, { onDelete: "SET NULL" })
  @JoinColumn({ name: "saved_plan_id" })
  savedPlanRelation?: SavedTandemPlan;

  @Field(() => Date, { description: "A pending request expires then (14 days, never after the call's deadline)" })
  @Index()
  @Column({ name: "expires_at", type: "timestamptz" })
  expiresAt!: Date;
}
