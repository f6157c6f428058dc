/**
 * Deterministic synthetic ALBuM-like networks for load tests and benchmarks
 * (`npm run seed -- --synthetic 10000`, `npm run bench`).
 *
 * Two steps:
 * - `planSyntheticNetwork(n, seed)` is pure: from a seeded PRNG (mulberry32, never Math.random) it
 *   plans organisations, memberships, relations, programmes and past projects (applications) that
 *   reference each other by array index. The same (n, seed) always gives the same plan.
 * - `loadSyntheticNetwork(db, plan)` writes a plan into an EMPTY database with chunked multi-row
 *   INSERTs. Only the UUIDs are random (crypto.randomUUID); names, slugs, attributes and edges are
 *   the plan's.
 *
 * The network reuses the real taxonomies (`seeds/taxonomies.ts`) and organisation kinds. Its
 * shape follows the real network: ~35 % migrant organisations, ~35 % educational institutions,
 * the rest strategic partners, companies, funders and administrations; topics with a skewed
 * (Zipf-like) popularity; communities (a home district and focus topics) inside which most
 * cooperations happen, so that community detection finds them; hub organisations (strategic
 * partners, administrations) with many links; about n/5 completed or running projects, each with
 * a tandem of a migrant organisation and an educational institution.
 */
import { randomUUID } from "node:crypto";
import cliProgress from "cli-progress";
import type { DataSource, EntityManager } from "typeorm";
import { slugify } from "../server/src/modules/network/slug";
import { loadTaxonomies } from "./load-seed";
import { albumTaxonomies, allCityDistricts } from "./taxonomies";
import type {
  SeedApplicationStatus,
  SeedMembershipKind,
  SeedOrganisationKind,
  SeedParticipantRole,
  SeedRelationType,
  Taxonomies,
} from "./seed-types";

// ---------------------------------------------------------------------------------------------
// Plan types (plain data; organisations are referenced by their index in `organisations`)
// ---------------------------------------------------------------------------------------------

export interface SyntheticMembership {
  kind: SeedMembershipKind;
  since: string | null;
  until: string | null;
}

export interface SyntheticOrganisation {
  slug: string;
  name: string;
  shortName: string | null;
  kind: SeedOrganisationKind;
  description: string;
  website: string | null;
  street: string;
  postalCode: string;
  city: string;
  district: string;
  /** "Hannover-Linden-Nord", "Hannover" or a town of the Region; used in descriptions and project titles. */
  locality: string;
  topics: string[];
  offers: string[];
  needs: string[];
  targetGroups: string[];
  languages: string[];
  districtsServed: string[];
  capacity: number;
  memberships: SyntheticMembership[];
  /** Index of the community (home district + focus topics) the organisation belongs to. */
  community: number;
}

export interface SyntheticRelation {
  /** organisation index */
  source: number;
  /** organisation index */
  target: number;
  type: SeedRelationType;
  since: string | null;
  until: string | null;
  note: string | null;
}

export interface SyntheticProgramme {
  key: string;
  name: string;
  description: string;
  /** organisation indexes of kind FUNDER */
  funders: number[];
  startsOn: string;
  endsOn: string;
}

export interface SyntheticParticipant {
  organisation: number;
  role: SeedParticipantRole;
}

export interface SyntheticApplication {
  slug: string;
  title: string;
  description: string;
  /** index in `programmes` */
  programme: number;
  /** organisation indexes (the programme's funders) */
  funders: number[];
  /** organisation index */
  lead: number;
  status: Extract<SeedApplicationStatus, "COMPLETED" | "RUNNING">;
  startsOn: string;
  endsOn: string;
  requestedAmount: number;
  approvedAmount: number;
  participantsReached: number | null;
  topics: string[];
  participants: SyntheticParticipant[];
}

export interface SyntheticCommunity {
  district: string;
  focusTopics: string[];
}

export interface SyntheticNetworkPlan {
  size: number;
  seed: number;
  taxonomies: Taxonomies;
  communities: SyntheticCommunity[];
  organisations: SyntheticOrganisation[];
  relations: SyntheticRelation[];
  programmes: SyntheticProgramme[];
  applications: SyntheticApplication[];
}

export const DEFAULT_SYNTHETIC_SEED = 42;
export const MAX_SYNTHETIC_ORGANISATIONS = 1_000_000;

// ---------------------------------------------------------------------------------------------
// Seeded randomness
// ---------------------------------------------------------------------------------------------

/** mulberry32: a small, fast, well-distributed 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  private readonly next: () => number;

  constructor(seed: number) {
    this.next = mulberry32(seed);
  }

  float(): number {
    return this.next();
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("pick from an empty list");
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Index drawn with probability proportional to `weights[i]`. */
  weightedIndex(weights: readonly number[]): number {
    let total = 0;
    for (const weight of weights) total += weight;
    let target = this.next() * total;
    for (let index = 0; index < weights.length; index += 1) {
      target -= weights[index] ?? 0;
      if (target < 0) return index;
    }
    return weights.length - 1;
  }

  /** Index drawn from a cumulative weight array (binary search). */
  cumulativeIndex(cumulative: Float64Array | readonly number[]): number {
    const total = cumulative[cumulative.length - 1] ?? 0;
    const target = this.next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((cumulative[middle] ?? 0) > target) high = middle;
      else low = middle + 1;
    }
    return low;
  }

  /** `count` distinct items, weighted; `weights[i]` belongs to `items[i]`. */
  sampleDistinct<T>(
    items: readonly T[],
    weights: readonly number[],
    count: number,
    exclude: ReadonlySet<T> = new Set(),
  ): T[] {
    const remaining = items.map((item, index) => ({ item, weight: exclude.has(item) ? 0 : (weights[index] ?? 0) }));
    const chosen: T[] = [];
    while (chosen.length < count) {
      const available = remaining.filter((entry) => entry.weight > 0);
      if (available.length === 0) break;
      const index = this.weightedIndex(available.map((entry) => entry.weight));
      const entry = available[index];
      if (!entry) break;
      chosen.push(entry.item);
      entry.weight = 0;
    }
    return chosen;
  }

  /** Fisher–Yates, in place. */
  shuffle<T>(items: T[]): T[] {
    for (let index = items.length - 1; index > 0; index -= 1) {
      const other = Math.floor(this.next() * (index + 1));
      const swap = items[index] as T;
      items[index] = items[other] as T;
      items[other] = swap;
    }
    return items;
  }
}

/** Zipf-like weights 1/(rank+1)^s for items already ordered by popularity. */
function zipfWeights(count: number, exponent = 1): number[] {
  return Array.from({ length: count }, (_, rank) => 1 / Math.pow(rank + 1, exponent));
}

function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function addMonths(year: number, month: number, months: number): { year: number; month: number } {
  const total = year * 12 + (month - 1) + months;
  return { year: Math.floor(total / 12), month: (total % 12) + 1 };
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

// ---------------------------------------------------------------------------------------------
// Word lists
// ---------------------------------------------------------------------------------------------

/** Stadtteile per district key; the Region's entries are towns. */
const placesByDistrict: Record<string, { places: readonly string[]; postalCodes: readonly string[] }> = {
  mitte: {
    places: ["Mitte", "Calenberger Neustadt", "Oststadt", "Zoo"],
    postalCodes: ["30159", "30161", "30169", "30175"],
  },
  "vahrenwald-list": { places: ["Vahrenwald", "List"], postalCodes: ["30163", "30165", "30177"] },
  "bothfeld-vahrenheide": {
    places: ["Bothfeld", "Vahrenheide", "Sahlkamp", "Lahe"],
    postalCodes: ["30179", "30657", "30659"],
  },
  "buchholz-kleefeld": {
    places: ["Groß-Buchholz", "Kleefeld", "Heideviertel", "Roderbruch"],
    postalCodes: ["30625", "30627", "30655"],
  },
  "misburg-anderten": { places: ["Misburg", "Anderten"], postalCodes: ["30627", "30629", "30559"] },
  "kirchrode-bemerode-wuelferode": {
    places: ["Kirchrode", "Bemerode", "Wülferode", "Kronsberg"],
    postalCodes: ["30539", "30559"],
  },
  "suedstadt-bult": { places: ["Südstadt", "Bult"], postalCodes: ["30171", "30173"] },
  "doehren-wuelfel": { places: ["Döhren", "Wülfel", "Mittelfeld", "Waldheim"], postalCodes: ["30519", "30521"] },
  ricklingen: {
    places: ["Ricklingen", "Oberricklingen", "Mühlenberg", "Wettbergen", "Bornum"],
    postalCodes: ["30457", "30459"],
  },
  "linden-limmer": {
    places: ["Linden-Nord", "Linden-Mitte", "Linden-Süd", "Limmer"],
    postalCodes: ["30449", "30451", "30453"],
  },
  "ahlem-badenstedt-davenstedt": { places: ["Ahlem", "Badenstedt", "Davenstedt"], postalCodes: ["30453", "30455"] },
  "herrenhausen-stoecken": {
    places: ["Herrenhausen", "Stöcken", "Ledeburg", "Marienwerder", "Leinhausen"],
    postalCodes: ["30419"],
  },
  nord: { places: ["Nordstadt", "Hainholz", "Vinnhorst", "Brink-Hafen"], postalCodes: ["30165", "30167", "30179"] },
  "region-hannover": {
    places: [
      "Langenhagen",
      "Garbsen",
      "Laatzen",
      "Lehrte",
      "Seelze",
      "Hemmingen",
      "Ronnenberg",
      "Burgdorf",
      "Sehnde",
      "Wunstorf",
      "Springe",
    ],
    postalCodes: ["30853", "30823", "30880", "31275", "30926", "30966", "30952", "31303", "31319", "31515", "31832"],
  },
};

/** Relative size of the districts (more organisations in the inner city and the Region). */
const districtWeights: Record<string, number> = {
  mitte: 3,
  "vahrenwald-list": 2,
  "bothfeld-vahrenheide": 1.5,
  "buchholz-kleefeld": 1.2,
  "misburg-anderten": 0.8,
  "kirchrode-bemerode-wuelferode": 0.8,
  "suedstadt-bult": 1.2,
  "doehren-wuelfel": 1,
  ricklingen: 1.3,
  "linden-limmer": 2.5,
  "ahlem-badenstedt-davenstedt": 0.8,
  "herrenhausen-stoecken": 1,
  nord: 1.8,
  "region-hannover": 3,
};

/** Origins of migrant organisations: adjective stem (declined below) and the languages spoken. */
const origins: readonly { stem: string; languages: readonly string[] }[] = [
  { stem: "Türkisch", languages: ["tr"] },
  { stem: "Kurdisch", languages: ["ku", "tr"] },
  { stem: "Iranisch", languages: ["fa"] },
  { stem: "Afghanisch", languages: ["fa"] },
  { stem: "Syrisch", languages: ["ar", "ku"] },
  { stem: "Arabisch", languages: ["ar"] },
  { stem: "Irakisch", languages: ["ar", "ku"] },
  { stem: "Libanesisch", languages: ["ar", "fr"] },
  { stem: "Marokkanisch", languages: ["ar", "fr"] },
  { stem: "Eritreisch", languages: ["ti"] },
  { stem: "Somalisch", languages: ["so"] },
  { stem: "Ostafrikanisch", languages: ["sw", "en"] },
  { stem: "Westafrikanisch", languages: ["fr", "en"] },
  { stem: "Kamerunisch", languages: ["fr", "en"] },
  { stem: "Togoisch", languages: ["fr"] },
  { stem: "Ghanaisch", languages: ["en"] },
  { stem: "Polnisch", languages: ["pl"] },
  { stem: "Russischsprachig", languages: ["ru"] },
  { stem: "Ukrainisch", languages: ["uk", "ru"] },
  { stem: "Griechisch", languages: ["el"] },
  { stem: "Italienisch", languages: ["it"] },
  { stem: "Spanisch", languages: ["es"] },
  { stem: "Lateinamerikanisch", languages: ["es"] },
  { stem: "Serbisch", languages: ["sr"] },
  { stem: "Kroatisch", languages: ["hr"] },
  { stem: "Bosnisch", languages: ["bs"] },
  { stem: "Albanisch", languages: ["sq"] },
  { stem: "Kosovarisch", languages: ["sq", "sr"] },
  { stem: "Rumänisch", languages: ["ro"] },
  { stem: "Bulgarisch", languages: ["bg"] },
  { stem: "Jesidisch", languages: ["ku"] },
  { stem: "Frankophon", languages: ["fr"] },
  { stem: "Interkulturell", languages: ["en", "tr", "ar", "ru"] },
  { stem: "International", languages: ["en", "fr", "ar"] },
];

type Gender = "m" | "f" | "n";
const adjectiveEnding: Record<Gender, string> = { m: "er", f: "e", n: "es" };

const migrantNouns: readonly { noun: string; gender: Gender }[] = [
  { noun: "Kulturverein", gender: "m" },
  { noun: "Elternverein", gender: "m" },
  { noun: "Frauenverein", gender: "m" },
  { noun: "Bildungsverein", gender: "m" },
  { noun: "Jugendverein", gender: "m" },
  { noun: "Freundeskreis", gender: "m" },
  { noun: "Arbeitskreis", gender: "m" },
  { noun: "Förderverein", gender: "m" },
  { noun: "Akademikerverein", gender: "m" },
  { noun: "Gemeinde", gender: "f" },
  { noun: "Gesellschaft", gender: "f" },
  { noun: "Initiative", gender: "f" },
  { noun: "Elterninitiative", gender: "f" },
  { noun: "Frauengruppe", gender: "f" },
  { noun: "Kulturzentrum", gender: "n" },
  { noun: "Begegnungszentrum", gender: "n" },
  { noun: "Forum", gender: "n" },
  { noun: "Netzwerk", gender: "n" },
  { noun: "Frauennetzwerk", gender: "n" },
  { noun: "Bildungswerk", gender: "n" },
];

/** Words from the members' languages used as association names ("kargah" is Persian for workshop). */
const associationWords = [
  "Kargah",
  "Köprü",
  "Umut",
  "Dostluk",
  "Nour",
  "Amal",
  "Salam",
  "Sabah",
  "Druschba",
  "Mosaik",
  "Ubuntu",
  "Harambee",
  "Yeni Hayat",
  "Zagros",
  "Simurgh",
  "Baran",
  "Raduga",
  "Sonnenblume",
  "Brückenschlag",
  "Karawane",
  "Afrika-Haus",
  "Casa Latina",
  "Agora",
  "Lotus",
  "Anadolu",
  "Sawa",
  "Mizan",
  "Tamam",
  "Jasmin",
  "Kalinka",
] as const;

const associationPurposes = [
  "für interkulturelle Bildung",
  "zur Förderung der Integration",
  "für Bildung und Teilhabe",
  "für Frauen und Familien",
  "für Jugend und Beruf",
  "für Begegnung und Dialog",
  "zur Unterstützung Geflüchteter",
  "für Sprache und Kultur",
] as const;

const educationPersons = [
  "Leibniz",
  "Humboldt",
  "Käthe-Kollwitz",
  "Sophie-Scholl",
  "Hannah-Arendt",
  "Kurt-Schwitters",
  "Ricarda-Huch",
  "Albert-Einstein",
  "Bertha-von-Suttner",
  "Marie-Curie",
  "Wilhelm-Busch",
  "Lessing",
  "Herschel",
  "Goethe",
  "Heinrich-Heine",
  "Anne-Frank",
  "Elisabeth-Selbert",
  "Lise-Meitner",
  "Otto-Hahn",
  "Geschwister-Scholl",
] as const;

const schoolKinds = ["Schule", "Oberschule", "Gesamtschule", "Realschule", "Gymnasium", "Berufsschule"] as const;

const educationTypes = [
  { name: "Volkshochschule", short: "VHS" },
  { name: "Bildungszentrum", short: null },
  { name: "Bildungswerk", short: null },
  { name: "Familienbildungsstätte", short: "FBS" },
  { name: "Qualifizierungszentrum", short: null },
  { name: "Sprachschule", short: null },
  { name: "Bildungsakademie", short: null },
  { name: "Berufsförderungswerk", short: "BFW" },
  { name: "Jugendwerkstatt", short: null },
  { name: "Berufsbildende Schule", short: "BBS" },
  { name: "Lernwerkstatt", short: null },
] as const;

const brands = [
  "Alpha",
  "Kompass",
  "Perspektive",
  "Horizont",
  "Lernwerk",
  "Sprungbrett",
  "Wegweiser",
  "Leine",
  "Impuls",
  "Chance",
  "Aufwind",
  "Neustart",
  "Fundament",
  "Pro Beruf",
  "Lernraum",
  "Zukunftswerk",
  "Startklar",
  "Weitblick",
] as const;

const partnerTypes = [
  { name: "Diakonisches Werk", short: "DW" },
  { name: "Caritasverband", short: null },
  { name: "AWO Kreisverband", short: "AWO" },
  { name: "DRK-Ortsverein", short: "DRK" },
  { name: "Paritätischer Wohlfahrtsverband – Kreisgruppe", short: null },
  { name: "Kirchenkreis", short: null },
  { name: "Freiwilligenzentrum", short: null },
  { name: "Nachbarschaftszentrum", short: null },
  { name: "Stadtteilzentrum", short: null },
  { name: "Migrationsberatung", short: null },
  { name: "Netzwerk Integration", short: null },
  { name: "Gemeinwesenarbeit", short: "GWA" },
] as const;

/** Units that tell apart organisations of the same name (another office of the same body). */
const branchUnits = [
  "Beratungsstelle",
  "Projektbüro",
  "Fachdienst Migration",
  "Jugendmigrationsdienst",
  "Kontaktstelle",
  "Zweigstelle",
  "Außenstelle",
  "Stadtteilbüro",
  "Servicestelle",
  "Lernzentrum",
  "Treffpunkt",
  "Familienzentrum",
] as const;

const surnames = [
  "Meyer",
  "Schulze",
  "Schröder",
  "Yılmaz",
  "Kaya",
  "Nowak",
  "Petrović",
  "Haddad",
  "Rahimi",
  "Hoffmann",
  "Becker",
  "Wagner",
  "Fischer",
  "Weber",
  "Koch",
  "Richter",
  "Klein",
  "Wolf",
  "Neumann",
  "Schwarz",
  "Krüger",
  "Lange",
  "Köhler",
  "Demir",
  "Şahin",
  "Kowalski",
  "Popescu",
  "Ivanova",
  "Okafor",
  "Mensah",
  "Nguyen",
  "Papadopoulos",
] as const;

const branches = [
  "Logistik",
  "Pflegedienst",
  "Gebäudetechnik",
  "Elektrotechnik",
  "Bau",
  "Gastronomie",
  "IT-Systeme",
  "Steuerberatung",
  "Personalservice",
  "Facility Services",
  "Energietechnik",
  "Metallbau",
  "Druckerei",
  "Spedition",
  "Catering",
  "Softwareentwicklung",
  "Einzelhandel",
  "Reinigungsdienste",
  "Sanitär- und Heizungstechnik",
  "Kfz-Technik",
] as const;

const legalForms = ["GmbH", "GmbH", "GmbH & Co. KG", "AG", "KG", "e.K."] as const;

const administrationTypes = [
  "Jobcenter Region Hannover – Standort",
  "Agentur für Arbeit – Geschäftsstelle",
  "Bildungsbüro",
  "Kommunales Integrationsmanagement",
  "Integrationsbeirat",
  "Fachbereich Soziales",
  "Fachbereich Jugend und Familie",
  "Wirtschaftsförderung",
] as const;

/** Compound street names ("Lindenstraße") and adjectival ones ("Celler Straße"). */
const streetStems = [
  "Linden",
  "Eichen",
  "Birken",
  "Ahorn",
  "Kastanien",
  "Goethe",
  "Schiller",
  "Leibniz",
  "Bahnhof",
  "Markt",
  "Kirch",
  "Schul",
  "Garten",
  "Wiesen",
  "Mühlen",
  "Brunnen",
  "Rosen",
  "Königs",
  "Friedrich",
  "Podbielski",
  "Limmer",
] as const;
const streetKinds = ["straße", "weg", "allee", "platz", "damm"] as const;
const streetAdjectives = [
  "Hildesheimer",
  "Göttinger",
  "Celler",
  "Davenstedter",
  "Engelbosteler",
  "Vahrenwalder",
  "Hainhölzer",
  "Lister",
] as const;

const projectMottos = [
  "Brücken bauen",
  "Gemeinsam stark",
  "Wege in den Beruf",
  "Chancen nutzen",
  "Vielfalt leben",
  "Neue Perspektiven",
  "Starke Eltern",
  "Sprache verbindet",
  "Fit für die Ausbildung",
  "Ankommen und Mitgestalten",
  "Talente entdecken",
  "Zukunft gestalten",
  "Türen öffnen",
  "Mittendrin",
  "Schritt für Schritt",
  "Kompetenzen sichtbar machen",
] as const;

/** Popular topics first, per kind; the remaining topics follow in a seeded order. */
const preferredTopics: Record<SeedOrganisationKind, readonly string[]> = {
  MIGRANT_ORGANISATION: [
    "niedrigschwellige-deutschfoerderung",
    "empowerment-migrantenorganisationen",
    "elternarbeit",
    "interkultureller-dialog",
    "beratung",
    "frauen-alleinerziehende",
    "gefluechtete",
    "ehrenamt-engagement",
    "teilhabe",
    "quartiersarbeit",
  ],
  EDUCATIONAL_INSTITUTION: [
    "berufsbezogene-deutschfoerderung",
    "qualifizierung",
    "berufsorientierung",
    "ausbildung",
    "uebergang-schule-beruf",
    "arbeitsmarktintegration",
    "anerkennung-auslaendischer-abschluesse",
    "beratung",
    "interkulturelle-oeffnung",
  ],
  STRATEGIC_PARTNER: [
    "beratung",
    "interkulturelle-oeffnung",
    "quartiersarbeit",
    "gefluechtete",
    "teilhabe",
    "ehrenamt-engagement",
    "empowerment-migrantenorganisationen",
  ],
  COMPANY: [
    "diversity-management",
    "ausbildung",
    "organisations-und-personalentwicklung",
    "arbeitsmarktintegration",
    "interkulturelle-oeffnung",
  ],
  FUNDER: ["arbeitsmarktintegration", "teilhabe", "empowerment-migrantenorganisationen", "qualifizierung"],
  ADMINISTRATION: [
    "arbeitsmarktintegration",
    "beratung",
    "interkulturelle-oeffnung",
    "uebergang-schule-beruf",
    "anerkennung-auslaendischer-abschluesse",
  ],
};

const preferredTargetGroups: Record<SeedOrganisationKind, readonly string[]> = {
  MIGRANT_ORGANISATION: [
    "eltern",
    "frauen",
    "jugendliche",
    "gefluechtete-bleibeberechtigte",
    "junge-erwachsene",
    "schuelerinnen-und-schueler",
    "arbeitsuchende",
    "alleinerziehende",
  ],
  EDUCATIONAL_INSTITUTION: [
    "arbeitsuchende",
    "junge-erwachsene",
    "jugendliche",
    "internationale-fachkraefte",
    "schuelerinnen-und-schueler",
    "beschaeftigte",
    "gefluechtete-bleibeberechtigte",
  ],
  STRATEGIC_PARTNER: [
    "multiplikatorinnen",
    "migrantenorganisationen",
    "gefluechtete-bleibeberechtigte",
    "eltern",
    "unternehmen",
  ],
  COMPANY: ["beschaeftigte", "internationale-fachkraefte", "junge-erwachsene", "unternehmen"],
  FUNDER: ["migrantenorganisationen", "multiplikatorinnen", "arbeitsuchende"],
  ADMINISTRATION: [
    "arbeitsuchende",
    "multiplikatorinnen",
    "migrantenorganisationen",
    "unternehmen",
    "gefluechtete-bleibeberechtigte",
  ],
};

/** Languages other than German, most common first (for non-migrant organisations). */
const commonLanguages = ["en", "tr", "ar", "ru", "uk", "fa", "pl", "fr", "ku", "es"] as const;

const kindLabels: Record<SeedOrganisationKind, string> = {
  MIGRANT_ORGANISATION: "Migrantenorganisation",
  EDUCATIONAL_INSTITUTION: "Bildungseinrichtung",
  STRATEGIC_PARTNER: "Strategischer Partner des Netzwerks",
  COMPANY: "Unternehmen",
  FUNDER: "Fördermittelgeber",
  ADMINISTRATION: "Einrichtung der öffentlichen Verwaltung",
};

/** Share of each kind; the rest after rounding goes to companies. */
const kindShares: readonly [SeedOrganisationKind, number][] = [
  ["MIGRANT_ORGANISATION", 0.35],
  ["EDUCATIONAL_INSTITUTION", 0.35],
  ["STRATEGIC_PARTNER", 0.12],
  ["FUNDER", 0.02],
  ["ADMINISTRATION", 0.04],
];

/** Prominence factor per kind: hubs attract more relations. */
const kindProminence: Record<SeedOrganisationKind, number> = {
  MIGRANT_ORGANISATION: 1,
  EDUCATIONAL_INSTITUTION: 1.2,
  STRATEGIC_PARTNER: 3,
  COMPANY: 0.6,
  FUNDER: 2,
  ADMINISTRATION: 2.5,
};

/** Relations per organisation on average (each relation counts for both ends). */
const RELATIONS_PER_ORGANISATION = 3;
/** Share of relations inside the organisation's community. */
const COMMUNITY_LOCALITY = 0.85;
/** Organisations per community, on average. */
const COMMUNITY_SIZE = 50;
/** Last year of the synthetic history; running projects reach beyond it. */
const REFERENCE_YEAR = 2025;

// ---------------------------------------------------------------------------------------------
// Planning
// ---------------------------------------------------------------------------------------------

interface Names {
  names: Set<string>;
  slugs: Set<string>;
}

function uniqueName(names: Names, draw: () => string, fallbackSuffix: () => string): string {
  for (let attempt = 0; attempt < 8; attempt += 1) {
    const name = draw();
    if (!names.names.has(name)) return name;
  }
  const base = `${draw()} – ${fallbackSuffix()}`;
  let candidate = base;
  for (let counter = 2; names.names.has(candidate); counter += 1) candidate = `${base} ${counter}`;
  return candidate;
}

function uniqueSlug(names: Names, base: string): string {
  const root = slugify(base);
  let slug = root;
  for (let counter = 2; names.slugs.has(slug); counter += 1) slug = `${root}-${counter}`;
  names.slugs.add(slug);
  return slug;
}

function kindCounts(n: number): SeedOrganisationKind[] {
  const kinds: SeedOrganisationKind[] = [];
  for (const [kind, share] of kindShares) {
    const count = Math.min(n - kinds.length, Math.round(n * share));
    for (let index = 0; index < count; index += 1) kinds.push(kind);
  }
  while (kinds.length < n) kinds.push("COMPANY");
  return kinds;
}

function declined(stem: string, gender: Gender): string {
  return `${stem}${adjectiveEnding[gender]}`;
}

function drawName(random: Random, kind: SeedOrganisationKind, place: string, city: string, originStem: string): string {
  switch (kind) {
    case "MIGRANT_ORGANISATION": {
      const variant = random.float();
      const { noun, gender } = random.pick(migrantNouns);
      if (variant < 0.5) {
        const prefix = random.chance(0.25) ? `Deutsch-${declined(originStem, gender)}` : declined(originStem, gender);
        return `${prefix} ${noun} ${place} e.V.`;
      }
      if (variant < 0.8) {
        const word = random.pick(associationWords);
        return random.chance(0.5)
          ? `${word} ${place} e.V.`
          : `${word} – ${declined(originStem, gender)} ${noun} ${city} e.V.`;
      }
      return `Verein ${random.pick(associationPurposes)} ${place} e.V.`;
    }
    case "EDUCATIONAL_INSTITUTION": {
      const variant = random.float();
      if (variant < 0.3) {
        const kindOfSchool = random.pick(schoolKinds);
        const person = random.pick(educationPersons);
        return `${person}-${kindOfSchool} ${place}`;
      }
      const type = random.pick(educationTypes);
      if (variant < 0.7) {
        return `${type.name} ${place}`;
      }
      const brand = random.pick(brands);
      return `${type.name} ${brand} ${place} gGmbH`;
    }
    case "STRATEGIC_PARTNER": {
      if (random.chance(0.2)) return `Stiftung ${random.pick(brands)} ${city}`;
      const type = random.pick(partnerTypes);
      return `${type.name} ${place}`;
    }
    case "COMPANY": {
      const owner = random.chance(0.6) ? random.pick(surnames) : random.pick(brands);
      return `${owner} ${random.pick(branches)} ${random.pick(legalForms)}`;
    }
    case "FUNDER": {
      const variant = random.float();
      if (variant < 0.35) return `${random.pick(surnames)}-Stiftung`;
      if (variant < 0.7) return `Bürgerstiftung ${city}`;
      return `Förderfonds ${random.pick(brands)} ${city}`;
    }
    case "ADMINISTRATION": {
      const type = random.pick(administrationTypes);
      return `${type} ${place}`;
    }
  }
}

function topicOrder(random: Random, kind: SeedOrganisationKind, allTopics: readonly string[]): string[] {
  const preferred = preferredTopics[kind].filter((key) => allTopics.includes(key));
  const rest = random.shuffle(allTopics.filter((key) => !preferred.includes(key)));
  return [...preferred, ...rest];
}

function targetGroupOrder(random: Random, kind: SeedOrganisationKind, all: readonly string[]): string[] {
  const preferred = preferredTargetGroups[kind].filter((key) => all.includes(key));
  return [...preferred, ...random.shuffle(all.filter((key) => !preferred.includes(key)))];
}

function buildCumulative(weights: readonly number[]): Float64Array {
  const cumulative = new Float64Array(weights.length);
  let sum = 0;
  weights.forEach((weight, index) => {
    sum += weight;
    cumulative[index] = sum;
  });
  return cumulative;
}

function relationTypeFor(
  a: SeedOrganisationKind,
  b: SeedOrganisationKind,
  random: Random,
): { type: SeedRelationType; aIsSource: boolean } {
  if (a === "FUNDER" || b === "FUNDER") return { type: "FUNDING", aIsSource: a === "FUNDER" };
  if (a === "ADMINISTRATION" || b === "ADMINISTRATION")
    return { type: "COORDINATION", aIsSource: a === "ADMINISTRATION" };
  if ((a === "STRATEGIC_PARTNER") !== (b === "STRATEGIC_PARTNER")) {
    // member organisation -> umbrella (MEMBERSHIP), or a partnership led by the strategic partner
    if (random.chance(0.3)) return { type: "MEMBERSHIP", aIsSource: b === "STRATEGIC_PARTNER" };
    return { type: "STRATEGIC_PARTNERSHIP", aIsSource: a === "STRATEGIC_PARTNER" };
  }
  return { type: "COOPERATION", aIsSource: true };
}

/**
 * Plans a synthetic network of `n` organisations. Pure and deterministic: the same `n` and `seed`
 * give the same plan (names, slugs, attributes, edges, projects).
 */
export function planSyntheticNetwork(n: number, seed: number = DEFAULT_SYNTHETIC_SEED): SyntheticNetworkPlan {
  if (!Number.isInteger(n) || n < 1 || n > MAX_SYNTHETIC_ORGANISATIONS) {
    throw new RangeError(
      `number of organisations must be an integer between 1 and ${MAX_SYNTHETIC_ORGANISATIONS}, got ${n}`,
    );
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new RangeError(`seed must be an integer between 0 and ${0xffffffff}, got ${seed}`);
  }
  const random = new Random(seed);
  const taxonomies = albumTaxonomies;
  const allTopics = taxonomies.topics.map((t) => t.key);
  const allTargetGroups = taxonomies.targetGroups.map((t) => t.key);
  const knownLanguages = new Set(taxonomies.languages.map((l) => l.key));
  const allDistricts = taxonomies.districts.map((d) => d.key).filter((key) => key in placesByDistrict);
  const districtWeightList = allDistricts.map((key) => districtWeights[key] ?? 1);

  // Global topic popularity (for community focus) and per-kind orders (for organisations).
  const globalTopicOrder = random.shuffle([...allTopics]);
  const kinds: SeedOrganisationKind[] = [
    "MIGRANT_ORGANISATION",
    "EDUCATIONAL_INSTITUTION",
    "STRATEGIC_PARTNER",
    "COMPANY",
    "FUNDER",
    "ADMINISTRATION",
  ];
  const topicOrderByKind = new Map(kinds.map((kind) => [kind, topicOrder(random, kind, allTopics)]));
  const targetGroupOrderByKind = new Map(kinds.map((kind) => [kind, targetGroupOrder(random, kind, allTargetGroups)]));
  const topicZipf = zipfWeights(allTopics.length, 1);
  const targetGroupZipf = zipfWeights(allTargetGroups.length, 0.9);
  const languageZipf = zipfWeights(commonLanguages.length, 1.1);

  // Communities: a home district and two focus topics.
  const communityCount = Math.max(1, Math.round(n / COMMUNITY_SIZE));
  const communities: SyntheticCommunity[] = Array.from({ length: communityCount }, () => ({
    district: allDistricts[random.weightedIndex(districtWeightList)] ?? "mitte",
    focusTopics: random.sampleDistinct(globalTopicOrder, topicZipf, 2),
  }));

  // Kinds in a seeded order, so that every prefix of the list is mixed.
  const kindList = random.shuffle(kindCounts(n));
  const names: Names = { names: new Set(), slugs: new Set() };
  const organisations: SyntheticOrganisation[] = [];
  const prominence = new Float64Array(n);

  for (let index = 0; index < n; index += 1) {
    const kind = kindList[index] ?? "COMPANY";
    const community = random.int(0, communityCount - 1);
    const home = communities[community] ?? { district: "mitte", focusTopics: [] };
    const district = random.chance(0.85)
      ? home.district
      : (allDistricts[random.weightedIndex(districtWeightList)] ?? "mitte");
    const placeInfo = placesByDistrict[district] ?? { places: ["Hannover"], postalCodes: ["30159"] };
    const inRegion = district === "region-hannover";
    // Stadtteil (or just "Hannover") in the city; the town itself in the Region.
    const place = inRegion || random.chance(0.8) ? random.pick(placeInfo.places) : "Hannover";
    const city = inRegion ? place : "Hannover";
    const locality = inRegion || place === "Hannover" ? city : `Hannover-${place}`;
    const origin = random.pick(origins);

    const name = uniqueName(
      names,
      () => drawName(random, kind, place, city, origin.stem),
      () => random.pick(branchUnits),
    );
    names.names.add(name);
    const shortName = deriveShortName(name, kind);
    const slug = uniqueSlug(names, name);

    // Topics: 2–6, skewed towards 3; usually one of the community's focus topics first.
    const topicCount = 2 + random.weightedIndex([0.25, 0.3, 0.22, 0.14, 0.09]);
    const ordered = topicOrderByKind.get(kind) ?? allTopics;
    const topics: string[] = [];
    if (random.chance(0.8) && home.focusTopics.length > 0) topics.push(random.pick(home.focusTopics));
    topics.push(...random.sampleDistinct(ordered, topicZipf, topicCount - topics.length, new Set(topics)));

    const offerCount = Math.min(topics.length, random.int(1, 3));
    const offers = random.sampleDistinct(topics, zipfWeights(topics.length, 0.7), offerCount);
    const needs = random.sampleDistinct(ordered, topicZipf, random.int(1, 3), new Set(topics));

    const targetGroups = random.sampleDistinct(
      targetGroupOrderByKind.get(kind) ?? allTargetGroups,
      targetGroupZipf,
      random.int(1, 4),
    );

    const languages = ["de"];
    if (kind === "MIGRANT_ORGANISATION") {
      for (const language of origin.languages)
        if (knownLanguages.has(language) && !languages.includes(language)) languages.push(language);
      if (random.chance(0.3) && !languages.includes("en")) languages.push("en");
    } else {
      const extra =
        kind === "EDUCATIONAL_INSTITUTION" || kind === "STRATEGIC_PARTNER" ? random.int(0, 3) : random.int(0, 1);
      for (const language of random.sampleDistinct(commonLanguages, languageZipf, extra)) languages.push(language);
    }

    const districtsServed = [district];
    if (
      (kind === "EDUCATIONAL_INSTITUTION" || kind === "STRATEGIC_PARTNER" || kind === "ADMINISTRATION") &&
      random.chance(0.12)
    ) {
      for (const key of allCityDistricts) if (!districtsServed.includes(key)) districtsServed.push(key);
    } else {
      const extra = random.weightedIndex([0.45, 0.3, 0.15, 0.1]);
      for (const key of random.sampleDistinct(allDistricts, districtWeightList, extra, new Set(districtsServed)))
        districtsServed.push(key);
    }

    const capacity =
      kind === "MIGRANT_ORGANISATION"
        ? 1 + random.weightedIndex([0.35, 0.4, 0.18, 0.07])
        : kind === "EDUCATIONAL_INSTITUTION"
          ? 2 + random.weightedIndex([0.25, 0.3, 0.25, 0.12, 0.08])
          : 1 + random.weightedIndex([0.3, 0.3, 0.2, 0.1, 0.06, 0.04]);

    const memberships = planMemberships(random, kind);
    const street = random.chance(0.8)
      ? `${random.pick(streetStems)}${random.pick(streetKinds)} ${random.int(1, 180)}`
      : `${random.pick(streetAdjectives)} Straße ${random.int(1, 180)}`;
    const description =
      `${kindLabels[kind]} in ${locality}. ` +
      `Schwerpunkte: ${topics.map((key) => topicLabel(taxonomies, key)).join(", ")}.`;

    organisations.push({
      slug,
      name,
      shortName,
      kind,
      description,
      website: random.chance(0.65) ? `https://www.${slug}.example` : null,
      street,
      postalCode: random.pick(placeInfo.postalCodes),
      city,
      district,
      locality,
      topics,
      offers,
      needs,
      targetGroups,
      languages,
      districtsServed,
      capacity,
      memberships,
      community,
    });
    // Pareto-like prominence: a few organisations become hubs.
    prominence[index] = kindProminence[kind] * Math.min(20, 1 / Math.pow(1 - random.float() * 0.999, 0.6));
  }

  const relations = planRelations(random, organisations, prominence, communityCount);
  const programmes = planProgrammes(random, organisations);
  const applications = planApplications(random, organisations, programmes, communityCount, taxonomies);

  return { size: n, seed, taxonomies, communities, organisations, relations, programmes, applications };
}

function topicLabel(taxonomies: Taxonomies, key: string): string {
  return taxonomies.topics.find((topic) => topic.key === key)?.labelDe ?? key;
}

/** Short names where the name has an established abbreviation, or the association word. */
function deriveShortName(name: string, kind: SeedOrganisationKind): string | null {
  if (kind === "EDUCATIONAL_INSTITUTION") {
    for (const type of educationTypes) {
      if (type.short && name.startsWith(`${type.name} `) && !name.endsWith("gGmbH"))
        return `${type.short} ${name.slice(type.name.length + 1)}`;
    }
    return null;
  }
  if (kind === "STRATEGIC_PARTNER") {
    for (const type of partnerTypes)
      if (type.short && name.startsWith(`${type.name} `)) return `${type.short} ${name.slice(type.name.length + 1)}`;
    return null;
  }
  if (kind === "MIGRANT_ORGANISATION") {
    const word = associationWords.find((candidate) => name.startsWith(`${candidate} `));
    return word ?? null;
  }
  return null;
}

function planMemberships(random: Random, kind: SeedOrganisationKind): SyntheticMembership[] {
  if (kind === "MIGRANT_ORGANISATION" || kind === "EDUCATIONAL_INSTITUTION") {
    const draw = random.float();
    if (draw < 0.78)
      return [
        {
          kind: "ALBUM_PARTNER",
          since: isoDate(random.int(2005, REFERENCE_YEAR - 1), random.int(1, 12), 1),
          until: null,
        },
      ];
    if (draw < 0.9)
      return [
        {
          kind: "ALBUM_CANDIDATE",
          since: isoDate(random.int(REFERENCE_YEAR - 1, REFERENCE_YEAR), random.int(1, 9), 1),
          until: null,
        },
      ];
    const since = random.int(2005, 2016);
    const until = since + random.int(2, 8);
    return [{ kind: "ALBUM_FORMER", since: isoDate(since, random.int(1, 12), 1), until: isoDate(until, 12, 31) }];
  }
  if (kind === "COMPANY") {
    return random.chance(0.7)
      ? [{ kind: "HADI_MEMBER", since: isoDate(random.int(2010, REFERENCE_YEAR), random.int(1, 12), 1), until: null }]
      : [];
  }
  if (kind === "STRATEGIC_PARTNER") {
    return random.chance(0.3)
      ? [
          {
            kind: "ALBUM_PARTNER",
            since: isoDate(random.int(2005, REFERENCE_YEAR - 1), random.int(1, 12), 1),
            until: null,
          },
        ]
      : [];
  }
  return [];
}

function planRelations(
  random: Random,
  organisations: SyntheticOrganisation[],
  prominence: Float64Array,
  communityCount: number,
): SyntheticRelation[] {
  const n = organisations.length;
  if (n < 2) return [];
  const members: number[][] = Array.from({ length: communityCount }, () => []);
  organisations.forEach((organisation, index) => members[organisation.community]?.push(index));
  const memberCumulative = members.map((list) => buildCumulative(list.map((index) => prominence[index] ?? 1)));
  const globalCumulative = buildCumulative(Array.from(prominence));

  const target = Math.round((n * RELATIONS_PER_ORGANISATION) / 2);
  const maxPairs = (n * (n - 1)) / 2;
  const wanted = Math.min(target, maxPairs);
  const pairs = new Set<number>();
  const relations: SyntheticRelation[] = [];
  for (let attempt = 0; relations.length < wanted && attempt < wanted * 20; attempt += 1) {
    const a = random.int(0, n - 1);
    const source = organisations[a];
    if (!source) continue;
    let b: number;
    const local = members[source.community] ?? [];
    if (local.length > 1 && random.chance(COMMUNITY_LOCALITY)) {
      b = local[random.cumulativeIndex(memberCumulative[source.community] ?? [])] ?? a;
    } else {
      b = random.cumulativeIndex(globalCumulative);
    }
    if (a === b) continue;
    const key = Math.min(a, b) * n + Math.max(a, b);
    if (pairs.has(key)) continue;
    const other = organisations[b];
    if (!other) continue;
    pairs.add(key);
    const { type, aIsSource } = relationTypeFor(source.kind, other.kind, random);
    const sinceYear = random.int(2005, REFERENCE_YEAR);
    const ended = random.chance(0.12) && sinceYear < REFERENCE_YEAR - 1;
    relations.push({
      source: aIsSource ? a : b,
      target: aIsSource ? b : a,
      type,
      since: isoDate(sinceYear, random.int(1, 12), 1),
      until: ended ? isoDate(random.int(sinceYear + 1, REFERENCE_YEAR - 1), 12, 31) : null,
      note: null,
    });
  }
  return relations;
}

const programmeTemplates = [
  { key: "synth-bundesprogramm-bruecken-in-arbeit", name: "Bundesprogramm „Brücken in Arbeit“", from: 2005, to: 2011 },
  {
    key: "synth-landesprogramm-teilhabe-durch-bildung",
    name: "Landesprogramm „Teilhabe durch Bildung“",
    from: 2008,
    to: 2016,
  },
  {
    key: "synth-esf-regionalprogramm-vielfalt-im-beruf",
    name: "ESF-Regionalprogramm „Vielfalt im Beruf“",
    from: 2014,
    to: 2021,
  },
  { key: "synth-stadtfonds-quartier-und-vielfalt", name: "Stadtfonds „Quartier und Vielfalt“", from: 2005, to: 2028 },
  {
    key: "synth-stiftungsfonds-miteinander-wachsen",
    name: "Stiftungsfonds „Miteinander wachsen“",
    from: 2012,
    to: 2028,
  },
  { key: "synth-bundesprogramm-chancen-im-beruf", name: "Bundesprogramm „Chancen im Beruf“", from: 2021, to: 2027 },
] as const;

function planProgrammes(random: Random, organisations: SyntheticOrganisation[]): SyntheticProgramme[] {
  const funders = organisations.flatMap((organisation, index) => (organisation.kind === "FUNDER" ? [index] : []));
  return programmeTemplates.map((template, position) => {
    const chosen: number[] = [];
    if (funders.length > 0) {
      chosen.push(funders[position % funders.length] ?? 0);
      if (funders.length > 1 && random.chance(0.5)) {
        const second = random.pick(funders);
        if (!chosen.includes(second)) chosen.push(second);
      }
    }
    return {
      key: template.key,
      name: template.name,
      description: `Synthetisches Förderprogramm (${template.from}–${template.to}) für Lasttests und Benchmarks.`,
      funders: chosen,
      startsOn: isoDate(template.from, 1, 1),
      endsOn: isoDate(template.to, 12, 31),
    };
  });
}

function planApplications(
  random: Random,
  organisations: SyntheticOrganisation[],
  programmes: SyntheticProgramme[],
  communityCount: number,
  taxonomies: Taxonomies,
): SyntheticApplication[] {
  const n = organisations.length;
  const count = Math.round(n / 5);
  const byCommunity = Array.from({ length: communityCount }, () => ({
    mo: [] as number[],
    ei: [] as number[],
    hubs: [] as number[],
    partners: [] as number[],
  }));
  const allMo: number[] = [];
  const allEi: number[] = [];
  const allHubs: number[] = [];
  const allPartners: number[] = [];
  organisations.forEach((organisation, index) => {
    const bucket = byCommunity[organisation.community];
    if (!bucket) return;
    if (organisation.kind === "MIGRANT_ORGANISATION") {
      bucket.mo.push(index);
      allMo.push(index);
    } else if (organisation.kind === "EDUCATIONAL_INSTITUTION") {
      bucket.ei.push(index);
      allEi.push(index);
    } else if (organisation.kind === "STRATEGIC_PARTNER" || organisation.kind === "ADMINISTRATION") {
      bucket.hubs.push(index);
      allHubs.push(index);
    }
    if (organisation.kind !== "FUNDER") {
      bucket.partners.push(index);
      allPartners.push(index);
    }
  });
  if (allMo.length === 0 || allEi.length === 0 || count === 0) return [];

  const overlap = (a: SyntheticOrganisation, b: SyntheticOrganisation) =>
    a.topics.filter((topic) => b.topics.includes(topic)).length;
  const tandems: [number, number][] = [];
  const slugs = new Set<string>();
  const applications: SyntheticApplication[] = [];

  for (let index = 0; index < count; index += 1) {
    let mo: number;
    let ei: number;
    const previous = tandems.length > 0 && random.chance(0.25) ? random.pick(tandems) : null;
    if (previous) {
      [mo, ei] = previous; // a repeated tandem: trust grows from earlier joint projects
    } else {
      mo = random.pick(allMo);
      const community = organisations[mo]?.community ?? 0;
      const local = byCommunity[community]?.ei ?? [];
      const pool = local.length > 0 && random.chance(0.85) ? local : allEi;
      // best topic fit of three candidates
      const moOrganisation = organisations[mo];
      let best = random.pick(pool);
      for (let candidate = 0; candidate < 2 && moOrganisation; candidate += 1) {
        const other = random.pick(pool);
        const otherOrganisation = organisations[other];
        const bestOrganisation = organisations[best];
        if (
          otherOrganisation &&
          bestOrganisation &&
          overlap(moOrganisation, otherOrganisation) > overlap(moOrganisation, bestOrganisation)
        )
          best = other;
      }
      ei = best;
      tandems.push([mo, ei]);
    }
    const moOrganisation = organisations[mo];
    const eiOrganisation = organisations[ei];
    if (!moOrganisation || !eiOrganisation) continue;
    const community = byCommunity[moOrganisation.community];

    const participants: SyntheticParticipant[] = [];
    let lead: number;
    if (random.chance(0.55)) {
      const hubs = community && community.hubs.length > 0 && random.chance(0.8) ? community.hubs : allHubs;
      lead = hubs.length > 0 ? random.pick(hubs) : mo;
    } else {
      lead = random.chance(0.6) ? mo : ei;
    }
    if (lead !== mo && lead !== ei) participants.push({ organisation: lead, role: "LEAD" });
    participants.push(
      { organisation: mo, role: "MIGRANT_ORGANISATION" },
      { organisation: ei, role: "EDUCATIONAL_INSTITUTION" },
    );
    if (participants.length < 4 && random.chance(0.35)) {
      const pool = community && community.partners.length > 3 ? community.partners : allPartners;
      const partner = random.pick(pool);
      if (!participants.some((p) => p.organisation === partner))
        participants.push({ organisation: partner, role: "PARTNER" });
    }

    const running = random.chance(0.22);
    const startYear = running ? random.int(REFERENCE_YEAR - 2, REFERENCE_YEAR) : random.int(2005, REFERENCE_YEAR - 3);
    const startMonth = random.int(1, 12);
    const months = running ? random.int(24, 36) : random.int(12, 36);
    const end = addMonths(startYear, startMonth, months - 1);
    const startsOn = isoDate(startYear, startMonth, 1);
    const endsOn = isoDate(end.year, end.month, lastDayOfMonth(end.year, end.month));
    const fitting = programmes
      .map((programme, position) => ({ programme, position }))
      .filter(({ programme }) => programme.startsOn <= startsOn && programme.endsOn >= startsOn);
    const chosen = fitting.length > 0 ? random.pick(fitting) : { programme: programmes[0], position: 0 };

    const shared = moOrganisation.topics.filter((topic) => eiOrganisation.topics.includes(topic));
    const union = [...new Set([...moOrganisation.topics, ...eiOrganisation.topics])];
    const topics = [...shared.slice(0, 2)];
    const topicCount = random.int(1, 3);
    for (const topic of random.shuffle(union.filter((key) => !topics.includes(key)))) {
      if (topics.length >= topicCount) break;
      topics.push(topic);
    }
    const mainTopic = topics[0] ?? union[0] ?? "beratung";
    const title = `${random.pick(projectMottos)} – ${topicLabel(taxonomies, mainTopic)} in ${moOrganisation.locality}`;
    const baseSlug = `${slugify(title)}-${startYear}`;
    let slug = baseSlug;
    for (let counter = 2; slugs.has(slug); counter += 1) slug = `${baseSlug}-${counter}`;
    slugs.add(slug);

    // Amounts: log-uniform between 15,000 and 450,000 euros, rounded to 500.
    const requested =
      Math.round(Math.exp(Math.log(15_000) + random.float() * (Math.log(450_000) - Math.log(15_000))) / 500) * 500;
    const approved = Math.round((requested * (0.7 + random.float() * 0.3)) / 100) * 100;
    const reached = Math.round(Math.exp(Math.log(10) + random.float() * (Math.log(400) - Math.log(10))));

    applications.push({
      slug,
      title,
      description: `Tandemprojekt von ${moOrganisation.name} und ${eiOrganisation.name}: ${topics.map((key) => topicLabel(taxonomies, key)).join(", ")}.`,
      programme: chosen.position,
      funders: chosen.programme ? [...chosen.programme.funders] : [],
      lead,
      status: running ? "RUNNING" : "COMPLETED",
      startsOn,
      endsOn,
      requestedAmount: requested,
      approvedAmount: approved,
      participantsReached: running ? (random.chance(0.5) ? Math.round(reached / 2) : null) : reached,
      topics,
      participants,
    });
  }
  return applications;
}

// ---------------------------------------------------------------------------------------------
// Loading
// ---------------------------------------------------------------------------------------------

export class DatabaseNotEmptyError extends Error {
  constructor(readonly counts: Record<string, number>) {
    super(
      `the database is not empty (${Object.entries(counts)
        .filter(([, count]) => count > 0)
        .map(([table, count]) => `${count} ${table}`)
        .join(", ")}); a synthetic network is only loaded into an empty database`,
    );
    this.name = "DatabaseNotEmptyError";
  }
}

export interface SyntheticLoadOptions {
  /** Show a progress bar on stderr. */
  progress?: boolean;
}

export interface SyntheticLoadStats {
  organisations: number;
  memberships: number;
  relations: number;
  programmes: number;
  applications: number;
  participants: number;
  /** Milliseconds spent writing. */
  ms: number;
}

/** Max bind parameters per statement (PostgreSQL allows 65,535). */
const MAX_PARAMETERS = 10_000;

type Cell = string | number | boolean | null | readonly string[];

/** Plain parameterised multi-row INSERT, chunked below the parameter limit. */
async function insertRows(
  db: EntityManager,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly Cell[])[],
  onChunk: (rows: number) => void,
): Promise<void> {
  const perChunk = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  const columnList = columns.map((column) => `"${column}"`).join(", ");
  for (let start = 0; start < rows.length; start += perChunk) {
    const chunk = rows.slice(start, start + perChunk);
    const parameters: Cell[] = [];
    const tuples = chunk.map((row) => {
      const placeholders = row.map((cell) => {
        parameters.push(cell);
        return `$${parameters.length}`;
      });
      return `(${placeholders.join(", ")})`;
    });
    await db.query(`INSERT INTO "${table}" (${columnList}) VALUES ${tuples.join(", ")}`, parameters);
    onChunk(chunk.length);
  }
}

/** Counts rows of the tables a synthetic load writes; all zero means empty. */
export async function networkRowCounts(db: EntityManager): Promise<Record<string, number>> {
  const [row] = (await db.query(
    `SELECT (SELECT count(*) FROM organisation)::int AS organisations,
            (SELECT count(*) FROM relation)::int AS relations,
            (SELECT count(*) FROM application)::int AS applications,
            (SELECT count(*) FROM funding_programme)::int AS programmes,
            (SELECT count(*) FROM topic)::int AS topics`,
  )) as [Record<string, number>];
  return row;
}

/**
 * Writes a plan into an EMPTY database (throws DatabaseNotEmptyError otherwise). Run it inside a
 * transaction (`dataSource.transaction((db) => loadSyntheticNetwork(db, plan))`) so that a failed
 * load leaves nothing behind.
 */
export async function loadSyntheticNetwork(
  db: EntityManager,
  plan: SyntheticNetworkPlan,
  options: SyntheticLoadOptions = {},
): Promise<SyntheticLoadStats> {
  const started = Date.now();
  const counts = await networkRowCounts(db);
  if (Object.values(counts).some((count) => count > 0)) {
    throw new DatabaseNotEmptyError(Object.fromEntries(Object.entries(counts).filter(([, count]) => count > 0)));
  }

  const organisationIds = plan.organisations.map(() => randomUUID());
  const programmeIds = plan.programmes.map(() => randomUUID());
  const applicationIds = plan.applications.map(() => randomUUID());
  const idOf = (index: number): string => {
    const id = organisationIds[index];
    if (!id) throw new Error(`plan references unknown organisation #${index}`);
    return id;
  };

  const membershipRows = plan.organisations.flatMap((organisation, index) =>
    organisation.memberships.map((m): Cell[] => [idOf(index), m.kind, m.since, m.until]),
  );
  const participantRows = plan.applications.flatMap((application, index) =>
    application.participants.map((p): Cell[] => [applicationIds[index] ?? "", idOf(p.organisation), p.role]),
  );
  const taxonomyRows =
    plan.taxonomies.topics.length +
    plan.taxonomies.targetGroups.length +
    plan.taxonomies.districts.length +
    plan.taxonomies.languages.length;
  const total =
    taxonomyRows +
    plan.organisations.length +
    membershipRows.length +
    plan.relations.length +
    plan.programmes.length +
    plan.applications.length +
    participantRows.length;

  const bar = options.progress
    ? new cliProgress.SingleBar(
        {
          format: "synthetic network |{bar}| {percentage}% | {value}/{total} rows | {table}",
          hideCursor: true,
          clearOnComplete: false,
        },
        cliProgress.Presets.shades_classic,
      )
    : null;
  bar?.start(total, 0, { table: "taxonomies" });
  const advance = (table: string) => (rows: number) => bar?.increment(rows, { table });

  try {
    await loadTaxonomies(db, plan.taxonomies);
    advance("taxonomies")(taxonomyRows);

    await insertRows(
      db,
      "organisation",
      [
        "id",
        "slug",
        "name",
        "short_name",
        "kind",
        "description",
        "website",
        "street",
        "postal_code",
        "city",
        "district_key",
        "topic_keys",
        "offer_keys",
        "need_keys",
        "target_group_keys",
        "language_keys",
        "districts_served_keys",
        "capacity",
        "version",
      ],
      plan.organisations.map((o, index): Cell[] => [
        idOf(index),
        o.slug,
        o.name,
        o.shortName,
        o.kind,
        o.description,
        o.website,
        o.street,
        o.postalCode,
        o.city,
        o.district,
        o.topics,
        o.offers,
        o.needs,
        o.targetGroups,
        o.languages,
        o.districtsServed,
        o.capacity,
        1,
      ]),
      advance("organisations"),
    );
    await insertRows(
      db,
      "membership",
      ["organisation_id", "kind", "since", "until"],
      membershipRows,
      advance("memberships"),
    );
    await insertRows(
      db,
      "relation",
      ["source_id", "target_id", "type", "since", "until", "note", "provenance"],
      plan.relations.map((r): Cell[] => [
        idOf(r.source),
        idOf(r.target),
        r.type,
        r.since,
        r.until,
        r.note,
        "ILLUSTRATIVE",
      ]),
      advance("relations"),
    );
    await insertRows(
      db,
      "funding_programme",
      ["id", "key", "name", "description", "funder_ids", "starts_on", "ends_on"],
      plan.programmes.map((p, index): Cell[] => [
        programmeIds[index] ?? "",
        p.key,
        p.name,
        p.description,
        p.funders.map(idOf),
        p.startsOn,
        p.endsOn,
      ]),
      advance("programmes"),
    );
    await insertRows(
      db,
      "application",
      [
        "id",
        "slug",
        "title",
        "description",
        "programme_id",
        "funder_ids",
        "lead_organisation_id",
        "status",
        "starts_on",
        "ends_on",
        "requested_amount",
        "approved_amount",
        "participants_reached",
        "topic_keys",
        "version",
      ],
      plan.applications.map((a, index): Cell[] => [
        applicationIds[index] ?? "",
        a.slug,
        a.title,
        a.description,
        programmeIds[a.programme] ?? null,
        a.funders.map(idOf),
        idOf(a.lead),
        a.status,
        a.startsOn,
        a.endsOn,
        a.requestedAmount,
        a.approvedAmount,
        a.participantsReached,
        a.topics,
        1,
      ]),
      advance("applications"),
    );
    await insertRows(
      db,
      "application_participant",
      ["application_id", "organisation_id", "role"],
      participantRows,
      advance("participants"),
    );
  } finally {
    bar?.stop();
  }

  return {
    organisations: plan.organisations.length,
    memberships: membershipRows.length,
    relations: plan.relations.length,
    programmes: plan.programmes.length,
    applications: plan.applications.length,
    participants: participantRows.length,
    ms: Date.now() - started,
  };
}

/** TRUNCATEs every table of the data source's entities (CASCADE); the migrations table stays. */
export async function truncateAllTables(db: EntityManager): Promise<string[]> {
  const tables = [
    ...new Set(
      db.connection.entityMetadatas
        .filter((m) => m.tableType === "regular" || m.tableType === "junction")
        .map((m) => m.tablePath),
    ),
  ];
  if (tables.length === 0) return [];
  await db.query(
    `TRUNCATE ${tables
      .map((table) =>
        table
          .split(".")
          .map((part) => `"${part}"`)
          .join("."),
      )
      .join(", ")} CASCADE`,
  );
  return tables;
}

export interface SeedSyntheticOptions extends SyntheticLoadOptions {
  organisations: number;
  seed?: number;
  /** Delete all data first (in the same transaction). */
  reset?: boolean;
}

export interface SeedSyntheticResult extends SyntheticLoadStats {
  seed: number;
  planMs: number;
}

/** Plans and loads a synthetic network in one transaction: all of it, or nothing. */
export async function seedSyntheticNetwork(
  dataSource: DataSource,
  options: SeedSyntheticOptions,
): Promise<SeedSyntheticResult> {
  const seed = options.seed ?? DEFAULT_SYNTHETIC_SEED;
  const planned = Date.now();
  const plan = planSyntheticNetwork(options.organisations, seed);
  const planMs = Date.now() - planned;
  const stats = await dataSource.transaction(async (db) => {
    if (options.reset) await truncateAllTables(db);
    return loadSyntheticNetwork(db, plan, { progress: options.progress });
  });
  return { ...stats, seed, planMs };
}
