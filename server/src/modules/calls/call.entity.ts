import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
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
import { FundingProgramme } from "../funding/programme.entity";
import { DateOnlyScalar } from "../../graphql/scalars";
import { numericTransformer } from "../../db/numeric-transformer";
import { MembershipKind } from "../network/network.enums";
import type { StoredSource } from "../network/provenance";

export enum CallStatus {
  DRAFT = "DRAFT",
  OPEN = "OPEN",
  CLOSED = "CLOSED",
}

registerEnumType(CallStatus, { name: "CallStatus" });

/** A weighted topic of a call: how much covering it counts in the tandem score. */
export interface CallTopicWeight {
  key: string;
  weight: number;
}

/** A link to one of the call's documents (guidelines, application form). */
export interface CallDocumentLinkValue {
  label: string;
  url: string;
}

@ObjectType("CallDocumentLink")
export class CallDocumentLink implements CallDocumentLinkValue {
  @Field(() => String)
  label!: string;

  @Field(() => String, { description: "An http(s) address" })
  url!: string;
}

/** Förderaufruf: a funder's call for proposals that tandems apply to. */
@ObjectType("CallForProposals")
@Entity("call_for_proposals")
export class CallForProposals {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Index()
  @Column({ name: "programme_id", type: "uuid", nullable: true })
  programmeId!: string | null;

  @ManyToOne(() => FundingProgramme, { onDelete: "SET NULL" })
  @JoinColumn({ name: "programme_id" })
  programmeRelation?: FundingProgramme;

  @Field(() => String)
  @Column({ type: "text" })
  title!: string;

  @Field(() => String)
  @Column({ type: "text", default: "" })
  description!: string;

  @Field(() => DateOnlyScalar, { nullable: true, description: "Set to the day it opens unless given" })
  @Column({ name: "published_on", type: "date", nullable: true })
  publishedOn!: string | null;

  @Field(() => Date)
  @Index()
  @Column({ type: "timestamptz" })
  deadline!: Date;

  @Field(() => DateOnlyScalar, { nullable: true })
  @Column({ name: "funding_starts_on", type: "date", nullable: true })
  fundingStartsOn!: string | null;

  @Field(() => DateOnlyScalar, { nullable: true })
  @Column({ name: "funding_ends_on", type: "date", nullable: true })
  fundingEndsOn!: string | null;

  @Field(() => Float, { nullable: true, description: "Euros" })
  @Column({
    name: "budget_min",
    type: "numeric",
    precision: 14,
    scale: 2,
    nullable: true,
    transformer: numericTransformer(),
  })
  budgetMin!: number | null;

  @Field(() => Float, { nullable: true, description: "Euros" })
  @Column({
    name: "budget_max",
    type: "numeric",
    precision: 14,
    scale: 2,
    nullable: true,
    transformer: numericTransformer(),
  })
  budgetMax!: number | null;

  @Field(() => [CallDocumentLink], { description: "The call's documents: guidelines, forms" })
  @Column({ name: "document_links", type: "jsonb", default: () => "'[]'" })
  documentLinks!: CallDocumentLinkValue[];

  @Column({ name: "topic_weights", type: "jsonb", default: () => "'[]'" })
  topicWeights!: CallTopicWeight[];

  @Column({ name: "target_group_keys", type: "text", array: true, default: () => "'{}'" })
  targetGroupKeys!: string[];

  @Column({ name: "district_keys", type: "text", array: true, default: () => "'{}'" })
  districtKeys!: string[];

  @Column({ name: "language_keys", type: "text", array: true, default: () => "'{}'" })
  languageKeys!: string[];

  @Field(() => Int)
  @Column({ name: "tandems_wanted", type: "int", default: 1 })
  tandemsWanted!: number;

  @Field(() => Int)
  @Column({ name: "max_tandems_per_organisation", type: "int", default: 1 })
  maxTandemsPerOrganisation!: number;

  @Field(() => [MembershipKind], { description: "Membership states whose organisations may take part" })
  @Column({ name: "eligible_memberships", type: "text", array: true, default: () => "'{ALBUM_PARTNER}'" })
  eligibleMemberships!: MembershipKind[];

  @Field(() => CallStatus)
  @Index()
  @Column({ type: "enum", enum: CallStatus, enumName: "call_status", default: CallStatus.DRAFT })
  status!: CallStatus;

  /** Where the call comes from: `{ kind, section?, note? }` (see network/provenance.ts); `{}` = entered. */
  @Column({ type: "jsonb", default: () => "'{}'" })
  provenance!: StoredSource | Record<string, never>;

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
