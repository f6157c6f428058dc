/**
 * Shape of the seed data. The seed data is plain data (no ORM types) so that it can be read,
 * reviewed against the source document and loaded by `seeds/load-seed.ts`.
 */

/** Where a seeded value comes from: the ten-year report, or illustrative where the report is silent. */
export type Provenance = "document" | "illustrative";

export interface TaxonomyEntry {
  key: string;
  labelDe: string;
  labelEn: string;
}

export interface Taxonomies {
  topics: TaxonomyEntry[];
  targetGroups: TaxonomyEntry[];
  /** Hannover's 13 Stadtbezirke plus "region-hannover". */
  districts: TaxonomyEntry[];
  /** ISO 639-1 codes as keys. */
  languages: TaxonomyEntry[];
}

export type SeedOrganisationKind =
  "MIGRANT_ORGANISATION" | "EDUCATIONAL_INSTITUTION" | "STRATEGIC_PARTNER" | "COMPANY" | "FUNDER" | "ADMINISTRATION";

export type SeedMembershipKind = "ALBUM_PARTNER" | "ALBUM_CANDIDATE" | "ALBUM_FORMER" | "HADI_MEMBER";

export interface SeedMembership {
  kind: SeedMembershipKind;
  /** ISO date (YYYY-MM-DD) or null when unknown. */
  since: string | null;
  until: string | null;
  provenance: Provenance;
  /** The report's section for "document"; how a date was read, for either. */
  section?: string;
  note?: string;
}

export interface SeedContactPerson {
  name: string;
  role: string;
  email: string | null;
  phone: string | null;
  /** Consent to be shown to signed-in members; ISO date-time or null (then never shown). */
  consentGivenAt: string | null;
}

export interface SeedOrganisation {
  slug: string;
  name: string;
  shortName: string | null;
  kind: SeedOrganisationKind;
  description: string;
  website: string | null;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  /** district key or null */
  district: string | null;
  topics: string[];
  offers: string[];
  needs: string[];
  targetGroups: string[];
  /** ISO 639-1 */
  languages: string[];
  districtsServed: string[];
  capacity: number;
  memberships: SeedMembership[];
  contactPersons: SeedContactPerson[];
  /**
   * Per field: "document" when the value is taken from the source document, "illustrative" when the
   * document is silent and the value was chosen to make the demo realistic. Fields not listed are
   * "illustrative".
   */
  provenance: Partial<
    Record<
      keyof Omit<SeedOrganisation, "provenance" | "memberships" | "contactPersons" | "slug" | "section">,
      Provenance
    >
  >;
  /** The report's section(s) the "document" fields come from. */
  section?: string;
}

export type SeedRelationType = "COOPERATION" | "STRATEGIC_PARTNERSHIP" | "FUNDING" | "MEMBERSHIP" | "COORDINATION";

export interface SeedRelation {
  source: string; // organisation slug
  target: string; // organisation slug
  type: SeedRelationType;
  since: string | null;
  until: string | null;
  note: string | null;
  provenance: Provenance;
  /** The report's section for "document". */
  section?: string;
}

export interface SeedProgramme {
  key: string;
  name: string;
  /** funder organisation slugs */
  funders: string[];
  description: string;
  startsOn: string | null;
  endsOn: string | null;
  provenance: Provenance;
  /** The report's section naming the programme (for "document") */
  section?: string;
  /** How an illustrative programme was chosen */
  note?: string;
}

export type SeedApplicationStatus =
  | "DRAFT"
  | "IN_PREPARATION"
  | "SUBMITTED"
  | "REVISION_REQUESTED"
  | "APPROVED"
  | "REJECTED"
  | "RUNNING"
  | "COMPLETED"
  | "WITHDRAWN";

export type SeedParticipantRole = "LEAD" | "MIGRANT_ORGANISATION" | "EDUCATIONAL_INSTITUTION" | "PARTNER";

/** A project of the document, stored as an application (completed, running or submitted). */
export interface SeedProject {
  slug: string;
  title: string;
  programme: string | null; // programme key
  /** funder organisation slugs (the programme's funders, or the project's own when it has no programme) */
  funders: string[];
  status: SeedApplicationStatus;
  description: string;
  startsOn: string | null;
  endsOn: string | null;
  /** euros, whole numbers; null when the document gives none */
  requestedAmount: number | null;
  approvedAmount: number | null;
  participantsReached: number | null;
  topics: string[];
  participants: { organisation: string; role: SeedParticipantRole }[];
  /** sub-projects or course types named in the document */
  components: string[];
  /** the document's figures about this project that have no field of their own, as text */
  facts: string[];
  provenance: Partial<
    Record<
      "status" | "period" | "requestedAmount" | "approvedAmount" | "participantsReached" | "participants",
      Provenance
    >
  >;
  /** The report's section(s) the "document" fields come from. */
  section?: string;
  /**
   * The last day the approved amount covers, when it is an amount "so far" that covers less than the
   * period; the figures spread the amount over the months up to this day. Its source: `amountCoversUntilNote`.
   */
  amountCoversUntil?: string | null;
  amountCoversUntilNote?: string;
}

/**
 * An offer the report names (a course, coaching, workshop, place): not a funded project, no amount.
 * Organisations: who offers it (mostly illustrative: the report names the offers, not who runs them).
 */
export interface SeedOffer {
  slug: string;
  title: string;
  description: string;
  organisations: string[];
  targetGroups: string[];
  topics: string[];
  startsOn: string | null;
  endsOn: string | null;
  /** The offer itself (title, description): from the report, with its section. */
  section: string;
  /** Who offers it. */
  organisationsProvenance: Provenance;
  organisationsNote?: string;
}

export type SeedExchangeSeries = "HADI_MEETING" | "ALBUM_BLICKWECHSEL" | "REFLECTION_MEETING" | "WORKSHOP";

export interface SeedExchange {
  series: SeedExchangeSeries;
  title: string;
  description: string;
  startsAt: string; // ISO date-time
  endsAt: string;
  location: string;
  capacity: number;
  visibility: "PUBLIC" | "MEMBERS_ONLY";
  topics: string[];
  provenance: Provenance;
}

/** The network-wide figures of the document (2005–2015), for statistics and tests. */
export interface SeedNetworkFigures {
  fundingAcquiredEuros: number;
  peopleReached: number;
  peopleWithMigrationBackground: number;
  peopleTrainedInterculturally: number;
  companiesSupported: number;
  pupilsInCareerOrientation: number;
  projectsInitiated: number;
}

/** How the report words and places each of its headline figures. */
export type SeedFigureSources = Record<
  keyof SeedNetworkFigures,
  {
    unit: "EURO" | "PEOPLE" | "ORGANISATIONS" | "PROJECTS";
    qualifier: "ALMOST" | "OVER" | "ABOUT" | null;
    fromYear: number | null;
    toYear: number | null;
    section: string;
    /** The report's words. */
    note: string;
  }
>;

export interface SeedData {
  taxonomies: Taxonomies;
  organisations: SeedOrganisation[];
  relations: SeedRelation[];
  programmes: SeedProgramme[];
  projects: SeedProject[];
  offers: SeedOffer[];
  exchanges: SeedExchange[];
  figures: SeedNetworkFigures;
  figureSources: SeedFigureSources;
}
