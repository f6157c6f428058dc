import { In, type EntityManager } from "typeorm";
import type { FieldProblem } from "../../graphql/errors";
import { Organisation } from "../network/organisation.entity";
import { OrganisationKind } from "../network/network.enums";
import { TandemRequest, TandemRequestStatus } from "../matching/tandem-request.entity";
import { ApplicationParticipant } from "./application-participant.entity";
import { ParticipantRole } from "./application-status.enums";
import { ApplicationTandem } from "./application-tandem.entity";
import { amountProblems, budgetSumProblems, fromCents, splitCents, toCents } from "./application-budget";

/** A tandem as written: the pair, its share and the request it came from. */
export interface TandemDraft {
  migrantOrganisationId: string;
  educationalInstitutionId: string;
  budgetShare: number;
  tandemRequestId: string | null;
}

const pairKey = (t: { migrantOrganisationId: string; educationalInstitutionId: string }) =>
  `${t.migrantOrganisationId}+${t.educationalInstitutionId}`;

/**
 * Turns accepted tandem requests of the call into tandems. A pair that is also listed explicitly
 * keeps its listed share; the others share what the listed tandems leave of the requested amount.
 */
async function tandemsFromRequests(
  db: EntityManager,
  callId: string,
  requestIds: string[],
  listed: TandemDraft[],
  requestedAmount: number,
): Promise<{ added: TandemDraft[]; problems: FieldProblem[] }> {
  const problems: FieldProblem[] = [];
  const unique = [...new Set(requestIds)];
  if (unique.length === 0) return { added: [], problems };
  const requests = await db.getRepository(TandemRequest).findBy({ id: In(unique) });
  const byId = new Map(requests.map((r) => [r.id, r]));
  const unpriced: TandemRequest[] = [];
  for (const id of unique) {
    const field = `fromTandemRequestIds.${requestIds.indexOf(id)}`;
    const request = byId.get(id);
    const problem = !request
      ? "no such tandem request"
      : request.callId !== callId
        ? "belongs to another call"
        : request.status !== TandemRequestStatus.ACCEPTED
          ? `is ${request.status.toLowerCase()}, not accepted`
          : null;
    if (!request || problem) {
      problems.push({ field, message: problem ?? "no such tandem request" });
      continue;
    }
    const same = listed.find((t) => pairKey(t) === pairKey(request));
    if (same) same.tandemRequestId = request.id;
    else if (!unpriced.some((r) => pairKey(r) === pairKey(request))) unpriced.push(request);
  }
  const rest = Math.max(0, toCents(requestedAmount) - listed.reduce((sum, t) => sum + toCents(t.budgetShare), 0));
  const shares = splitCents(rest, unpriced.length);
  const added = unpriced.map((request, index) => ({
    migrantOrganisationId: request.migrantOrganisationId,
    educationalInstitutionId: request.educationalInstitutionId,
    budgetShare: fromCents(shares[index] ?? 0),
    tandemRequestId: request.id,
  }));
  return { added, problems };
}

/** Each tandem is one migrant organisation and one educational institution, both existing and not archived. */
async function kindProblems(
  db: EntityManager,
  tandems: TandemDraft[],
  fieldOf: (index: number) => string,
): Promise<FieldProblem[]> {
  const ids = [...new Set(tandems.flatMap((t) => [t.migrantOrganisationId, t.educationalInstitutionId]))];
  const organisations = ids.length ? await db.getRepository(Organisation).findBy({ id: In(ids) }) : [];
  const byId = new Map(organisations.map((o) => [o.id, o]));
  const problems: FieldProblem[] = [];
  const check = (id: string, kind: OrganisationKind, field: string, label: string) => {
    const organisation = byId.get(id);
    if (!organisation) problems.push({ field, message: "no such organisation" });
    else if (organisation.archivedAt) problems.push({ field, message: `${organisation.name} is archived` });
    else if (organisation.kind !== kind) problems.push({ field, message: `${organisation.name} is not ${label}` });
  };
  tandems.forEach((t, index) => {
    check(
      t.migrantOrganisationId,
      OrganisationKind.MIGRANT_ORGANISATION,
      `${fieldOf(index)}.migrantOrganisationId`,
      "a migrant organisation",
    );
    check(
      t.educationalInstitutionId,
      OrganisationKind.EDUCATIONAL_INSTITUTION,
      `${fieldOf(index)}.educationalInstitutionId`,
      "an educational institution",
    );
  });
  return problems;
}

/**
 * The tandems an application will have, with every problem found (nothing is written here):
 * shares in cents and not negative, kinds MO + EI, no pair twice, at least one tandem, and the
 * shares adding up to the requested amount.
 */
export async function resolveTandems(
  db: EntityManager,
  input: { callId: string | null; listed: TandemDraft[]; requestIds: string[]; requestedAmount: number },
): Promise<{ tandems: TandemDraft[]; problems: FieldProblem[] }> {
  const listed = input.listed.map((t) => ({ ...t }));
  const problems: FieldProblem[] = listed.flatMap((t, index) =>
    amountProblems(`tandems.${index}.budgetShare`, t.budgetShare),
  );
  const seen = new Set<string>();
  listed.forEach((t, index) => {
    if (seen.has(pairKey(t))) problems.push({ field: `tandems.${index}`, message: "this tandem is listed twice" });
    seen.add(pairKey(t));
  });
  const fromRequests =
    input.requestIds.length > 0 && input.callId
      ? await tandemsFromRequests(db, input.callId, input.requestIds, listed, input.requestedAmount)
      : { added: [], problems: [] };
  problems.push(...fromRequests.problems);
  problems.push(...(await kindProblems(db, listed, (index) => `tandems.${index}`)));
  const tandems = [...listed, ...fromRequests.added];
  if (tandems.length === 0)
    problems.push({ field: "tandems", message: "at least one tandem (or an accepted tandem request)" });
  else if (problems.length === 0)
    problems.push(
      ...budgetSumProblems(
        tandems.map((t) => t.budgetShare),
        input.requestedAmount,
      ),
    );
  return { tandems, problems };
}

/**
 * Replaces the application's tandems. A pair listed again keeps its row (and id), so that budget
 * shares tied to that tandem stay; pairs no longer listed go, and their shares with them.
 */
export async function writeTandems(db: EntityManager, applicationId: string, tandems: TandemDraft[]): Promise<void> {
  const existing = await db.getRepository(ApplicationTandem).findBy({ applicationId });
  const byPair = new Map(existing.map((row) => [pairKey(row), row]));
  const kept = new Set(tandems.map(pairKey));
  const gone = existing.filter((row) => !kept.has(pairKey(row))).map((row) => row.id);
  if (gone.length > 0) await db.delete(ApplicationTandem, { id: In(gone) });
  const added: (TandemDraft & { applicationId: string; position: number })[] = [];
  for (const [position, tandem] of tandems.entries()) {
    const row = byPair.get(pairKey(tandem));
    if (row)
      await db.update(
        ApplicationTandem,
        { id: row.id },
        { budgetShare: tandem.budgetShare, position, tandemRequestId: tandem.tandemRequestId },
      );
    else added.push({ applicationId, position, ...tandem });
  }
  if (added.length > 0) await db.insert(ApplicationTandem, added);
}

/**
 * Keeps application_participant (read by the graph, partner lists and visibility) in step with the
 * lead and the tandems. Other partners (e.g. the seed's strategic partners) stay unless they now
 * have a tandem role; the lead role wins over a tandem role.
 */
export async function syncParticipants(
  db: EntityManager,
  applicationId: string,
  leadOrganisationId: string,
  tandems: TandemDraft[],
): Promise<void> {
  const roles = new Map<string, ParticipantRole>();
  for (const t of tandems) {
    roles.set(t.migrantOrganisationId, ParticipantRole.MIGRANT_ORGANISATION);
    roles.set(t.educationalInstitutionId, ParticipantRole.EDUCATIONAL_INSTITUTION);
  }
  roles.set(leadOrganisationId, ParticipantRole.LEAD);
  await db.query(
    `DELETE FROM application_participant WHERE application_id = $1 AND (role <> 'PARTNER' OR organisation_id = ANY($2::uuid[]))`,
    [applicationId, [...roles.keys()]],
  );
  await db.insert(
    ApplicationParticipant,
    [...roles].map(([organisationId, role]) => ({ applicationId, organisationId, role })),
  );
}
