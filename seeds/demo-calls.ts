import type { EntityManager } from "typeorm";
import { CallForProposals, CallStatus } from "../server/src/modules/calls/call.entity";
import { FundingProgramme } from "../server/src/modules/funding/programme.entity";
import { MembershipKind } from "../server/src/modules/network/network.enums";

const DAY = 24 * 60 * 60 * 1000;

/**
 * Illustrative calls for proposals (the report names programmes, not calls): one open, one closed,
 * one draft. Deadlines are relative to the seeding day so the open call stays open in a demo.
 */
export function demoCalls(now: Date, programmeIdByKey: Map<string, string>): Partial<CallForProposals>[] {
  const iso = (date: Date) => date.toISOString().slice(0, 10);
  return [
    {
      title: "Sprache und Beruf im Quartier 2027",
      description:
        "Illustrativer Förderaufruf: Tandems aus Migrantenorganisation und Bildungseinrichtung entwickeln berufsbezogene Deutschförderung und Beratung für Arbeitsuchende und Geflüchtete in Hannover.",
      programmeId: programmeIdByKey.get("esf-foerderperiode-2014-2020") ?? null,
      publishedOn: iso(new Date(now.getTime() - 10 * DAY)),
      deadline: new Date(now.getTime() + 120 * DAY),
      fundingStartsOn: iso(new Date(now.getTime() + 200 * DAY)),
      fundingEndsOn: iso(new Date(now.getTime() + 930 * DAY)),
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
      programmeId: null,
      publishedOn: iso(new Date(now.getTime() - 200 * DAY)),
      deadline: new Date(now.getTime() - 90 * DAY),
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
      programmeId: null,
      deadline: new Date(now.getTime() + 240 * DAY),
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
}

export async function loadDemoCalls(db: EntityManager, now: Date = new Date()): Promise<void> {
  const programmes = await db.getRepository(FundingProgramme).find();
  const programmeIdByKey = new Map(programmes.map((p) => [p.key, p.id]));
  for (const call of demoCalls(now, programmeIdByKey)) {
    await db.getRepository(CallForProposals).save(db.create(CallForProposals, call));
  }
}
