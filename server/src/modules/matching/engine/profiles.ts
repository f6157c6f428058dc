/**
 * Profiles: organisations of one side with the same classes in all four call families (topics,
 * target groups, languages, districts). All pairs between an MO profile p and an EI profile q share
 * topicCoverage, the `extra` part of complementarity, targetGroupFit, languageFit and the district
 * share of localFit; only the needs part, the district Jaccard, trust, availability and fairness
 * vary per pair. The pruning works on profile pairs (see scan-order.ts).
 */
import type { Family } from "./families";

export interface SideProfiles {
  count: number;
  /** Family classes per profile. */
  topic: Int32Array;
  targetGroup: Int32Array;
  language: Int32Array;
  district: Int32Array;
  /** Max availability / fairness value over the profile's eligible members (for bounds). */
  maxAvailability: Float64Array;
  maxFairness: Float64Array;
  /** Eligible members per profile (CSR), sorted by `memberKey` descending, then index. */
  start: Int32Array;
  members: Int32Array;
  /** Profiles with at least one eligible member, ascending. */
  active: Int32Array;
}

export interface ProfileInput {
  n: number;
  eligible: Uint8Array;
  availability: Float64Array;
  fairness: Float64Array;
}

export type FamilyPick = "mo" | "ei";

/**
 * Interns the profiles of one side. `memberKey[i]` orders members inside a profile so that scans
 * can stop early (it is w_availability × availability + w_fairness × fairness / 2, the only
 * per-organisation terms of the separable pair bound).
 */
export function buildProfiles(
  side: ProfileInput,
  pick: FamilyPick,
  families: { topics: Family; targetGroups: Family; languages: Family; districts: Family },
  memberKey: Float64Array,
): { profiles: SideProfiles; profileOf: Int32Array } {
  const fs = [families.topics, families.targetGroups, families.languages, families.districts].map(
    (f) => f[pick].classOf,
  );
  const [t, g, l, d] = fs as [Int32Array, Int32Array, Int32Array, Int32Array];
  const byKey = new Map<string, number>();
  const profileOf = new Int32Array(side.n);
  const classes: number[][] = [];
  for (let i = 0; i < side.n; i++) {
    const key = `${t[i]},${g[i]},${l[i]},${d[i]}`;
    let p = byKey.get(key);
    if (p === undefined) {
      p = classes.length;
      byKey.set(key, p);
      classes.push([t[i]!, g[i]!, l[i]!, d[i]!]);
    }
    profileOf[i] = p;
  }
  const count = classes.length;
  const col = (c: number) => Int32Array.from(classes, (x) => x[c]!);
  const start = new Int32Array(count + 1);
  const maxAvailability = new Float64Array(count);
  const maxFairness = new Float64Array(count);
  for (let i = 0; i < side.n; i++) {
    if (!side.eligible[i]) continue;
    const p = profileOf[i]!;
    start[p + 1]!++;
    maxAvailability[p] = Math.max(maxAvailability[p]!, side.availability[i]!);
    maxFairness[p] = Math.max(maxFairness[p]!, side.fairness[i]!);
  }
  for (let p = 0; p < count; p++) start[p + 1]! += start[p]!;
  const fill = start.slice(0, count);
  const members = new Int32Array(start[count]!);
  for (let i = 0; i < side.n; i++) if (side.eligible[i]) members[fill[profileOf[i]!]!++] = i;
  const keys = memberKey;
  for (let p = 0; p < count; p++) {
    const part = Array.from(members.subarray(start[p]!, start[p + 1]!));
    part.sort((a, b) => keys[b]! - keys[a]! || a - b);
    members.set(part, start[p]!);
  }
  const active: number[] = [];
  for (let p = 0; p < count; p++) if (start[p + 1]! > start[p]!) active.push(p);
  return {
    profiles: {
      count,
      topic: col(0),
      targetGroup: col(1),
      language: col(2),
      district: col(3),
      maxAvailability,
      maxFairness,
      start,
      members,
      active: Int32Array.from(active),
    },
    profileOf,
  };
}
