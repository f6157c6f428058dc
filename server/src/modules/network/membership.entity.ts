import { Field, ID, ObjectType } from "type-graphql";
import type { StoredSource } from "./provenance";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { MembershipKind } from "./network.enums";
import { Organisation } from "./organisation.entity";
import { DateOnlyScalar } from "../../graphql/scalars";

/** Membership of an organisation in the ALBuM network (partner, candidate, former) or HaDi. */
@ObjectType()
@Entity("membership")
export class Membership {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Index()
  @Column({ name: "organisation_id", type: "uuid" })
  organisationId!: string;

  @ManyToOne(() => Organisation, (organisation) => organisation.memberships, { onDelete: "CASCADE" })
  @JoinColumn({ name: "organisation_id" })
  organisation?: Organisation;

  @Field(() => MembershipKind)
  @Column({ type: "enum", enum: MembershipKind, enumName: "membership_kind" })
  kind!: MembershipKind;

  @Field(() => DateOnlyScalar, { nullable: true })
  @Column({ type: "date", nullable: true })
  since!: string | null;

  @Field(() => DateOnlyScalar, { nullable: true })
  @Column({ type: "date", nullable: true })
  until!: string | null;

  /** Where the membership and its dates come from: `{ kind, section?, note? }` (see provenance.ts); `{}` = entered. */
  @Column({ type: "jsonb", default: () => "'{}'" })
  provenance!: StoredSource | Record<string, never>;
}
