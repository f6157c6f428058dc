import { Field, Float, Int, ObjectType } from "type-graphql";
import { ApplicationStatus } from "../funding/funding.enums";

@ObjectType()
export class FundingByYear {
  @Field(() => Int)
  year!: number;

  @Field(() => Float, { description: "Euros" })
  amount!: number;
}

@ObjectType()
export class FundingByFunder {
  /** Resolved to `funder`; null when an application records no funder. */
  funderId!: string | null;

  @Field(() => Float, { description: "Euros; an application's amount is split equally among its funders" })
  amount!: number;
}

@ObjectType()
export class FundingByProgramme {
  /** Resolved to `programme`; null for applications outside a programme. */
  programmeId!: string | null;

  @Field(() => Float, { description: "Euros" })
  amount!: number;

  @Field(() => Int)
  peopleReached!: number;

  @Field(() => Int)
  applications!: number;
}

@ObjectType()
export class ApplicationStatusCount {
  @Field(() => ApplicationStatus)
  status!: ApplicationStatus;

  @Field(() => Int)
  count!: number;
}

/** The figures the office reports to funders, over the applications attributed to the window. */
@ObjectType()
export class NetworkStatistics {
  @Field(() => Date, { nullable: true })
  from!: Date | null;

  @Field(() => Date, { nullable: true })
  to!: Date | null;

  @Field(() => Float, { description: "Euros approved for approved, running and completed applications" })
  fundingAcquired!: number;

  @Field(() => [FundingByYear], { description: "Attributed to the year the funding period starts" })
  fundingByYear!: FundingByYear[];

  @Field(() => [FundingByFunder])
  fundingByFunder!: FundingByFunder[];

  @Field(() => [FundingByProgramme])
  fundingByProgramme!: FundingByProgramme[];

  @Field(() => Int, { description: "Sum of the people reached that the applications record" })
  peopleReached!: number;

  @Field(() => [ApplicationStatusCount], { description: "Every status, zero counts included" })
  applicationsByStatus!: ApplicationStatusCount[];

  @Field(() => Int, { description: "Approved, running or completed" })
  successfulApplications!: number;

  @Field(() => Int, { description: "Successful plus rejected" })
  decidedApplications!: number;

  @Field(() => Float, { nullable: true, description: "successful ÷ decided; null before any decision" })
  successRate!: number | null;
}
