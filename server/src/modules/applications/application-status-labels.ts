import type { Locale } from "../../graphql/context";
import { ApplicationStatus } from "./application-status.enums";
import { registerStatusLabels } from "../notifications/notification-texts";

const LABELS: Record<Locale, Record<ApplicationStatus, string>> = {
  de: {
    [ApplicationStatus.DRAFT]: "Entwurf",
    [ApplicationStatus.IN_PREPARATION]: "In Vorbereitung",
    [ApplicationStatus.SUBMITTED]: "Eingereicht",
    [ApplicationStatus.REVISION_REQUESTED]: "Nachbesserung angefordert",
    [ApplicationStatus.APPROVED]: "Bewilligt",
    [ApplicationStatus.REJECTED]: "Abgelehnt",
    [ApplicationStatus.RUNNING]: "Laufend",
    [ApplicationStatus.COMPLETED]: "Abgeschlossen",
    [ApplicationStatus.WITHDRAWN]: "Zurückgezogen",
  },
  en: {
    [ApplicationStatus.DRAFT]: "Draft",
    [ApplicationStatus.IN_PREPARATION]: "In preparation",
    [ApplicationStatus.SUBMITTED]: "Submitted",
    [ApplicationStatus.REVISION_REQUESTED]: "Revision requested",
    [ApplicationStatus.APPROVED]: "Approved",
    [ApplicationStatus.REJECTED]: "Rejected",
    [ApplicationStatus.RUNNING]: "Running",
    [ApplicationStatus.COMPLETED]: "Completed",
    [ApplicationStatus.WITHDRAWN]: "Withdrawn",
  },
};

/** The status as users read it (notifications, exports); unknown keys are shown as they are. */
export function statusLabel(status: string, locale: Locale): string {
  return (LABELS[locale] as Record<string, string>)[status] ?? status;
}

registerStatusLabels(statusLabel);
