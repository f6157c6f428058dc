import { graphql } from "../gql";

/**
 * The budget per organisation (issue 12): the split, its totals, and who may get a share. Kept
 * shallow (tandems by id, named from the application's tandems): the page's query is near the
 * server's depth limit.
 */
export const APPLICATION_BUDGET_FRAGMENT = graphql(`
  fragment ApplicationBudget on Application {
    id
    participants {
      role
      organisation {
        id
        slug
        name
      }
    }
    budgetShares {
      id
      position
      funderShare
      ownContribution
      total
      organisation {
        id
        slug
        name
      }
      tandem {
        id
      }
    }
    budgetTotals {
      basis
      target
      funderShare
      ownContribution
      total
      difference
      balanced
    }
  }
`);

export const SET_BUDGET_SHARES_MUTATION = graphql(`
  mutation SetApplicationBudgetShares($applicationId: ID!, $expectedVersion: Int!, $shares: [BudgetShareInput!]!) {
    setApplicationBudgetShares(applicationId: $applicationId, expectedVersion: $expectedVersion, shares: $shares) {
      ...ApplicationDetail
    }
  }
`);

export const PROPOSED_APPROVED_SPLIT_QUERY = graphql(`
  query ProposedApprovedSplit($applicationId: ID!, $approvedAmount: Float!) {
    proposedApprovedSplit(applicationId: $applicationId, approvedAmount: $approvedAmount) {
      required
      approvedAmount
      currentSum
      shares {
        funderShare
        ownContribution
        total
        previousFunderShare
        organisation {
          ...ApplicationOrganisation
        }
        tandem {
          id
          migrantOrganisation {
            ...ApplicationOrganisation
          }
          educationalInstitution {
            ...ApplicationOrganisation
          }
        }
      }
    }
  }
`);
