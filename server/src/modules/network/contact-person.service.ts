import type { EntityManager } from "typeorm";
import type { RequestContext } from "../../graphql/context";
import { ForbiddenError, requireUser } from "../../graphql/auth";
import { BadUserInputError, NotFoundError } from "../../graphql/errors";
import { isUuid } from "../../db/ids";
import { AuditAction, AuditEntityType } from "../audit/audit-entry.entity";
import { diffPicked, recordAudit } from "../audit/audit.service";
import { ContactPerson } from "./contact-person.entity";
import { Organisation } from "./organisation.entity";
import { mayManageContactPersons } from "./contact-person-access";
import type { ContactPersonInput } from "./contact-person.inputs";

/** What the audit compares: the person's fields and their consents as the editor sees them. */
interface AuditedPerson {
  name: string;
  role: string | null;
  email: string | null;
  phone: string | null;
  visibleToNetwork: boolean;
  contactableByCompanies: boolean;
}
const AUDITED: (keyof AuditedPerson)[] = [
  "name",
  "role",
  "email",
  "phone",
  "visibleToNetwork",
  "contactableByCompanies",
];

function audited(person: ContactPerson | null): AuditedPerson | null {
  return person
    ? {
        name: person.name,
        role: person.role,
        email: person.email,
        phone: person.phone,
        visibleToNetwork: person.consentGivenAt !== null,
        contactableByCompanies: person.companiesConsentAt !== null,
      }
    : null;
}

async function organisationFor(ctx: RequestContext, db: EntityManager, organisationId: string): Promise<Organisation> {
  const user = requireUser(ctx);
  if (!mayManageContactPersons(user, organisationId))
    throw new ForbiddenError("You may manage the contact persons of your own organisation only");
  const organisation = isUuid(organisationId)
    ? await db.getRepository(Organisation).findOneBy({ id: organisationId })
    : null;
  if (!organisation) throw new NotFoundError("Organisation", organisationId);
  return organisation;
}

async function personFor(ctx: RequestContext, db: EntityManager, id: string): Promise<ContactPerson> {
  const user = requireUser(ctx);
  const person = isUuid(id) ? await db.getRepository(ContactPerson).findOneBy({ id }) : null;
  if (!person) throw new NotFoundError("Contact person", id);
  if (!mayManageContactPersons(user, person.organisationId))
    throw new ForbiddenError("You may manage the contact persons of your own organisation only");
  return person;
}

const blankToNull = (value: string | null | undefined): string | null => {
  const trimmed = value?.trim() ?? "";
  return trimmed === "" ? null : trimmed;
};

/** The columns of `input`, keeping a consent's first date while it stays given. */
function columnsFrom(input: ContactPersonInput, current: ContactPerson | null) {
  if (input.contactableByCompanies && !input.visibleToNetwork)
    throw new BadUserInputError("Companies see only persons shown to the network", [
      { field: "contactableByCompanies", message: "needs visibleToNetwork" },
    ]);
  const consent = (given: boolean, since: Date | null | undefined) => (given ? (since ?? new Date()) : null);
  return {
    name: input.name.trim(),
    role: blankToNull(input.role),
    email: blankToNull(input.email)?.toLowerCase() ?? null,
    phone: blankToNull(input.phone),
    consentGivenAt: consent(input.visibleToNetwork, current?.consentGivenAt),
    companiesConsentAt: consent(input.contactableByCompanies, current?.companiesConsentAt),
  };
}

/** All contact persons of an organisation, consented or not, for those who manage them. */
export async function contactPersonsForEditing(ctx: RequestContext, organisationId: string): Promise<ContactPerson[]> {
  await organisationFor(ctx, ctx.db, organisationId);
  return ctx.db.getRepository(ContactPerson).find({ where: { organisationId }, order: { name: "ASC", id: "ASC" } });
}

export async function addContactPerson(
  ctx: RequestContext,
  organisationId: string,
  input: ContactPersonInput,
): Promise<ContactPerson> {
  const columns = columnsFrom(input, null);
  return ctx.dataSource.transaction(async (db) => {
    const organisation = await organisationFor(ctx, db, organisationId);
    const saved = await db.getRepository(ContactPerson).save(db.create(ContactPerson, { organisationId, ...columns }));
    await recordAudit(db, ctx, {
      action: AuditAction.CREATE,
      entityType: AuditEntityType.PERSON,
      entityId: saved.id,
      changes: diffPicked(null, audited(saved)!, AUDITED),
      label: `${saved.name} (${organisation.name})`,
      organisationIds: [organisationId],
    });
    return saved;
  });
}

export async function updateContactPerson(
  ctx: RequestContext,
  id: string,
  input: ContactPersonInput,
): Promise<ContactPerson> {
  return ctx.dataSource.transaction(async (db) => {
    const current = await personFor(ctx, db, id);
    const columns = columnsFrom(input, current);
    await db.getRepository(ContactPerson).update({ id }, columns);
    const updated = await db.getRepository(ContactPerson).findOneByOrFail({ id });
    await recordAudit(db, ctx, {
      action: AuditAction.UPDATE,
      entityType: AuditEntityType.PERSON,
      entityId: id,
      changes: diffPicked(audited(current), audited(updated)!, AUDITED),
      label: updated.name,
      organisationIds: [updated.organisationId],
    });
    return updated;
  });
}

export async function removeContactPerson(ctx: RequestContext, id: string): Promise<string> {
  return ctx.dataSource.transaction(async (db) => {
    const current = await personFor(ctx, db, id);
    await db.getRepository(ContactPerson).delete({ id });
    const before = audited(current)!;
    await recordAudit(db, ctx, {
      action: AuditAction.DELETE,
      entityType: AuditEntityType.PERSON,
      entityId: id,
      changes: Object.fromEntries(AUDITED.map((field) => [field, { before: before[field], after: null }])),
      label: current.name,
      organisationIds: [current.organisationId],
    });
    return id;
  });
}
