import { Field, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from "typeorm";
import { ParticipantRole } from "./application-status.enums";
import { Application } from "./application.entity";
import { Organisation } from "../network/organisation.entity";

/** An organisation taking part in an application, in a role. Joint participation links partners. */
@ObjectType()
@Entity("application_participant")
export class ApplicationParticipant {
  @PrimaryColumn({ name: "application_id", type: "uuid" })
  applicationId!: string;

  @Index()
  @PrimaryColumn({ name: "organisation_id", type: "uuid" })
  organisationId!: string;

  @ManyToOne(() => Application, { onDelete: "CASCADE" })
  @JoinColumn({ name: "application_id" })
  application?: Application;

  @ManyToOne(() => Organisation, { onDelete: "CASCADE" })
  @JoinColumn({ name: "organisation_id" })
  organisation?: Organisation;

  @Field(() => ParticipantRole)
  @Column({ type: "enum", enum: ParticipantRole, enumName: "participant_role" })
  role!: ParticipantRole;
}
