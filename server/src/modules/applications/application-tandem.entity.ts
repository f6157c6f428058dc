import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Application } from "./application.entity";
import { Organisation } from "../network/organisation.entity";
import { numericTransformer } from "../../db/numeric-transformer";

/** A partner tandem of an application (one migrant organisation + one educational institution) and its budget share. */
@ObjectType()
@Entity("application_tandem")
@Check("CHK_application_tandem_share", `"budget_share" >= 0`)
@Index("IDX_application_tandem_pair", ["applicationId", "migrantOrganisationId", "educationalInstitutionId"], {
  unique: true,
})
export class ApplicationTandem {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column({ name: "application_id", type: "uuid" })
  applicationId!: string;

  @ManyToOne(() => Application, { onDelete: "CASCADE" })
  @JoinColumn({ name: "application_id" })
  application?: Application;

  @Index()
  @Column({ name: "migrant_organisation_id", type: "uuid" })
  migrantOrganisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: "CASCADE" })
  @JoinColumn({ name: "migrant_organisation_id" })
  migrantRelation?: Organisation;

  @Index()
  @Column({ name: "educational_institution_id", type: "uuid" })
  educationalInstitutionId!: string;

  @ManyToOne(() => Organisation, { onDelete: "CASCADE" })
  @JoinColumn({ name: "educational_institution_id" })
  institutionRelation?: Organisation;

  @Field(() => Float, { description: "Euros" })
  @Column({ name: "budget_share", type: "numeric", precision: 14, scale: 2, transformer: numericTransformer() })
  budgetShare!: number;

  /** Order in which the office listed the tandems. */
  @Field(() => Int)
  @Column({ type: "int", default: 0 })
  position!: number;

  /** The accepted tandem request this tandem came from, if any. */
  @Column({ name: "tandem_request_id", type: "uuid", nullable: true })
  tandemRequestId!: string | null;
}
