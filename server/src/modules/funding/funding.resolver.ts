import { Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { Organisation } from "../network/organisation.entity";
import { OrganisationKind } from "../network/network.enums";
import { FundingProgramme } from "./programme.entity";
import { Application } from "../applications/application.entity";
import { ApplicationParticipant } from "../applications/application-participant.entity";
import { Topic } from "../network/taxonomy.entity";

function loadOrganisations(ctx: RequestContext, ids: string[]): Promise<Organisation[]> {
  return ctx.loaders.organisationById
    .loadMany(ids)
    .then((rows) => rows.filter((row): row is Organisation => row instanceof Organisation));
}

@Resolver(() => FundingProgramme)
export class FundingProgrammeResolver {
  @Query(() => [Organisation], { description: "Fördermittelgeber" })
  funders(@Ctx() ctx: RequestContext): Promise<Organisation[]> {
    return ctx.db
      .getRepository(Organisation)
      .find({ where: { kind: OrganisationKind.FUNDER }, order: { name: "ASC" } });
  }

  @Query(() => [FundingProgramme])
  programmes(@Ctx() ctx: RequestContext): Promise<FundingProgramme[]> {
    return ctx.db.getRepository(FundingProgramme).find({ order: { name: "ASC" } });
  }

  @FieldResolver(() => [Organisation], { name: "funders" })
  programmeFunders(@Root() programme: FundingProgramme, @Ctx() ctx: RequestContext): Promise<Organisation[]> {
    return loadOrganisations(ctx, programme.funderIds);
  }
}

@Resolver(() => Application)
export class ApplicationFieldResolver {
  @FieldResolver(() => FundingProgramme, { nullable: true })
  programme(@Root() application: Application, @Ctx() ctx: RequestContext): Promise<FundingProgramme | null> | null {
    return application.programmeId ? ctx.loaders.programmeById.load(application.programmeId) : null;
  }

  @FieldResolver(() => [Organisation])
  funders(@Root() application: Application, @Ctx() ctx: RequestContext): Promise<Organisation[]> {
    return loadOrganisations(ctx, application.funderIds);
  }

  @FieldResolver(() => Organisation)
  async leadOrganisation(@Root() application: Application, @Ctx() ctx: RequestContext): Promise<Organisation> {
    return (await ctx.loaders.organisationById.load(application.leadOrganisationId))!;
  }

  @FieldResolver(() => [ApplicationParticipant])
  participants(@Root() application: Application, @Ctx() ctx: RequestContext): Promise<ApplicationParticipant[]> {
    return ctx.loaders.participantsByApplication.load(application.id);
  }

  @FieldResolver(() => [Topic])
  async topics(@Root() application: Application, @Ctx() ctx: RequestContext): Promise<Topic[]> {
    const rows = await ctx.loaders.topicByKey.loadMany(application.topicKeys);
    return rows.filter((row): row is Topic => row instanceof Topic);
  }
}

@Resolver(() => ApplicationParticipant)
export class ApplicationParticipantResolver {
  @FieldResolver(() => Organisation)
  async organisation(@Root() participant: ApplicationParticipant, @Ctx() ctx: RequestContext): Promise<Organisation> {
    return (await ctx.loaders.organisationById.load(participant.organisationId))!;
  }
}
