/**
 * Composition root of the data model: every module's entities, handed to `createDataSource` by
 * main.ts, the seeds and the tests, so db/ itself knows no module.
 */
import { Organisation } from "./network/organisation.entity";
import { Membership } from "./network/membership.entity";
import { ContactPerson } from "./network/contact-person.entity";
import { Relation } from "./network/relation.entity";
import { Offer } from "./network/offer.entity";
import { District, Language, TargetGroup, Topic } from "./network/taxonomy.entity";
import { FundingProgramme } from "./funding/programme.entity";
import { Application } from "./applications/application.entity";
import { User } from "./accounts/user.entity";
import { AuditEntry } from "./audit/audit-entry.entity";
import { CallForProposals } from "./calls/call.entity";
import { TandemRequest } from "./matching/tandem-request.entity";
import { MatchingRule } from "./matching/matching-rule.entity";
import { SavedTandemPlan } from "./matching/saved-plan.entity";
import { Notification } from "./notifications/notification.entity";
import { UserSession } from "./accounts/session.entity";
import { ApplicationParticipant } from "./applications/application-participant.entity";
import { ApplicationTandem } from "./applications/application-tandem.entity";
import { ApplicationBudgetShare } from "./applications/application-budget-share.entity";
import { ApplicationStatusChange } from "./applications/application-status-change.entity";
import { ApplicationMilestone } from "./applications/application-milestone.entity";
import { Exchange } from "./exchanges/exchange.entity";
import { ExchangeParticipation } from "./exchanges/exchange-participation.entity";
import { ReportedFigure } from "./statistics/reported-figure.entity";

export const entities = [
  Organisation,
  Membership,
  ContactPerson,
  Relation,
  Offer,
  Topic,
  TargetGroup,
  District,
  Language,
  FundingProgramme,
  Application,
  ApplicationParticipant,
  ApplicationTandem,
  ApplicationBudgetShare,
  ApplicationStatusChange,
  ApplicationMilestone,
  User,
  UserSession,
  AuditEntry,
  CallForProposals,
  TandemRequest,
  MatchingRule,
  SavedTandemPlan,
  Notification,
  Exchange,
  ExchangeParticipation,
  ReportedFigure,
];
