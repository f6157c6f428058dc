/** Days before a milestone is due when its reminder notification goes out. */
export const REMINDER_DAYS = 7;

/** How far back the private calendar feeds reach: past deadlines, milestones and joined exchanges. */
export const CALENDAR_FEED_HISTORY_DAYS = 180;
