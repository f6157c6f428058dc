import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Application } from "./application.entity";
import { ApplicationStatus } from "./application-status.enums";
import { User } from "../accounts/user.entity";

/** One step of an application's life: from, to, who, when, why. Written in the transition's transaction. */
@ObjectType()
@Entity("application_status_change")
@Index(["applicationId", "at"])
export class ApplicationStatusChange {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column({ name: "application_id", type: "uuid" })
  applicationId!: string;

  @ManyToOne(() => Application, { onDelete: "CASCADE" })
  @JoinColumn({ name: "application_id" })
  application?: Application;

  /** Null for the creation of the application. */
  @Field(() => ApplicationStatus, { nullable: true })
  @Column({
    name: "from_status",
    type: "enum",
    enum: ApplicationStatus,
    enumName: "application_status",
    nullable: true,
  })
  from!: ApplicationStatus | null;

  @Field(() => ApplicationStatus)
  @Column({ name: "to_status", type: "enum", enum: ApplicationStatus, enumName: "application_status" })
  to!: ApplicationStatus;

  @Column({ name: "user_id", type: "uuid", nullable: true })
  userId!: string | null;

  @ManyToOne(() => User, { onDelete: "SET NULL" })
  @JoinColumn({ name: "user_id" })
  user?: User | null;

  @Field(() => Date)
  @CreateDateColumn({ name: "at", type: "timestamptz" })
  at!: Date;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  comment!: string | null;
}
