import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { Organisation } from "../network/organisation.entity";
import { FundingProgramme } from "../funding/programme.entity";
import { FundingByFunder, FundingByProgramme, NetworkStatistics, PublicNetworkFigures } from "./statistics.types";
import { networkStatistics, publicNetworkFigures } from "./statistics.service";
import { fundingLoaders } from "../funding/funding.loaders";
import { networkLoaders } from "../network/network.loaders";
import { Source, sourceFrom } from "../network/provenance";
import { loadKeys } from "../../shared/load-keys";
import { ReportedFigure } from "./reported-figure.entity";

/**
 * Figures for funders. Members only (office and partners): the counts by status and the success
 * rate include applications that are not public (submitted, rejected, withdrawn). The public gets
 * publicNetworkFigures, computed from projects and the directory only.
 */
@Resolver(() => NetworkStatistics)
export class StatisticsResolver {
  @Authorized("COORDINATOR", "PARTNER")
  @Query(() => NetworkStatistics, {
    description:
      "Funding acquired, people reached, applications by status, success rate; window by the start of the funding period",
  })
  networkStatistics(
    @Ctx() ctx: RequestContext,
    @Arg("from", () => Date, { nullable: true }) from?: Date | null,
    @Arg("to", () => Date, { nullable: true }) to?: Date | null,
  ): Promise<NetworkStatistics> {
    return networkStatistics(ctx.db, from ?? null, to ?? null);
  }

  @Query(() => PublicNetworkFigures, {
    description:
      "The network in figures for everyone: projects (running and completed), organisations, memberships, relations; window by the start of the funding period",
  })
  publicNetworkFigures(
    @Ctx() ctx: RequestContext,
    @Arg("from", () => Date, { nullable: true }) from?: Date | null,
    @Arg("to", () => Date, { nullable: true }) to?: Date | null,
  ): Promise<PublicNetworkFigures> {
    return publicNetworkFigures(ctx.db, from ?? null, to ?? null);
  }
}

@Resolver(() => FundingByFunder)
export class FundingByFunderResolver {
  @FieldResolver(() => Organisation, { nullable: true, description: "The funder, for SINGLE_FUNDER; else null" })
  funder(@Root() row: FundingByFunder, @Ctx() ctx: RequestContext): Promise<Organisation | null> | null {
    return row.funderId ? networkLoaders(ctx).organisationById.load(row.funderId) : null;
  }

  @FieldResolver(() => [Organisation], {
    description: "The funders of the row's applications (for NOT_SPLIT: those sharing amounts without recorded shares)",
  })
  funders(@Root() row: FundingByFunder, @Ctx() ctx: RequestContext): Promise<Organisation[]> {
    return loadKeys(networkLoaders(ctx).organisationById, row.funderIds);
  }
}

/** The report's headline figures are public: the report is. */
@Resolver(() => ReportedFigure)
export class ReportedFigureResolver {
  @Query(() => [ReportedFigure], {
    description:
      "The network's report's headline figures as the report states them (2005–2015), in the report's order, each with its source",
  })
  reportedFigures(@Ctx() ctx: RequestContext): Promise<ReportedFigure[]> {
    return ctx.db.getRepository(ReportedFigure).find({ order: { position: "ASC" } });
  }

  @FieldResolver(() => Source)
  source(@Root() figure: ReportedFigure): Source {
    return sourceFrom(figure.provenance);
  }
}

@Resolver(() => FundingByProgramme)
export class FundingByProgrammeResolver {
  @FieldResolver(() => FundingProgramme, { nullable: true, description: "Null: outside a programme" })
  programme(@Root() row: FundingByProgramme, @Ctx() ctx: RequestContext): Promise<FundingProgramme | null> | null {
    return row.programmeId ? fundingLoaders(ctx).programmeById.load(row.programmeId) : null;
  }
}
