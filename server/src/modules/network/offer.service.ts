import type { EntityManager } from "typeorm";
import { BadUserInputError } from "../../graphql/errors";
import { isUuid } from "../../db/ids";
import { Offer } from "./offer.entity";
import { OFFERS_MAX, type OffersArgs } from "./offer.inputs";

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (character) => `\\${character}`);

/**
 * The network's offers, public like the directory: by title (typo-tolerant, best match first)
 * or description, and by organisation. Without a search, by title.
 */
export async function listOffers(db: EntityManager, args: OffersArgs): Promise<Offer[]> {
  if (args.organisationId !== undefined && args.organisationId !== null && !isUuid(args.organisationId))
    throw new BadUserInputError("Unknown organisation", [{ field: "organisationId", message: "is not an id" }]);
  const search = args.search?.trim() || null;
  const query = db
    .getRepository(Offer)
    .createQueryBuilder("offer")
    .take(args.first ?? OFFERS_MAX);
  if (args.organisationId)
    query.andWhere(":organisationId = ANY(offer.organisation_ids)", { organisationId: args.organisationId });
  if (search) {
    query
      .andWhere("(offer.title ILIKE :like OR offer.description ILIKE :like OR offer.title %> :search)", {
        like: `%${escapeLike(search)}%`,
        search,
      })
      .addSelect("word_similarity(:search, offer.title)", "relevance")
      .orderBy("relevance", "DESC");
  }
  return query.addOrderBy("offer.title", "ASC").addOrderBy("offer.id", "ASC").getMany();
}
