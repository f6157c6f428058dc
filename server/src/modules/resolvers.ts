/**
 * Composition root of the API: every module's resolvers, handed to `buildAppSchema` by app.ts and
 * emit-schema.ts, so graphql/ itself knows no module.
 */
import type { NonEmptyArray } from "type-graphql";
import { AccountsResolver } from "./accounts/accounts.resolver";
import { AccountLifecycleResolver } from "./accounts/account-lifecycle.resolver";
import { CallResolver } from "./calls/call.resolver";
import { TandemRequestResolver } from "./matching/tandem-request.resolver";
import { MatchingResolver, MatchingRuleFieldResolver } from "./matching/matching.resolver";
import { SavedPlanTandemResolver, SavedTandemPlanResolver } from "./matching/saved-plan.resolver";
import { NotificationResolver } from "./notifications/notification.resolver";
import { NotificationPreferenceResolver } from "./notifications/notification-preference.resolver";
import { ExchangeResolver } from "./exchanges/exchange.resolver";
import { ExchangeParticipationResolver } from "./exchanges/exchange-participation.resolver";
import { OrganisationExchangesResolver } from "./exchanges/organisation-exchanges.resolver";
import { AuditResolver } from "./audit/audit.resolver";
import { AuditActorResolver } from "./accounts/audit-actor.resolver";
import { PrivacyResolver } from "./privacy/privacy.resolver";
import { OrganisationResolver } from "./network/organisation.resolver";
import { RelationResolver } from "./network/relation.resolver";
import { MembershipResolver } from "./network/membership.resolver";
import { OfferResolver } from "./network/offer.resolver";
import { ContactPersonResolver } from "./network/contact-person.resolver";
import { NetworkResolver } from "./network/network.resolver";
import { ConnectionPathsResolver } from "./network/connection-paths.resolver";
import { FundingProgrammeResolver } from "./funding/funding.resolver";
import { ApplicationResolver } from "./applications/application.resolver";
import {
  ApplicationBudgetShareResolver,
  ApplicationDetailsResolver,
  ApplicationFieldResolver,
  ApplicationParticipantResolver,
  ApplicationStatusChangeResolver,
  ApplicationTandemResolver,
} from "./applications/application-fields.resolver";
import { CalendarLinkResolver } from "./applications/calendar-link.resolver";
import { OrganisationApplicationsResolver } from "./applications/organisation-applications.resolver";
import {
  FundingByFunderResolver,
  FundingByProgrammeResolver,
  ReportedFigureResolver,
  StatisticsResolver,
} from "./statistics/statistics.resolver";

export const resolvers = [
  AccountsResolver,
  AccountLifecycleResolver,
  CallResolver,
  TandemRequestResolver,
  MatchingResolver,
  MatchingRuleFieldResolver,
  SavedTandemPlanResolver,
  SavedPlanTandemResolver,
  NotificationResolver,
  NotificationPreferenceResolver,
  ExchangeResolver,
  ExchangeParticipationResolver,
  OrganisationExchangesResolver,
  OrganisationApplicationsResolver,
  AuditResolver,
  AuditActorResolver,
  PrivacyResolver,
  OrganisationResolver,
  RelationResolver,
  MembershipResolver,
  OfferResolver,
  ContactPersonResolver,
  NetworkResolver,
  ConnectionPathsResolver,
  FundingProgrammeResolver,
  ApplicationFieldResolver,
  ApplicationParticipantResolver,
  ApplicationResolver,
  ApplicationDetailsResolver,
  ApplicationTandemResolver,
  ApplicationBudgetShareResolver,
  ApplicationStatusChangeResolver,
  CalendarLinkResolver,
  StatisticsResolver,
  FundingByFunderResolver,
  FundingByProgrammeResolver,
  ReportedFigureResolver,
] as const satisfies NonEmptyArray<Function>;
