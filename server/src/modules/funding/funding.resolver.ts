import { Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { Organisation } from "../network/organisation.entity";
import { OrganisationKind } from "../network/network.enums";
import { FundingProgramme } from "./programme.entity";
import { networkLoaders } from "../network/network.loaders";
import { Source, sourceFrom } from "../network/provenance";

function loadOrganisations(ctx: RequestContext, ids: string[]): Promise<Organisation[]> {
  return networkLoaders(ctx)
    .organisationById.loadMany(ids)
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

  @FieldResolver(() => Source, {
    description: "Where the programme comes from: DOCUMENT for the report's programmes, ILLUSTRATIVE for the demo's",
  })
  source(@Root() programme: FundingProgramme): Source {
    return sourceFrom(programme.provenance);
  }

  @FieldResolver(() => [Organisation], { name: "funders" })
  programmeFunders(@Root() programme: FundingProgramme, @Ctx() ctx: RequestContext): Promise<Organisation[]> {
    return loadOrganisations(ctx, programme.funderIds);
  }
}
