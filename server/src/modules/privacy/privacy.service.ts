import { In } from "typeorm";
import type { RequestContext } from "../../graphql/context";
import { BadUserInputError } from "../../graphql/errors";
import { ContactPerson } from "../network/contact-person.entity";
import { Organisation } from "../network/organisation.entity";
import { User } from "../accounts/user.entity";
import { UserSession } from "../accounts/session.entity";
import { AuditAction, AuditEntityType, AuditEntry } from "../audit/audit-entry.entity";
import { recordAudit } from "../audit/audit.service";
import {
  eraseParticipationNames,
  participationsNaming,
  type NamedInOrganisation,
} from "../exchanges/exchange-personal-data";

const ERASED_NAME = "Gelöschte Person";

/** The names under which an exchange participation may name the person, each within its organisation. */
function namesInOrganisations(users: User[], contacts: ContactPerson[]): NamedInOrganisation[] {
  const named: NamedInOrganisation[] = [];
  for (const user of users)
    if (user.organisationId) named.push({ organisationId: user.organisationId, name: user.displayName });
  for (const contact of contacts) named.push({ organisationId: contact.organisationId, name: contact.name });
  return named;
}

function normaliseEmail(email: string): string {
  const normalised = email.trim().toLowerCase();
  if (normalised.length < 3 || normalised.length > 320 || !normalised.includes("@")) {
    throw new BadUserInputError("Not an e-mail address", [{ field: "email", message: "must be an e-mail address" }]);
  }
  return normalised;
}

/** Everything stored about the person with this e-mail address (DSGVO Art. 15), as plain JSON. */
export async function exportPersonalData(ctx: RequestContext, email: string): Promise<Record<string, unknown>> {
  const address = normaliseEmail(email);
  const users = await ctx.db.getRepository(User).findBy({ email: address });
  const contacts = await ctx.db
    .getRepository(ContactPerson)
    .createQueryBuilder("c")
    .where("lower(c.email) = :address", { address })
    .getMany();
  const organisationIds = [
    ...new Set(
      [...users.map((u) => u.organisationId), ...contacts.map((c) => c.organisationId)].filter(
        (id): id is string => !!id,
      ),
    ),
  ];
  const organisations = organisationIds.length
    ? await ctx.db.getRepository(Organisation).findBy({ id: In(organisationIds) })
    : [];
  const nameOf = (id: string | null) => organisations.find((o) => o.id === id)?.name ?? null;
  const userIds = users.map((u) => u.id);
  const sessions = userIds.length
    ? await ctx.db
        .getRepository(UserSession)
        .createQueryBuilder("s")
        .where("s.user_id IN (:...userIds)", { userIds })
        .getMany()
    : [];
  const actions = userIds.length
    ? await ctx.db
        .getRepository(AuditEntry)
        .createQueryBuilder("a")
        .where("a.actor_user_id IN (:...userIds)", { userIds })
        .orderBy("a.created_at")
        .getMany()
    : [];
  const participations = await participationsNaming(ctx.db, namesInOrganisations(users, contacts));
  return {
    email: address,
    exportedAt: new Date().toISOString(),
    accounts: users.map((u) => ({
      id: u.id,
      email: u.email,
      displayName: u.displayName,
      role: u.role,
      organisation: nameOf(u.organisationId),
      createdAt: u.createdAt.toISOString(),
    })),
    contactPersons: contacts.map((c) => ({
      id: c.id,
      name: c.name,
      role: c.role,
      email: c.email,
      phone: c.phone,
      organisation: nameOf(c.organisationId),
      consentGivenAt: c.consentGivenAt?.toISOString() ?? null,
    })),
    sessions: sessions.map((s) => ({ createdAt: s.createdAt.toISOString(), expiresAt: s.expiresAt.toISOString() })),
    changesMade: actions.map((a) => ({
      at: a.createdAt.toISOString(),
      action: a.action,
      entityType: a.entityType,
      entityId: a.entityId,
    })),
    // "Who comes" as typed in when joining an exchange, within the person's own organisations.
    exchangeParticipations: participations,
  };
}

export interface ErasureCounts {
  accountsAnonymised: number;
  contactPersonsErased: number;
  sessionsEnded: number;
  exchangeParticipationNamesErased: number;
}

/**
 * Erases a person (DSGVO Art. 17): contact entries are anonymised, accounts lose every personal
 * field and all sessions, exchange participations naming the person lose the name; ids and rows
 * stay, so the network's history (audit log, applications, exchanges) keeps its shape without
 * naming the person. All in one transaction.
 */
export async function erasePersonalData(ctx: RequestContext, email: string): Promise<ErasureCounts> {
  const address = normaliseEmail(email);
  return ctx.dataSource.transaction(async (db) => {
    const users = await db.getRepository(User).findBy({ email: address });
    const contacts = await db
      .getRepository(ContactPerson)
      .createQueryBuilder("c")
      .where("lower(c.email) = :address", { address })
      .getMany();
    // Before the names below are overwritten: they are how the participations name the person.
    const exchangeParticipationNamesErased = await eraseParticipationNames(db, namesInOrganisations(users, contacts));
    let sessionsEnded = 0;
    for (const user of users) {
      const deleted = await db.getRepository(UserSession).delete({ userId: user.id });
      sessionsEnded += deleted.affected ?? 0;
      await db.getRepository(User).update(
        { id: user.id },
        {
          email: `geloescht-${user.id}@invalid`,
          displayName: ERASED_NAME,
          passwordHash: "!erased",
          calendarToken: null,
        },
      );
      await recordAudit(db, ctx, {
        action: AuditAction.ERASE,
        entityType: AuditEntityType.PERSON,
        entityId: user.id,
        changes: {},
        // The label would name the erased person: it stays empty.
        organisationIds: [user.organisationId],
      });
    }
    for (const contact of contacts) {
      await db.getRepository(ContactPerson).update(
        { id: contact.id },
        {
          name: ERASED_NAME,
          email: null,
          phone: null,
          role: null,
          consentGivenAt: null,
          companiesConsentAt: null,
        },
      );
      await recordAudit(db, ctx, {
        action: AuditAction.ERASE,
        entityType: AuditEntityType.PERSON,
        entityId: contact.id,
        changes: {},
        organisationIds: [contact.organisationId],
      });
    }
    return {
      accountsAnonymised: users.length,
      contactPersonsErased: contacts.length,
      sessionsEnded,
      exchangeParticipationNamesErased,
    };
  });
}
