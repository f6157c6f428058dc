import { createHash } from "node:crypto";
import type { MatchContext } from "./engine/types";

/**
 * Every array in a match context is a set (keys, organisations, pairs), so the canonical form sorts
 * arrays and object keys: two reads of unchanged data give the same text whatever order SQL chose.
 */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).sort().join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined && typeof v !== "function")
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

const contextHashes = new WeakMap<MatchContext, string>();

/** sha-256 of the engine's inputs for one call; cached per context object (contexts are shared per revision). */
export function contextHash(context: MatchContext): string {
  let hash = contextHashes.get(context);
  if (!hash) {
    hash = createHash("sha256").update(canonical(context)).digest("hex");
    contextHashes.set(context, hash);
  }
  return hash;
}

type Pair = { migrantOrganisationId: string; educationalInstitutionId: string };
const key = (pair: Pair) => `${pair.migrantOrganisationId}|${pair.educationalInstitutionId}`;

/**
 * A saved plan's fingerprint: the engine's inputs, plus the formed tandems the plan does not hold
 * (every plan keeps the formed tandems, so a new one elsewhere would change it). A tandem of the
 * plan forming is data changing too (the organisations' commitments grow), and the plan says so.
 */
export function planFingerprint(context: MatchContext, formed: Pair[], planTandems: Pair[]): string {
  const inPlan = new Set(planTandems.map(key));
  const outside = formed
    .map(key)
    .filter((k) => !inPlan.has(k))
    .sort();
  return createHash("sha256")
    .update(`${contextHash(context)}|${outside.join(",")}`)
    .digest("hex");
}
