/** Funding applications: pipeline, application page, dashboard, exports (issue 5). German first; the English object must keep the same keys. */
export const applicationsDe = {
  title: "Förderanträge",
};

export const applicationsEn: typeof applicationsDe = {
  title: "Funding applications",
};
