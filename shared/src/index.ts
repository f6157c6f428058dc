export * from "./field-limits.js";
export * from "./criteria.js";
export * from "./matching.js";
export * from "./schedule.js";
export * from "./milestones.js";
export * from "./brokering.js";
export * from "./accounts.js";
export * from "./connections.js";
