import { LocalDateResolver } from "graphql-scalars";

/** Calendar date without time (YYYY-MM-DD), as stored in `date` columns. */
export const DateOnlyScalar = LocalDateResolver;
