import path from "node:path";
import { buildSchema } from "type-graphql";
import type { GraphQLSchema } from "graphql";
import { DateTimeScalar } from "./input-hygiene";
import { authChecker } from "./auth";
import { AccountsResolver } from "../modules/accounts/accounts.resolver";
import { CallResolver } from "../modules/calls/call.resolver";
import { TandemRequestResolver } from "../modules/matching/tandem-request.resolver";
import { MatchingResolver, MatchingRuleFieldResolver } from "../modules/matching/matching.resolver";
import { NotificationResolver } from "../modules/notifications/notification.resolver";
import { ExchangeResolver } from "../modules/exchanges/exchange.resolver";
import { ExchangeParticipationResolver } from "../modules/exchanges/exchange-participation.resolver";
import { OrganisationExchangesResolver } from "../modules/exchanges/organisation-exchanges.resolver";
import { AuditResolver } from "../modules/audit/audit.resolver";
import { PrivacyResolver } from "../modules/privacy/privacy.resolver";
import { OrganisationResolver } from "../modules/network/organisation.resolver";
import { RelationResolver } from "../modules/network/relation.resolver";
import { NetworkResolver } from "../modules/network/network.resolver";
import {
  ApplicationFieldResolver,
  ApplicationParticipantResolver,
  FundingProgrammeResolver,
} from "../modules/funding/funding.resolver";
import { ApplicationResolver } from "../modules/applications/application.resolver";
import {
  ApplicationDetailsResolver,
  ApplicationStatusChangeResolver,
  ApplicationTandemResolver,
} from "../modules/applications/application-fields.resolver";
import { CalendarLinkResolver } from "../modules/applications/calendar-link.resolver";
import {
  FundingByFunderResolver,
  FundingByProgrammeResolver,
  StatisticsResolver,
} from "../modules/statistics/statistics.resolver";

export const resolvers = [
  AccountsResolver,
  CallResolver,
  TandemRequestResolver,
  MatchingResolver,
  MatchingRuleFieldResolver,
  NotificationResolver,
  ExchangeResolver,
  ExchangeParticipationResolver,
  OrganisationExchangesResolver,
  AuditResolver,
  PrivacyResolver,
  OrganisationResolver,
  RelationResolver,
  NetworkResolver,
  FundingProgrammeResolver,
  ApplicationFieldResolver,
  ApplicationParticipantResolver,
  ApplicationResolver,
  ApplicationDetailsResolver,
  ApplicationTandemResolver,
  ApplicationStatusChangeResolver,
  CalendarLinkResolver,
  StatisticsResolver,
  FundingByFunderResolver,
  FundingByProgrammeResolver,
] as const;

/** Builds the executable schema from the type-graphql classes (the single source of the contract). */
export function buildAppSchema(options: { emitTo?: string } = {}): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    authChecker,
    authMode: "error",
    validate: { forbidUnknownValues: false },
    // The contract (DESIGN §5) names the timestamp scalar DateTime.
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    emitSchemaFile: options.emitTo ? { path: path.resolve(options.emitTo), sortedSchema: true } : false,
  });
}
