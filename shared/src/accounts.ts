/** Password rules for setting a password (invitation, reset); the client's forms use the same. */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 1024;
export const EMAIL_MAX_LENGTH = 320;
export const DISPLAY_NAME_MAX_LENGTH = 200;
/** An invitation link is valid this many days, a password-reset link this many hours. */
export const INVITATION_VALID_DAYS = 7;
export const PASSWORD_RESET_VALID_HOURS = 1;
/** A link confirming a new e-mail address is valid this many hours. */
export const EMAIL_CHANGE_VALID_HOURS = 24;
