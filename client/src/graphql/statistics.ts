import { graphql } from "../gql";

/** The network's figures for funders within a window of funding-period starts. */
export const NETWORK_STATISTICS_QUERY = graphql(`
  query NetworkStatistics($from: DateTime, $to: DateTime) {
    networkStatistics(from: $from, to: $to) {
      fundingAcquired
      peopleReached
      successRate
      successfulApplications
      decidedApplications
      fundingByYear {
        year
        amount
      }
      fundingByFunder {
        amount
        funder {
          id
          name
          shortName
        }
      }
      applicationsByStatus {
        status
        count
      }
    }
  }
`);

/** The figures of one year (people reached and decisions have no per-year breakdown in the API). */
export const YEAR_FIGURES_QUERY = graphql(`
  query YearFigures($from: DateTime, $to: DateTime) {
    networkStatistics(from: $from, to: $to) {
      peopleReached
      successfulApplications
      decidedApplications
    }
  }
`);
