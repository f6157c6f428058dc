import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { DateOnlyScalar } from "../../graphql/scalars";
import type { StoredSource } from "../network/provenance";

/** Förderprogramm: a funding programme of one or more funders. */
@ObjectType()
@Entity("funding_programme")
export class FundingProgramme {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Field(() => String)
  @Index({ unique: true })
  @Column({ type: "text" })
  key!: string;

  @Field(() => String)
  @Column({ type: "text" })
  name!: string;

  @Field(() => String)
  @Column({ type: "text", default: "" })
  description!: string;

  /** Funder organisation ids; resolved to organisations in GraphQL. */
  @Column({ name: "funder_ids", type: "uuid", array: true, default: () => "'{}'" })
  funderIds!: string[];

  @Field(() => DateOnlyScalar, { nullable: true })
  @Column({ name: "starts_on", type: "date", nullable: true })
  startsOn!: string | null;

  @Field(() => DateOnlyScalar, { nullable: true })
  @Column({ name: "ends_on", type: "date", nullable: true })
  endsOn!: string | null;

  /** Where the programme comes from: `{ kind, section?, note? }` (see network/provenance.ts); `{}` = entered. */
  @Column({ type: "jsonb", default: () => "'{}'" })
  provenance!: StoredSource | Record<string, never>;
}
