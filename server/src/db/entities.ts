import { Organisation } from "../modules/network/organisation.entity";
import { Membership } from "../modules/network/membership.entity";
import { ContactPerson } from "../modules/network/contact-person.entity";
import { Relation } from "../modules/network/relation.entity";
import { District, Language, TargetGroup, Topic } from "../modules/network/taxonomy.entity";
import { FundingProgramme } from "../modules/funding/programme.entity";
import { Application } from "../modules/applications/application.entity";
import { User } from "../modules/accounts/user.entity";
import { AuditEntry } from "../modules/audit/audit-entry.entity";
import { CallForProposals } from "../modules/calls/call.entity";
import { TandemRequest } from "../modules/matching/tandem-request.entity";
import { MatchingRule } from "../modules/matching/matching-rule.entity";
import { Notification } from "../modules/notifications/notification.entity";
import { UserSession } from "../modules/accounts/session.entity";
import { ApplicationParticipant } from "../modules/applications/application-participant.entity";
import { ApplicationTandem } from "../modules/applications/application-tandem.entity";
import { ApplicationStatusChange } from "../modules/applications/application-status-change.entity";
import { ApplicationMilestone } from "../modules/applications/application-milestone.entity";
import { Exchange } from "../modules/exchanges/exchange.entity";
import { ExchangeParticipation } from "../modules/exchanges/exchange-participation.entity";

export const entities = [
  Organisation,
  Membership,
  ContactPerson,
  Relation,
  Topic,
  TargetGroup,
  District,
  Language,
  FundingProgramme,
  Application,
  ApplicationParticipant,
  ApplicationTandem,
  ApplicationStatusChange,
  ApplicationMilestone,
  User,
  UserSession,
  AuditEntry,
  CallForProposals,
  TandemRequest,
  MatchingRule,
  Notification,
  Exchange,
  ExchangeParticipation,
];
