import type { EntityManager } from "typeorm";
import { CallForProposals, CallStatus } from "../server/src/modules/calls/call.entity";
import { FundingProgramme } from "../server/src/modules/funding/programme.entity";
import { Organisation } from "../server/src/modules/network/organisation.entity";
import { MembershipKind } from "../server/src/modules/network/network.enums";
import type { StoredSource } from "../server/src/modules/network/provenance";

const DAY = 24 * 60 * 60 * 1000;

/**
 * The current programme period the demo calls belong to. The report (2015) describes the period
 * 2014–2020 and names no later one, so this programme is illustrative, like the calls.
 */
export const demoProgramme = {
  key: "esf-plus-2021-2027",
  name: "ESF Plus 2021–2027",
  funderSlug: "europaeischer-sozialfonds",
  description:
    "Illustrativ: aktuelle Förderperiode des Europäischen Sozialfonds Plus, angelegt für die Demo-Förderaufrufe. Der Bericht von 2015 nennt sie nicht.",
  startsOn: "2021-01-01",
  endsOn: "2027-12-31",
  provenance: {
    kind: "ILLUSTRATIVE",
    note: "Der Bericht (Stand 2015) nennt nur die Förderperiode 2014–2020; diese Förderperiode ist für die Demo-Aufrufe angelegt.",
  } satisfies StoredSource,
};

const callSource: StoredSource = {
  kind: "ILLUSTRATIVE",
  note: "Demo-Aufruf: Der Bericht (Stand 2015) nennt Förderprogramme, aber keine Förderaufrufe.",
};

/** A day inside the programme's period (so a demo seeded late in the period stays consistent). */
function clampDay(day: string, period: { startsOn: string; endsOn: string }): string {
  return day < period.startsOn ? period.startsOn : day > period.endsOn ? period.endsOn : day;
}

/**
 * Illustrative calls for proposals (the report names programmes, not calls): one open, one closed,
 * one draft, all in the current programme period. Deadlines are relative to the seeding day so the
 * open call stays open in a demo; every date is kept inside the programme's period
 * (tests/server/seed-integrity.test.ts checks it).
 */
export function demoCalls(now: Date, programmeId: string | null): Partial<CallForProposals>[] {
  const day = (date: Date) => clampDay(date.toISOString().slice(0, 10), demoProgramme);
  const instant = (date: Date) => new Date(`${day(date)}T${date.toISOString().slice(11)}`);
  const calls: Partial<CallForProposals>[] = [
    {
      title: "Sprache und Beruf im Quartier 2027",
      description:
        "Illustrativer Förderaufruf: Tandems aus Migrantenorganisation und Bildungseinrichtung entwickeln berufsbezogene Deutschförderung und Beratung für Arbeitsuchende und Geflüchtete in Hannover.",
      publishedOn: day(new Date(now.getTime() - 10 * DAY)),
      deadline: instant(new Date(now.getTime() + 120 * DAY)),
      fundingStartsOn: day(new Date(now.getTime() + 200 * DAY)),
      fundingEndsOn: day(new Date(now.getTime() + 930 * DAY)),
      budgetMin: 50_000,
      budgetMax: 300_000,
      topicWeights: [
        { key: "berufsbezogene-deutschfoerderung", weight: 3 },
        { key: "beratung", weight: 2 },
        { key: "arbeitsmarktintegration", weight: 2 },
        { key: "gefluechtete", weight: 1 },
      ],
      targetGroupKeys: ["arbeitsuchende", "gefluechtete-bleibeberechtigte", "frauen"],
      districtKeys: ["linden-limmer", "mitte", "vahrenwald-list"],
      languageKeys: ["ar", "fa", "tr"],
      tandemsWanted: 3,
      maxTandemsPerOrganisation: 1,
      eligibleMemberships: [MembershipKind.ALBUM_PARTNER, MembershipKind.ALBUM_CANDIDATE],
      status: CallStatus.OPEN,
    },
    {
      title: "Übergang Schule–Beruf: Eltern stärken",
      description: "Illustrativer, bereits geschlossener Aufruf zur Berufsorientierung mit Elternarbeit.",
      publishedOn: day(new Date(now.getTime() - 200 * DAY)),
      deadline: instant(new Date(now.getTime() - 90 * DAY)),
      budgetMin: 20_000,
      budgetMax: 80_000,
      topicWeights: [
        { key: "uebergang-schule-beruf", weight: 2 },
        { key: "elternarbeit", weight: 1 },
      ],
      targetGroupKeys: ["schuelerinnen-und-schueler", "eltern"],
      districtKeys: [],
      languageKeys: [],
      tandemsWanted: 2,
      maxTandemsPerOrganisation: 1,
      eligibleMemberships: [MembershipKind.ALBUM_PARTNER],
      status: CallStatus.CLOSED,
    },
    {
      title: "Diversity Management in KMU (Entwurf)",
      description: "Illustrativer Entwurf, noch nicht veröffentlicht.",
      deadline: instant(new Date(now.getTime() + 240 * DAY)),
      topicWeights: [{ key: "diversity-management", weight: 1 }],
      targetGroupKeys: ["unternehmen"],
      districtKeys: [],
      languageKeys: [],
      tandemsWanted: 2,
      maxTandemsPerOrganisation: 2,
      eligibleMemberships: [MembershipKind.ALBUM_PARTNER],
      status: CallStatus.DRAFT,
    },
  ];
  return calls.map((call) => ({ ...call, programmeId, provenance: callSource }));
}

export async function loadDemoCalls(db: EntityManager, now: Date = new Date()): Promise<void> {
  const funder = await db.getRepository(Organisation).findOneBy({ slug: demoProgramme.funderSlug });
  const programme = await db.getRepository(FundingProgramme).save(
    db.create(FundingProgramme, {
      key: demoProgramme.key,
      name: demoProgramme.name,
      description: demoProgramme.description,
      funderIds: funder ? [funder.id] : [],
      startsOn: demoProgramme.startsOn,
      endsOn: demoProgramme.endsOn,
      provenance: demoProgramme.provenance,
    }),
  );
  for (const call of demoCalls(now, programme.id)) {
    await db.getRepository(CallForProposals).save(db.create(CallForProposals, call));
  }
}
