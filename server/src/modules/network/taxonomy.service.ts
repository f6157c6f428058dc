import { In, type EntityManager } from "typeorm";
import { BadUserInputError, type FieldProblem } from "../../graphql/errors";
import { District, Language, TargetGroup, Topic } from "./taxonomy.entity";

export type TaxonomyName = "topics" | "targetGroups" | "districts" | "languages";

const entityOf = { topics: Topic, targetGroups: TargetGroup, districts: District, languages: Language } as const;

/** Lists a taxonomy in label order of the locale. */
export async function listTaxonomy(db: EntityManager, name: TaxonomyName, locale: "de" | "en") {
  const rows = await db.getRepository(entityOf[name]).find();
  const labelOf = (row: { labelDe: string; labelEn: string }) => (locale === "en" ? row.labelEn : row.labelDe);
  return rows.sort((a, b) => labelOf(a).localeCompare(labelOf(b), locale));
}

/**
 * Refuses unknown taxonomy keys with one BAD_USER_INPUT naming every offending field and key,
 * so that nothing half-valid is written.
 */
export async function assertTaxonomyKeys(
  db: EntityManager,
  checks: { field: string; taxonomy: TaxonomyName; keys: readonly string[] | null | undefined }[],
): Promise<void> {
  const problems: FieldProblem[] = [];
  for (const check of checks) {
    const keys = [...new Set(check.keys ?? [])];
    if (keys.length === 0) continue;
    const found = await db.getRepository(entityOf[check.taxonomy]).findBy({ key: In(keys) });
    const known = new Set(found.map((row) => row.key));
    const unknown = keys.filter((key) => !known.has(key));
    if (unknown.length > 0)
      problems.push({ field: check.field, message: `unknown ${check.taxonomy} key(s): ${unknown.join(", ")}` });
  }
  if (problems.length > 0) throw new BadUserInputError("Unknown taxonomy keys", problems);
}
