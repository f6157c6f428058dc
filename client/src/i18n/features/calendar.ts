/** The private calendar link (deadline feed): on the applications board and under "Meine Austausche". */
export const calendarDe = {
  title: "Fristen und Termine im eigenen Kalender",
  intro:
    "Abonnieren Sie diesen privaten Link in Ihrem Kalenderprogramm (z. B. Outlook, Thunderbird oder Google Kalender). Er enthält die Fristen der Ausschreibungen, die Austausch-Termine, zu denen Ihre Organisation angemeldet ist, und bei Partnern die Meilensteine ihrer Anträge; er bleibt von selbst aktuell.",
  secret:
    "Geben Sie den Link nicht weiter: Wer ihn kennt, sieht diese Fristen ohne Anmeldung. Wurde er doch weitergegeben, erneuern Sie ihn.",
  label: "Privater Kalender-Link",
  copy: "Link kopieren",
  copied: "Der Link wurde in die Zwischenablage kopiert.",
  copyFailed: "Kopieren war nicht möglich. Bitte markieren Sie den Link im Feld und kopieren Sie ihn selbst.",
  renew: "Link erneuern",
  renewQuestion:
    "Link wirklich erneuern? Der bisherige Link funktioniert danach nicht mehr; Kalender, die ihn abonniert haben, brauchen den neuen Link.",
  renewConfirm: "Ja, neuen Link erzeugen",
  renewCancel: "Abbrechen",
  renewing: "Wird erneuert …",
  renewed: "Ein neuer Link wurde erzeugt. Der alte funktioniert nicht mehr.",
  renewFailed: "Der Link konnte nicht erneuert werden. Bitte versuchen Sie es später erneut.",
  unavailable: "Der Kalender-Link ist gerade nicht verfügbar.",
};

export const calendarEn: typeof calendarDe = {
  title: "Deadlines and dates in your own calendar",
  intro:
    "Subscribe to this private link in your calendar program (e.g. Outlook, Thunderbird or Google Calendar). It holds the calls' deadlines, the exchanges your organisation has joined and, for partners, their applications' milestones; it stays up to date by itself.",
  secret:
    "Do not share the link: whoever knows it sees these deadlines without signing in. If it was shared, renew it.",
  label: "Private calendar link",
  copy: "Copy link",
  copied: "The link has been copied to the clipboard.",
  copyFailed: "Copying was not possible. Please select the link in the field and copy it yourself.",
  renew: "Renew link",
  renewQuestion: "Really renew the link? The current link stops working; calendars subscribed to it need the new link.",
  renewConfirm: "Yes, create a new link",
  renewCancel: "Cancel",
  renewing: "Renewing …",
  renewed: "A new link has been created. The old one no longer works.",
  renewFailed: "The link could not be renewed. Please try again later.",
  unavailable: "The calendar link is not available right now.",
};
