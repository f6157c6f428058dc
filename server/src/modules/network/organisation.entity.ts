import { Field, ID, Int, ObjectType } from "type-graphql";
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from "typeorm";
import { OrganisationKind } from "./network.enums";
import { Membership } from "./membership.entity";
import { ContactPerson } from "./contact-person.entity";
import type { StoredProvenance } from "./provenance";

/** An actor of the network: migrant organisation, educational institution, partner, company, funder. */
@ObjectType()
@Entity("organisation")
// GIN indexes (trigram search, array overlap) are created by the migration; TypeORM cannot describe them.
@Index("IDX_organisation_name_trgm", { synchronize: false })
@Index("IDX_organisation_short_name_trgm", { synchronize: false })
@Index("IDX_organisation_topic_keys", { synchronize: false })
@Index("IDX_organisation_target_group_keys", { synchronize: false })
@Index("IDX_organisation_language_keys", { synchronize: false })
@Index("IDX_organisation_districts_served_keys", { synchronize: false })
@Index("IDX_organisation_directory_order", { synchronize: false })
export class Organisation {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Field(() => String)
  @Index({ unique: true })
  @Column({ type: "text" })
  slug!: string;

  @Field(() => String)
  @Column({ type: "text" })
  name!: string;

  /** The organisation's key in a spreadsheet it was imported from (unique when set); matched on re-import. */
  @Index("IDX_organisation_external_key", { unique: true, where: "external_key IS NOT NULL" })
  @Column({ name: "external_key", type: "text", nullable: true })
  externalKey!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: "short_name", type: "text", nullable: true })
  shortName!: string | null;

  @Field(() => OrganisationKind)
  @Index()
  @Column({ type: "enum", enum: OrganisationKind, enumName: "organisation_kind" })
  kind!: OrganisationKind;

  @Field(() => String)
  @Column({ type: "text", default: "" })
  description!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  website!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  street!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: "postal_code", type: "text", nullable: true })
  postalCode!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  city!: string | null;

  /** District key; resolved to a District in GraphQL. */
  @Column({ name: "district_key", type: "text", nullable: true })
  districtKey!: string | null;

  @Column({ name: "topic_keys", type: "text", array: true, default: () => "'{}'" })
  topicKeys!: string[];

  @Column({ name: "offer_keys", type: "text", array: true, default: () => "'{}'" })
  offerKeys!: string[];

  @Column({ name: "need_keys", type: "text", array: true, default: () => "'{}'" })
  needKeys!: string[];

  @Column({ name: "target_group_keys", type: "text", array: true, default: () => "'{}'" })
  targetGroupKeys!: string[];

  @Column({ name: "language_keys", type: "text", array: true, default: () => "'{}'" })
  languageKeys!: string[];

  @Column({ name: "districts_served_keys", type: "text", array: true, default: () => "'{}'" })
  districtsServedKeys!: string[];

  @Field(() => Int, { description: "How many projects the organisation can carry at once" })
  @Column({ type: "int", default: 3 })
  capacity!: number;

  /**
   * Opt-in: other members may see which exchanges the organisation takes part in (attendee lists,
   * its profile). Off by default: taking part in a meeting is the organisation's own business.
   */
  @Field(() => Boolean, {
    description:
      "Whether other signed-in members see the organisation in exchange attendee lists and its exchanges on its profile; its own members and the office always do",
  })
  @Column({ name: "show_exchange_participation", type: "boolean", default: false })
  showExchangeParticipation!: boolean;

  /** Per-field sources of seeded values: `{ field: { kind, section?, note? } }` or the bare kind (see provenance.ts). */
  @Column({ type: "jsonb", default: () => "'{}'" })
  provenance!: StoredProvenance;

  @Field(() => Date, { nullable: true })
  @Column({ name: "archived_at", type: "timestamptz", nullable: true })
  archivedAt!: Date | null;

  @Field(() => Int, { description: "Increases with every change; send it back as expectedVersion" })
  @VersionColumn()
  version!: number;

  @Field(() => Date)
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;

  @Field(() => Date)
  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt!: Date;

  @OneToMany(() => Membership, (membership) => membership.organisation)
  memberships?: Membership[];

  @OneToMany(() => ContactPerson, (person) => person.organisation)
  contactPersons?: ContactPerson[];
}
