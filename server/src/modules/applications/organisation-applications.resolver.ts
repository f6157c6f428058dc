import { Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import type { RequestContext } from "../../graphql/context";
import { projectionFor } from "../../shared/projection";
import { Organisation } from "../network/organisation.entity";
import { Application } from "./application.entity";
import { filterVisibleApplications } from "./application-access";
import { APPLICATION_RESOLVER_NEEDS } from "./application-fields.resolver";
import { applicationLoaders } from "./application.loaders";
import { plannedValue } from "../../shared/read-plan";
// Registers the planner of this field (the same rows and visibility in the network's planned reads).
import { VISIBILITY_NEEDS } from "./organisation-applications.plan";

/** The applications side of an organisation's profile; lives here so the network module need not know applications. */
@Resolver(() => Organisation)
export class OrganisationApplicationsResolver {
  @FieldResolver(() => [Application], {
    description:
      "Its projects (running or completed applications) for everyone; its other applications for the office and its own members",
  })
  async applications(
    @Root() organisation: Organisation,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Application[]> {
    const planned = plannedValue<Application[]>(organisation, info);
    if (planned) return planned.value;
    const properties = projectionFor(info, ctx.db, Application, {
      always: VISIBILITY_NEEDS,
      resolverNeeds: APPLICATION_RESOLVER_NEEDS,
    });
    const all = await applicationLoaders(ctx).applicationsByOrganisationWith(properties).load(organisation.id);
    return filterVisibleApplications(ctx, all);
  }
}
