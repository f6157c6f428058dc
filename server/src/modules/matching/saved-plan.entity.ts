import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { CallForProposals } from "../calls/call.entity";

/** The weights a plan was computed with, as the office set them (unset ones took their defaults). */
@ObjectType()
export class SavedPlanWeights {
  @Field(() => Float, { nullable: true }) topicCoverage?: number;
  @Field(() => Float, { nullable: true }) complementarity?: number;
  @Field(() => Float, { nullable: true }) targetGroupFit?: number;
  @Field(() => Float, { nullable: true }) localFit?: number;
  @Field(() => Float, { nullable: true }) languageFit?: number;
  @Field(() => Float, { nullable: true }) trust?: number;
  @Field(() => Float, { nullable: true }) availability?: number;
  @Field(() => Float, { nullable: true }) fairness?: number;
  @Field(() => Boolean, { nullable: true }) fairnessMode?: boolean;
  @Field(() => Boolean, { nullable: true }) preferNovelty?: boolean;
}

@ObjectType()
export class SavedPlanPair {
  @Field(() => ID) migrantOrganisationId!: string;
  @Field(() => ID) educationalInstitutionId!: string;
}

/** What the office asked the engine for: k, b, pins, exclusions, weights and fairness. */
@ObjectType()
export class SavedPlanParameters {
  @Field(() => Int) tandems!: number;
  @Field(() => Int) maxTandemsPerOrganisation!: number;
  @Field(() => [SavedPlanPair]) fixedPairs!: SavedPlanPair[];
  @Field(() => [ID]) excludedOrganisationIds!: string[];
  @Field(() => SavedPlanWeights) weights!: SavedPlanWeights;
  @Field(() => String, { description: "The language the reasons were written in" }) locale!: string;
}

/** One tandem of a saved plan, with its score and reasons as computed when the plan was saved. */
@ObjectType()
export class SavedPlanTandem {
  @Field(() => ID) migrantOrganisationId!: string;
  @Field(() => ID) educationalInstitutionId!: string;
  @Field(() => String, { description: "The name when the plan was saved" }) migrantOrganisationName!: string;
  @Field(() => String, { description: "The name when the plan was saved" }) educationalInstitutionName!: string;
  @Field(() => Float) score!: number;
  @Field(() => [String]) reasons!: string[];
  @Field(() => Boolean) fixed!: boolean;
  @Field(() => Boolean, { description: "The tandem existed already when the plan was saved" }) formed!: boolean;
  /** Filled by the resolver: the call id, so the pair's current request can be looked up. */
  callId?: string;
}

/**
 * A tandem plan the office saved under a name: its parameters, its tandems as computed then, and a
 * fingerprint of everything the engine read, so a later look can tell whether the data changed.
 */
@ObjectType()
@Entity("saved_tandem_plan")
@Index("IDX_saved_tandem_plan_call_name", ["callId", "name"], { unique: true })
export class SavedTandemPlan {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Field(() => ID)
  @Column({ name: "call_id", type: "uuid" })
  callId!: string;

  @ManyToOne(() => CallForProposals, { onDelete: "CASCADE" })
  @JoinColumn({ name: "call_id" })
  callRelation?: CallForProposals;

  @Field(() => String)
  @Column({ type: "varchar", length: 120 })
  name!: string;

  @Field(() => SavedPlanParameters)
  @Column({ type: "jsonb" })
  parameters!: SavedPlanParameters;

  @Field(() => [SavedPlanTandem])
  @Column({ type: "jsonb" })
  tandems!: SavedPlanTandem[];

  @Field(() => Float)
  @Column({ name: "total_score", type: "double precision" })
  totalScore!: number;

  @Field(() => Float, { nullable: true, description: "The weakest tandem's score" })
  @Column({ name: "minimum_score", type: "double precision", nullable: true })
  minimumScore!: number | null;

  /** sha-256 of the engine's inputs when saved (see plan-fingerprint.ts). */
  @Column({ type: "char", length: 64 })
  fingerprint!: string;

  @Column({ name: "created_by_user_id", type: "uuid", nullable: true })
  createdByUserId!: string | null;

  @Field(() => Date)
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;
}
