import { graphql } from "../gql";

/** One side of a tandem, as the suggestion table links it. */
export const TANDEM_ORGANISATION_FRAGMENT = graphql(`
  fragment TandemOrganisation on Organisation {
    id
    slug
    name
    shortName
    kind
  }
`);

export const TANDEM_SUGGESTION_FRAGMENT = graphql(`
  fragment TandemSuggestionFields on TandemSuggestion {
    score
    fixed
    formed
    reasons
    migrantOrganisation {
      ...TandemOrganisation
    }
    educationalInstitution {
      ...TandemOrganisation
    }
    breakdown {
      criterion
      weight
      value
      contribution
    }
  }
`);

export const TANDEM_SUGGESTIONS_QUERY = graphql(`
  query TandemSuggestions(
    $callId: ID!
    $forOrganisationId: ID
    $first: Int
    $weights: ScoringWeightsInput
    $locale: String
  ) {
    tandemSuggestions(
      callId: $callId
      forOrganisationId: $forOrganisationId
      first: $first
      weights: $weights
      locale: $locale
    ) {
      ...TandemSuggestionFields
    }
  }
`);

export const TANDEM_PLAN_QUERY = graphql(`
  query TandemPlan(
    $callId: ID!
    $tandems: Int!
    $maxTandemsPerOrganisation: Int
    $fixedPairs: [TandemPairInput!]
    $excludedOrganisationIds: [ID!]
    $weights: ScoringWeightsInput
    $locale: String
  ) {
    tandemPlan(
      callId: $callId
      tandems: $tandems
      maxTandemsPerOrganisation: $maxTandemsPerOrganisation
      fixedPairs: $fixedPairs
      excludedOrganisationIds: $excludedOrganisationIds
      weights: $weights
      locale: $locale
    ) {
      totalScore
      minimumScore
      tandems {
        ...TandemSuggestionFields
      }
    }
  }
`);
