/** The call form's dates, budget range and document links, and how the call page shows them. German first. */
export const callDetailsDe = {
  section: "Zeitraum, Budget und Dokumente",
  publishedOn: "Veröffentlicht am",
  publishedOnHint: "Leer lassen: Beim Öffnen der Ausschreibung wird das Datum des Tages eingetragen.",
  fundingStartsOn: "Förderbeginn",
  fundingEndsOn: "Förderende",
  budgetMin: "Fördersumme mindestens (Euro)",
  budgetMax: "Fördersumme höchstens (Euro)",
  budgetHint: "Optional, z. B. 50000 oder 50000,50",
  documents: "Dokumente (Links)",
  documentsHint: "Z. B. Förderrichtlinie oder Antragsformular: Bezeichnung und Webadresse mit https://",
  documentLabel: "Bezeichnung von Dokument {n}",
  documentUrl: "Webadresse von Dokument {n}",
  addDocument: "Dokument hinzufügen",
  removeDocument: "Entfernen",
  removeDocumentLabel: "Dokument {n} entfernen",
  pageDocuments: "Dokumente",
  validation: {
    amount: "Bitte einen Betrag in Euro ab 0 mit höchstens zwei Nachkommastellen angeben.",
    budgetOrder: "Die Höchstsumme darf nicht unter der Mindestsumme liegen.",
    periodOrder: "Das Förderende darf nicht vor dem Förderbeginn liegen.",
    dateOptional: "Bitte ein gültiges Datum angeben oder das Feld leer lassen.",
    documentLinks:
      "Jedes Dokument braucht eine Bezeichnung ({min} bis {max} Zeichen) und eine Webadresse mit http:// oder https://.",
  },
};

export const callDetailsEn: typeof callDetailsDe = {
  section: "Period, budget and documents",
  publishedOn: "Published on",
  publishedOnHint: "Leave empty: opening the call enters that day's date.",
  fundingStartsOn: "Funding starts",
  fundingEndsOn: "Funding ends",
  budgetMin: "Funding at least (euros)",
  budgetMax: "Funding at most (euros)",
  budgetHint: "Optional, e.g. 50000 or 50000.50",
  documents: "Documents (links)",
  documentsHint: "E.g. funding guideline or application form: a name and a web address with https://",
  documentLabel: "Name of document {n}",
  documentUrl: "Web address of document {n}",
  addDocument: "Add a document",
  removeDocument: "Remove",
  removeDocumentLabel: "Remove document {n}",
  pageDocuments: "Documents",
  validation: {
    amount: "Please give an amount in euros from 0 with at most two decimals.",
    budgetOrder: "The maximum must not be below the minimum.",
    periodOrder: "Funding must not end before it starts.",
    dateOptional: "Please give a valid date or leave the field empty.",
    documentLinks:
      "Every document needs a name ({min} to {max} characters) and a web address with http:// or https://.",
  },
};
