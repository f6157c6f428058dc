import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Organisation } from "../network/organisation.entity";
import { UserRole } from "./accounts.enums";

/** A person who signs in: the coordination office, a partner organisation's or a company's staff. */
@ObjectType()
@Entity("app_user")
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  /** Stored lower-case so that sign-in ignores case. */
  @Field(() => String)
  @Index({ unique: true })
  @Column({ type: "text" })
  email!: string;

  @Field(() => String)
  @Column({ name: "display_name", type: "text" })
  displayName!: string;

  @Column({ name: "password_hash", type: "text" })
  passwordHash!: string;

  @Field(() => UserRole)
  @Column({ type: "enum", enum: UserRole, enumName: "user_role" })
  role!: UserRole;

  @Index()
  @Column({ name: "organisation_id", type: "uuid", nullable: true })
  organisationId!: string | null;

  @ManyToOne(() => Organisation, { onDelete: "SET NULL" })
  @JoinColumn({ name: "organisation_id" })
  organisation?: Organisation | null;

  /** Secret of the user's private deadline calendar link; created on first use, never sent except to the user. */
  @Index({ unique: true })
  @Column({ name: "calendar_token", type: "text", nullable: true })
  calendarToken!: string | null;

  /** The language of the user's mails: the one chosen on the account page, else that of the last sign-in. */
  @Field(() => String, { description: "Language of the user's mails: de or en" })
  @Column({ type: "varchar", length: 2, default: "de" })
  locale!: string;

  /** Set once the user chose the language: sign-ins in another browser language keep it. */
  @Column({ name: "locale_chosen", type: "boolean", default: false })
  localeChosen!: boolean;

  /** Set while the office has deactivated the account: no sign-in, no session. */
  @Column({ name: "deactivated_at", type: "timestamptz", nullable: true })
  deactivatedAt!: Date | null;

  @Column({ name: "last_sign_in_at", type: "timestamptz", nullable: true })
  lastSignInAt!: Date | null;

  @Field(() => Date)
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;
}
