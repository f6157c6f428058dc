/** Projects and offers on profiles and the project page. German first; English keeps the keys. */
export const projectsDe = {
  offersTitle: "Angebote",
  offersIntro:
    "Kurse, Coachings, Werkstätten und Orte, die der Bericht nennt – keine geförderten Projekte, ohne Beträge.",
  noOffers: "Keine Angebote erfasst.",
  offeredBy: "Angeboten von: {organisations}",
  approvedJoint: "Projekt bewilligt (Verbund)",
  approvedJointNote: "Betrag des ganzen Projekts, nicht dieser Organisation",
  roleHere: "Rolle in diesem Projekt",
  statusAsOf: "Stand {asOf} laut Bericht",
  participationIllustrative: "Beteiligung",
  roles: {
    LEAD: "Federführung",
    MIGRANT_ORGANISATION: "Migrantenorganisation im Tandem",
    EDUCATIONAL_INSTITUTION: "Bildungseinrichtung im Tandem",
    PARTNER: "Kooperationspartner",
  },
  subProjects: "Teilprojekte und Angebotsformen",
  reportFacts: "Fakten und Zahlen aus dem Bericht",
  partners: "Beteiligte Organisationen und ihre Rollen",
  source: "Quelle: Bericht {asOf}, {section}",
};

export const projectsEn: typeof projectsDe = {
  offersTitle: "Offers",
  offersIntro: "Courses, coaching, workshops and places the report names – not funded projects, no amounts.",
  noOffers: "No offers recorded.",
  offeredBy: "Offered by: {organisations}",
  approvedJoint: "Project approved (joint project)",
  approvedJointNote: "Amount of the whole project, not of this organisation",
  roleHere: "Role in this project",
  statusAsOf: "As of {asOf} according to the report",
  participationIllustrative: "Participation",
  roles: {
    LEAD: "Lead",
    MIGRANT_ORGANISATION: "Migrant organisation in the tandem",
    EDUCATIONAL_INSTITUTION: "Educational institution in the tandem",
    PARTNER: "Cooperation partner",
  },
  subProjects: "Sub-projects and course types",
  reportFacts: "Facts and figures from the report",
  partners: "Organisations taking part and their roles",
  source: "Source: report {asOf}, {section}",
};
