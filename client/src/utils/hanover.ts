import { tz } from "@date-fns/tz";

/** The network meets in Hanover: deadlines and exchanges are read and shown on its clock, wherever the browser is. */
export const HANOVER_TIME_ZONE = "Europe/Berlin";

/** The date-fns context (`{ in: inHanover }`) that makes a date-fns function count in Hanover's time zone. */
export const inHanover = tz(HANOVER_TIME_ZONE);
