import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Application } from "./application.entity";
import { ApplicationTandem } from "./application-tandem.entity";
import { Organisation } from "../network/organisation.entity";
import { numericTransformer } from "../../db/numeric-transformer";

/**
 * One participating organisation's part of an application's budget (optionally within one of its
 * tandems): what the funder pays it and what it brings itself. The funder's shares of all rows add
 * up to the requested amount, or to the approved amount once approved (checked in cents by the
 * service; the columns are exact numerics, never floats).
 */
@ObjectType()
@Entity("application_budget_share")
@Check("CHK_application_budget_share_amounts", `"funder_share" >= 0 AND "own_contribution" >= 0`)
// One row per organisation and tandem, "no tandem" counting as one value (made by the migration).
@Index("IDX_application_budget_share_unique", { synchronize: false })
export class ApplicationBudgetShare {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Index()
  @Column({ name: "application_id", type: "uuid" })
  applicationId!: string;

  @ManyToOne(() => Application, { onDelete: "CASCADE" })
  @JoinColumn({ name: "application_id" })
  application?: Application;

  @Index()
  @Column({ name: "organisation_id", type: "uuid" })
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: "CASCADE" })
  @JoinColumn({ name: "organisation_id" })
  organisationRelation?: Organisation;

  /** The tandem this share belongs to; a share for a removed tandem goes with it. */
  @Index()
  @Column({ name: "tandem_id", type: "uuid", nullable: true })
  tandemId!: string | null;

  @ManyToOne(() => ApplicationTandem, { onDelete: "CASCADE" })
  @JoinColumn({ name: "tandem_id" })
  tandemRelation?: ApplicationTandem | null;

  @Field(() => Float, { description: "Euros (to the cent) the funder pays this organisation" })
  @Column({ name: "funder_share", type: "numeric", precision: 14, scale: 2, transformer: numericTransformer() })
  funderShare!: number;

  @Field(() => Float, { description: "Euros (to the cent) of own contribution or co-financing" })
  @Column({
    name: "own_contribution",
    type: "numeric",
    precision: 14,
    scale: 2,
    default: 0,
    transformer: numericTransformer(),
  })
  ownContribution!: number;

  /** Order in which the office listed the shares. */
  @Field(() => Int)
  @Column({ type: "int", default: 0 })
  position!: number;
}
