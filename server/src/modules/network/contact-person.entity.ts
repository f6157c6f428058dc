import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Organisation } from "./organisation.entity";

/** A person to contact at an organisation. Personal data: shown only with consent, to members. */
@ObjectType()
@Entity("contact_person")
export class ContactPerson {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Index()
  @Column({ name: "organisation_id", type: "uuid" })
  organisationId!: string;

  @ManyToOne(() => Organisation, (organisation) => organisation.contactPersons, { onDelete: "CASCADE" })
  @JoinColumn({ name: "organisation_id" })
  organisation?: Organisation;

  @Field(() => String)
  @Column({ type: "text" })
  name!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  role!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  phone!: string | null;

  /** Without recorded consent the person is never shown (to signed-in members only). */
  @Column({ name: "consent_given_at", type: "timestamptz", nullable: true })
  consentGivenAt!: Date | null;

  /** Consent to be contacted by companies: without it companies see no e-mail or phone. */
  @Column({ name: "companies_consent_at", type: "timestamptz", nullable: true })
  companiesConsentAt!: Date | null;
}
