import { LocalDateScalar } from "./input-hygiene";

/** Calendar date without time (YYYY-MM-DD), as stored in `date` columns. */
export const DateOnlyScalar = LocalDateScalar;
