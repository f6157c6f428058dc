import type { EntityManager } from "typeorm";
import type { RequestContext } from "../../graphql/context";
import { diffPicked, recordAudit, type FieldChanges } from "../audit/audit.service";
import { AuditAction, AuditEntityType } from "../audit/audit-entry.entity";
import { Organisation } from "../network/organisation.entity";
import type { Exchange } from "./exchange.entity";
import type { ExchangeParticipation } from "./exchange-participation.entity";

const AUDITED_EXCHANGE_FIELDS = [
  "series",
  "title",
  "description",
  "topicKeys",
  "startsAt",
  "endsAt",
  "location",
  "capacity",
  "visibility",
  "seatsPerOrganisation",
  "status",
] as const satisfies readonly (keyof Exchange)[];

const promotedChange = (promoted: string[]): FieldChanges =>
  promoted.length ? { promotedFromWaitlist: { before: null, after: promoted } } : {};

/** One entry for an exchange created, edited or cancelled (with whom an added seat promoted). */
export async function auditExchange(
  db: EntityManager,
  ctx: RequestContext,
  change: { action: AuditAction; before: Exchange | null; after: Exchange; promoted?: string[] },
): Promise<void> {
  const promoted = change.promoted ?? [];
  await recordAudit(db, ctx, {
    action: change.action,
    entityType: AuditEntityType.EXCHANGE,
    entityId: change.after.id,
    changes: { ...diffPicked(change.before, change.after, AUDITED_EXCHANGE_FIELDS), ...promotedChange(promoted) },
    label: change.after.title,
    organisationIds: promoted,
  });
}

const AUDITED_PARTICIPATION_FIELDS = [
  "exchangeId",
  "organisationId",
  "personName",
  "status",
] as const satisfies readonly (keyof ExchangeParticipation)[];

/** One entry for an organisation joining or leaving an exchange (and whom a freed seat promoted). */
export async function auditParticipation(
  db: EntityManager,
  ctx: RequestContext,
  change: {
    action: AuditAction;
    exchange: Exchange;
    before: ExchangeParticipation | null;
    after: ExchangeParticipation;
    promoted?: string[];
  },
): Promise<void> {
  const promoted = change.promoted ?? [];
  const organisation = await db.getRepository(Organisation).findOneBy({ id: change.after.organisationId });
  await recordAudit(db, ctx, {
    action: change.action,
    entityType: AuditEntityType.EXCHANGE_PARTICIPATION,
    entityId: change.after.id,
    changes: {
      ...diffPicked(change.before, change.after, AUDITED_PARTICIPATION_FIELDS),
      ...promotedChange(promoted),
    },
    label: `${organisation?.name ?? change.after.organisationId} – ${change.exchange.title}`,
    organisationIds: [change.after.organisationId, ...promoted],
  });
}
