import { Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { loadKeys } from "../../shared/load-keys";
import { Offer } from "./offer.entity";
import { Organisation } from "./organisation.entity";
import { TargetGroup, Topic } from "./taxonomy.entity";
import { OffersArgs } from "./offer.inputs";
import { listOffers } from "./offer.service";
import { networkLoaders } from "./network.loaders";
import { Source, sourceFrom } from "./provenance";

/** Offers are public, like the directory and the organisations' profiles. */
@Resolver(() => Offer)
export class OfferResolver {
  @Query(() => [Offer], {
    description: "The network's offers (courses, coaching, workshops, places): public; never funded projects",
  })
  offers(@Ctx() ctx: RequestContext, @Args(() => OffersArgs) args: OffersArgs): Promise<Offer[]> {
    return listOffers(ctx.db, args);
  }

  @FieldResolver(() => [Organisation], { description: "Who offers it (archived organisations left out)" })
  async organisations(@Root() offer: Offer, @Ctx() ctx: RequestContext): Promise<Organisation[]> {
    const organisations = await loadKeys(networkLoaders(ctx).organisationById, offer.organisationIds);
    return organisations.filter((organisation) => organisation.archivedAt === null);
  }

  @FieldResolver(() => [TargetGroup])
  targetGroups(@Root() offer: Offer, @Ctx() ctx: RequestContext): Promise<TargetGroup[]> {
    return loadKeys(networkLoaders(ctx).targetGroupByKey, offer.targetGroupKeys);
  }

  @FieldResolver(() => [Topic])
  topics(@Root() offer: Offer, @Ctx() ctx: RequestContext): Promise<Topic[]> {
    return loadKeys(networkLoaders(ctx).topicByKey, offer.topicKeys);
  }

  @FieldResolver(() => Source, { description: "Where the offer (title, description, period) comes from" })
  source(@Root() offer: Offer): Source {
    return sourceFrom(offer.provenance.offer);
  }

  @FieldResolver(() => Source, { description: "Where the list of organisations offering it comes from" })
  organisationsSource(@Root() offer: Offer): Source {
    return sourceFrom(offer.provenance.organisations);
  }
}
