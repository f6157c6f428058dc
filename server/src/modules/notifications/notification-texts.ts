import { REMINDER_DAYS } from "@album/shared";
import type { Locale } from "../../graphql/context";
import { registerMailTemplate } from "../../mail/templates";
import { NotificationKind } from "./notification.entity";

/**
 * Names of values owned by modules above this one (application statuses), in the reader's language.
 * The owning module registers them when it loads, so notifications import no higher module.
 */
let statusLabel: (status: string, locale: Locale) => string = (status) => status;

export function registerStatusLabels(label: (status: string, locale: Locale) => string): void {
  statusLabel = label;
}

type Template = (p: Record<string, string>) => { title: string; message: string };

const TEXTS: Record<Locale, Record<NotificationKind, Template>> = {
  de: {
    [NotificationKind.TANDEM_REQUEST_RECEIVED]: (p) => ({
      title: "Neue Tandem-Anfrage",
      message: `${p.from} möchte mit ${p.to} ein Tandem für „${p.call}“ bilden.`,
    }),
    [NotificationKind.TANDEM_REQUEST_ACCEPTED]: (p) => ({
      title: "Tandem-Anfrage angenommen",
      message: `${p.to} hat die Anfrage von ${p.from} für „${p.call}“ angenommen. Das Tandem steht.`,
    }),
    [NotificationKind.TANDEM_REQUEST_DECLINED]: (p) => ({
      title: "Tandem-Anfrage abgelehnt",
      message: `${p.to} hat die Anfrage von ${p.from} für „${p.call}“ abgelehnt.`,
    }),
    [NotificationKind.TANDEM_REQUEST_WITHDRAWN]: (p) => ({
      title: "Tandem-Anfrage zurückgezogen",
      message: `${p.from} hat die Anfrage an ${p.to} für „${p.call}“ zurückgezogen.`,
    }),
    [NotificationKind.TANDEM_REQUEST_EXPIRED]: (p) => ({
      title: "Tandem-Anfrage abgelaufen",
      message: `Die Anfrage von ${p.from} an ${p.to} für „${p.call}“ ist ohne Antwort abgelaufen.`,
    }),
    [NotificationKind.TANDEM_PROPOSED]: (p) => ({
      title: "Tandem-Vorschlag der Koordinierungsstelle",
      message: `Die Koordinierungsstelle schlägt ${p.from} und ${p.to} als Tandem für „${p.call}“ vor. Beide Seiten müssen zustimmen.`,
    }),
    [NotificationKind.TANDEM_PROPOSAL_HALF_ACCEPTED]: (p) => ({
      title: "Tandem-Vorschlag: eine Seite hat zugestimmt",
      message: `${p.accepted} hat dem Tandem mit ${p.other} für „${p.call}“ zugestimmt. Es fehlt noch die Antwort von ${p.other}.`,
    }),
    [NotificationKind.TANDEM_REQUEST_CLOSED]: (p) => ({
      title: "Tandem-Anfrage geschlossen",
      message: `Die Anfrage zwischen ${p.from} und ${p.to} für „${p.call}“ wurde geschlossen: ${p.full} hat die höchste Zahl an Tandems für diese Ausschreibung erreicht.`,
    }),
    [NotificationKind.WAITLIST_PROMOTED]: (p) => ({
      title: "Platz frei geworden",
      message: `${p.organisation} ist jetzt für „${p.exchange}“ angemeldet.`,
    }),
    [NotificationKind.DEADLINE_SOON]: (p) => ({
      title: `Frist in ${REMINDER_DAYS} Tagen`,
      message: `„${p.title}“ endet am ${p.date}.`,
    }),
    [NotificationKind.APPLICATION_STATUS_CHANGED]: (p) => ({
      title: `Antrag: ${statusLabel(p.to ?? "", "de")}`,
      message: `„${p.title}“ ist jetzt ${statusLabel(p.to ?? "", "de")}.${p.comment ? ` Kommentar: ${p.comment}` : ""}`,
    }),
  },
  en: {
    [NotificationKind.TANDEM_REQUEST_RECEIVED]: (p) => ({
      title: "New tandem request",
      message: `${p.from} would like to form a tandem with ${p.to} for "${p.call}".`,
    }),
    [NotificationKind.TANDEM_REQUEST_ACCEPTED]: (p) => ({
      title: "Tandem request accepted",
      message: `${p.to} accepted the request of ${p.from} for "${p.call}". The tandem stands.`,
    }),
    [NotificationKind.TANDEM_REQUEST_DECLINED]: (p) => ({
      title: "Tandem request declined",
      message: `${p.to} declined the request of ${p.from} for "${p.call}".`,
    }),
    [NotificationKind.TANDEM_REQUEST_WITHDRAWN]: (p) => ({
      title: "Tandem request withdrawn",
      message: `${p.from} withdrew the request to ${p.to} for "${p.call}".`,
    }),
    [NotificationKind.TANDEM_REQUEST_EXPIRED]: (p) => ({
      title: "Tandem request expired",
      message: `The request of ${p.from} to ${p.to} for "${p.call}" expired without an answer.`,
    }),
    [NotificationKind.TANDEM_PROPOSED]: (p) => ({
      title: "Tandem proposal from the coordination office",
      message: `The coordination office proposes ${p.from} and ${p.to} as a tandem for "${p.call}". Both sides must agree.`,
    }),
    [NotificationKind.TANDEM_PROPOSAL_HALF_ACCEPTED]: (p) => ({
      title: "Tandem proposal: one side agreed",
      message: `${p.accepted} agreed to the tandem with ${p.other} for "${p.call}". The answer of ${p.other} is still missing.`,
    }),
    [NotificationKind.TANDEM_REQUEST_CLOSED]: (p) => ({
      title: "Tandem request closed",
      message: `The request between ${p.from} and ${p.to} for "${p.call}" was closed: ${p.full} reached the call's number of tandems.`,
    }),
    [NotificationKind.WAITLIST_PROMOTED]: (p) => ({
      title: "A seat became free",
      message: `${p.organisation} is now registered for "${p.exchange}".`,
    }),
    [NotificationKind.DEADLINE_SOON]: (p) => ({
      title: `Deadline in ${REMINDER_DAYS} days`,
      message: `"${p.title}" ends on ${p.date}.`,
    }),
    [NotificationKind.APPLICATION_STATUS_CHANGED]: (p) => ({
      title: `Application: ${statusLabel(p.to ?? "", "en")}`,
      message: `"${p.title}" is now ${statusLabel(p.to ?? "", "en").toLowerCase()}.${p.comment ? ` Comment: ${p.comment}` : ""}`,
    }),
  },
};

export function notificationText(
  kind: NotificationKind,
  payload: Record<string, string>,
  locale: Locale,
): { title: string; message: string } {
  return TEXTS[locale][kind](payload);
}

/**
 * Every notification kind is also a mail, in the recipient's language: subject and text are the
 * notification's own, the button opens `payload.link`. A new kind needs only its entries in TEXTS.
 */
for (const kind of Object.values(NotificationKind)) {
  registerMailTemplate(kind, (payload, locale) => {
    const { title, message } = notificationText(kind, payload, locale);
    return { subject: title, paragraphs: [message], link: payload.link ?? "/benachrichtigungen" };
  });
}
