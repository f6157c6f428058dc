import { Field, Float, Int, ObjectType, registerEnumType } from "type-graphql";
import { ApplicationStatus } from "../applications/application-status.enums";
import { MembershipKind, OrganisationKind } from "../network/network.enums";

@ObjectType({
  description:
    "Funding in one year: each amount spread pro rata by months over the period it covers (from the start of the funding period to amountCoversUntil or the period's end; all in the start year when the end is unknown)",
})
export class FundingByYear {
  @Field(() => Int, {
    nullable: true,
    description:
      "The year; null for amounts of applications without a funding period, approval day or call deadline, listed last",
  })
  year!: number | null;

  @Field(() => Float, { description: "Euros" })
  amount!: number;
}

export enum FunderAttribution {
  SINGLE_FUNDER = "SINGLE_FUNDER",
  NOT_SPLIT = "NOT_SPLIT",
  NO_FUNDER = "NO_FUNDER",
}
registerEnumType(FunderAttribution, {
  name: "FunderAttribution",
  description:
    "SINGLE_FUNDER: amounts of applications with exactly one funder; NOT_SPLIT: amounts shared by several funders without recorded shares (never divided by guesswork); NO_FUNDER: no funder recorded",
});

@ObjectType()
export class FundingByFunder {
  /** Resolved to `funder` (SINGLE_FUNDER only) and `funders`. */
  funderId!: string | null;
  funderIds!: string[];

  @Field(() => FunderAttribution)
  attribution!: FunderAttribution;

  @Field(() => Float, { description: "Euros" })
  amount!: number;

  @Field(() => Int, { description: "Funded applications whose amounts make up this row" })
  projects!: number;
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

/**
 * One year's figures. An application belongs to the year of the day it is attributed to: the start
 * of its funding period, else the day it was approved, else its call's deadline, else the day it was
 * created on the platform (the same rule as fundingByYear; decisions count in that year too, not in
 * the year they were taken). Records from the network's report without a period have no year.
 */
@ObjectType()
export class YearStatistics {
  @Field(() => Int, {
    nullable: true,
    description:
      "The attributed year; null for applications without a funding period, approval day or call deadline (projects taken from the network's report), listed last",
  })
  year!: number | null;

  @Field(() => Float, {
    description: "Euros of approved, running and completed applications falling in the year (spread by months)",
  })
  fundingAcquired!: number;

  @Field(() => Int)
  peopleReached!: number;

  @Field(() => Int, { description: "Applications attributed to the year, in any status" })
  applications!: number;

  @Field(() => Int, {
    description: "Approved, running or completed among the year's applications decided on the platform",
  })
  successfulApplications!: number;

  @Field(() => Int, { description: "The year's applications approved or rejected on the platform" })
  decidedApplications!: number;

  @Field(() => Float, { nullable: true, description: "successful ÷ decided; null without a decision on the platform" })
  successRate!: number | null;
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

  @Field(() => Int, { description: "Approved, running or completed applications whose approved amount is recorded" })
  applicationsWithAmount!: number;

  @Field(() => [ApplicationStatusCount], { description: "Every status, zero counts included" })
  applicationsByStatus!: ApplicationStatusCount[];

  @Field(() => Int, {
    description:
      "Approved, running or completed among those decided on the platform (records taken from the report were decided elsewhere and do not count)",
  })
  successfulApplications!: number;

  @Field(() => Int, { description: "Approved or rejected on the platform (a recorded decision)" })
  decidedApplications!: number;

  @Field(() => Float, {
    nullable: true,
    description: "successful ÷ decided, over decisions recorded on the platform; null before any",
  })
  successRate!: number | null;

  @Field(() => [YearStatistics], { description: "Every year with funding or an attributed application, oldest first" })
  byYear!: YearStatistics[];
}

/** One year of the public figures: projects attributed to it (see YearStatistics for the rule). */
@ObjectType()
export class PublicYearFigures {
  @Field(() => Int, {
    nullable: true,
    description:
      "The attributed year; null for applications without a funding period, approval day or call deadline (projects taken from the network's report), listed last",
  })
  year!: number | null;

  @Field(() => Float, { description: "Euros falling in the year (spread by months)" })
  fundingAcquired!: number;

  @Field(() => Int, { description: "People reached by the projects starting in the year" })
  peopleReached!: number;

  @Field(() => Int, { description: "Projects starting in the year" })
  projects!: number;
}

@ObjectType()
export class OrganisationKindCount {
  @Field(() => OrganisationKind)
  kind!: OrganisationKind;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class MembershipCount {
  @Field(() => MembershipKind)
  kind!: MembershipKind;

  @Field(() => Int, { description: "Organisations holding such a membership in the window" })
  organisations!: number;

  @Field(() => Int, {
    description: "Of those, organisations whose membership is ILLUSTRATIVE (not in the network's report)",
  })
  illustrativeOrganisations!: number;
}

/**
 * The network in figures for everyone, computed only from what the public sees anyway: projects
 * (running and completed applications, as on organisation pages), the directory, memberships and
 * relations. Applications in preparation, submitted, approved but not started, rejected or
 * withdrawn never count here.
 */
@ObjectType()
export class PublicNetworkFigures {
  @Field(() => Date, { nullable: true })
  from!: Date | null;

  @Field(() => Date, { nullable: true })
  to!: Date | null;

  @Field(() => Float, { description: "Euros approved for the projects attributed to the window" })
  fundingAcquired!: number;

  @Field(() => Int, { description: "Sum of the people reached that the projects record" })
  peopleReached!: number;

  @Field(() => Int, { description: "Running and completed projects attributed to the window" })
  projects!: number;

  @Field(() => Int)
  runningProjects!: number;

  @Field(() => Int)
  completedProjects!: number;

  @Field(() => Int, { description: "Projects whose approved amount is recorded (the rest count without money)" })
  projectsWithAmount!: number;

  @Field(() => Int, {
    description:
      "The network's offers (courses, coaching, places): never counted as projects; with a window, those with a known period overlapping it",
  })
  offers!: number;

  @Field(() => [PublicYearFigures], { description: "Every year with a project, oldest first" })
  byYear!: PublicYearFigures[];

  @Field(() => [FundingByFunder])
  fundingByFunder!: FundingByFunder[];

  @Field(() => [FundingByProgramme], { description: "applications counts the projects" })
  fundingByProgramme!: FundingByProgramme[];

  @Field(() => [OrganisationKindCount], {
    description: "The directory today (archived organisations left out); every kind, zero counts included",
  })
  organisationsByKind!: OrganisationKindCount[];

  @Field(() => [MembershipCount], {
    description:
      "Organisations (not archived) with a membership whose period overlaps the window (open ends unbounded); every kind, zero counts included",
  })
  memberships!: MembershipCount[];

  @Field(() => Int, {
    description: "Relations between organisations not archived whose period overlaps the window (open ends unbounded)",
  })
  relations!: number;
}
