import { Field, ID, Int, ObjectType } from "type-graphql";
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from "typeorm";
import { ExchangeSeries, ExchangeStatus, ExchangeVisibility } from "./exchange.enums";

/** Austausch / Veranstaltung: a meeting of the network that organisations join, with a fixed number of seats. */
@ObjectType()
@Entity("exchange")
// The service validates both already; the checks keep a faulty writer from storing an impossible exchange.
@Check("CHK_exchange_capacity_positive", `"capacity" > 0`)
@Check("CHK_exchange_ends_after_start", `"ends_at" > "starts_at"`)
export class Exchange {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Field(() => ExchangeSeries)
  @Index()
  @Column({ type: "enum", enum: ExchangeSeries, enumName: "exchange_series" })
  series!: ExchangeSeries;

  @Field(() => String)
  @Column({ type: "text" })
  title!: string;

  @Field(() => String)
  @Column({ type: "text", default: "" })
  description!: string;

  @Column({ name: "topic_keys", type: "text", array: true, default: () => "'{}'" })
  topicKeys!: string[];

  @Field(() => Date)
  @Index()
  @Column({ name: "starts_at", type: "timestamptz" })
  startsAt!: Date;

  @Field(() => Date)
  @Index()
  @Column({ name: "ends_at", type: "timestamptz" })
  endsAt!: Date;

  @Field(() => String)
  @Column({ type: "text", default: "" })
  location!: string;

  @Field(() => Int, { description: "Seats; each participating organisation takes one" })
  @Column({ type: "int" })
  capacity!: number;

  @Field(() => ExchangeVisibility)
  @Column({
    type: "enum",
    enum: ExchangeVisibility,
    enumName: "exchange_visibility",
    default: ExchangeVisibility.PUBLIC,
  })
  visibility!: ExchangeVisibility;

  @Field(() => Int, {
    nullable: true,
    description: "How many people one organisation may bring (shown to participants; seats count organisations)",
  })
  @Column({ name: "seats_per_organisation", type: "int", nullable: true })
  seatsPerOrganisation!: number | null;

  @Field(() => ExchangeStatus)
  @Column({ type: "enum", enum: ExchangeStatus, enumName: "exchange_status", default: ExchangeStatus.SCHEDULED })
  status!: ExchangeStatus;

  @Field(() => Date, { nullable: true })
  @Column({ name: "cancelled_at", type: "timestamptz", nullable: true })
  cancelledAt!: Date | null;

  /** As for relations: DOCUMENT or ILLUSTRATIVE for seeded rows, ENTERED for those the office recorded. */
  @Column({ type: "text", default: "ENTERED" })
  provenance!: string;

  @Field(() => Int)
  @VersionColumn()
  version!: number;

  @Field(() => Date)
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;

  @Field(() => Date)
  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt!: Date;
}
