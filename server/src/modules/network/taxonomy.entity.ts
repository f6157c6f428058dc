import { Arg, Ctx, Field, ObjectType } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
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

  @Field(() => String, {
    description: "Label in the given locale (de or en); by default the request's Accept-Language",
  })
  label(@Ctx() ctx: RequestContext, @Arg("locale", () => String, { nullable: true }) locale?: string): string {
    const chosen = locale ?? ctx.locale;
    return chosen.toLowerCase().startsWith("en") ? this.labelEn : this.labelDe;
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
