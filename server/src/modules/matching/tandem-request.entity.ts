import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Organisation } from "../network/organisation.entity";
import { CallForProposals } from "../calls/call.entity";

export enum TandemRequestStatus {
  PENDING = "PENDING",
  ACCEPTED = "ACCEPTED",
  DECLINED = "DECLINED",
  WITHDRAWN = "WITHDRAWN",
  EXPIRED = "EXPIRED",
}

registerEnumType(TandemRequestStatus, { name: "TandemRequestStatus" });

/**
 * Tandem-Anfrage. Double opt-in: sending is the sender's yes; the tandem exists once the addressed
 * organisation accepts. At most one pending request per call and pair (a partial unique index).
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

  @Field(() => Date, { description: "A pending request expires then (14 days, never after the call's deadline)" })
  @Index()
  @Column({ name: "expires_at", type: "timestamptz" })
  expiresAt!: Date;
}
