import type { SessionUser } from "../../graphql/context";
import { actsFor, isCompany } from "../../graphql/auth";
import { ContactPerson } from "./contact-person.entity";

/**
 * Who sees a contact person, in one place (the resolver, the read planner and the editors' list
 * ask here): nobody without the recorded consent, visitors never, and companies the e-mail and
 * phone only with the consent to be contacted by companies (their own organisation's always).
 * Those who act for the organisation manage all of its contact persons.
 */
export function mayListContactPersons(viewer: SessionUser | null): boolean {
  return viewer !== null;
}

export function mayManageContactPersons(viewer: SessionUser | null, organisationId: string): boolean {
  return actsFor(viewer, organisationId);
}

/** The person as `viewer` may see them (a copy; never the loader's cached row), or null. */
export function contactPersonFor(viewer: SessionUser | null, person: ContactPerson): ContactPerson | null {
  if (!mayListContactPersons(viewer) || person.consentGivenAt === null) return null;
  if (isCompany(viewer) && !actsFor(viewer, person.organisationId) && person.companiesConsentAt === null) {
    return Object.assign(new ContactPerson(), person, { email: null, phone: null });
  }
  return person;
}

export function contactPersonsFor(viewer: SessionUser | null, people: ContactPerson[]): ContactPerson[] {
  return people.flatMap((person) => {
    const visible = contactPersonFor(viewer, person);
    return visible ? [visible] : [];
  });
}
