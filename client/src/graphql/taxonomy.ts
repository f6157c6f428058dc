import { graphql } from "../gql";

/** Options for the facet filters; labels in both languages so a language switch needs no refetch. */
export const TAXONOMIES_QUERY = graphql(`
  query Taxonomies {
    topics {
      key
      labelDe
      labelEn
    }
    targetGroups {
      key
      labelDe
      labelEn
    }
    districts {
      key
      labelDe
      labelEn
    }
    languages {
      key
      labelDe
      labelEn
    }
  }
`);
