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
import { assertActsFor } from "../../graphql/auth";
import { Organisation } from "./organisation.entity";
import { Membership } from "./membership.entity";
import { ContactPerson } from "./contact-person.entity";
import { Relation } from "./relation.entity";
import { District, Language, TargetGroup, Topic } from "./taxonomy.entity";
import { CreateOrganisationInput, OrganisationsArgs, UpdateOrganisationInput } from "./organisation.inputs";
import { OrganisationConnection } from "./network.types";
import * as organisations from "./organisation.service";
import { Application } from "../applications/application.entity";
import type { Page } from "../../graphql/pagination";
import { filterVisibleApplications } from "../applications/application-visibility";
import { projectionFor } from "../../shared/projection";
import { APPLICATION_RESOLVER_NEEDS } from "../applications/application-fields.resolver";

/**
 * Columns each field resolver of this class reads from its organisation, for `projectionFor`:
 * keep in step with the resolvers below. Resolvers of other classes are not listed, so selecting
 * one of them makes the partners load whole rows.
 */
export const ORGANISATION_RESOLVER_NEEDS: Readonly<Record<string, readonly string[]>> = {
  district: ["districtKey"],
  topics: ["topicKeys"],
  offers: ["offerKeys"],
  needs: ["needKeys"],
  targetGroups: ["targetGroupKeys"],
  languages: ["languageKeys"],
  districtsServed: ["districtsServedKeys"],
  memberships: ["id"],
  relations: ["id"],
  partners: ["id"],
  applications: ["id"],
  contactPersons: ["id"],
  viewerCanEdit: ["id"],
};

/** What `filterVisibleApplications` reads (funding/application-visibility.ts). */
const VISIBILITY_NEEDS = ["id", "leadOrganisationId", "status"];

/** One collator for all requests: `localeCompare(b, "de")` builds a new one for every comparison. */
const germanOrder = new Intl.Collator("de");

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => Organisation, { nullable: true, description: "One organisation by id or slug" })
  organisation(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID, { nullable: true }) id?: string,
    @Arg("slug", () => String, { nullable: true }) slug?: string,
  ): Promise<Organisation | null> {
    return organisations.findOrganisation(ctx, { id, slug });
  }

  @Query(() => OrganisationConnection, { description: "The network directory" })
  organisations(
    @Ctx() ctx: RequestContext,
    @Args(() => OrganisationsArgs) args: OrganisationsArgs,
  ): Promise<Page<Organisation>> {
    return organisations.listOrganisations(ctx, args);
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
  district(@Root() organisation: Organisation, @Ctx() ctx: RequestContext): Promise<District | null> | null {
    return organisation.districtKey ? ctx.loaders.districtByKey.load(organisation.districtKey) : null;
  }

  @FieldResolver(() => [Topic])
  topics(@Root() organisation: Organisation, @Ctx() ctx: RequestContext): Promise<Topic[]> {
    return loadKeys(ctx.loaders.topicByKey, organisation.topicKeys);
  }

  @FieldResolver(() => [Topic], { description: "What it brings to a tandem" })
  offers(@Root() organisation: Organisation, @Ctx() ctx: RequestContext): Promise<Topic[]> {
    return loadKeys(ctx.loaders.topicByKey, organisation.offerKeys);
  }

  @FieldResolver(() => [Topic], { description: "What it looks for in a counterpart" })
  needs(@Root() organisation: Organisation, @Ctx() ctx: RequestContext): Promise<Topic[]> {
    return loadKeys(ctx.loaders.topicByKey, organisation.needKeys);
  }

  @FieldResolver(() => [TargetGroup])
  targetGroups(@Root() organisation: Organisation, @Ctx() ctx: RequestContext): Promise<TargetGroup[]> {
    return loadKeys(ctx.loaders.targetGroupByKey, organisation.targetGroupKeys);
  }

  @FieldResolver(() => [Language])
  languages(@Root() organisation: Organisation, @Ctx() ctx: RequestContext): Promise<Language[]> {
    return loadKeys(ctx.loaders.languageByKey, organisation.languageKeys);
  }

  @FieldResolver(() => [District])
  districtsServed(@Root() organisation: Organisation, @Ctx() ctx: RequestContext): Promise<District[]> {
    return loadKeys(ctx.loaders.districtByKey, organisation.districtsServedKeys);
  }

  @FieldResolver(() => [Membership])
  memberships(@Root() organisation: Organisation, @Ctx() ctx: RequestContext): Promise<Membership[]> {
    return organisation.memberships
      ? Promise.resolve(organisation.memberships)
      : ctx.loaders.membershipsByOrganisation.load(organisation.id);
  }

  @FieldResolver(() => [Relation])
  relations(@Root() organisation: Organisation, @Ctx() ctx: RequestContext): Promise<Relation[]> {
    return ctx.loaders.relationsByOrganisation.load(organisation.id);
  }

  @FieldResolver(() => [Organisation], {
    description: "Distinct organisations linked by a relation or a joint application",
  })
  async partners(
    @Root() organisation: Organisation,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Organisation[]> {
    const ids = await ctx.loaders.partnerIdsByOrganisation.load(organisation.id);
    const properties = projectionFor(info, ctx.db, Organisation, {
      always: ["id", "name"],
      resolverNeeds: ORGANISATION_RESOLVER_NEEDS,
    });
    const partners = await loadKeys(ctx.loaders.organisationByIdWith(properties), ids);
    return partners.sort((a, b) => germanOrder.compare(a.name, b.name));
  }

  @FieldResolver(() => [Application], {
    description:
      "Its projects (running or completed applications) for everyone; its other applications for the office and its own members",
  })
  async applications(
    @Root() organisation: Organisation,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Application[]> {
    const properties = projectionFor(info, ctx.db, Application, {
      always: VISIBILITY_NEEDS,
      resolverNeeds: APPLICATION_RESOLVER_NEEDS,
    });
    const all = await ctx.loaders.applicationsByOrganisationWith(properties).load(organisation.id);
    return filterVisibleApplications(ctx, all);
  }

  @FieldResolver(() => [ContactPerson], { description: "Personal data: signed-in members only, and only with consent" })
  async contactPersons(@Root() organisation: Organisation, @Ctx() ctx: RequestContext): Promise<ContactPerson[]> {
    if (!ctx.user) return [];
    const people = await ctx.loaders.contactPersonsByOrganisation.load(organisation.id);
    return people.filter((person) => person.consentGivenAt !== null);
  }

  @FieldResolver(() => Boolean, { description: "Whether the signed-in user may edit this organisation" })
  viewerCanEdit(@Root() organisation: Organisation, @Ctx() ctx: RequestContext): boolean {
    return ctx.user !== null && (ctx.user.role === "COORDINATOR" || ctx.user.organisationId === organisation.id);
  }
}
