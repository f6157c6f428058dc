import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Organisation } from "../network/organisation.entity";
import { Exchange } from "./exchange.entity";
import { ParticipationStatus } from "./exchange.enums";

/**
 * One organisation's seat (or place in the queue) at an exchange. Leaving keeps the row as
 * CANCELLED, so the history stays; a partial unique index allows one live participation per
 * exchange and organisation, and re-joining starts a new row at the end of the queue.
 */
@ObjectType()
@Entity("exchange_participation")
@Index("IDX_exchange_participation_one_active", ["exchangeId", "organisationId"], {
  unique: true,
  where: `"status" <> 'CANCELLED'`,
})
@Index("IDX_exchange_participation_queue", ["exchangeId", "queueNumber"], { unique: true })
export class ExchangeParticipation {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column({ name: "exchange_id", type: "uuid" })
  exchangeId!: string;

  @ManyToOne(() => Exchange, { onDelete: "CASCADE" })
  @JoinColumn({ name: "exchange_id" })
  exchangeRelation?: Exchange;

  @Index()
  @Column({ name: "organisation_id", type: "uuid" })
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: "CASCADE" })
  @JoinColumn({ name: "organisation_id" })
  organisationRelation?: Organisation;

  /** Who comes; shown only to the own organisation and the office (personal data). */
  @Column({ name: "person_name", type: "text", nullable: true })
  personName!: string | null;

  @Field(() => ParticipationStatus)
  @Column({ type: "enum", enum: ParticipationStatus, enumName: "exchange_participation_status" })
  status!: ParticipationStatus;

  /**
   * Join order within the exchange, assigned while the exchange row is locked: first come, first
   * served. Timestamps alone could tie or disagree with the order in which joins took the lock.
   */
  @Column({ name: "queue_number", type: "int" })
  queueNumber!: number;

  @Field(() => Date)
  @Column({ name: "joined_at", type: "timestamptz", default: () => "now()" })
  joinedAt!: Date;

  @Field(() => Date, {
    nullable: true,
    description: "When the seat was confirmed: at joining, or when promoted from the waitlist",
  })
  @Column({ name: "confirmed_at", type: "timestamptz", nullable: true })
  confirmedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: "cancelled_at", type: "timestamptz", nullable: true })
  cancelledAt!: Date | null;
}
