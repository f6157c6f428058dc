/**
 * Lengths and ranges of the fields both sides check: the server's input decorators refuse what
 * breaks them, the client's forms say so before sending. A number is a maximum; { min, max } a range.
 */

/** Titles of calls, exchanges and applications. */
export const TITLE_LENGTH = { min: 3, max: 300 } as const;
/** Free-text descriptions of calls, exchanges and applications. */
export const DESCRIPTION_MAX_LENGTH = 10_000;
/** A topic key as stored in the taxonomy. */
export const TAXONOMY_KEY_MAX_LENGTH = 60;
/** Euros, for requested, approved and budget share amounts alike. */
export const MAX_AMOUNT = 1_000_000_000;

/** How many tandems one call (and one plan) may ask for. */
export const TANDEMS_PER_CALL = { min: 1, max: 100 } as const;
/** How many tandems one organisation may join in one call (and one plan). */
export const TANDEMS_PER_ORGANISATION = { min: 1, max: 10 } as const;

export const CALL_LIMITS = {
  title: TITLE_LENGTH,
  description: DESCRIPTION_MAX_LENGTH,
  topics: 30,
  topicWeight: { min: 0.01, max: 10 },
  tandemsWanted: TANDEMS_PER_CALL,
  maxTandemsPerOrganisation: TANDEMS_PER_ORGANISATION,
  /** Links to the call's documents (guidelines, forms): how many, label and address lengths. */
  documentLinks: 20,
  documentLinkLabel: { min: 2, max: 200 },
  documentLinkUrl: 2000,
} as const;

export const EXCHANGE_LIMITS = {
  title: TITLE_LENGTH,
  description: DESCRIPTION_MAX_LENGTH,
  location: 300,
  topics: 20,
  capacity: { min: 1, max: 10_000 },
  seatsPerOrganisation: { min: 1, max: 100 },
  /** Who comes for an organisation that joins. */
  personName: 200,
} as const;

export const ORGANISATION_LIMITS = {
  name: { min: 2, max: 200 },
  shortName: 40,
  description: 5000,
  website: 300,
  street: 200,
  city: 100,
  capacity: { min: 0, max: 50 },
} as const;

export const APPLICATION_LIMITS = {
  title: TITLE_LENGTH,
  description: DESCRIPTION_MAX_LENGTH,
  maxAmount: MAX_AMOUNT,
  milestoneTitle: { min: 2, max: 200 },
  /** The comment on a status change. */
  transitionComment: 2000,
} as const;

export const TANDEM_REQUEST_LIMITS = {
  /** The message of a request (and of its answer). */
  message: 2000,
} as const;
