import { INVITATION_VALID_DAYS, PASSWORD_RESET_VALID_HOURS } from "@album/shared";
import { registerMailTemplate } from "../../mail/templates";

/** Security mails: always sent, whatever the user's notification preferences. */
export const AccountMail = {
  INVITATION: "ACCOUNT_INVITATION",
  PASSWORD_RESET: "ACCOUNT_PASSWORD_RESET",
} as const;

registerMailTemplate(AccountMail.INVITATION, (p, locale) =>
  locale === "de"
    ? {
        subject: `Einladung zur ALBuM-Netzwerkplattform`,
        paragraphs: [
          `${p.inviter} lädt Sie ein, für ${p.organisation} auf der ALBuM-Netzwerkplattform mitzuarbeiten.`,
          `Der Link gilt ${INVITATION_VALID_DAYS} Tage und nur einmal. Dort legen Sie Ihr Passwort fest.`,
        ],
        link: `/einladung?token=${p.token}`,
        linkLabel: "Einladung annehmen",
      }
    : {
        subject: `Invitation to the ALBuM network platform`,
        paragraphs: [
          `${p.inviter} invites you to work for ${p.organisation} on the ALBuM network platform.`,
          `The link is valid for ${INVITATION_VALID_DAYS} days and once only. There you choose your password.`,
        ],
        link: `/einladung?token=${p.token}`,
        linkLabel: "Accept the invitation",
      },
);

registerMailTemplate(AccountMail.PASSWORD_RESET, (p, locale) =>
  locale === "de"
    ? {
        subject: "Passwort zurücksetzen",
        paragraphs: [
          "Jemand hat für diese Adresse ein neues Passwort angefordert. Wenn Sie das nicht waren, ignorieren Sie diese Nachricht.",
          `Der Link gilt ${PASSWORD_RESET_VALID_HOURS} Stunde und nur einmal.`,
        ],
        link: `/passwort-neu?token=${p.token}`,
        linkLabel: "Neues Passwort festlegen",
      }
    : {
        subject: "Reset your password",
        paragraphs: [
          "Someone asked for a new password for this address. If it was not you, ignore this message.",
          `The link is valid for ${PASSWORD_RESET_VALID_HOURS} hour and once only.`,
        ],
        link: `/passwort-neu?token=${p.token}`,
        linkLabel: "Choose a new password",
      },
);
