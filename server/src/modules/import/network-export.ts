import type { EntityManager } from "typeorm";
import type { SessionUser } from "../../graphql/context";
import { isOffice } from "../../graphql/auth";
import { Organisation } from "../network/organisation.entity";
import { Membership } from "../network/membership.entity";
import { Relation } from "../network/relation.entity";
import { ContactPerson } from "../network/contact-person.entity";
import { LIST_SEPARATOR, type FileKind } from "./import-columns";
import { formatMemberships } from "./import.service";

/** Who may import: the office only. */
export const canImport = (user: SessionUser | null): boolean => isOffice(user);
/** Who may export the network with its contact persons: signed-in members (the directory's rule for people). */
export const canExportNetwork = (user: SessionUser | null): boolean => user !== null;

export type ExportRow = Record<string, string>;

const list = (keys: string[]) => [...keys].sort().join(LIST_SEPARATOR);

/**
 * The network in the import's columns: re-importing the files changes nothing. Relations name
 * their organisations by slug (unique and stable); contact persons only with recorded consent,
 * as everywhere else on the platform.
 */
export async function networkExportRows(db: EntityManager, kind: FileKind): Promise<ExportRow[]> {
  const organisations = await db.getRepository(Organisation).find({ order: { name: "ASC", id: "ASC" } });
  const slugOf = new Map(organisations.map((o) => [o.id, o.slug]));
  if (kind === "organisations") {
    const memberships = new Map<string, Membership[]>();
    for (const m of await db.getRepository(Membership).find())
      memberships.set(m.organisationId, [...(memberships.get(m.organisationId) ?? []), m]);
    return organisations.map((o) => ({
      key: o.externalKey ?? "",
      slug: o.slug,
      name: o.name,
      short_name: o.shortName ?? "",
      kind: o.kind,
      description: o.description,
      website: o.website ?? "",
      street: o.street ?? "",
      postal_code: o.postalCode ?? "",
      city: o.city ?? "",
      district: o.districtKey ?? "",
      districts_served: list(o.districtsServedKeys),
      topics: list(o.topicKeys),
      offers: list(o.offerKeys),
      needs: list(o.needKeys),
      target_groups: list(o.targetGroupKeys),
      languages: list(o.languageKeys),
      capacity: String(o.capacity),
      memberships: formatMemberships(memberships.get(o.id) ?? []),
      show_exchange_participation: o.showExchangeParticipation ? "yes" : "no",
    }));
  }
  if (kind === "relations") {
    const relations = await db.getRepository(Relation).find({ order: { createdAt: "ASC", id: "ASC" } });
    return relations.map((r) => ({
      source: slugOf.get(r.sourceId) ?? "",
      target: slugOf.get(r.targetId) ?? "",
      type: r.type,
      since: r.since ?? "",
      until: r.until ?? "",
      note: r.note ?? "",
    }));
  }
  const people = await db.getRepository(ContactPerson).find({ order: { name: "ASC", id: "ASC" } });
  return people
    .filter((p) => p.consentGivenAt !== null)
    .map((p) => ({
      organisation: slugOf.get(p.organisationId) ?? "",
      name: p.name,
      role: p.role ?? "",
      email: p.email ?? "",
      phone: p.phone ?? "",
      consent_given_at: p.consentGivenAt!.toISOString(),
    }));
}
