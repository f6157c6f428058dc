import { graphql } from "../gql";

/** The network's figures for funders within a window of funding-period starts, with one row per year. */
export const NETWORK_STATISTICS_QUERY = graphql(`
  query NetworkStatistics($from: DateTime, $to: DateTime) {
    networkStatistics(from: $from, to: $to) {
      fundingAcquired
      peopleReached
      successRate
      successfulApplications
      decidedApplications
      applicationsWithAmount
      fundingByYear {
        year
        amount
      }
      fundingByFunder {
        amount
        attribution
        projects
        funder {
          id
          name
          shortName
        }
        funders {
          id
          name
          shortName
        }
      }
      applicationsByStatus {
        status
        count
      }
      byYear {
        year
        peopleReached
        successfulApplications
        decidedApplications
        successRate
      }
    }
  }
`);

/** The network in figures for everyone: projects, organisations, memberships, relations. */
export const PUBLIC_NETWORK_FIGURES_QUERY = graphql(`
  query PublicNetworkFigures($from: DateTime, $to: DateTime) {
    publicNetworkFigures(from: $from, to: $to) {
      fundingAcquired
      peopleReached
      projects
      runningProjects
      completedProjects
      projectsWithAmount
      offers
      relations
      byYear {
        year
        fundingAcquired
        peopleReached
        projects
      }
      fundingByFunder {
        amount
        attribution
        projects
        funder {
          id
          name
          shortName
        }
        funders {
          id
          name
          shortName
        }
      }
      fundingByProgramme {
        amount
        peopleReached
        applications
        programme {
          id
          key
          name
        }
      }
      organisationsByKind {
        kind
        count
      }
      memberships {
        kind
        organisations
        illustrativeOrganisations
      }
    }
  }
`);

/** The report's headline figures as the report states them, with their sources. */
export const REPORTED_FIGURES_QUERY = graphql(`
  query ReportedFigures {
    reportedFigures {
      key
      value
      unit
      qualifier
      fromYear
      toYear
      source {
        kind
        document
        section
        asOf
      }
    }
  }
`);
