import { planEntityNode, plannedList, registerFieldPlanner } from "../../shared/read-plan";
import { Application } from "./application.entity";
import { visibleApplicationsSql } from "./application-access";
import { APPLICATION_RESOLVER_NEEDS } from "./application-fields.resolver";

/** What `filterVisibleApplications` reads (application-access.ts). */
export const VISIBILITY_NEEDS = ["id", "leadOrganisationId", "status"];

/**
 * `Organisation.applications` in the network's planned reads (shared/read-plan.ts): the rows of
 * `loadApplicationsByOrganisationWith` (lead or participant; newest first, then title, id) with
 * `filterVisibleApplications` as SQL. Registered here so that the network module need not know
 * applications.
 */
registerFieldPlanner("Organisation", "applications", (plan, parent, selection) => {
  const a = plan.alias("a");
  const node = planEntityNode(plan, Application, a, selection, {
    typeName: "Application",
    always: [], // the visibility rule is in the SQL below
    resolverNeeds: APPLICATION_RESOLVER_NEEDS,
  });
  return plannedList(
    node.sql,
    `FROM application ${a} WHERE ${a}.id IN (
       SELECT application_id FROM application_participant WHERE organisation_id = ${parent}.id
       UNION SELECT id FROM application WHERE lead_organisation_id = ${parent}.id)
     AND ${visibleApplicationsSql(plan.viewer, a, plan.viewerOrganisation)}`,
    `${a}.starts_on DESC NULLS LAST, ${a}.title, ${a}.id`,
    node.decode,
  );
});
