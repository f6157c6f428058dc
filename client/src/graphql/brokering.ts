import { graphql } from "../gql";

export const SAVED_PLAN_FRAGMENT = graphql(`
  fragment SavedPlanFields on SavedTandemPlan {
    id
    name
    createdAt
    totalScore
    minimumScore
    stale
    parameters {
      tandems
      maxTandemsPerOrganisation
      excludedOrganisationIds
      weights {
        fairnessMode
      }
    }
    tandems {
      migrantOrganisationId
      educationalInstitutionId
      migrantOrganisationName
      educationalInstitutionName
      score
      reasons
      fixed
      formed
      request {
        id
        kind
        status
      }
    }
  }
`);

export const SAVED_PLANS_QUERY = graphql(`
  query SavedTandemPlans($callId: ID!) {
    savedTandemPlans(callId: $callId) {
      ...SavedPlanFields
    }
  }
`);

export const SAVE_TANDEM_PLAN_MUTATION = graphql(`
  mutation SaveTandemPlan($input: SaveTandemPlanInput!) {
    saveTandemPlan(input: $input) {
      ...SavedPlanFields
    }
  }
`);

export const DELETE_SAVED_PLAN_MUTATION = graphql(`
  mutation DeleteSavedTandemPlan($id: ID!) {
    deleteSavedTandemPlan(id: $id)
  }
`);

export const PROPOSE_TANDEMS_MUTATION = graphql(`
  mutation ProposeTandems($input: ProposeTandemsInput!) {
    proposeTandems(input: $input) {
      id
      status
    }
  }
`);
