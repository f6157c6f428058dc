import { InitialNetwork1764130000000 } from "./1764130000000-initial-network";
import { Accounts1764131000000 } from "./1764131000000-accounts";
import { AuditLog1764132000000 } from "./1764132000000-audit-log";
import { CallsAndMatching1764133000000 } from "./1764133000000-calls-and-matching";
import { Exchanges1764134000000 } from "./1764134000000-exchanges";
import { Applications1764135000000 } from "./1764135000000-applications";
import { ExchangeParticipationOptIn1764136000000 } from "./1764136000000-exchange-participation-opt-in";
import { IdempotencyKeys1764138000000 } from "./1764138000000-idempotency-keys";
import { TrueFigures1764140000000 } from "./1764140000000-true-figures";
import { SavedPlansAndProposals1764141000000 } from "./1764141000000-saved-plans-and-proposals";
import { AuditEverywhere1764142000000 } from "./1764142000000-audit-everywhere";
import { CallDocumentLinks1764142100000 } from "./1764142100000-call-document-links";
import { MailAndAccountTokens1764144000000 } from "./1764144000000-mail-and-account-tokens";
import { OrganisationExternalKey1764146000000 } from "./1764146000000-organisation-external-key";
import { CallAndProgrammeSources1764150000000 } from "./1764150000000-call-and-programme-sources";
import { ApplicationBudgetShares1764151000000 } from "./1764151000000-application-budget-shares";
import { AccountLifecycle1764154000000 } from "./1764154000000-account-lifecycle";
import { MailPreferencesAndContactConsent1764155000000 } from "./1764155000000-mail-preferences-and-contact-consent";

/** Every migration, in order. Listed by hand so that tsc builds and tests find the same set. */
export const migrations = [
  InitialNetwork1764130000000,
  Accounts1764131000000,
  AuditLog1764132000000,
  CallsAndMatching1764133000000,
  Exchanges1764134000000,
  Applications1764135000000,
  ExchangeParticipationOptIn1764136000000,
  IdempotencyKeys1764138000000,
  TrueFigures1764140000000,
  SavedPlansAndProposals1764141000000,
  AuditEverywhere1764142000000,
  CallDocumentLinks1764142100000,
  MailAndAccountTokens1764144000000,
  OrganisationExternalKey1764146000000,
  CallAndProgrammeSources1764150000000,
  ApplicationBudgetShares1764151000000,
  AccountLifecycle1764154000000,
  MailPreferencesAndContactConsent1764155000000,
];
