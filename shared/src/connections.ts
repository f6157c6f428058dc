/**
 * The connection finder (/verbindung): how many paths one search returns, how long they may be,
 * how many organisations it may avoid, and how many hubs it suggests avoiding.
 */
export const CONNECTION_LIMITS = {
  paths: { default: 3, max: 10 },
  depth: { default: 6, max: 10 },
  avoid: { max: 20 },
  hubs: { default: 1, max: 10 },
} as const;

/**
 * Relation types that say nothing about direction: a cooperation or strategic partnership is the
 * same seen from either side, so a path shows it without an arrow. The others read from source to
 * target (a funder funds, a member belongs to, the office coordinates).
 */
export const UNDIRECTED_RELATION_TYPES: readonly string[] = ["COOPERATION", "STRATEGIC_PARTNERSHIP"];
