/**
 * Taxonomies of the ALBuM network seed: Handlungsfelder (topics), Zielgruppen (target groups),
 * Stadtbezirke (districts) and languages, each with German and English labels.
 *
 * Topics and target groups are derived from the fields of action and groups named in the ten-year
 * report (`../shared/source/000_d59a5cd85ea9f4b1.txt`, beside the repository); a few (Existenzgründung, Elternarbeit,
 * Anerkennung ausländischer Abschlüsse) are common fields of the partners that the report only
 * touches, added so that tandem matching has enough to work with.
 *
 * The arrays are declared `as const` so that the key unions below let the compiler check every
 * key used in `album-network.ts`.
 */
import type { TaxonomyEntry, Taxonomies } from "./seed-types";

const topicEntries = [
  {
    key: "berufsbezogene-deutschfoerderung",
    labelDe: "Berufsbezogene Deutschförderung",
    labelEn: "Job-related German language training",
  },
  {
    key: "niedrigschwellige-deutschfoerderung",
    labelDe: "Niedrigschwellige Deutschförderung",
    labelEn: "Low-threshold German language support",
  },
  { key: "berufsorientierung", labelDe: "Berufsorientierung", labelEn: "Career orientation" },
  { key: "uebergang-schule-beruf", labelDe: "Übergang Schule–Beruf", labelEn: "School-to-work transition" },
  { key: "ausbildung", labelDe: "Ausbildung", labelEn: "Vocational training (apprenticeship)" },
  { key: "qualifizierung", labelDe: "Qualifizierung", labelEn: "Vocational qualification" },
  { key: "arbeitsmarktintegration", labelDe: "Arbeitsmarktintegration", labelEn: "Labour-market integration" },
  { key: "beratung", labelDe: "Beratung", labelEn: "Counselling" },
  {
    key: "anerkennung-auslaendischer-abschluesse",
    labelDe: "Anerkennung ausländischer Abschlüsse",
    labelEn: "Recognition of foreign qualifications",
  },
  {
    key: "interkulturelle-oeffnung",
    labelDe: "Interkulturelle Öffnung und Kompetenz",
    labelEn: "Intercultural opening and competence",
  },
  { key: "interkultureller-dialog", labelDe: "Interkultureller Dialog", labelEn: "Intercultural dialogue" },
  { key: "diversity-management", labelDe: "Diversity Management", labelEn: "Diversity management" },
  {
    key: "organisations-und-personalentwicklung",
    labelDe: "Organisations- und Personalentwicklung",
    labelEn: "Organisational and staff development",
  },
  { key: "existenzgruendung", labelDe: "Existenzgründung", labelEn: "Business start-up" },
  {
    key: "empowerment-migrantenorganisationen",
    labelDe: "Empowerment von Migrantenorganisationen",
    labelEn: "Empowerment of migrant organisations",
  },
  { key: "ehrenamt-engagement", labelDe: "Ehrenamt und Engagement", labelEn: "Volunteering and civic engagement" },
  { key: "elternarbeit", labelDe: "Elternarbeit", labelEn: "Work with parents" },
  { key: "frauen-alleinerziehende", labelDe: "Frauen und Alleinerziehende", labelEn: "Women and single parents" },
  { key: "gefluechtete", labelDe: "Geflüchtete", labelEn: "Refugees" },
  { key: "quartiersarbeit", labelDe: "Quartiersarbeit", labelEn: "Neighbourhood work" },
  {
    key: "teilhabe",
    labelDe: "Teilhabe in Alltag und Gesellschaft",
    labelEn: "Participation in everyday life and society",
  },
] as const satisfies readonly TaxonomyEntry[];

const targetGroupEntries = [
  { key: "jugendliche", labelDe: "Jugendliche", labelEn: "Young people" },
  { key: "junge-erwachsene", labelDe: "Junge Erwachsene (18–35 Jahre)", labelEn: "Young adults (18–35)" },
  { key: "schuelerinnen-und-schueler", labelDe: "Schülerinnen und Schüler", labelEn: "Pupils" },
  { key: "eltern", labelDe: "Eltern und junge Familien", labelEn: "Parents and young families" },
  { key: "frauen", labelDe: "Frauen", labelEn: "Women" },
  { key: "alleinerziehende", labelDe: "Alleinerziehende", labelEn: "Single parents" },
  { key: "arbeitsuchende", labelDe: "Arbeitsuchende", labelEn: "Job seekers" },
  { key: "beschaeftigte", labelDe: "Beschäftigte", labelEn: "Employees" },
  {
    key: "internationale-fachkraefte",
    labelDe: "Internationale Fachkräfte (z. B. Pflege, Medizin)",
    labelEn: "International skilled workers (e.g. nursing, medicine)",
  },
  {
    key: "gefluechtete-bleibeberechtigte",
    labelDe: "Geflüchtete und Bleibeberechtigte",
    labelEn: "Refugees and persons with a right to remain",
  },
  {
    key: "multiplikatorinnen",
    labelDe: "Fachkräfte und Multiplikator*innen (Arbeitsverwaltung, Schule, Beratung)",
    labelEn: "Professionals and multipliers (employment services, schools, counselling)",
  },
  {
    key: "migrantenorganisationen",
    labelDe: "Migrantenorganisationen und Vereine",
    labelEn: "Migrant organisations and associations",
  },
  { key: "unternehmen", labelDe: "Unternehmen und Arbeitgeber", labelEn: "Companies and employers" },
] as const satisfies readonly TaxonomyEntry[];

/** Hannover's 13 Stadtbezirke plus the Region Hannover; district names are proper nouns in both languages. */
const districtEntries = [
  { key: "mitte", labelDe: "Mitte", labelEn: "Mitte" },
  { key: "vahrenwald-list", labelDe: "Vahrenwald-List", labelEn: "Vahrenwald-List" },
  { key: "bothfeld-vahrenheide", labelDe: "Bothfeld-Vahrenheide", labelEn: "Bothfeld-Vahrenheide" },
  { key: "buchholz-kleefeld", labelDe: "Buchholz-Kleefeld", labelEn: "Buchholz-Kleefeld" },
  { key: "misburg-anderten", labelDe: "Misburg-Anderten", labelEn: "Misburg-Anderten" },
  {
    key: "kirchrode-bemerode-wuelferode",
    labelDe: "Kirchrode-Bemerode-Wülferode",
    labelEn: "Kirchrode-Bemerode-Wülferode",
  },
  { key: "suedstadt-bult", labelDe: "Südstadt-Bult", labelEn: "Südstadt-Bult" },
  { key: "doehren-wuelfel", labelDe: "Döhren-Wülfel", labelEn: "Döhren-Wülfel" },
  { key: "ricklingen", labelDe: "Ricklingen", labelEn: "Ricklingen" },
  { key: "linden-limmer", labelDe: "Linden-Limmer", labelEn: "Linden-Limmer" },
  {
    key: "ahlem-badenstedt-davenstedt",
    labelDe: "Ahlem-Badenstedt-Davenstedt",
    labelEn: "Ahlem-Badenstedt-Davenstedt",
  },
  { key: "herrenhausen-stoecken", labelDe: "Herrenhausen-Stöcken", labelEn: "Herrenhausen-Stöcken" },
  { key: "nord", labelDe: "Nord", labelEn: "Nord" },
  { key: "region-hannover", labelDe: "Region Hannover", labelEn: "Hanover Region" },
] as const satisfies readonly TaxonomyEntry[];

/** ISO 639-1 codes only (Dari, ISO 639-3 "prs", is therefore not listed; Farsi "fa" covers it). */
const languageEntries = [
  { key: "de", labelDe: "Deutsch", labelEn: "German" },
  { key: "en", labelDe: "Englisch", labelEn: "English" },
  { key: "tr", labelDe: "Türkisch", labelEn: "Turkish" },
  { key: "ru", labelDe: "Russisch", labelEn: "Russian" },
  { key: "uk", labelDe: "Ukrainisch", labelEn: "Ukrainian" },
  { key: "pl", labelDe: "Polnisch", labelEn: "Polish" },
  { key: "fa", labelDe: "Persisch (Farsi)", labelEn: "Persian (Farsi)" },
  { key: "ar", labelDe: "Arabisch", labelEn: "Arabic" },
  { key: "ku", labelDe: "Kurdisch", labelEn: "Kurdish" },
  { key: "fr", labelDe: "Französisch", labelEn: "French" },
  { key: "es", labelDe: "Spanisch", labelEn: "Spanish" },
  { key: "it", labelDe: "Italienisch", labelEn: "Italian" },
  { key: "el", labelDe: "Griechisch", labelEn: "Greek" },
  { key: "sr", labelDe: "Serbisch", labelEn: "Serbian" },
  { key: "hr", labelDe: "Kroatisch", labelEn: "Croatian" },
  { key: "bs", labelDe: "Bosnisch", labelEn: "Bosnian" },
  { key: "sq", labelDe: "Albanisch", labelEn: "Albanian" },
  { key: "ro", labelDe: "Rumänisch", labelEn: "Romanian" },
  { key: "bg", labelDe: "Bulgarisch", labelEn: "Bulgarian" },
  { key: "ti", labelDe: "Tigrinya", labelEn: "Tigrinya" },
  { key: "so", labelDe: "Somali", labelEn: "Somali" },
  { key: "sw", labelDe: "Swahili", labelEn: "Swahili" },
] as const satisfies readonly TaxonomyEntry[];

export type TopicKey = (typeof topicEntries)[number]["key"];
export type TargetGroupKey = (typeof targetGroupEntries)[number]["key"];
export type DistrictKey = (typeof districtEntries)[number]["key"];
export type LanguageKey = (typeof languageEntries)[number]["key"];

/** All 13 Stadtbezirke (without the Region), for organisations that serve the whole city. */
export const allCityDistricts: DistrictKey[] = districtEntries
  .map((entry) => entry.key)
  .filter((key): key is Exclude<DistrictKey, "region-hannover"> => key !== "region-hannover");

export const albumTaxonomies: Taxonomies = {
  topics: [...topicEntries],
  targetGroups: [...targetGroupEntries],
  districts: [...districtEntries],
  languages: [...languageEntries],
};
