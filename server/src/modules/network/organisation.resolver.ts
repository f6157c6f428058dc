import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Info,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import type { RequestContext } from "../../graphql/context";
import { loadKeys } from "../../shared/load-keys";
import { actsFor, assertActsFor } from "../../graphql/auth";
import { Organisation } from "./organisation.entity";
import { Membership } from "./membership.entity";
import { ContactPerson } from "./contact-person.entity";
import { contactPersonsFor, mayListContactPersons } from "./contact-person-access";
import { Relation } from "./relation.entity";
import { District, Language, TargetGroup, Topic } from "./taxonomy.entity";
import { CreateOrganisationInput, OrganisationsArgs, UpdateOrganisationInput } from "./organisation.inputs";
import { OrganisationConnection } from "./network.types";
import * as organisations from "./organisation.service";
import type { Page } from "../../graphql/pagination";
import { projectionFor } from "../../shared/projection";
import { networkLoaders } from "./network.loaders";
import { Offer } from "./offer.entity";
import { FieldSource, fieldSources } from "./provenance";
import { ORGANISATION_RESOLVER_NEEDS, planOrganisation, planOrganisations } from "./organisation-planner";
import { plannedValue } from "../../shared/read-plan";

/** Re-exported for the other readers of the projection rule (network.resolver.ts). */
export { ORGANISATION_RESOLVER_NEEDS };

/** One collator for all requests: `localeCompare(b, "de")` builds a new one for every comparison. */
const germanOrder = new Intl.Collator("de");

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => Organisation, { nullable: true, description: "One organisation by id or slug" })
  organisation(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID, { nullable: true }) id: string | undefined,
    @Arg("slug", () => String, { nullable: true }) slug: string | undefined,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Organisation | null> {
    return organisations.findOrganisation(ctx, { id, slug }, planOrganisation(ctx, info));
  }

  @Query(() => OrganisationConnection, { description: "The network directory" })
  organisations(
    @Ctx() ctx: RequestContext,
    @Args(() => OrganisationsArgs) args: OrganisationsArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Page<Organisation>> {
    return organisations.listOrganisations(ctx, args, planOrganisations(ctx, info));
  }

  @Authorized("COORDINATOR")
  @Mutation(() => Organisation)
  createOrganisation(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => CreateOrganisationInput) input: CreateOrganisationInput,
  ): Promise<Organisation> {
    return organisations.createOrganisation(ctx, input);
  }

  @Authorized()
  @Mutation(() => Organisation, { description: "Partners and companies edit their own organisation; the office all" })
  updateOrganisation(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateOrganisationInput) input: UpdateOrganisationInput,
    @Arg("expectedVersion", () => Int) expectedVersion: number,
  ): Promise<Organisation> {
    assertActsFor(ctx, id);
    return organisations.updateOrganisation(ctx, id, input, expectedVersion);
  }

  @Authorized("COORDINATOR")
  @Mutation(() => Organisation)
  archiveOrganisation(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string): Promise<Organisation> {
    return organisations.archiveOrganisation(ctx, id);
  }

  @FieldResolver(() => District, { nullable: true })
  district(
    @Root() organisation: Organisation,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): District | null | Promise<District | null> | null {
    const planned = plannedValue<District | null>(organisation, info);
    if (planned) return planned.value;
    return organisation.districtKey ? networkLoaders(ctx).districtByKey.load(organisation.districtKey) : null;
  }

  @FieldResolver(() => [Topic])
  topics(
    @Root() organisation: Organisation,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Topic[] | Promise<Topic[]> {
    const planned = plannedValue<Topic[]>(organisation, info);
    if (planned) return planned.value;
    return loadKeys(networkLoaders(ctx).topicByKey, organisation.topicKeys);
  }

  @FieldResolver(() => [Topic], { description: "What it brings to a tandem" })
  offers(
    @Root() organisation: Organisation,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Topic[] | Promise<Topic[]> {
    const planned = plannedValue<Topic[]>(organisation, info);
    if (planned) return planned.value;
    return loadKeys(networkLoaders(ctx).topicByKey, organisation.offerKeys);
  }

  @FieldResolver(() => [Topic], { description: "What it looks for in a counterpart" })
  needs(
    @Root() organisation: Organisation,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Topic[] | Promise<Topic[]> {
    const planned = plannedValue<Topic[]>(organisation, info);
    if (planned) return planned.value;
    return loadKeys(networkLoaders(ctx).topicByKey, organisation.needKeys);
  }

  @FieldResolver(() => [TargetGroup])
  targetGroups(
    @Root() organisation: Organisation,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): TargetGroup[] | Promise<TargetGroup[]> {
    const planned = plannedValue<TargetGroup[]>(organisation, info);
    if (planned) return planned.value;
    return loadKeys(networkLoaders(ctx).targetGroupByKey, organisation.targetGroupKeys);
  }

  @FieldResolver(() => [Language])
  languages(
    @Root() organisation: Organisation,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Language[] | Promise<Language[]> {
    const planned = plannedValue<Language[]>(organisation, info);
    if (planned) return planned.value;
    return loadKeys(networkLoaders(ctx).languageByKey, organisation.languageKeys);
  }

  @FieldResolver(() => [District])
  districtsServed(
    @Root() organisation: Organisation,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): District[] | Promise<District[]> {
    const planned = plannedValue<District[]>(organisation, info);
    if (planned) return planned.value;
    return loadKeys(networkLoaders(ctx).districtByKey, organisation.districtsServedKeys);
  }

  @FieldResolver(() => [Membership])
  memberships(
    @Root() organisation: Organisation,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Membership[] | Promise<Membership[]> {
    const planned = plannedValue<Membership[]>(organisation, info);
    if (planned) return planned.value;
    return organisation.memberships
      ? Promise.resolve(organisation.memberships)
      : networkLoaders(ctx).membershipsByOrganisation.load(organisation.id);
  }

  @FieldResolver(() => [Relation])
  relations(
    @Root() organisation: Organisation,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Relation[] | Promise<Relation[]> {
    const planned = plannedValue<Relation[]>(organisation, info);
    if (planned) return planned.value;
    return networkLoaders(ctx).relationsByOrganisation.load(organisation.id);
  }

  @FieldResolver(() => [Organisation], {
    description: "Distinct organisations linked by a relation or a joint application",
  })
  async partners(
    @Root() organisation: Organisation,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Organisation[]> {
    const planned = plannedValue<Organisation[]>(organisation, info);
    if (planned) return planned.value;
    const ids = await networkLoaders(ctx).partnerIdsByOrganisation.load(organisation.id);
    const properties = projectionFor(info, ctx.db, Organisation, {
      always: ["id", "name"],
      resolverNeeds: ORGANISATION_RESOLVER_NEEDS,
    });
    const partners = await loadKeys(networkLoaders(ctx).organisationByIdWith(properties), ids);
    return partners.sort((a, b) => germanOrder.compare(a.name, b.name));
  }

  @FieldResolver(() => [Offer], {
    description: "The offers (courses, coaching, places) it takes part in; not funded projects",
  })
  offerings(@Root() organisation: Organisation, @Ctx() ctx: RequestContext): Promise<Offer[]> {
    return networkLoaders(ctx).offersByOrganisation.load(organisation.id);
  }

  @FieldResolver(() => [FieldSource], {
    description:
      "Where each seeded field comes from (the report with its section, or ILLUSTRATIVE); fields not listed were entered on the platform",
  })
  sources(@Root() organisation: Organisation): FieldSource[] {
    return fieldSources(organisation.provenance);
  }

  @FieldResolver(() => [ContactPerson], {
    description:
      "Personal data: signed-in members only, and only with consent; companies see e-mail and phone only with the consent to be contacted by companies",
  })
  async contactPersons(
    @Root() organisation: Organisation,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ContactPerson[]> {
    // Planned with the same rule (organisation-planner.ts).
    const planned = plannedValue<ContactPerson[]>(organisation, info);
    if (planned) return planned.value;
    if (!mayListContactPersons(ctx.user)) return [];
    const people = await networkLoaders(ctx).contactPersonsByOrganisation.load(organisation.id);
    return contactPersonsFor(ctx.user, people);
  }

  @FieldResolver(() => Boolean, { description: "Whether the signed-in user may edit this organisation" })
  viewerCanEdit(@Root() organisation: Organisation, @Ctx() ctx: RequestContext): boolean {
    return actsFor(ctx.user, organisation.id);
  }
}
