import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { User } from "../accounts/user.entity";

export enum NotificationKind {
  TANDEM_REQUEST_RECEIVED = "TANDEM_REQUEST_RECEIVED",
  TANDEM_REQUEST_ACCEPTED = "TANDEM_REQUEST_ACCEPTED",
  TANDEM_REQUEST_DECLINED = "TANDEM_REQUEST_DECLINED",
  TANDEM_REQUEST_WITHDRAWN = "TANDEM_REQUEST_WITHDRAWN",
  TANDEM_REQUEST_EXPIRED = "TANDEM_REQUEST_EXPIRED",
  TANDEM_PROPOSED = "TANDEM_PROPOSED",
  TANDEM_PROPOSAL_HALF_ACCEPTED = "TANDEM_PROPOSAL_HALF_ACCEPTED",
  TANDEM_REQUEST_CLOSED = "TANDEM_REQUEST_CLOSED",
  WAITLIST_PROMOTED = "WAITLIST_PROMOTED",
  DEADLINE_SOON = "DEADLINE_SOON",
  APPLICATION_STATUS_CHANGED = "APPLICATION_STATUS_CHANGED",
}

registerEnumType(NotificationKind, { name: "NotificationKind" });

/** An in-app message for one user; the text is composed in the reader's language when read. */
@ObjectType()
@Entity("notification")
@Index(["userId", "createdAt"])
// Partial index on digest_pending (made by the migration; TypeORM cannot declare WHERE here).
@Index("IDX_notification_digest_pending", { synchronize: false })
export class Notification {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column({ name: "user_id", type: "uuid" })
  userId!: string;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id" })
  user?: User;

  @Field(() => NotificationKind)
  @Column({ type: "text" })
  kind!: NotificationKind;

  /** Names and ids the message refers to (organisation names, call title, request id). */
  @Column({ type: "jsonb", default: () => "'{}'" })
  payload!: Record<string, string>;

  /** Waiting for the user's daily digest mail (their preference for this kind is DAILY_DIGEST). */
  @Column({ name: "digest_pending", type: "boolean", default: false })
  digestPending!: boolean;

  @Field(() => Date, { nullable: true })
  @Column({ name: "read_at", type: "timestamptz", nullable: true })
  readAt!: Date | null;

  @Field(() => Date)
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;
}
