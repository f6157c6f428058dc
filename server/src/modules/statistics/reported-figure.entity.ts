import { Field, Float, Int, ObjectType, registerEnumType } from "type-graphql";
import { Check, Column, Entity, PrimaryColumn } from "typeorm";
import { numericTransformer } from "../../db/numeric-transformer";
import type { StoredSource } from "../network/provenance";

export enum ReportedFigureUnit {
  EURO = "EURO",
  PEOPLE = "PEOPLE",
  ORGANISATIONS = "ORGANISATIONS",
  PROJECTS = "PROJECTS",
}
registerEnumType(ReportedFigureUnit, { name: "ReportedFigureUnit" });

/** How the report words a figure: "knapp" 10 Mio., "über" 8.700, "ca." 6.000. */
export enum ReportedFigureQualifier {
  ALMOST = "ALMOST",
  OVER = "OVER",
  ABOUT = "ABOUT",
}
registerEnumType(ReportedFigureQualifier, {
  name: "ReportedFigureQualifier",
  description: "ALMOST: knapp; OVER: über; ABOUT: ca. / etwa",
});

/**
 * A headline figure of the network's report, kept as the report states it (value, wording,
 * period, section). Shown beside, never mixed with, what the platform's records add up to.
 */
@ObjectType({ description: "A figure as the network's report states it" })
@Entity("reported_figure")
@Check("CHK_reported_figure_unit", `"unit" IN ('EURO', 'PEOPLE', 'ORGANISATIONS', 'PROJECTS')`)
export class ReportedFigure {
  @Field(() => String, {
    description:
      "fundingAcquired, peopleReached, peopleWithMigrationBackground, peopleTrainedInterculturally, companiesSupported, pupilsInCareerOrientation, projectsInitiated",
  })
  @PrimaryColumn({ type: "text" })
  key!: string;

  @Column({ type: "int" })
  position!: number;

  @Field(() => Float)
  @Column({
    type: "numeric",
    precision: 14,
    scale: 2,
    transformer: numericTransformer(),
  })
  value!: number;

  @Field(() => ReportedFigureUnit)
  @Column({ type: "text" })
  unit!: ReportedFigureUnit;

  @Field(() => ReportedFigureQualifier, { nullable: true })
  @Column({ type: "text", nullable: true })
  qualifier!: ReportedFigureQualifier | null;

  @Field(() => Int, { nullable: true, description: "First year the figure covers" })
  @Column({ name: "from_year", type: "int", nullable: true })
  fromYear!: number | null;

  @Field(() => Int, { nullable: true, description: "Last year the figure covers" })
  @Column({ name: "to_year", type: "int", nullable: true })
  toYear!: number | null;

  /** One source `{ kind, section, note }`, see network/provenance.ts. */
  @Column({ type: "jsonb", default: () => "'{}'" })
  provenance!: StoredSource | Record<string, never>;
}
