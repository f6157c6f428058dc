import { EMAIL_CHANGE_VALID_HOURS, INVITATION_VALID_DAYS, PASSWORD_RESET_VALID_HOURS } from "@album/shared";
import { registerMailTemplate } from "../../mail/templates";

/** Security mails: always sent, whatever the user's notification preferences. */
export const AccountMail = {
  INVITATION: "ACCOUNT_INVITATION",
  PASSWORD_RESET: "ACCOUNT_PASSWORD_RESET",
  /** To the new address: the link that confirms it. */
  EMAIL_CHANGE_CONFIRM: "ACCOUNT_EMAIL_CHANGE_CONFIRM",
  /** To the old address: a notice, so that a change nobody asked for does not go unseen. */
  EMAIL_CHANGE_NOTICE: "ACCOUNT_EMAIL_CHANGE_NOTICE",
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

registerMailTemplate(AccountMail.EMAIL_CHANGE_CONFIRM, (p, locale) =>
  locale === "de"
    ? {
        subject: "Neue E-Mail-Adresse bestätigen",
        paragraphs: [
          "Für Ihr Konto auf der ALBuM-Netzwerkplattform soll künftig diese Adresse gelten. Bestätigen Sie das mit dem Link; danach melden Sie sich mit dieser Adresse an.",
          `Der Link gilt ${EMAIL_CHANGE_VALID_HOURS} Stunden und nur einmal. Wenn Sie das nicht angefordert haben, ignorieren Sie diese Nachricht.`,
        ],
        link: `/email-bestaetigen?token=${p.token}`,
        linkLabel: "Adresse bestätigen",
      }
    : {
        subject: "Confirm your new e-mail address",
        paragraphs: [
          "Your account on the ALBuM network platform is to use this address from now on. Confirm it with the link; afterwards you sign in with this address.",
          `The link is valid for ${EMAIL_CHANGE_VALID_HOURS} hours and once only. If you did not ask for this, ignore this message.`,
        ],
        link: `/email-bestaetigen?token=${p.token}`,
        linkLabel: "Confirm the address",
      },
);

registerMailTemplate(AccountMail.EMAIL_CHANGE_NOTICE, (p, locale) =>
  locale === "de"
    ? {
        subject: "Änderung Ihrer E-Mail-Adresse angefordert",
        paragraphs: [
          `Für Ihr Konto wurde ein Wechsel zur Adresse ${p.newEmail} angefordert. Er gilt erst, wenn er von dort bestätigt wird; bis dahin bleibt diese Adresse gültig.`,
          "Wenn Sie das nicht waren, ändern Sie Ihr Passwort und wenden Sie sich an die Koordinierungsstelle.",
        ],
      }
    : {
        subject: "A change of your e-mail address was requested",
        paragraphs: [
          `A move of your account to the address ${p.newEmail} was requested. It takes effect only once confirmed from there; until then this address stays valid.`,
          "If this was not you, change your password and contact the coordination office.",
        ],
      },
);
