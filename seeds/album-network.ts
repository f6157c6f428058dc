/**
 * Seed data of the real ALBuM network (Hannover), taken from its ten-year report
 * „Gemeinsam interkulturelle Stärken leben – Bilanz und Perspektiven von 10 Jahren Netzwerk ALBuM"
 * (2015; `../shared/source/000_d59a5cd85ea9f4b1.txt`, beside the repository). The report is the authority.
 *
 * Provenance conventions:
 * - "document": the value is stated in the report. For a `null` amount or figure, "document" means
 *   the report gives no such figure.
 * - "illustrative": the report is silent; the value was chosen to make the demo realistic.
 *   Public addresses and websites of well-known institutions are also "illustrative" here (true,
 *   but not from the report).
 * - Organisation fields not listed in `provenance` are illustrative.
 * - Where the report gives only a year, dates use the first (or last) day of that year; where it
 *   says „Mitte 2004", 2004-07-01 is used.
 *
 * Taxonomy keys and organisation slugs are typed, so the compiler rejects unknown references.
 */
import type {
  Provenance,
  SeedData,
  SeedExchange,
  SeedFigureSources,
  SeedMembership,
  SeedOffer,
  SeedOrganisation,
  SeedParticipantRole,
  SeedProgramme,
  SeedProject,
  SeedRelation,
  SeedRelationType,
} from "./seed-types";
import {
  albumTaxonomies,
  allCityDistricts,
  type DistrictKey,
  type LanguageKey,
  type TargetGroupKey,
  type TopicKey,
} from "./taxonomies";

// ---------------------------------------------------------------------------------------------
// Typed helpers
// ---------------------------------------------------------------------------------------------

type OrgSlug =
  // administration
  | "stadt-hannover"
  | "fachbereich-bildung-und-qualifizierung"
  | "koordinationsstelle-album"
  | "schulverwaltung-hannover"
  // educational institutions (ALBuM partners)
  | "vhs-hannover"
  | "awo-region-hannover-weiterbildungszentrum"
  | "arbeit-und-leben-niedersachsen-mitte"
  | "bildungsverein-soziales-lernen-und-kommunikation"
  | "vnb"
  // migrant organisations (ALBuM partners and candidates)
  | "amfn"
  | "bteu"
  | "can-arkadas"
  | "kargah"
  | "tolstoi"
  | "afrikanischer-dachverband-norddeutschland"
  // strategic partners and other cooperation partners
  | "jobcenter-region-hannover"
  | "agentur-fuer-arbeit-hannover"
  | "region-hannover"
  | "ihk-hannover"
  | "proaktivcenter-pace"
  | "migrationsberatungsstellen"
  | "jugendmigrationsdienste"
  | "regionale-volkshochschulen"
  | "allgemeinbildende-schulen"
  | "welthaus"
  | "traeger-bleiberechtsprojekt"
  // companies
  | "doenmez-sondermaschinenbau"
  | "domicil-seniorenpflegeheim-list"
  | "medizinische-hochschule-hannover"
  | "tui"
  // funders
  | "bmas"
  | "bamf"
  | "bmwa"
  | "europaeischer-sozialfonds"
  | "land-niedersachsen";

type ProgrammeKey =
  | "esf-bamf"
  | "xenos-integration-und-vielfalt"
  | "esf-bundesprogramm-bleibeberechtigte-und-fluechtlinge"
  | "esf-foerderperiode-2014-2020";

/** SeedOrganisation with checked slug and taxonomy keys. */
interface OrgInput extends Omit<
  SeedOrganisation,
  "slug" | "district" | "topics" | "offers" | "needs" | "targetGroups" | "languages" | "districtsServed"
> {
  slug: OrgSlug;
  district: DistrictKey | null;
  topics: TopicKey[];
  offers: TopicKey[];
  needs: TopicKey[];
  targetGroups: TargetGroupKey[];
  languages: LanguageKey[];
  districtsServed: DistrictKey[];
}

interface RelationInput extends Omit<SeedRelation, "source" | "target"> {
  source: OrgSlug;
  target: OrgSlug;
}

interface ProgrammeInput extends Omit<SeedProgramme, "key" | "funders"> {
  key: ProgrammeKey;
  funders: OrgSlug[];
}

interface ProjectInput extends Omit<SeedProject, "programme" | "funders" | "topics" | "participants"> {
  programme: ProgrammeKey | null;
  funders: OrgSlug[];
  topics: TopicKey[];
  participants: { organisation: OrgSlug; role: SeedParticipantRole }[];
}

interface OfferInput extends Omit<SeedOffer, "organisations" | "targetGroups" | "topics"> {
  organisations: OrgSlug[];
  targetGroups: TargetGroupKey[];
  topics: TopicKey[];
}

interface ExchangeInput extends Omit<SeedExchange, "topics"> {
  topics: TopicKey[];
}

type OrgProvenance = SeedOrganisation["provenance"];
type OrgProvenanceField = keyof OrgProvenance;

/** Marks the given organisation fields as taken from the document (all others are illustrative). */
function fromDocument(...fields: OrgProvenanceField[]): OrgProvenance {
  const provenance: OrgProvenance = {};
  for (const field of fields) provenance[field] = "document";
  return provenance;
}

function membership(
  kind: SeedMembership["kind"],
  since: string | null,
  provenance: Provenance,
  source: { section?: string; note?: string } = {},
  until: string | null = null,
): SeedMembership {
  return { kind, since, until, provenance, ...source };
}

const AUSGANGSSITUATION = "1. Ausgangssituation";

/**
 * The eight partners named in 2015 other than AWO. The report: „Mitte 2004 hat der Fachbereich …
 * zusammen mit vier Migrantenorganisationen und vier nach dem niedersächsischen
 * Erwachsenenbildungsgesetz anerkannten Einrichtungen eine intensive Zusammenarbeit begonnen …
 * 2014 ist mit der AWO … ein weiterer Partner hinzugekommen." No other arrival is told, so the
 * partners named besides AWO are partners since mid-2004 (2004-07-01).
 */
const foundingPartner = membership("ALBUM_PARTNER", "2004-07-01", "document", {
  section: AUSGANGSSITUATION,
  note: "„Mitte 2004“ (als 1. Juli 2004 gespeichert); als Gründungspartner gelesen, weil der Bericht außer der AWO (2014) keinen späteren Beitritt nennt.",
});

function relation(
  source: OrgSlug,
  target: OrgSlug,
  type: SeedRelationType,
  provenance: Provenance,
  note: string | null,
  since: string | null = null,
  until: string | null = null,
): RelationInput {
  return { source, target, type, since, until, note, provenance };
}

const LEAD = { organisation: "koordinationsstelle-album", role: "LEAD" } as const;

/** A tandem: one migrant organisation plus one educational institution. */
function tandem(mo: OrgSlug, ei: OrgSlug): ProjectInput["participants"] {
  return [
    { organisation: mo, role: "MIGRANT_ORGANISATION" },
    { organisation: ei, role: "EDUCATIONAL_INSTITUTION" },
  ];
}

/** The fields shared by all organisations without a known address. */
const noAddress = { street: null, postalCode: null, city: "Hannover", district: null } as const;

// ---------------------------------------------------------------------------------------------
// Organisations
// ---------------------------------------------------------------------------------------------

const administration: OrgInput[] = [
  {
    slug: "stadt-hannover",
    name: "Stadt Hannover",
    shortName: null,
    kind: "ADMINISTRATION",
    description:
      "Die Landeshauptstadt Hannover hat ihrer Integrationsarbeit mit dem Lokalen Integrationsplan (LIP) im Juni 2008 einen politischen Rahmen gegeben. ALBuM ist eines der Handlungsfelder des LIP; für die Netzwerkprojekte wurden keine zusätzlichen städtischen Mittel in Anspruch genommen.",
    website: "https://www.hannover.de",
    street: "Trammplatz 2", // Neues Rathaus (public address)
    postalCode: "30159",
    city: "Hannover",
    district: "mitte",
    topics: ["interkulturelle-oeffnung", "teilhabe", "interkultureller-dialog"],
    offers: [],
    needs: [],
    targetGroups: ["multiplikatorinnen"],
    languages: ["de"],
    districtsServed: allCityDistricts,
    capacity: 1,
    memberships: [],
    contactPersons: [],
    provenance: fromDocument("name", "kind", "description"),
  },
  {
    slug: "fachbereich-bildung-und-qualifizierung",
    name: "Fachbereich Bildung und Qualifizierung",
    shortName: null,
    kind: "ADMINISTRATION",
    description:
      "Städtischer Fachbereich, der das LIP-Handlungsfeld ALBuM federführend gemeinsam mit nicht-städtischen Institutionen umsetzt. Er hat Mitte 2004 zusammen mit vier Migrantenorganisationen und vier nach dem Niedersächsischen Erwachsenenbildungsgesetz anerkannten Einrichtungen die Zusammenarbeit begonnen; zu ihm gehören die Volkshochschule Hannover und die Koordinationsstelle ALBuM.",
    website: null,
    ...noAddress,
    topics: ["qualifizierung", "berufsbezogene-deutschfoerderung", "interkulturelle-oeffnung"],
    offers: [],
    needs: [],
    targetGroups: ["arbeitsuchende", "beschaeftigte"],
    languages: ["de"],
    districtsServed: allCityDistricts,
    capacity: 2,
    // The report: „Mitte 2004 hat der Fachbereich ... eine intensive Zusammenarbeit begonnen".
    memberships: [
      membership("ALBUM_PARTNER", "2004-07-01", "document", {
        section: AUSGANGSSITUATION,
        note: "„Mitte 2004“ (als 1. Juli 2004 gespeichert).",
      }),
    ],
    contactPersons: [],
    provenance: fromDocument("name", "kind", "description", "city"),
  },
  {
    slug: "koordinationsstelle-album",
    name: "Koordinationsstelle ALBuM",
    shortName: "ALBuM",
    kind: "ADMINISTRATION",
    description:
      "Die Koordinationsstelle im Bereich „Bereichsübergreifende Bildungsnetzwerke“ des Fachbereichs Bildung und Qualifizierung führt die laufenden Geschäfte des Netzwerks ALBuM (Arbeiten – Lernen – Beraten mit und für Menschen mit Migrationshintergrund). Sie koordiniert Anträge, übernimmt die Gesamtprojektleitung mit Projekt- und Finanzcontrolling, berät die Partner, bildet die Brücke zu Verwaltung, strategischen Partnern und Förderern und macht die Öffentlichkeitsarbeit; die operative Umsetzung liegt bewusst nicht in ihrer Hand.",
    website: "https://www.album-hannover.de", // named in the report
    ...noAddress,
    topics: [
      "interkulturelle-oeffnung",
      "interkultureller-dialog",
      "diversity-management",
      "empowerment-migrantenorganisationen",
    ],
    offers: [],
    needs: [],
    targetGroups: ["migrantenorganisationen", "unternehmen", "multiplikatorinnen"],
    languages: ["de"],
    districtsServed: [...allCityDistricts, "region-hannover"],
    capacity: 10, // leads all network projects
    memberships: [],
    contactPersons: [],
    provenance: fromDocument("name", "kind", "description", "website", "city"),
  },
  {
    slug: "schulverwaltung-hannover",
    name: "Schulverwaltung der Stadt Hannover",
    shortName: "Schulverwaltung",
    kind: "ADMINISTRATION",
    description:
      "Die Schulverwaltung gibt im Rahmen des Hannoverschen Übergangsmanagements (HÜM) den „Maßnahmenkatalog – Berufsorientierung an allgemeinbildenden Schulen“ heraus, in den die Angebote von ALBuM zur beruflichen Orientierung integriert sind.",
    website: null,
    ...noAddress,
    topics: ["uebergang-schule-beruf", "berufsorientierung"],
    offers: [],
    needs: [],
    targetGroups: ["schuelerinnen-und-schueler"],
    languages: ["de"],
    districtsServed: allCityDistricts,
    capacity: 1,
    memberships: [],
    contactPersons: [],
    // The report says „von der Schulverwaltung"; that it is the city's is implied by the context (HÜM).
    provenance: fromDocument("kind", "description", "topics"),
  },
];

/**
 * Educational institutions of the network. The report counts four migrant organisations and four
 * institutions recognised under the Niedersächsisches Erwachsenenbildungsgesetz at the start, and
 * AWO's Weiterbildungszentrum as a fifth educational partner since 2014; the names make the kinds
 * plain (Volkshochschule, Bildungsvereinigung, Bildungsverein, Bildungsinitiativen,
 * Weiterbildungszentrum), so `kind` counts as "document".
 *
 * Membership `since`: mid-2004 for every partner but AWO (see `foundingPartner`), 2014 for AWO.
 */
const educationalInstitutions: OrgInput[] = [
  {
    slug: "vhs-hannover",
    name: "Ada-und-Theodor-Lessing-Volkshochschule Hannover",
    shortName: "VHS Hannover",
    kind: "EDUCATIONAL_INSTITUTION",
    description:
      "Die Volkshochschule der Landeshauptstadt Hannover gehört zum Fachbereich Bildung und Qualifizierung und ist Partnerin im Netzwerk ALBuM. Als Bildungseinrichtung erhielt sie durch die Netzwerkarbeit neue Impulse für ihre interkulturelle Öffnung.",
    website: "https://www.vhs-hannover.de",
    street: "Burgstraße 14", // public address
    postalCode: "30159",
    city: "Hannover",
    district: "mitte",
    topics: [
      "berufsbezogene-deutschfoerderung",
      "niedrigschwellige-deutschfoerderung",
      "qualifizierung",
      "berufsorientierung",
      "interkulturelle-oeffnung",
    ],
    offers: ["berufsbezogene-deutschfoerderung", "niedrigschwellige-deutschfoerderung", "qualifizierung"],
    needs: ["beratung", "quartiersarbeit", "gefluechtete"],
    targetGroups: ["arbeitsuchende", "beschaeftigte", "gefluechtete-bleibeberechtigte", "junge-erwachsene"],
    languages: ["de", "en"],
    districtsServed: [...allCityDistricts],
    capacity: 6,
    memberships: [foundingPartner],
    contactPersons: [
      {
        // Clearly fictional demo contact (the report names no persons).
        name: "Demo Kontakt VHS Hannover",
        role: "Programmbereich Deutsch als Zweitsprache (Demo)",
        email: "demo-kontakt@vhs-hannover.example",
        phone: null,
        consentGivenAt: "2026-01-15T10:00:00Z",
      },
    ],
    provenance: fromDocument("name", "shortName", "kind", "description", "city"),
  },
  {
    slug: "awo-region-hannover-weiterbildungszentrum",
    name: "AWO Region Hannover e.V. - Weiterbildungszentrum -",
    shortName: "AWO Weiterbildungszentrum",
    kind: "EDUCATIONAL_INSTITUTION",
    description:
      "Das Weiterbildungszentrum der AWO Region Hannover e.V. ist 2014 als weiterer Partner zum Netzwerk ALBuM hinzugekommen.",
    website: null,
    ...noAddress,
    topics: ["qualifizierung", "arbeitsmarktintegration", "berufsorientierung", "frauen-alleinerziehende", "beratung"],
    offers: ["qualifizierung", "arbeitsmarktintegration", "berufsorientierung"],
    needs: ["interkultureller-dialog", "gefluechtete"],
    targetGroups: ["arbeitsuchende", "alleinerziehende", "junge-erwachsene", "frauen"],
    languages: ["de", "en"],
    districtsServed: ["region-hannover", "mitte", "ricklingen", "linden-limmer"],
    capacity: 3,
    // The report gives only the year 2014.
    memberships: [
      membership("ALBUM_PARTNER", "2014-01-01", "document", {
        section: AUSGANGSSITUATION,
        note: "Der Bericht nennt nur das Jahr 2014 (als 1. Januar 2014 gespeichert).",
      }),
    ],
    contactPersons: [],
    provenance: fromDocument("name", "kind", "description"),
  },
  {
    slug: "arbeit-und-leben-niedersachsen-mitte",
    name: "Bildungsvereinigung ARBEIT UND LEBEN Niedersachsen Mitte gGmbH",
    shortName: "ARBEIT UND LEBEN",
    kind: "EDUCATIONAL_INSTITUTION",
    description:
      "Nach dem Niedersächsischen Erwachsenenbildungsgesetz anerkannte Bildungseinrichtung und Partnerin im Netzwerk ALBuM.",
    website: null,
    ...noAddress,
    topics: [
      "uebergang-schule-beruf",
      "berufsorientierung",
      "ausbildung",
      "interkulturelle-oeffnung",
      "diversity-management",
    ],
    offers: ["uebergang-schule-beruf", "interkulturelle-oeffnung", "diversity-management"],
    needs: ["elternarbeit", "quartiersarbeit"],
    targetGroups: ["schuelerinnen-und-schueler", "jugendliche", "beschaeftigte", "multiplikatorinnen"],
    languages: ["de", "en"],
    districtsServed: ["mitte", "linden-limmer", "herrenhausen-stoecken", "nord", "region-hannover"],
    capacity: 4,
    memberships: [foundingPartner],
    contactPersons: [],
    provenance: fromDocument("name", "kind", "description"),
  },
  {
    slug: "bildungsverein-soziales-lernen-und-kommunikation",
    name: "Bildungsverein Soziales Lernen und Kommunikation e.V.",
    shortName: "Bildungsverein",
    kind: "EDUCATIONAL_INSTITUTION",
    description: "Bildungseinrichtung der Erwachsenenbildung und Partner im Netzwerk ALBuM.",
    website: null,
    ...noAddress,
    topics: [
      "qualifizierung",
      "niedrigschwellige-deutschfoerderung",
      "frauen-alleinerziehende",
      "berufsorientierung",
      "teilhabe",
    ],
    offers: ["qualifizierung", "niedrigschwellige-deutschfoerderung", "frauen-alleinerziehende"],
    needs: ["gefluechtete", "beratung"],
    targetGroups: ["frauen", "alleinerziehende", "arbeitsuchende", "junge-erwachsene"],
    languages: ["de"],
    districtsServed: ["linden-limmer", "mitte", "ricklingen", "doehren-wuelfel"],
    capacity: 3,
    memberships: [foundingPartner],
    contactPersons: [],
    provenance: fromDocument("name", "kind", "description"),
  },
  {
    slug: "vnb",
    name: "Verein Niedersächsischer Bildungsinitiativen e.V.",
    shortName: "VNB",
    kind: "EDUCATIONAL_INSTITUTION",
    description:
      "Nach dem Niedersächsischen Erwachsenenbildungsgesetz anerkannte Einrichtung und Partner im Netzwerk ALBuM.",
    website: null,
    ...noAddress,
    topics: [
      "interkulturelle-oeffnung",
      "empowerment-migrantenorganisationen",
      "ehrenamt-engagement",
      "interkultureller-dialog",
      "diversity-management",
    ],
    offers: ["interkulturelle-oeffnung", "empowerment-migrantenorganisationen", "ehrenamt-engagement"],
    needs: ["gefluechtete", "elternarbeit"],
    targetGroups: ["multiplikatorinnen", "migrantenorganisationen", "junge-erwachsene"],
    languages: ["de", "en"],
    districtsServed: ["region-hannover", "mitte", "linden-limmer", "vahrenwald-list"],
    capacity: 4,
    memberships: [foundingPartner],
    contactPersons: [],
    provenance: fromDocument("name", "shortName", "kind", "description"),
  },
];

/**
 * Migrant organisations. AMFN, BTEU, Can Arkadas and kargah are the four migrant organisations of
 * the network (four MOs + four EEG institutions at the start, see above). The two candidates were
 * in talks to join in 2015.
 */
const migrantOrganisations: OrgInput[] = [
  {
    slug: "amfn",
    name: "Arbeitsgemeinschaft für MigrantInnen und Flüchtlinge Niedersachsen e.V.",
    shortName: "AMFN",
    kind: "MIGRANT_ORGANISATION",
    description:
      "Migrantenorganisation und Partnerin im Netzwerk ALBuM. Sie bringt ihre Kompetenzen und qualifizierten Mitarbeiterinnen und Mitarbeiter in die gemeinsamen Projekte ein.",
    website: null,
    ...noAddress,
    topics: [
      "beratung",
      "gefluechtete",
      "empowerment-migrantenorganisationen",
      "anerkennung-auslaendischer-abschluesse",
      "interkultureller-dialog",
      "ehrenamt-engagement",
    ],
    offers: [
      "beratung",
      "gefluechtete",
      "empowerment-migrantenorganisationen",
      "anerkennung-auslaendischer-abschluesse",
    ],
    needs: ["berufsbezogene-deutschfoerderung", "qualifizierung"],
    targetGroups: ["gefluechtete-bleibeberechtigte", "arbeitsuchende", "migrantenorganisationen", "frauen"],
    languages: ["de", "ar", "fa", "ku", "tr"],
    districtsServed: ["mitte", "nord", "vahrenwald-list", "region-hannover"],
    capacity: 4,
    memberships: [foundingPartner],
    contactPersons: [],
    provenance: fromDocument("name", "shortName", "kind"),
  },
  {
    slug: "bteu",
    name: "Bund Türkisch-Europäischer UnternehmerInnen e.V.",
    shortName: "BTEU",
    kind: "MIGRANT_ORGANISATION",
    description: "Verband türkisch-europäischer Unternehmerinnen und Unternehmer und Partner im Netzwerk ALBuM.",
    website: null,
    ...noAddress,
    topics: [
      "existenzgruendung",
      "ausbildung",
      "organisations-und-personalentwicklung",
      "diversity-management",
      "berufsorientierung",
    ],
    offers: ["existenzgruendung", "ausbildung", "organisations-und-personalentwicklung"],
    needs: ["qualifizierung", "berufsbezogene-deutschfoerderung"],
    targetGroups: ["unternehmen", "jugendliche", "beschaeftigte"],
    languages: ["tr", "de"],
    districtsServed: ["mitte", "linden-limmer", "vahrenwald-list", "region-hannover"],
    capacity: 3,
    memberships: [foundingPartner],
    contactPersons: [],
    provenance: fromDocument("name", "shortName", "kind"),
  },
  {
    slug: "can-arkadas",
    name: "Can Arkadas e.V. - Verein für interkulturelle Erziehung, Bildung, Kultur und Sport",
    shortName: "Can Arkadas",
    kind: "MIGRANT_ORGANISATION",
    description: "Verein für interkulturelle Erziehung, Bildung, Kultur und Sport und Partner im Netzwerk ALBuM.",
    website: null,
    ...noAddress,
    topics: ["elternarbeit", "uebergang-schule-beruf", "berufsorientierung", "quartiersarbeit", "ehrenamt-engagement"],
    offers: ["elternarbeit", "quartiersarbeit", "ehrenamt-engagement"],
    needs: ["berufsorientierung", "qualifizierung"],
    targetGroups: ["jugendliche", "eltern", "schuelerinnen-und-schueler"],
    languages: ["tr", "de"],
    districtsServed: ["herrenhausen-stoecken", "nord", "ahlem-badenstedt-davenstedt"],
    capacity: 3,
    memberships: [foundingPartner],
    contactPersons: [],
    provenance: fromDocument("name", "shortName", "kind", "description"),
  },
  {
    slug: "kargah",
    name: "kargah e.V.",
    shortName: "kargah",
    kind: "MIGRANT_ORGANISATION",
    description:
      "Migrantenorganisation und Partner im Netzwerk ALBuM. kargah bringt seine Beratungs- und Stadtteilarbeit in die gemeinsamen Projekte ein.",
    website: "https://www.kargah.de",
    street: "Zur Bettfedernfabrik 1", // public address
    postalCode: "30451",
    city: "Hannover",
    district: "linden-limmer",
    topics: [
      "beratung",
      "frauen-alleinerziehende",
      "gefluechtete",
      "niedrigschwellige-deutschfoerderung",
      "quartiersarbeit",
      "interkultureller-dialog",
    ],
    offers: ["beratung", "frauen-alleinerziehende", "gefluechtete", "quartiersarbeit"],
    needs: ["berufsbezogene-deutschfoerderung", "berufsorientierung", "qualifizierung"],
    targetGroups: ["frauen", "alleinerziehende", "gefluechtete-bleibeberechtigte", "arbeitsuchende"],
    languages: ["fa", "ku", "ar", "de"],
    districtsServed: ["linden-limmer", "ricklingen", "ahlem-badenstedt-davenstedt", "mitte"],
    capacity: 5,
    memberships: [foundingPartner],
    contactPersons: [
      {
        // Clearly fictional demo contact (the report names no persons).
        name: "Demo Kontakt kargah",
        role: "Projektkoordination (Demo)",
        email: "demo-kontakt@kargah.example",
        phone: null,
        consentGivenAt: "2026-01-15T10:00:00Z",
      },
    ],
    provenance: fromDocument("name", "kind"),
  },
  {
    slug: "tolstoi",
    name: "Tolstoi e.V.",
    shortName: null,
    kind: "MIGRANT_ORGANISATION",
    description: "Tolstoi e.V. möchte Partner des Netzwerkes ALBuM werden; 2015 fanden dazu Gespräche statt.",
    website: null,
    ...noAddress,
    topics: ["interkultureller-dialog", "elternarbeit", "ehrenamt-engagement", "niedrigschwellige-deutschfoerderung"],
    offers: ["interkultureller-dialog", "elternarbeit"],
    needs: ["berufsorientierung", "anerkennung-auslaendischer-abschluesse"],
    targetGroups: ["eltern", "jugendliche", "arbeitsuchende"],
    languages: ["ru", "de", "uk"],
    districtsServed: ["vahrenwald-list", "bothfeld-vahrenheide", "misburg-anderten"],
    capacity: 2,
    // The report only says talks are going on; its kind is not stated (name suggests an MO).
    memberships: [
      membership("ALBUM_CANDIDATE", null, "document", {
        section: AUSGANGSSITUATION,
        note: "2015 in Gesprächen über einen Beitritt; ein Datum nennt der Bericht nicht.",
      }),
    ],
    contactPersons: [],
    provenance: fromDocument("name", "description"),
  },
  {
    slug: "afrikanischer-dachverband-norddeutschland",
    name: "Afrikanischer Dachverband Norddeutschland e. V.",
    shortName: null,
    kind: "MIGRANT_ORGANISATION",
    description:
      "Der Afrikanische Dachverband Norddeutschland möchte Partner des Netzwerkes ALBuM werden; 2015 fanden dazu Gespräche statt.",
    website: null,
    ...noAddress,
    topics: [
      "empowerment-migrantenorganisationen",
      "ehrenamt-engagement",
      "interkultureller-dialog",
      "gefluechtete",
      "beratung",
    ],
    offers: ["empowerment-migrantenorganisationen", "interkultureller-dialog", "ehrenamt-engagement"],
    needs: ["qualifizierung", "anerkennung-auslaendischer-abschluesse"],
    targetGroups: ["migrantenorganisationen", "gefluechtete-bleibeberechtigte", "junge-erwachsene"],
    languages: ["de", "en", "fr", "sw"],
    districtsServed: ["mitte", "nord", "region-hannover"],
    capacity: 2,
    memberships: [
      membership("ALBUM_CANDIDATE", null, "document", {
        section: AUSGANGSSITUATION,
        note: "2015 in Gesprächen über einen Beitritt; ein Datum nennt der Bericht nicht.",
      }),
    ],
    contactPersons: [],
    provenance: fromDocument("name", "kind", "description"),
  },
];

/**
 * Strategic partners and other cooperation partners. Groups the report names only as groups
 * (Migrationsberatungsstellen, Jugendmigrationsdienste, the five regional Volkshochschulen, the
 * schools, the ProAktivCenter) are one grouped entry each and say so in their description; they
 * carry no ALBuM membership, so tandem matching never proposes them.
 */
const strategicPartners: OrgInput[] = [
  {
    slug: "jobcenter-region-hannover",
    name: "Jobcenter Region Hannover",
    shortName: "Jobcenter",
    kind: "STRATEGIC_PARTNER",
    description:
      "Strategischer Partner, mit dem die ALBuM-Angebote entwickelt und umgesetzt werden. Das Jobcenter meldet arbeitslose Personen für die berufsbezogene Deutschförderung; Mitarbeiterinnen und Mitarbeiter wurden interkulturell geschult und im Teilprojekt „Kompetenzen stärken – Strukturen verändern“ qualifiziert.",
    website: null,
    ...noAddress,
    topics: ["arbeitsmarktintegration", "beratung", "interkulturelle-oeffnung"],
    offers: ["arbeitsmarktintegration"],
    needs: ["interkulturelle-oeffnung"],
    targetGroups: ["arbeitsuchende", "junge-erwachsene"],
    languages: ["de"],
    districtsServed: [...allCityDistricts, "region-hannover"],
    capacity: 3,
    memberships: [],
    contactPersons: [],
    provenance: fromDocument("name", "kind", "description"),
  },
  {
    slug: "agentur-fuer-arbeit-hannover",
    name: "Agentur für Arbeit Hannover",
    shortName: null,
    kind: "STRATEGIC_PARTNER",
    description:
      "Strategischer Partner des Netzwerks ALBuM; meldet gemeinsam mit dem Jobcenter arbeitslose Personen für die ESF-BAMF-Deutschkurse.",
    website: null,
    street: "Brühlstraße 4", // public address
    postalCode: "30169",
    city: "Hannover",
    district: "mitte",
    topics: ["arbeitsmarktintegration", "berufsorientierung", "ausbildung"],
    offers: ["arbeitsmarktintegration"],
    needs: [],
    targetGroups: ["arbeitsuchende", "jugendliche"],
    languages: ["de"],
    districtsServed: [...allCityDistricts, "region-hannover"],
    capacity: 3,
    memberships: [],
    contactPersons: [],
    provenance: fromDocument("name", "kind", "description"),
  },
  {
    // Strategic partner (esp. its Beschäftigungsförderung) and also a funder of the network: one
    // organisation, kind STRATEGIC_PARTNER, with a FUNDING relation for the funder role.
    slug: "region-hannover",
    name: "Region Hannover",
    shortName: null,
    kind: "STRATEGIC_PARTNER",
    description:
      "Strategischer Partner des Netzwerks ALBuM, vor allem über die Beschäftigungsförderung. Als Geldgeber erkennt die Region Hannover das Netzwerk als fachlich kompetenten Akteur mit verlässlicher verwaltungstechnischer Abwicklung an.",
    website: "https://www.hannover.de",
    street: "Hildesheimer Straße 18", // Haus der Region (public address)
    postalCode: "30169",
    city: "Hannover",
    district: null,
    topics: ["arbeitsmarktintegration", "qualifizierung", "berufsbezogene-deutschfoerderung"],
    offers: ["arbeitsmarktintegration"],
    needs: [],
    targetGroups: ["arbeitsuchende", "junge-erwachsene"],
    languages: ["de"],
    districtsServed: ["region-hannover"],
    capacity: 3,
    memberships: [],
    contactPersons: [],
    provenance: fromDocument("name", "kind", "description", "districtsServed"),
  },
  {
    slug: "ihk-hannover",
    name: "Industrie- und Handelskammer Hannover",
    shortName: "IHK Hannover",
    kind: "STRATEGIC_PARTNER",
    description: "Strategischer Partner, mit dem die ALBuM-Angebote entwickelt und umgesetzt werden.",
    website: "https://www.hannover.ihk.de",
    street: "Schiffgraben 49", // public address
    postalCode: "30175",
    city: "Hannover",
    district: "mitte",
    topics: ["ausbildung", "existenzgruendung", "diversity-management"],
    offers: ["ausbildung"],
    needs: [],
    targetGroups: ["unternehmen", "jugendliche"],
    languages: ["de", "en"],
    districtsServed: ["region-hannover"],
    capacity: 2,
    memberships: [],
    contactPersons: [],
    provenance: fromDocument("name", "kind", "description"),
  },
  {
    slug: "proaktivcenter-pace",
    name: "ProAktivCenter",
    shortName: "PACE",
    kind: "STRATEGIC_PARTNER",
    description:
      "Sammeleintrag für die ProAktivCenter (PACE). Ihre Mitarbeiterinnen und Mitarbeiter wurden im ALBuM-VIP-Teilprojekt „Kompetenzen stärken – Strukturen verändern“ qualifiziert, um benachteiligte junge Menschen in Ausbildung zu vermitteln.",
    website: null,
    ...noAddress,
    topics: ["uebergang-schule-beruf", "ausbildung", "beratung"],
    offers: ["beratung"],
    needs: ["interkulturelle-oeffnung"],
    targetGroups: ["jugendliche", "junge-erwachsene"],
    languages: ["de"],
    districtsServed: ["region-hannover"],
    capacity: 2,
    memberships: [],
    contactPersons: [],
    // Kind: the report names PACE staff as target of a qualification, not as a "strategic partner".
    provenance: fromDocument("name", "shortName", "description"),
  },
  {
    slug: "migrationsberatungsstellen",
    name: "Migrationsberatungsstellen",
    shortName: null,
    kind: "STRATEGIC_PARTNER",
    description:
      "Sammeleintrag: Mit den Migrationsberatungsstellen werden die ALBuM-Angebote entwickelt und umgesetzt. Einzelne Stellen nennt der Bericht nicht.",
    website: null,
    ...noAddress,
    topics: ["beratung", "anerkennung-auslaendischer-abschluesse"],
    offers: ["beratung"],
    needs: [],
    targetGroups: ["gefluechtete-bleibeberechtigte", "arbeitsuchende"],
    languages: ["de"],
    districtsServed: [...allCityDistricts, "region-hannover"],
    capacity: 2,
    memberships: [],
    contactPersons: [],
    provenance: fromDocument("name", "kind", "description"),
  },
  {
    slug: "jugendmigrationsdienste",
    name: "Jugendmigrationsdienste",
    shortName: "JMD",
    kind: "STRATEGIC_PARTNER",
    description:
      "Sammeleintrag: Mit den Jugendmigrationsdiensten werden die ALBuM-Angebote entwickelt und umgesetzt. Einzelne Dienste nennt der Bericht nicht.",
    website: null,
    ...noAddress,
    topics: ["beratung", "uebergang-schule-beruf"],
    offers: ["beratung"],
    needs: [],
    targetGroups: ["jugendliche", "junge-erwachsene"],
    languages: ["de"],
    districtsServed: [...allCityDistricts, "region-hannover"],
    capacity: 2,
    memberships: [],
    contactPersons: [],
    provenance: fromDocument("name", "kind", "description"),
  },
  {
    // Grouped entry; kept out of EDUCATIONAL_INSTITUTION so that a group of five is never proposed
    // as one tandem partner.
    slug: "regionale-volkshochschulen",
    name: "Regionale Volkshochschulen in der Region Hannover",
    shortName: null,
    kind: "STRATEGIC_PARTNER",
    description:
      "Sammeleintrag für die fünf regionalen Volkshochschulen in der Region Hannover, die seit 2009 gemeinsam mit den ALBuM-Kooperationspartnern die berufsbezogenen Deutschkurse (ESF-BAMF-Programm) anbieten. Ihre Namen nennt der Bericht nicht.",
    website: null,
    street: null,
    postalCode: null,
    city: null,
    district: null,
    topics: ["berufsbezogene-deutschfoerderung", "qualifizierung"],
    offers: ["berufsbezogene-deutschfoerderung"],
    needs: [],
    targetGroups: ["arbeitsuchende", "beschaeftigte"],
    languages: ["de"],
    districtsServed: ["region-hannover"],
    capacity: 5,
    memberships: [],
    contactPersons: [],
    provenance: fromDocument("name", "description", "topics", "districtsServed"),
  },
  {
    slug: "allgemeinbildende-schulen",
    name: "Allgemeinbildende Schulen in Hannover",
    shortName: null,
    kind: "STRATEGIC_PARTNER",
    description:
      "Sammeleintrag für die Schulen, vor allem mit einem hohen Anteil an Schülerinnen und Schülern mit Migrationshintergrund, an denen ca. 2.500 Personen mit Angeboten zur beruflichen Orientierung unterstützt wurden und mit denen das Teilprojekt „Jugend hat Perspektive (JuhaP)“ realisiert wurde. Einzelne Schulen nennt der Bericht nicht.",
    website: null,
    ...noAddress,
    topics: ["berufsorientierung", "uebergang-schule-beruf", "interkulturelle-oeffnung"],
    offers: [],
    needs: ["berufsorientierung"],
    targetGroups: ["schuelerinnen-und-schueler", "jugendliche"],
    languages: ["de"],
    districtsServed: allCityDistricts,
    capacity: 3,
    memberships: [],
    contactPersons: [],
    provenance: fromDocument("description", "topics", "targetGroups"),
  },
  {
    slug: "welthaus",
    name: "Welthaus",
    shortName: null,
    kind: "STRATEGIC_PARTNER",
    description:
      "Ort des Qualifizierungsangebots „ALiA – Arbeiten-Lernen-interaktiv im Welthaus“. Nähere Angaben zur Einrichtung macht der Bericht nicht.",
    website: null,
    street: null,
    postalCode: null,
    city: null,
    district: null,
    topics: ["qualifizierung", "interkultureller-dialog"],
    offers: [],
    needs: [],
    targetGroups: ["arbeitsuchende"],
    languages: ["de"],
    districtsServed: [],
    capacity: 1,
    memberships: [],
    contactPersons: [],
    provenance: fromDocument("name", "description"),
  },
  {
    slug: "traeger-bleiberechtsprojekt",
    name: "Träger des Bleiberechtsprojektes",
    shortName: null,
    kind: "STRATEGIC_PARTNER",
    description:
      "Träger des Projekts im ESF-Bundesprogramm „Bleibeberechtigte und Flüchtlinge“, der seit 2012 gemeinsam mit Jobcenter und Agentur für Arbeit Personen für die berufsbezogenen Deutschkurse meldet. Den Namen nennt der Bericht nicht.",
    website: null,
    ...noAddress,
    topics: ["gefluechtete", "arbeitsmarktintegration", "beratung"],
    offers: ["gefluechtete"],
    needs: ["berufsbezogene-deutschfoerderung"],
    targetGroups: ["gefluechtete-bleibeberechtigte"],
    languages: ["de"],
    districtsServed: ["region-hannover"],
    capacity: 1,
    memberships: [],
    contactPersons: [],
    provenance: fromDocument("description", "topics", "targetGroups"),
  },
];

/**
 * Companies named as examples of the ~200 supported employers. The report does not say they are
 * HaDi members: the HADI_MEMBER memberships are illustrative.
 */
const companies: OrgInput[] = [
  {
    slug: "doenmez-sondermaschinenbau",
    name: "Dönmez Sondermaschinenbau GmbH",
    shortName: "Dönmez",
    kind: "COMPANY",
    description:
      "Eines der rund 200 Unternehmen, die vom Netzwerk ALBuM unterstützt und begleitet wurden, etwa mit Organisations- und Personalentwicklung für Unternehmen, die von Migrantinnen und Migranten geführt werden, oder beim Ausbau von Diversity Management.",
    website: null,
    street: null,
    postalCode: null,
    city: null,
    district: null,
    topics: ["organisations-und-personalentwicklung", "diversity-management", "ausbildung"],
    offers: ["ausbildung"],
    needs: ["organisations-und-personalentwicklung", "berufsbezogene-deutschfoerderung"],
    targetGroups: ["beschaeftigte"],
    languages: ["de", "tr"],
    districtsServed: ["region-hannover"],
    capacity: 1,
    memberships: [
      membership("HADI_MEMBER", null, "illustrative", {
        note: "Der Bericht nennt das Unternehmen als vom Netzwerk unterstützt, nicht als Mitglied des HaDi-Netzwerks.",
      }),
    ],
    contactPersons: [],
    provenance: fromDocument("name", "kind"),
  },
  {
    slug: "domicil-seniorenpflegeheim-list",
    name: "Domicil-Seniorenpflegeheim List GmbH",
    shortName: "Domicil List",
    kind: "COMPANY",
    description:
      "Eines der rund 200 Unternehmen, die vom Netzwerk ALBuM unterstützt und begleitet wurden; die berufsbegleitende Deutschförderung richtete sich bisher insbesondere an Pflegefachkräfte.",
    website: null,
    street: null,
    postalCode: null,
    city: "Hannover",
    district: "vahrenwald-list", // from the name ("List")
    topics: ["berufsbezogene-deutschfoerderung", "diversity-management"],
    offers: ["ausbildung"],
    needs: ["berufsbezogene-deutschfoerderung"],
    targetGroups: ["beschaeftigte", "internationale-fachkraefte"],
    languages: ["de"],
    districtsServed: ["vahrenwald-list"],
    capacity: 1,
    memberships: [
      membership("HADI_MEMBER", null, "illustrative", {
        note: "Der Bericht nennt das Unternehmen als vom Netzwerk unterstützt, nicht als Mitglied des HaDi-Netzwerks.",
      }),
    ],
    contactPersons: [],
    provenance: fromDocument("name", "kind"),
  },
  {
    // Named in the report among the supported "Unternehmen und Arbeitgeber"; a university hospital,
    // kept as COMPANY (employer) for the HaDi side of the platform.
    slug: "medizinische-hochschule-hannover",
    name: "Medizinische Hochschule Hannover",
    shortName: "MHH",
    kind: "COMPANY",
    description:
      "Als Arbeitgeberin eines der rund 200 vom Netzwerk ALBuM unterstützten Unternehmen und Arbeitgeber; die berufsbegleitende Deutschförderung richtete sich bisher insbesondere an Pflegefachkräfte sowie Ärztinnen und Ärzte.",
    website: "https://www.mhh.de",
    street: "Carl-Neuberg-Straße 1", // public address
    postalCode: "30625",
    city: "Hannover",
    district: "buchholz-kleefeld",
    topics: ["berufsbezogene-deutschfoerderung", "diversity-management", "ausbildung"],
    offers: ["ausbildung"],
    needs: ["berufsbezogene-deutschfoerderung", "interkulturelle-oeffnung"],
    targetGroups: ["internationale-fachkraefte", "beschaeftigte"],
    languages: ["de", "en"],
    districtsServed: ["region-hannover"],
    capacity: 2,
    memberships: [
      membership("HADI_MEMBER", null, "illustrative", {
        note: "Der Bericht nennt das Unternehmen als vom Netzwerk unterstützt, nicht als Mitglied des HaDi-Netzwerks.",
      }),
    ],
    contactPersons: [],
    provenance: fromDocument("name", "kind"),
  },
  {
    slug: "tui",
    name: "TUI",
    shortName: null,
    kind: "COMPANY",
    description:
      "Eines der rund 200 Unternehmen, die vom Netzwerk ALBuM unterstützt und begleitet wurden, z. B. beim Ausbau von Diversity Management im eigenen Unternehmen.",
    website: "https://www.tui.com",
    street: "Karl-Wiechert-Allee 4", // public address of the group headquarters
    postalCode: "30625",
    city: "Hannover",
    district: "buchholz-kleefeld",
    topics: ["diversity-management", "ausbildung", "interkulturelle-oeffnung"],
    offers: ["ausbildung"],
    needs: ["diversity-management"],
    targetGroups: ["beschaeftigte"],
    languages: ["de", "en"],
    districtsServed: ["region-hannover"],
    capacity: 2,
    memberships: [
      membership("HADI_MEMBER", null, "illustrative", {
        note: "Der Bericht nennt das Unternehmen als vom Netzwerk unterstützt, nicht als Mitglied des HaDi-Netzwerks.",
      }),
    ],
    contactPersons: [],
    provenance: fromDocument("name", "kind"),
  },
];

const funders: OrgInput[] = [
  {
    slug: "bmas",
    name: "Bundesministerium für Arbeit und Soziales",
    shortName: "BMAS",
    kind: "FUNDER",
    description:
      "Bisheriger Geldgeber des Netzwerks ALBuM, bei dem das Netzwerk als fachlich kompetenter Akteur mit verlässlicher verwaltungstechnischer Abwicklung anerkannt ist.",
    website: "https://www.bmas.de",
    street: "Wilhelmstraße 49", // public address
    postalCode: "10117",
    city: "Berlin",
    district: null,
    topics: ["arbeitsmarktintegration", "qualifizierung"],
    offers: [],
    needs: [],
    targetGroups: ["arbeitsuchende"],
    languages: ["de"],
    districtsServed: [],
    capacity: 5,
    memberships: [],
    contactPersons: [],
    provenance: fromDocument("name", "kind", "description"),
  },
  {
    slug: "bamf",
    name: "Bundesamt für Migration und Flüchtlinge",
    shortName: "BAMF",
    kind: "FUNDER",
    description:
      "Fördert die berufsbezogene Deutschförderung (ESF-BAMF-Programm) mit Mitteln des Europäischen Sozialfonds; bisheriger Geldgeber des Netzwerks ALBuM.",
    website: "https://www.bamf.de",
    street: "Frankenstraße 210", // public address
    postalCode: "90461",
    city: "Nürnberg",
    district: null,
    topics: ["berufsbezogene-deutschfoerderung", "gefluechtete"],
    offers: [],
    needs: [],
    targetGroups: ["arbeitsuchende", "beschaeftigte", "gefluechtete-bleibeberechtigte"],
    languages: ["de"],
    districtsServed: [],
    capacity: 5,
    memberships: [],
    contactPersons: [],
    provenance: fromDocument("name", "kind", "description"),
  },
  {
    // The report names a "Bundesministerium für Wirtschaft und Arbeit" as funder of ALBuM-VIP
    // (XENOS, 2012–2014). A ministry of that name existed only 2002–2005 (XENOS was run by the BMAS
    // in 2012–2014); the seed follows the report and keeps it as its own funder.
    slug: "bmwa",
    name: "Bundesministerium für Wirtschaft und Arbeit",
    shortName: null,
    kind: "FUNDER",
    description:
      "Laut Bericht Förderer des Projekts „Vielfalt – Inklusion – Perspektiven: ALBuM-VIP“ im XENOS-Programm mit Bundesmitteln und Mitteln des Europäischen Sozialfonds (ca. 1,8 Mio. Euro).",
    website: null,
    street: null,
    postalCode: null,
    city: null,
    district: null,
    topics: ["uebergang-schule-beruf", "diversity-management"],
    offers: [],
    needs: [],
    targetGroups: ["jugendliche", "junge-erwachsene"],
    languages: ["de"],
    districtsServed: [],
    capacity: 5,
    memberships: [],
    contactPersons: [],
    provenance: fromDocument("name", "kind", "description"),
  },
  {
    slug: "europaeischer-sozialfonds",
    name: "Europäischer Sozialfonds",
    shortName: "ESF",
    kind: "FUNDER",
    description:
      "Fonds der Europäischen Union. Aus EU- und Bundesmitteln hat das Netzwerk ALBuM seit 2005 knapp 10 Mio. Euro für integrationspolitische Projekte in Hannover eingeworben; ESF-Mittel fließen in die berufsbezogene Deutschförderung und in ALBuM-VIP.",
    website: "https://www.esf.de",
    street: null,
    postalCode: null,
    city: null,
    district: null,
    topics: ["arbeitsmarktintegration", "berufsbezogene-deutschfoerderung", "qualifizierung"],
    offers: [],
    needs: [],
    targetGroups: ["arbeitsuchende", "junge-erwachsene"],
    languages: ["de", "en"],
    districtsServed: [],
    capacity: 10,
    memberships: [],
    contactPersons: [],
    provenance: fromDocument("name", "shortName", "kind", "description"),
  },
  {
    // „Fördermöglichkeiten der EU, des Bundes, des Landes oder anderen Förderern" – the report
    // names the Land as a source of project funding without naming a programme.
    slug: "land-niedersachsen",
    name: "Land Niedersachsen",
    shortName: null,
    kind: "FUNDER",
    description:
      "Der Bericht nennt Fördermöglichkeiten des Landes als eine der Quellen, aus denen die Mittel für die Netzwerkprojekte eingeworben wurden.",
    website: null,
    street: null,
    postalCode: null,
    city: "Hannover",
    district: null,
    topics: ["qualifizierung", "interkulturelle-oeffnung"],
    offers: [],
    needs: [],
    targetGroups: ["arbeitsuchende"],
    languages: ["de"],
    districtsServed: [],
    capacity: 5,
    memberships: [],
    contactPersons: [],
    provenance: fromDocument("kind", "description"),
  },
];

const VORBEMERKUNG = "Vorbemerkung";
const STRUKTUR = "4. Struktur des Netzwerkes ALBuM";
const PROJEKTANSAETZE = "5. Konkrete Projektansätze des ALBuM-Netzwerks";
const ESF_BAMF = "5.1 Deutsch für den Beruf für Migrantinnen und Migranten (ESF-BAMF-Programm)";
const ESF_BAMF_ARBEITSLOSE = "5.1.1 Kurse für arbeitslose Teilnehmerinnen und Teilnehmer";
const VIP = "5.2 „Vielfalt – Inklusion – Perspektiven: ALBuM-VIP“";
const KOSTEN = "Kostentabelle";
const BILANZ_SECTION = "2. Bilanz der Arbeit – Zehn Jahre im Überblick";

/** The report's sections each organisation's "document" fields come from (the report has no page numbers). */
const organisationSections: Record<OrgSlug, string> = {
  "stadt-hannover": VORBEMERKUNG,
  "fachbereich-bildung-und-qualifizierung": `${VORBEMERKUNG}; ${AUSGANGSSITUATION}`,
  "koordinationsstelle-album": `${AUSGANGSSITUATION}; ${STRUKTUR}; 6. Ausblick`,
  "schulverwaltung-hannover": BILANZ_SECTION,
  "vhs-hannover": `${AUSGANGSSITUATION}; ${BILANZ_SECTION}`,
  "awo-region-hannover-weiterbildungszentrum": AUSGANGSSITUATION,
  "arbeit-und-leben-niedersachsen-mitte": AUSGANGSSITUATION,
  "bildungsverein-soziales-lernen-und-kommunikation": AUSGANGSSITUATION,
  vnb: AUSGANGSSITUATION,
  amfn: `${AUSGANGSSITUATION}; ${STRUKTUR}`,
  bteu: AUSGANGSSITUATION,
  "can-arkadas": AUSGANGSSITUATION,
  kargah: `${AUSGANGSSITUATION}; ${BILANZ_SECTION}`,
  tolstoi: AUSGANGSSITUATION,
  "afrikanischer-dachverband-norddeutschland": AUSGANGSSITUATION,
  "jobcenter-region-hannover": `${BILANZ_SECTION}; ${ESF_BAMF_ARBEITSLOSE}; ${VIP}`,
  "agentur-fuer-arbeit-hannover": `${BILANZ_SECTION}; ${ESF_BAMF_ARBEITSLOSE}`,
  "region-hannover": BILANZ_SECTION,
  "ihk-hannover": BILANZ_SECTION,
  "proaktivcenter-pace": VIP,
  migrationsberatungsstellen: BILANZ_SECTION,
  jugendmigrationsdienste: BILANZ_SECTION,
  "regionale-volkshochschulen": ESF_BAMF,
  "allgemeinbildende-schulen": `${BILANZ_SECTION}; ${VIP}`,
  welthaus: BILANZ_SECTION,
  "traeger-bleiberechtsprojekt": `${ESF_BAMF}; ${ESF_BAMF_ARBEITSLOSE}`,
  "doenmez-sondermaschinenbau": BILANZ_SECTION,
  "domicil-seniorenpflegeheim-list": BILANZ_SECTION,
  "medizinische-hochschule-hannover": BILANZ_SECTION,
  tui: BILANZ_SECTION,
  bmas: BILANZ_SECTION,
  bamf: `${BILANZ_SECTION}; ${KOSTEN}`,
  bmwa: KOSTEN,
  "europaeischer-sozialfonds": `${BILANZ_SECTION}; ${KOSTEN}`,
  "land-niedersachsen": PROJEKTANSAETZE,
};

const organisations: OrgInput[] = [
  ...administration,
  ...educationalInstitutions,
  ...migrantOrganisations,
  ...strategicPartners,
  ...companies,
  ...funders,
].map((organisation) => ({ ...organisation, section: organisationSections[organisation.slug] }));

/** The section a relation is told in: by the pair where it is particular, else by its type. */
const relationSectionsByPair: Partial<Record<`${OrgSlug}>${OrgSlug}`, string>> = {
  "koordinationsstelle-album>proaktivcenter-pace": VIP,
  "koordinationsstelle-album>regionale-volkshochschulen": ESF_BAMF,
  "koordinationsstelle-album>allgemeinbildende-schulen": `${BILANZ_SECTION}; ${VIP}`,
  "koordinationsstelle-album>traeger-bleiberechtsprojekt": `${ESF_BAMF}; ${ESF_BAMF_ARBEITSLOSE}`,
  "bamf>koordinationsstelle-album": `${BILANZ_SECTION}; ${KOSTEN}`,
  "europaeischer-sozialfonds>koordinationsstelle-album": `${BILANZ_SECTION}; ${KOSTEN}`,
  "bmwa>koordinationsstelle-album": KOSTEN,
  "land-niedersachsen>koordinationsstelle-album": PROJEKTANSAETZE,
};
const relationSectionsByType: Record<SeedRelationType, string> = {
  COORDINATION: STRUKTUR,
  MEMBERSHIP: `${VORBEMERKUNG}; ${AUSGANGSSITUATION}`,
  STRATEGIC_PARTNERSHIP: BILANZ_SECTION,
  COOPERATION: BILANZ_SECTION,
  FUNDING: BILANZ_SECTION,
};
const relationSection = (r: RelationInput): string =>
  relationSectionsByPair[`${r.source}>${r.target}`] ?? relationSectionsByType[r.type];

// ---------------------------------------------------------------------------------------------
// Relations
// ---------------------------------------------------------------------------------------------

const albumPartners: OrgSlug[] = [
  "vhs-hannover",
  "amfn",
  "awo-region-hannover-weiterbildungszentrum",
  "arbeit-und-leben-niedersachsen-mitte",
  "bildungsverein-soziales-lernen-und-kommunikation",
  "bteu",
  "can-arkadas",
  "kargah",
  "vnb",
];

const relations: RelationInput[] = [
  // The coordination office coordinates every ALBuM partner (AWO since 2014, year only).
  ...albumPartners.map((partner) =>
    relation(
      "koordinationsstelle-album",
      partner,
      "COORDINATION",
      "document",
      "Koordination und Gesamtprojektleitung der gemeinsamen Netzwerkprojekte",
      partner === "awo-region-hannover-weiterbildungszentrum" ? "2014-01-01" : null,
    ),
  ),

  // Organisational structure of the city.
  relation(
    "koordinationsstelle-album",
    "fachbereich-bildung-und-qualifizierung",
    "MEMBERSHIP",
    "document",
    "Im Bereich „Bereichsübergreifende Bildungsnetzwerke“ des Fachbereichs",
  ),
  relation(
    "vhs-hannover",
    "fachbereich-bildung-und-qualifizierung",
    "MEMBERSHIP",
    "document",
    "Die Volkshochschule gehört zum Fachbereich Bildung und Qualifizierung",
  ),
  relation(
    "fachbereich-bildung-und-qualifizierung",
    "stadt-hannover",
    "MEMBERSHIP",
    "document",
    "Städtischer Fachbereich; setzt das LIP-Handlungsfeld ALBuM federführend um",
  ),
  relation(
    "schulverwaltung-hannover",
    "stadt-hannover",
    "MEMBERSHIP",
    "illustrative",
    "Gibt im Rahmen des Hannoverschen Übergangsmanagements (HÜM) den Maßnahmenkatalog heraus",
  ),

  // Strategic partners („Die Angebote werden z. B. in Kooperation mit ... entwickelt und umgesetzt").
  relation(
    "koordinationsstelle-album",
    "jobcenter-region-hannover",
    "STRATEGIC_PARTNERSHIP",
    "document",
    "Gemeinsame Entwicklung und Umsetzung von Angeboten; Meldung arbeitsloser Personen für die ESF-BAMF-Kurse; interkulturelle Trainings für Mitarbeitende",
  ),
  relation(
    "koordinationsstelle-album",
    "agentur-fuer-arbeit-hannover",
    "STRATEGIC_PARTNERSHIP",
    "document",
    "Gemeinsame Entwicklung und Umsetzung von Angeboten; Meldung arbeitsloser Personen für die ESF-BAMF-Kurse",
  ),
  relation(
    "koordinationsstelle-album",
    "region-hannover",
    "STRATEGIC_PARTNERSHIP",
    "document",
    "Kooperation vor allem mit der Beschäftigungsförderung",
  ),
  relation(
    "koordinationsstelle-album",
    "ihk-hannover",
    "STRATEGIC_PARTNERSHIP",
    "document",
    "Gemeinsame Entwicklung und Umsetzung von Angeboten",
  ),
  relation(
    "koordinationsstelle-album",
    "migrationsberatungsstellen",
    "STRATEGIC_PARTNERSHIP",
    "document",
    "Gemeinsame Entwicklung und Umsetzung von Angeboten",
  ),
  relation(
    "koordinationsstelle-album",
    "jugendmigrationsdienste",
    "STRATEGIC_PARTNERSHIP",
    "document",
    "Gemeinsame Entwicklung und Umsetzung von Angeboten",
  ),
  // PACE: the report names its staff as target of a VIP qualification; "strategic partnership" is our reading.
  relation(
    "koordinationsstelle-album",
    "proaktivcenter-pace",
    "STRATEGIC_PARTNERSHIP",
    "illustrative",
    "Qualifizierung von PACE-Mitarbeitenden im ALBuM-VIP-Teilprojekt „Kompetenzen stärken – Strukturen verändern“",
    "2012-01-01",
    "2014-12-31",
  ),

  // Other cooperation partners named in the report.
  relation(
    "koordinationsstelle-album",
    "regionale-volkshochschulen",
    "COOPERATION",
    "document",
    "Gemeinsames Angebot der berufsbezogenen Deutschkurse (ESF-BAMF-Programm), gesichert bis Ende 2017",
    "2009-01-01",
  ),
  relation(
    "koordinationsstelle-album",
    "allgemeinbildende-schulen",
    "COOPERATION",
    "document",
    "Berufsorientierung an Schulen (ca. 2.500 Personen) und Teilprojekt „Jugend hat Perspektive (JuhaP)“",
  ),
  relation(
    "koordinationsstelle-album",
    "schulverwaltung-hannover",
    "COOPERATION",
    "document",
    "ALBuM-Angebote sind in den „Maßnahmenkatalog – Berufsorientierung an allgemeinbildenden Schulen“ (HÜM) integriert",
  ),
  relation(
    "koordinationsstelle-album",
    "welthaus",
    "COOPERATION",
    "document",
    "Qualifizierungsangebot „ALiA – Arbeiten-Lernen-interaktiv im Welthaus“",
  ),
  relation(
    "koordinationsstelle-album",
    "traeger-bleiberechtsprojekt",
    "COOPERATION",
    "document",
    "Seit Anfang 2012 Aufnahme von Personen aus dem ESF-Bundesprogramm „Bleibeberechtigte und Flüchtlinge“ in die ESF-BAMF-Kurse",
    "2012-01-01",
  ),

  // Funders → coordination office (which acquires all funds of the network).
  relation("bmas", "koordinationsstelle-album", "FUNDING", "document", "Bisheriger Geldgeber des Netzwerks"),
  relation(
    "bamf",
    "koordinationsstelle-album",
    "FUNDING",
    "document",
    "Berufsbezogene Deutschförderung (ESF-BAMF-Programm), bisher 5,1 Mio. Euro",
    "2009-01-01",
  ),
  relation("region-hannover", "koordinationsstelle-album", "FUNDING", "document", "Bisheriger Geldgeber des Netzwerks"),
  relation(
    "europaeischer-sozialfonds",
    "koordinationsstelle-album",
    "FUNDING",
    "document",
    "ESF-Mittel für die berufsbezogene Deutschförderung und ALBuM-VIP; EU- und Bundesmittel seit dem ersten Förderprojekt 2005",
    "2005-01-01",
  ),
  relation(
    "bmwa",
    "koordinationsstelle-album",
    "FUNDING",
    "document",
    "ALBuM-VIP im XENOS-Programm „Integration und Vielfalt“, ca. 1,8 Mio. Euro",
    "2012-01-01",
    "2014-12-31",
  ),
  relation(
    "land-niedersachsen",
    "koordinationsstelle-album",
    "FUNDING",
    "document",
    "Fördermöglichkeiten des Landes (ohne nähere Angaben im Bericht)",
  ),

  // Companies supported by the network (examples of ~200).
  ...(
    [
      "doenmez-sondermaschinenbau",
      "domicil-seniorenpflegeheim-list",
      "medizinische-hochschule-hannover",
      "tui",
    ] as const
  ).map((company) =>
    relation(
      "koordinationsstelle-album",
      company,
      "COOPERATION",
      "document",
      "Vom Netzwerk ALBuM unterstützt und begleitet (z. B. Diversity Management, berufsbegleitende Deutschförderung)",
    ),
  ),
];

// ---------------------------------------------------------------------------------------------
// Programmes
// ---------------------------------------------------------------------------------------------

const programmes: ProgrammeInput[] = [
  {
    key: "esf-bamf",
    name: "ESF-BAMF-Programm (berufsbezogene Deutschförderung)",
    funders: ["bamf", "europaeischer-sozialfonds"],
    description:
      "Berufsbezogene Deutschförderung für Menschen mit Migrationshintergrund, gefördert durch das Bundesamt für Migration und Flüchtlinge mit Mitteln des Europäischen Sozialfonds. Die Kurse bilden die Brücke zwischen den Integrationskursen und der beruflichen Qualifizierung; seit 2015 sind reine Beschäftigtenkurse nicht mehr förderfähig und mindestens A1-Niveau ist Voraussetzung.",
    // Programme-level dates are not given (the network's courses run since 2009, secured to 2017).
    startsOn: null,
    endsOn: null,
    provenance: "document",
    section: "5.1 Deutsch für den Beruf für Migrantinnen und Migranten (ESF-BAMF-Programm)",
  },
  {
    key: "xenos-integration-und-vielfalt",
    name: "XENOS – Integration und Vielfalt",
    funders: ["bmwa", "europaeischer-sozialfonds"],
    description:
      "Programm, in dem das Netzwerk ALBuM von 2012 bis Ende 2014 das Projekt „Vielfalt – Inklusion – Perspektiven: ALBuM-VIP“ mit Bundesmitteln und Mitteln des Europäischen Sozialfonds umgesetzt hat.",
    startsOn: null,
    endsOn: null,
    provenance: "document",
    section: "5.2 „Vielfalt – Inklusion – Perspektiven: ALBuM-VIP“",
  },
  {
    key: "esf-bundesprogramm-bleibeberechtigte-und-fluechtlinge",
    name: "ESF-Bundesprogramm „Bleibeberechtigte und Flüchtlinge“",
    // The report names the programme only; its federal funder is not stated, the ESF is in its name.
    funders: ["europaeischer-sozialfonds"],
    description:
      "Bundesprogramm mit Mitteln des Europäischen Sozialfonds; seit Anfang 2012 können Personen aus diesem Programm in die berufsbezogenen Deutschkurse des Netzwerks ALBuM aufgenommen werden.",
    startsOn: null,
    endsOn: null,
    provenance: "document",
    section: "5.1 Deutsch für den Beruf für Migrantinnen und Migranten (ESF-BAMF-Programm)",
  },
  {
    key: "esf-foerderperiode-2014-2020",
    name: "ESF-Förderperiode 2014–2020",
    funders: ["europaeischer-sozialfonds"],
    description:
      "Neue EU-Förderperiode, in der sich das Netzwerk ALBuM an verschiedenen Ausschreibungen beteiligt hat (u. a. „Hannover im Dialog – Wissen und Erfahrung verbindet“ und „ALBuM-Integrationsmanagement für junge Menschen“).",
    startsOn: "2014-01-01",
    endsOn: "2020-12-31",
    provenance: "document",
    section: "6. Ausblick und Perspektiven für die weitere Arbeit",
  },
];

// ---------------------------------------------------------------------------------------------
// Projects (stored as applications: running, completed or submitted as of the report, 2015)
// ---------------------------------------------------------------------------------------------

/** Provenance of the two applications of 2015 (no period, amounts or figures given; status as of 2015). */
const applied2015Provenance: ProjectInput["provenance"] = {
  status: "document",
  period: "document",
  requestedAmount: "document",
  approvedAmount: "document",
  participantsReached: "document",
  participants: "illustrative",
};

const projects: ProjectInput[] = [
  {
    slug: "deutsch-fuer-den-beruf",
    title: "Deutsch für den Beruf für Migrantinnen und Migranten (ESF-BAMF-Programm)",
    programme: "esf-bamf",
    funders: ["bamf", "europaeischer-sozialfonds"],
    status: "RUNNING", // as of the report (2015)
    description:
      "Unter Federführung der Koordinationsstelle ALBuM bieten die ALBuM-Kooperationspartner zusammen mit fünf regionalen Volkshochschulen in der Region Hannover seit 2009 Deutschkurse an, die die Brücke zwischen den Integrationskursen und der beruflichen Qualifizierung bilden. Ziel ist, dass arbeitslose Teilnehmende leichter eine Arbeitsstelle oder einen Ausbildungsplatz finden; Beschäftigtenkurse helfen, den Arbeitsplatz zu sichern und sich beruflich weiterzuentwickeln.",
    startsOn: "2009-01-01", // "seit 2009" (year only)
    endsOn: "2017-12-31", // "zurzeit bis Ende 2017 gesichert"
    requestedAmount: null,
    approvedAmount: 5_100_000, // "Bisher wurden an Fördermitteln 5,1 Mio. Euro ... umgesetzt"
    participantsReached: 1_600, // "über 80 Kurse mit knapp 1.600 Teilnehmerinnen und Teilnehmern"
    // The 5.1 M€ are "bisher" (so far) in a report whose figures run to March 2015: the figures
    // spread them over 2009-01 … 2015-03, not over the period secured to 2017.
    amountCoversUntil: "2015-03-31",
    amountCoversUntilNote:
      "„Bisher wurden an Fördermitteln 5,1 Mio. Euro … umgesetzt“; die Zahlen des Berichts reichen bis März 2015. Der Betrag wird daher über Januar 2009 bis März 2015 verteilt.",
    topics: [
      "berufsbezogene-deutschfoerderung",
      "berufsorientierung",
      "qualifizierung",
      "arbeitsmarktintegration",
      "gefluechtete",
    ],
    // The report says "die ALBuM-Kooperationspartner" offer the courses with the five regional VHS but
    // does not say which partners; VHS Hannover is our illustrative choice.
    participants: [
      LEAD,
      { organisation: "vhs-hannover", role: "EDUCATIONAL_INSTITUTION" },
      { organisation: "regionale-volkshochschulen", role: "PARTNER" },
    ],
    components: [
      "Deutsch für gewerblich-technische Berufe",
      "Sprache und Bildung für den Dienstleistungsbereich",
      "Deutsch für das Büro / die Verwaltung",
      "Deutsch für die Pflege und den Erziehungsbereich",
      "Deutsch zur beruflichen Orientierung",
      "Deutsch für Beschäftigte – mit Beschäftigten aus unterschiedlichen Unternehmen und Branchen",
      "Deutsch für Beschäftigte – unternehmens- und / oder branchenspezifisch",
      "Kommunikationstraining für internationale Ärztinnen und Ärzte",
      "Ausbildungsbegleitende Deutschförderung",
    ],
    facts: [
      "Laut Bericht bieten die ALBuM-Kooperationspartner die Kurse gemeinsam mit fünf regionalen Volkshochschulen an; welche Partner im Einzelnen, nennt der Bericht nicht.",
      "Bisher wurden an Fördermitteln 5,1 Mio. Euro über das Netzwerk ALBuM in der Region Hannover umgesetzt (als bewilligter Betrag gespeichert).",
      "Umsetzung über das Netzwerk ALBuM zurzeit bis Ende 2017 gesichert.",
      "Die Kurse bestehen in der Regel aus vier Teilen: berufsbezogener Deutschunterricht, Fachunterricht, Praktikum, Betriebsbesichtigungen.",
      "Über 80 Kurse mit knapp 1.600 Teilnehmerinnen und Teilnehmern.",
      "Berufliche Orientierung auch unter Stufe A2; berufsfeldspezifische Angebote setzen mindestens A2 voraus; ab 2015 ist mindestens A1 Voraussetzung.",
      "Seit Anfang 2012 können auch Personen aus dem ESF-Bundesprogramm „Bleibeberechtigte und Flüchtlinge“ aufgenommen werden.",
      "Bis März 2015 knapp 3.000 arbeitslose Personen von Jobcenter, Agentur für Arbeit und dem Träger des Bleiberechtsprojektes gemeldet.",
      "150 Personen in Beschäftigtenkursen (Anmeldung über Arbeitgeber oder Selbstinitiative); Beschäftigtenkurse verstärkt 2012 bis 2014; seit 2015 keine reinen Beschäftigtenkurse mehr förderfähig.",
      "Teilnehmerstruktur: 54 % Frauen, 55 % aus der Stadt Hannover, 9 % unter 25 Jahre, 11 % 50 Jahre und älter, Altersdurchschnitt 37,3 Jahre.",
      "Vor Kursbeginn ca. 60 % auf A2-Niveau oder darunter, 37 % auf B1-Niveau oder höher.",
      "1.142 Personen haben einen Kurs abgeschlossen, 157 sind in laufenden Kursen, 126 haben an mehr als einem Kurs teilgenommen.",
      "244 vorzeitige Abbrüche: 28 % wegen Arbeitsaufnahme, knapp 10 % wegen Ausbildung, Umschulung oder anderer Qualifizierung, 20 % krankheitsbedingt.",
      "Standardisierte schriftliche Abschlussbefragung seit Oktober 2011; Auswertung der bis 20. Juni 2014 abgeschlossenen Kurse mit 491 Personen.",
      "Etwa die Hälfte lebt seit mehr als fünf Jahren in Deutschland; 10 % leben weniger als zwei Jahre in Hannover.",
      "Teilnehmende aus 60 Herkunftsländern; größte Gruppen: Russland (32), Polen (29), Türkei (28), Iran (26); außer im Beschäftigtenkurs für spanische Pflegekräfte nie mehr als drei Personen aus einem Herkunftsland in einem Kurs.",
      "Bewertung (Skala 1 = sehr gut bis 4 = sehr schlecht): Unterrichts- und EDV-Raum 1,8; Unterrichtsmaterialien 1,6; Vorbereitung auf das Arbeitsleben 2,1.",
      "79 % fanden den Kurs nützlich für ihre berufliche Zukunft, 69 % haben danach konkrete berufliche Ziele, 19 % haben zum Kursende eine Arbeit gefunden, 31 % beginnen demnächst eine Qualifizierung, Ausbildung bzw. Umschulung; Orientierungskurse bleiben etwas hinter den berufsfeldorientierten Angeboten zurück.",
      "Die Verwaltung unterstützt das Projekt mit anteiligen Personalkapazitäten der Sachgebietsleitung; städtische Mittel höchstens 7.000 € aus vorhandenen Haushaltsmitteln des Fachbereiches; weitere Personalkapazitäten werden über Projektgelder refinanziert.",
    ],
    provenance: {
      status: "document",
      period: "document",
      requestedAmount: "document",
      approvedAmount: "document",
      participantsReached: "document",
      participants: "illustrative",
    },
    section: "5.1 Deutsch für den Beruf für Migrantinnen und Migranten (ESF-BAMF-Programm); Kostentabelle",
  },
  {
    slug: "album-vip",
    title: "Vielfalt – Inklusion – Perspektiven: ALBuM-VIP",
    programme: "xenos-integration-und-vielfalt",
    funders: ["bmwa", "europaeischer-sozialfonds"],
    status: "COMPLETED",
    description:
      "Projekt im XENOS-Programm „Integration und Vielfalt“ mit dem Ziel, jungen Menschen – besonders mit Migrationshintergrund – gute Bildung und Ausbildung sowie gleichberechtigte Teilhabe zu ermöglichen. Es verband die individuelle Stärkung Jugendlicher und junger Erwachsener unter Einbeziehung ihres sozialen Umfelds mit strukturellen Anpassungen in Verwaltung, Institutionen und Betrieben.",
    startsOn: "2012-01-01", // "von 2012 bis Ende 2014"
    endsOn: "2014-12-31",
    requestedAmount: null,
    approvedAmount: 1_800_000, // "mit ca. 1,8 Mio. Euro gefördert"
    participantsReached: 4_500, // "ca. 4.500 Personen"
    topics: [
      "uebergang-schule-beruf",
      "berufsorientierung",
      "quartiersarbeit",
      "interkulturelle-oeffnung",
      "empowerment-migrantenorganisationen",
      "diversity-management",
    ],
    // Document: schools (JuhaP), Jobcenter and PACE (Kompetenzen stärken). Illustrative: the three
    // tandems (Can Arkadas + ARBEIT UND LEBEN for JuhaP, kargah + Bildungsverein for Übergänge im
    // Stadtteil in Linden-Limmer, AMFN + VNB for Engagement und Vielfalt stärken).
    participants: [
      LEAD,
      ...tandem("can-arkadas", "arbeit-und-leben-niedersachsen-mitte"),
      ...tandem("kargah", "bildungsverein-soziales-lernen-und-kommunikation"),
      ...tandem("amfn", "vnb"),
      { organisation: "allgemeinbildende-schulen", role: "PARTNER" },
      { organisation: "jobcenter-region-hannover", role: "PARTNER" },
      { organisation: "proaktivcenter-pace", role: "PARTNER" },
    ],
    components: [
      "Jugend hat Perspektive (JuhaP)",
      "Übergänge im Stadtteil",
      "Kompetenzen stärken – Strukturen verändern",
      "Engagement und Vielfalt stärken",
      "Diversity Management in der Ausbildung",
    ],
    facts: [
      "Gefördert durch das Bundesministerium für Wirtschaft und Arbeit mit Bundesmitteln und Mitteln des Europäischen Sozialfonds mit ca. 1,8 Mio. Euro.",
      "Insgesamt haben ca. 4.500 Personen die verschiedenen Angebote genutzt.",
      "Jugend hat Perspektive (JuhaP): Bausteine zur Begleitung Jugendlicher in die Berufswelt, in Kooperation mit Schulen (Schnittstelle zum Hannoverschen Übergangsmanagement, HÜM).",
      "Übergänge im Stadtteil: Vernetzung wohnortnaher, niedrigschwelliger Angebote vor allem im Stadtbezirk Linden-Limmer für junge Menschen und junge Familien.",
      "Kompetenzen stärken – Strukturen verändern: Qualifizierung von Mitarbeitenden des Jobcenters und der ProAktivCenter (PACE) für die Vermittlung benachteiligter (junger) Menschen in Ausbildung.",
      "Engagement und Vielfalt stärken: Fortbildungen für Migrantenselbstorganisationen und Dialog mit NGOs.",
      "Diversity Management in der Ausbildung: Unterstützung und Begleitung von Unternehmen; Vielfalt umfasst Nationalitäten, Lebensstile, religiöse Auffassungen, sexuelle Identitäten, Alter, Behinderungen und mehr.",
      "Dialog und Zusammenarbeit mit Arbeitgeberinnen und Arbeitgebern (Unternehmen und Verwaltungen) wurden deutlich intensiviert.",
      "Die Verwaltung unterstützte das Projekt mit anteiligen Personalkapazitäten der Sachgebietsleitung der Koordinationsstelle (75 % einer Vollzeitstelle).",
    ],
    provenance: {
      status: "document",
      period: "document",
      requestedAmount: "document",
      approvedAmount: "document",
      participantsReached: "document",
      participants: "illustrative",
    },
    section: "5.2 „Vielfalt – Inklusion – Perspektiven: ALBuM-VIP“; Kostentabelle",
  },
  {
    slug: "hannover-im-dialog",
    title: "Hannover im Dialog – Wissen und Erfahrung verbindet",
    programme: "esf-foerderperiode-2014-2020",
    funders: ["europaeischer-sozialfonds"],
    status: "SUBMITTED", // applied for in 2015, decision pending in the report
    description:
      "Mit dem Projekt sollen der interkulturelle Dialog und der Aufbau von „Brücken“ zu bestehenden Systemen und Angeboten weiterentwickelt werden, um mehr Teilhabe zu ermöglichen und die Kompetenzen der Zielgruppe einzubeziehen.",
    startsOn: null,
    endsOn: null,
    requestedAmount: null,
    approvedAmount: null,
    participantsReached: null,
    topics: ["interkultureller-dialog", "teilhabe", "beratung", "empowerment-migrantenorganisationen"],
    participants: [LEAD, ...tandem("amfn", "awo-region-hannover-weiterbildungszentrum")],
    components: [],
    facts: [
      "Beteiligung an einer Ausschreibung der neuen EU-Förderperiode (2014–2020); Entscheidung der Förderer stand 2015 in den nächsten Monaten an.",
    ],
    provenance: applied2015Provenance,
    section: "6. Ausblick und Perspektiven für die weitere Arbeit",
  },
  {
    slug: "album-integrationsmanagement-junge-menschen",
    title: "ALBuM-Integrationsmanagement für junge Menschen",
    programme: "esf-foerderperiode-2014-2020",
    funders: ["europaeischer-sozialfonds"],
    status: "SUBMITTED",
    description:
      "Mit dem Projekt soll eine Qualifizierungskette für junge Menschen (18 bis 35 Jahre) abgebildet werden, die auf bestehenden Angeboten aufbaut, um sie gezielt in Ausbildung oder Arbeit zu integrieren bzw. ihnen das Nachholen des Schulabschlusses zu ermöglichen.",
    startsOn: null,
    endsOn: null,
    requestedAmount: null,
    approvedAmount: null,
    participantsReached: null,
    topics: ["qualifizierung", "ausbildung", "uebergang-schule-beruf", "arbeitsmarktintegration"],
    participants: [LEAD, ...tandem("bteu", "awo-region-hannover-weiterbildungszentrum")],
    components: [],
    facts: [
      "Zielgruppe: junge Menschen von 18 bis 35 Jahren; Entscheidung der Förderer stand 2015 in den nächsten Monaten an.",
    ],
    provenance: applied2015Provenance,
    section: "6. Ausblick und Perspektiven für die weitere Arbeit",
  },
];

// ---------------------------------------------------------------------------------------------
// Offers the report names (courses, coaching, workshops, a place). Not funded projects: the report
// counts seven projects and gives these neither amounts nor years, so they are never counted as
// projects. Who runs each one the report does not say: the organisations are illustrative
// (except the Welthaus, named in ALiA's title).
// ---------------------------------------------------------------------------------------------

const BILANZ = "2. Bilanz der Arbeit – Zehn Jahre im Überblick";
const ILLUSTRATIVE_PROVIDERS = "Der Bericht nennt das Angebot, nicht die durchführenden Partner.";

const offers: OfferInput[] = [
  {
    slug: "alia",
    title: "ALiA – Arbeiten-Lernen-interaktiv im Welthaus",
    description:
      "Qualifizierungsangebot zur Vorbereitung auf den Arbeitsmarkt, das vorhandene Kompetenzen der Migrantinnen und Migranten aufgreift.",
    organisations: ["welthaus", "kargah", "vnb"],
    targetGroups: ["arbeitsuchende"],
    topics: ["qualifizierung", "arbeitsmarktintegration", "interkultureller-dialog"],
    startsOn: null,
    endsOn: null,
    section: BILANZ,
    organisationsProvenance: "illustrative",
    organisationsNote: "Welthaus aus dem Titel; das Tandem kargah / VNB ist illustrativ.",
  },
  {
    slug: "fachkraft-aussenwirtschaft",
    title: "Fachkraft Außenwirtschaft",
    description:
      "Qualifizierungsangebot zur Vorbereitung auf den Arbeitsmarkt, das vorhandene Kompetenzen der Migrantinnen und Migranten aufgreift.",
    organisations: ["bteu", "vhs-hannover"],
    targetGroups: ["arbeitsuchende"],
    topics: ["qualifizierung", "arbeitsmarktintegration", "existenzgruendung"],
    startsOn: null,
    endsOn: null,
    section: BILANZ,
    organisationsProvenance: "illustrative",
    organisationsNote: ILLUSTRATIVE_PROVIDERS,
  },
  {
    slug: "interkulturelle-beraterinnen-und-berater",
    title: "Interkulturelle Beraterinnen und Berater",
    description:
      "Qualifizierungsangebot zur Vorbereitung auf den Arbeitsmarkt, das vorhandene Kompetenzen der Migrantinnen und Migranten aufgreift.",
    organisations: ["amfn", "arbeit-und-leben-niedersachsen-mitte"],
    targetGroups: ["arbeitsuchende", "multiplikatorinnen"],
    topics: ["qualifizierung", "beratung", "interkulturelle-oeffnung"],
    startsOn: null,
    endsOn: null,
    section: BILANZ,
    organisationsProvenance: "illustrative",
    organisationsNote: ILLUSTRATIVE_PROVIDERS,
  },
  {
    slug: "ankommen-in-alltag-und-beruf",
    title: "Ankommen in Alltag und Beruf",
    description: "Angebot, das die Teilhabemöglichkeiten von Menschen mit Migrationshintergrund verbessert.",
    organisations: ["kargah", "vhs-hannover"],
    targetGroups: ["arbeitsuchende", "gefluechtete-bleibeberechtigte"],
    topics: ["teilhabe", "beratung", "niedrigschwellige-deutschfoerderung", "arbeitsmarktintegration"],
    startsOn: null,
    endsOn: null,
    section: BILANZ,
    organisationsProvenance: "illustrative",
    organisationsNote: ILLUSTRATIVE_PROVIDERS,
  },
  {
    slug: "angebote-fuer-alleinerziehende-frauen",
    title: "Angebote für alleinerziehende Frauen",
    description:
      "Angebote, die die Teilhabemöglichkeiten alleinerziehender Frauen mit Migrationshintergrund verbessern.",
    organisations: ["can-arkadas", "bildungsverein-soziales-lernen-und-kommunikation"],
    targetGroups: ["alleinerziehende", "frauen"],
    topics: ["frauen-alleinerziehende", "teilhabe", "qualifizierung"],
    startsOn: null,
    endsOn: null,
    section: BILANZ,
    organisationsProvenance: "illustrative",
    organisationsNote: ILLUSTRATIVE_PROVIDERS,
  },
  {
    slug: "schreibwerkstatt",
    title: "Schreibwerkstatt",
    description: "Niedrigschwelliger Einstieg in die Deutschförderung.",
    organisations: ["can-arkadas", "vhs-hannover"],
    targetGroups: ["frauen", "arbeitsuchende"],
    topics: ["niedrigschwellige-deutschfoerderung", "teilhabe"],
    startsOn: null,
    endsOn: null,
    section: BILANZ,
    organisationsProvenance: "illustrative",
    organisationsNote: ILLUSTRATIVE_PROVIDERS,
  },
  {
    slug: "ausbildungscoaching",
    title: "Ausbildungscoaching",
    description:
      "Individuelle Begleitung Jugendlicher beim Übergang in den Beruf. Die Angebote zur beruflichen Orientierung sind in den „Maßnahmenkatalog – Berufsorientierung an allgemeinbildenden Schulen“ des Hannoverschen Übergangsmanagements (HÜM) integriert.",
    organisations: ["bteu", "arbeit-und-leben-niedersachsen-mitte"],
    targetGroups: ["jugendliche", "schuelerinnen-und-schueler"],
    topics: ["uebergang-schule-beruf", "ausbildung", "berufsorientierung"],
    startsOn: null,
    endsOn: null,
    section: BILANZ,
    organisationsProvenance: "illustrative",
    organisationsNote: ILLUSTRATIVE_PROVIDERS,
  },
  {
    slug: "spielwelten",
    title: "SpielWelten",
    description:
      "Stadtteilorientiertes Projekt: Umgestaltung des Spielplatzes „Davenstedterstr./Beethovenstr.“ zu einem interkulturellen Lern- und Begegnungsort – einem Lernort der Zukunft. Neben den ALBuM-Partnern sind Kinder, Jugendliche sowie Nachbarinnen und Nachbarn vieler verschiedener Kulturen an der Umsetzung beteiligt.",
    organisations: ["kargah", "arbeit-und-leben-niedersachsen-mitte"],
    targetGroups: ["jugendliche", "eltern"],
    topics: ["quartiersarbeit", "interkultureller-dialog", "elternarbeit"],
    startsOn: null,
    endsOn: null,
    section: BILANZ,
    organisationsProvenance: "illustrative",
    organisationsNote: ILLUSTRATIVE_PROVIDERS,
  },
];

// ---------------------------------------------------------------------------------------------
// Exchanges (all illustrative: the report names the series, never a date). "Now" is 2026-11-26;
// some lie before, most after. Times carry Hannover's offset (CET +01:00, CEST +02:00).
// ---------------------------------------------------------------------------------------------

const VHS_LOCATION = "Ada-und-Theodor-Lessing-Volkshochschule Hannover, Burgstraße 14, 30159 Hannover";

const exchanges: ExchangeInput[] = [
  {
    series: "REFLECTION_MEETING",
    title: "Jährliches Reflexionstreffen der ALBuM-Projektmitarbeiterinnen und -mitarbeiter 2025",
    description:
      "Jährliches Reflexionstreffen aller Projektmitarbeiterinnen und -mitarbeiter: Austausch zu Entwicklungen und Erfahrungen, um die laufenden Projekte weiterzuentwickeln.",
    startsAt: "2025-11-27T09:30:00+01:00",
    endsAt: "2025-11-27T16:00:00+01:00",
    location: "kargah e.V., Zur Bettfedernfabrik 1, 30451 Hannover",
    capacity: 40,
    visibility: "MEMBERS_ONLY",
    topics: ["interkulturelle-oeffnung", "berufsbezogene-deutschfoerderung", "uebergang-schule-beruf"],
    provenance: "illustrative",
  },
  {
    series: "ALBUM_BLICKWECHSEL",
    title: "ALBuM-Blickwechsel: Anerkennung ausländischer Abschlüsse – was hat sich bewegt?",
    description:
      "Fachveranstaltung der Reihe „ALBuM-Blickwechsel“: Informationen und Diskussion zur Anerkennung ausländischer Berufs- und Schulabschlüsse in Hannover.",
    startsAt: "2026-03-18T17:00:00+01:00",
    endsAt: "2026-03-18T19:30:00+01:00",
    location: VHS_LOCATION,
    capacity: 80,
    visibility: "PUBLIC",
    topics: ["anerkennung-auslaendischer-abschluesse", "beratung", "arbeitsmarktintegration"],
    provenance: "illustrative",
  },
  {
    series: "HADI_MEETING",
    title: "HaDi-Treffen: Vielfalt in der Ausbildung",
    description:
      "Treffen des Hannoverschen Diversity Netzwerks (HaDi): Unternehmen tauschen sich über Diversity Management in der Ausbildung und gezielte Personalpolitik im Sinne von Chancengerechtigkeit aus.",
    startsAt: "2026-06-10T16:00:00+02:00",
    endsAt: "2026-06-10T18:30:00+02:00",
    location: "Industrie- und Handelskammer Hannover, Schiffgraben 49, 30175 Hannover",
    capacity: 30,
    visibility: "MEMBERS_ONLY",
    topics: ["diversity-management", "ausbildung"],
    provenance: "illustrative",
  },
  {
    series: "ALBUM_BLICKWECHSEL",
    title: "ALBuM-Blickwechsel: Lernorte im Quartier – Vielfalt in Linden-Limmer",
    description:
      "Fachveranstaltung der Reihe „ALBuM-Blickwechsel“ über stadtteilorientierte Projekte, die die lebendige Vielfalt im Quartier aufgreifen.",
    startsAt: "2026-09-23T17:00:00+02:00",
    endsAt: "2026-09-23T19:30:00+02:00",
    location: "kargah e.V., Zur Bettfedernfabrik 1, 30451 Hannover",
    capacity: 60,
    visibility: "PUBLIC",
    topics: ["quartiersarbeit", "interkultureller-dialog", "elternarbeit"],
    provenance: "illustrative",
  },
  {
    series: "REFLECTION_MEETING",
    title: "Jährliches Reflexionstreffen der ALBuM-Projektmitarbeiterinnen und -mitarbeiter 2026",
    description:
      "Jährliches Reflexionstreffen aller Projektmitarbeiterinnen und -mitarbeiter: Rückblick auf das Projektjahr, Austausch über Erfahrungen und Weiterentwicklung der Angebote.",
    startsAt: "2026-12-03T09:30:00+01:00",
    endsAt: "2026-12-03T16:00:00+01:00",
    location: VHS_LOCATION,
    capacity: 40,
    visibility: "MEMBERS_ONLY",
    topics: ["interkulturelle-oeffnung", "qualifizierung", "empowerment-migrantenorganisationen"],
    provenance: "illustrative",
  },
  {
    series: "HADI_MEETING",
    title: "HaDi-Treffen: Berufsbegleitende Deutschförderung für Pflegefachkräfte und Ärztinnen und Ärzte",
    description:
      "Treffen des Hannoverschen Diversity Netzwerks (HaDi) zu Erfahrungen mit berufsbegleitender Deutschförderung für internationale Fachkräfte.",
    startsAt: "2027-01-20T16:00:00+01:00",
    endsAt: "2027-01-20T18:30:00+01:00",
    location: "Medizinische Hochschule Hannover, Carl-Neuberg-Straße 1, 30625 Hannover",
    capacity: 12, // deliberately small: shows the waitlist
    visibility: "MEMBERS_ONLY",
    topics: ["berufsbezogene-deutschfoerderung", "diversity-management"],
    provenance: "illustrative",
  },
  {
    series: "ALBUM_BLICKWECHSEL",
    title: "ALBuM-Blickwechsel: Junge Menschen zwischen Schule und Beruf",
    description:
      "Fachveranstaltung der Reihe „ALBuM-Blickwechsel“ zum Übergang von der Schule in Ausbildung und Beruf, besonders für Jugendliche mit Migrationshintergrund.",
    startsAt: "2027-02-24T17:00:00+01:00",
    endsAt: "2027-02-24T19:30:00+01:00",
    location: "Neues Rathaus, Trammplatz 2, 30159 Hannover",
    capacity: 120,
    visibility: "PUBLIC",
    topics: ["uebergang-schule-beruf", "berufsorientierung", "ausbildung"],
    provenance: "illustrative",
  },
  {
    series: "WORKSHOP",
    title: "Workshop: Partner-Tandems für neue Ausschreibungen",
    description:
      "Arbeitstreffen der ALBuM-Partner: Migrantenorganisationen und Bildungseinrichtungen finden Tandem-Partner für anstehende Förderaufrufe.",
    startsAt: "2027-03-10T10:00:00+01:00",
    endsAt: "2027-03-10T15:00:00+01:00",
    location: VHS_LOCATION,
    capacity: 25,
    visibility: "MEMBERS_ONLY",
    topics: ["empowerment-migrantenorganisationen", "qualifizierung"],
    provenance: "illustrative",
  },
  {
    series: "HADI_MEETING",
    title: "HaDi-Treffen: Diversity Management im Unternehmen",
    description:
      "Plattform für den Austausch von Unternehmen aus dem Wirtschaftsraum Hannover zu Diversity Management: Praxisbeispiele und Anregungen.",
    startsAt: "2027-05-19T16:00:00+02:00",
    endsAt: "2027-05-19T18:30:00+02:00",
    location: "TUI, Karl-Wiechert-Allee 4, 30625 Hannover",
    capacity: 30,
    visibility: "MEMBERS_ONLY",
    topics: ["diversity-management", "organisations-und-personalentwicklung"],
    provenance: "illustrative",
  },
  {
    series: "ALBUM_BLICKWECHSEL",
    title: "ALBuM-Blickwechsel: Migrantenorganisationen als Brücke zur Integration",
    description:
      "Fachveranstaltung der Reihe „ALBuM-Blickwechsel“ über die Rolle von Migrantenselbstorganisationen als Brücke zur Integration und ihr Engagement in der Stadtgesellschaft.",
    startsAt: "2027-06-16T17:00:00+02:00",
    endsAt: "2027-06-16T19:30:00+02:00",
    location: "Kulturzentrum Pavillon, Lister Meile 4, 30161 Hannover",
    capacity: 100,
    visibility: "PUBLIC",
    topics: ["empowerment-migrantenorganisationen", "ehrenamt-engagement", "interkultureller-dialog"],
    provenance: "illustrative",
  },
];

// ---------------------------------------------------------------------------------------------
// The seed
// ---------------------------------------------------------------------------------------------

/** How and where the report states its headline figures (section 2 and 5). */
const figureSources: SeedFigureSources = {
  fundingAcquiredEuros: {
    unit: "EURO",
    qualifier: "ALMOST",
    fromYear: 2005,
    toYear: 2015,
    section: BILANZ_SECTION,
    note: "„Seit Beginn des ersten Förderprojektes 2005 … insgesamt knapp 10 Mio. Euro an EU- und Bundesmitteln … akquiriert“",
  },
  peopleReached: {
    unit: "PEOPLE",
    qualifier: "OVER",
    fromYear: 2005,
    toYear: 2015,
    section: BILANZ_SECTION,
    note: "„… Beratungs- und Bildungsangebote …, die über 8.700 Menschen erreicht haben“",
  },
  peopleWithMigrationBackground: {
    unit: "PEOPLE",
    qualifier: "ABOUT",
    fromYear: 2005,
    toYear: 2015,
    section: BILANZ_SECTION,
    note: "„Durch die Angebote sind ca. 6.000 Menschen mit Migrationshintergrund erreicht worden.“",
  },
  peopleTrainedInterculturally: {
    unit: "PEOPLE",
    qualifier: "ABOUT",
    fromYear: 2005,
    toYear: 2015,
    section: BILANZ_SECTION,
    note: "„… durch interkulturelle Trainings u. ä. ca. 500 Menschen sensibilisiert und qualifiziert“",
  },
  companiesSupported: {
    unit: "ORGANISATIONS",
    qualifier: "ABOUT",
    fromYear: 2005,
    toYear: 2015,
    section: BILANZ_SECTION,
    note: "„Insgesamt sind etwa 200 Unternehmen und Arbeitgeber unterstützt und begleitet worden“",
  },
  pupilsInCareerOrientation: {
    unit: "PEOPLE",
    qualifier: "ABOUT",
    fromYear: 2005,
    toYear: 2015,
    section: BILANZ_SECTION,
    note: "„… wurden ca. 2.500 Personen mit Angeboten zur beruflichen Orientierung … unterstützt“",
  },
  projectsInitiated: {
    unit: "PROJECTS",
    qualifier: null,
    fromYear: 2005,
    toYear: 2015,
    section: PROJEKTANSAETZE,
    note: "„In den letzten zehn Jahren wurden aus dem Netzwerk heraus sieben in der Regel mehrjährige Projekte initiiert und durchgeführt.“",
  },
};

export const albumSeed: SeedData = {
  taxonomies: albumTaxonomies,
  organisations,
  relations: relations.map((r) => (r.provenance === "document" ? { ...r, section: relationSection(r) } : r)),
  programmes,
  projects,
  offers,
  figureSources,
  exchanges,
  figures: {
    // "knapp 10 Mio. Euro an EU- und Bundesmitteln" (almost 10 million; stored rounded).
    fundingAcquiredEuros: 10_000_000,
    peopleReached: 8_700, // "über 8.700 Menschen"
    peopleWithMigrationBackground: 6_000, // "ca. 6.000 Menschen mit Migrationshintergrund"
    peopleTrainedInterculturally: 500, // "durch interkulturelle Trainings u. ä. ca. 500 Menschen"
    companiesSupported: 200, // "etwa 200 Unternehmen und Arbeitgeber"
    pupilsInCareerOrientation: 2_500, // "ca. 2.500 Personen" (berufliche Orientierung an Schulen)
    projectsInitiated: 7, // "sieben in der Regel mehrjährige Projekte"
  },
};
