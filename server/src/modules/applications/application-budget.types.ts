import { Field, Float, ObjectType, registerEnumType } from "type-graphql";
import { Organisation } from "../network/organisation.entity";
import { ApplicationTandem } from "./application-tandem.entity";

/** Which amount an application's budget split divides: the requested one until approval, then the approved one. */
export enum BudgetBasis {
  REQUESTED = "REQUESTED",
  APPROVED = "APPROVED",
}
registerEnumType(BudgetBasis, { name: "BudgetBasis" });

/** The per-organisation split summed up, against the amount it must add up to. */
@ObjectType()
export class ApplicationBudgetTotals {
  @Field(() => BudgetBasis)
  basis!: BudgetBasis;

  @Field(() => Float, {
    nullable: true,
    description: "Euros the funder's shares must add up to (requested, or approved once approved)",
  })
  target!: number | null;

  @Field(() => Float, { description: "Euros: sum of the funder's shares" })
  funderShare!: number;

  @Field(() => Float, { description: "Euros: sum of own contributions and co-financing" })
  ownContribution!: number;

  @Field(() => Float, { description: "Euros: funder's shares plus own contributions" })
  total!: number;

  @Field(() => Float, {
    nullable: true,
    description: "Euros: target minus the funder's shares (positive: still to split)",
  })
  difference!: number | null;

  @Field(() => Boolean, { description: "A split exists and adds up to the target to the cent" })
  balanced!: boolean;
}

/** One organisation's share as proposed for an approved amount (not stored until the office confirms it). */
@ObjectType()
export class BudgetShareProposal {
  @Field(() => Organisation)
  organisation!: Organisation;

  @Field(() => ApplicationTandem, { nullable: true })
  tandem!: ApplicationTandem | null;

  @Field(() => Float, { description: "Euros: the funder's share of the approved amount" })
  funderShare!: number;

  @Field(() => Float, { description: "Euros: own contribution, kept as it was" })
  ownContribution!: number;

  @Field(() => Float, { description: "Euros: funderShare + ownContribution" })
  total!: number;

  @Field(() => Float, { description: "Euros: the funder's share in the current split" })
  previousFunderShare!: number;
}

/** What approving with an amount means for the split, and the proportional proposal the office confirms or edits. */
@ObjectType()
export class ApprovedSplitProposal {
  @Field(() => Boolean, {
    description:
      "The application has a split that does not add up to this amount: approving needs approvedBudgetShares",
  })
  required!: boolean;

  @Field(() => Float, { description: "Euros" })
  approvedAmount!: number;

  @Field(() => Float, { description: "Euros: the funder's shares of the current split, summed" })
  currentSum!: number;

  @Field(() => [BudgetShareProposal], {
    description:
      "The current shares scaled to the approved amount (largest remainder, to the cent); empty without a split",
  })
  shares!: BudgetShareProposal[];
}
