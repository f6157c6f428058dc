import type { Locale } from "../../graphql/context";
import type { PairFacts, ScoredPair } from "./engine/types";

export type TaxonomyLabeller = (taxonomy: "topics" | "targetGroups" | "districts" | "languages", key: string) => string;

const list = (items: string[], locale: Locale) =>
  new Intl.ListFormat(locale === "de" ? "de-DE" : "en-GB", { style: "long", type: "conjunction" }).format(items);

/**
 * Readable reasons for a suggestion, in German or English, built only from the pair's facts so
 * that the text says exactly what the score counted (the office's neutrality rests on that).
 */
export function reasonsFor(
  pair: ScoredPair,
  names: { migrantOrganisation: string; educationalInstitution: string },
  label: TaxonomyLabeller,
  locale: Locale,
): string[] {
  const facts: PairFacts = pair.facts;
  const de = locale === "de";
  const topics = (keys: string[]) =>
    list(
      keys.map((k) => label("topics", k)),
      locale,
    );
  const reasons: string[] = [];
  if (facts.callTopicCount > 0) {
    const covered = facts.coveredTopics.length;
    reasons.push(
      de
        ? `Deckt ${covered} von ${facts.callTopicCount} Handlungsfeldern ab${covered ? `: ${topics(facts.coveredTopics)}` : ""}${facts.missingTopics.length ? ` (fehlt: ${topics(facts.missingTopics)})` : ""}`
        : `Covers ${covered} of ${facts.callTopicCount} topics${covered ? `: ${topics(facts.coveredTopics)}` : ""}${facts.missingTopics.length ? ` (missing: ${topics(facts.missingTopics)})` : ""}`,
    );
  }
  const onlyMigrant = facts.topicsBySide.migrantOrganisation.filter(
    (k) => !facts.topicsBySide.educationalInstitution.includes(k),
  );
  const onlyInstitution = facts.topicsBySide.educationalInstitution.filter(
    (k) => !facts.topicsBySide.migrantOrganisation.includes(k),
  );
  if (onlyMigrant.length && onlyInstitution.length) {
    reasons.push(
      de
        ? `Ergänzen sich: ${names.migrantOrganisation} bringt ${topics(onlyMigrant)}, ${names.educationalInstitution} bringt ${topics(onlyInstitution)}`
        : `Complement each other: ${names.migrantOrganisation} brings ${topics(onlyMigrant)}, ${names.educationalInstitution} brings ${topics(onlyInstitution)}`,
    );
  }
  for (const meeting of facts.offersMeetingNeeds.slice(0, 3)) {
    const from = meeting.from === pair.migrantOrganisationId ? names.migrantOrganisation : names.educationalInstitution;
    const to = meeting.to === pair.migrantOrganisationId ? names.migrantOrganisation : names.educationalInstitution;
    reasons.push(
      de
        ? `${from} bietet ${label("topics", meeting.topic)}, was ${to} sucht`
        : `${from} offers ${label("topics", meeting.topic)}, which ${to} is looking for`,
    );
  }
  if (facts.callTargetGroupCount > 0) {
    const reached = facts.targetGroupsReached.map((k) => label("targetGroups", k));
    reasons.push(
      de
        ? `Erreicht ${reached.length} von ${facts.callTargetGroupCount} Zielgruppen${reached.length ? `: ${list(reached, locale)}` : ""}`
        : `Reaches ${reached.length} of ${facts.callTargetGroupCount} target groups${reached.length ? `: ${list(reached, locale)}` : ""}`,
    );
  }
  if (facts.callLanguageCount > 0) {
    const spoken = facts.languagesCovered.map((k) => label("languages", k));
    reasons.push(
      de
        ? `Spricht ${spoken.length} von ${facts.callLanguageCount} gewünschten Sprachen${spoken.length ? `: ${list(spoken, locale)}` : ""}`
        : `Speaks ${spoken.length} of ${facts.callLanguageCount} requested languages${spoken.length ? `: ${list(spoken, locale)}` : ""}`,
    );
  }
  if (facts.callDistrictCount > 0) {
    const served = facts.districtsCovered.map((k) => label("districts", k));
    reasons.push(
      de
        ? `Vor Ort in ${served.length} von ${facts.callDistrictCount} Stadtbezirken${served.length ? `: ${list(served, locale)}` : ""}`
        : `Present in ${served.length} of ${facts.callDistrictCount} districts${served.length ? `: ${list(served, locale)}` : ""}`,
    );
  }
  reasons.push(
    facts.jointProjects > 0
      ? de
        ? `Bereits ${facts.jointProjects} gemeinsame${facts.jointProjects === 1 ? "s Projekt" : " Projekte"}`
        : `Already ${facts.jointProjects} joint project${facts.jointProjects === 1 ? "" : "s"}`
      : de
        ? "Neues Tandem: noch kein gemeinsames Projekt"
        : "New tandem: no joint project yet",
  );
  const free = facts.freeCapacity;
  reasons.push(
    de
      ? `Freie Kapazität: ${names.migrantOrganisation} ${Math.max(0, free.migrantOrganisation)}, ${names.educationalInstitution} ${Math.max(0, free.educationalInstitution)}`
      : `Free capacity: ${names.migrantOrganisation} ${Math.max(0, free.migrantOrganisation)}, ${names.educationalInstitution} ${Math.max(0, free.educationalInstitution)}`,
  );
  if (pair.breakdown.some((item) => item.criterion === "fairness")) {
    const value = pair.breakdown.find((item) => item.criterion === "fairness")?.value ?? 0;
    reasons.push(
      de
        ? `Fairness: ${Math.round(value * 100)} % – je weniger Förderung in den letzten Jahren, desto höher`
        : `Fairness: ${Math.round(value * 100)} % – the less funding in recent years, the higher`,
    );
  }
  return reasons;
}
