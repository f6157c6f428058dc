import { Field, ObjectType, Arg } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

/** Columns shared by all taxonomies: a stable key and German and English labels. */
@ObjectType()
abstract class TaxonomyTerm {
  @Field(() => String)
  @PrimaryColumn({ type: "text" })
  key!: string;

  @Field(() => String)
  @Column({ name: "label_de", type: "text" })
  labelDe!: string;

  @Field(() => String)
  @Column({ name: "label_en", type: "text" })
  labelEn!: string;

  @Field(() => String, { description: "Label in the given locale (de or en); German by default" })
  label(@Arg("locale", () => String, { nullable: true }) locale?: string): string {
    return locale?.toLowerCase().startsWith("en") ? this.labelEn : this.labelDe;
  }
}

@ObjectType({ description: "Handlungsfeld: a field of action / competence" })
@Entity("topic")
export class Topic extends TaxonomyTerm {}

@ObjectType({ description: "Zielgruppe" })
@Entity("target_group")
export class TargetGroup extends TaxonomyTerm {}

@ObjectType({ description: "Stadtbezirk of Hannover, or the Region Hannover" })
@Entity("district")
export class District extends TaxonomyTerm {}

@ObjectType({ description: "Language, keyed by its ISO 639-1 code" })
@Entity("language")
export class Language extends TaxonomyTerm {}
