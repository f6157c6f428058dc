import { Field, ID, ObjectType } from "type-graphql";
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { DateOnlyScalar } from "../../graphql/scalars";
import type { StoredProvenance } from "./provenance";

/**
 * An offer of the network's partners: a course, coaching, a workshop, a place (the report's
 * "Schreibwerkstatt", "Ausbildungscoaching", "SpielWelten", …). Not a funded project: it has no
 * amount, no funder and no application status, and the figures never count it as a project.
 *
 * Kept deliberately flat for imports and exports: the organisations, target groups and topics are
 * arrays of ids and taxonomy keys on the row; the period is optional (the report gives none);
 * `provenance` holds one source (`{ kind, section?, note? }`, see provenance.ts) for the offer as a
 * whole and, under `organisations`, the source of who offers it.
 */
@ObjectType({ description: "An offer of the network (course, coaching, workshop, place); never a funded project" })
@Entity("offer")
@Check("CHK_offer_period", `"ends_on" IS NULL OR "starts_on" IS NULL OR "ends_on" >= "starts_on"`)
@Index("IDX_offer_organisation_ids", { synchronize: false })
export class Offer {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Field(() => String)
  @Index("IDX_offer_slug", { unique: true })
  @Column({ type: "text" })
  slug!: string;

  @Field(() => String)
  @Column({ type: "text" })
  title!: string;

  @Field(() => String)
  @Column({ type: "text", default: "" })
  description!: string;

  @Column({ name: "organisation_ids", type: "uuid", array: true, default: () => "'{}'" })
  organisationIds!: string[];

  @Column({ name: "target_group_keys", type: "text", array: true, default: () => "'{}'" })
  targetGroupKeys!: string[];

  @Column({ name: "topic_keys", type: "text", array: true, default: () => "'{}'" })
  topicKeys!: string[];

  @Field(() => DateOnlyScalar, { nullable: true, description: "Null when unknown" })
  @Column({ name: "starts_on", type: "date", nullable: true })
  startsOn!: string | null;

  @Field(() => DateOnlyScalar, { nullable: true, description: "Null when unknown or open" })
  @Column({ name: "ends_on", type: "date", nullable: true })
  endsOn!: string | null;

  /** `{ offer: source, organisations: source }` — see provenance.ts. */
  @Column({ type: "jsonb", default: () => "'{}'" })
  provenance!: StoredProvenance;

  @Field(() => Date)
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;
}
