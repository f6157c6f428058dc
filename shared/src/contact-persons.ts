/** Limits of a contact person's fields, for the server's input rules and the client's form. */
export const CONTACT_PERSON_LIMITS = {
  name: { min: 2, max: 200 },
  role: 200,
  email: 320,
  phone: 40,
} as const;

/** Digits, spaces and the usual separators of a phone number ("+49 511 123-45", "(0511) 12 34"). */
export const PHONE_PATTERN = /^\+?[0-9 ()/.-]{3,}$/;
