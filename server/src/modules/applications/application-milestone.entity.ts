import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Application } from "./application.entity";
import { MilestoneKind } from "./application.enums";

/** A dated step of an application: internal deadline, submission, reports. Reminded seven days ahead. */
@ObjectType()
@Entity("application_milestone")
export class ApplicationMilestone {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Index()
  @Column({ name: "application_id", type: "uuid" })
  applicationId!: string;

  @ManyToOne(() => Application, { onDelete: "CASCADE" })
  @JoinColumn({ name: "application_id" })
  application?: Application;

  @Field(() => MilestoneKind)
  @Column({ type: "enum", enum: MilestoneKind, enumName: "milestone_kind" })
  kind!: MilestoneKind;

  @Field(() => String)
  @Column({ type: "text" })
  title!: string;

  @Field(() => Date)
  @Index()
  @Column({ name: "due_at", type: "timestamptz" })
  dueAt!: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: "done_at", type: "timestamptz", nullable: true })
  doneAt!: Date | null;

  /** When the seven-day reminder went out; set once so that no reminder is sent twice. */
  @Column({ name: "notified_at", type: "timestamptz", nullable: true })
  notifiedAt!: Date | null;

  @Field(() => Date)
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;
}
