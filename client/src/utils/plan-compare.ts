/** A tandem of a saved plan, as the comparison needs it. */
export interface ComparedTandem {
  migrantOrganisationId: string;
  educationalInstitutionId: string;
  migrantOrganisationName: string;
  educationalInstitutionName: string;
  score: number;
}

export interface PlanComparison<T extends ComparedTandem> {
  /** Pairs in both plans, with each plan's score. */
  both: { a: T; b: T }[];
  onlyA: T[];
  onlyB: T[];
}

const key = (t: ComparedTandem) => `${t.migrantOrganisationId}|${t.educationalInstitutionId}`;
const byName = (x: ComparedTandem, y: ComparedTandem) =>
  x.migrantOrganisationName.localeCompare(y.migrantOrganisationName) ||
  x.educationalInstitutionName.localeCompare(y.educationalInstitutionName);

/** Who is in which plan: the pairs both share, and those only one has (each sorted by name). */
export function comparePlans<T extends ComparedTandem>(a: readonly T[], b: readonly T[]): PlanComparison<T> {
  const inB = new Map(b.map((t) => [key(t), t]));
  const inA = new Set(a.map(key));
  const both = a
    .filter((t) => inB.has(key(t)))
    .sort(byName)
    .map((t) => ({ a: t, b: inB.get(key(t))! }));
  return {
    both,
    onlyA: a.filter((t) => !inB.has(key(t))).sort(byName),
    onlyB: b.filter((t) => !inA.has(key(t))).sort(byName),
  };
}

/** The weakest tandem of a plan (lowest score), or null for an empty plan. */
export function weakestTandem<T extends ComparedTandem>(tandems: readonly T[]): T | null {
  return tandems.reduce<T | null>((weakest, t) => (weakest === null || t.score < weakest.score ? t : weakest), null);
}
