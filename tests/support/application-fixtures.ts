import type { GraphQLResponse, TestServer } from "./test-server";

/** Query documents and helpers shared by the application, calendar, export and statistics tests. */
export const APPLICATION_FIELDS = `id slug title description status version requestedAmount approvedAmount participantsReached allowedTransitions nextDeadline
  call { id title } programme { key } leadOrganisation { slug }
  tandems { migrantOrganisation { slug } educationalInstitution { slug } budgetShare }
  participants { role organisation { slug } }
  statusHistory { from to comment at by { displayName } }
  milestones { id kind title dueAt doneAt }`;

export const CREATE_APPLICATION = `mutation($input: CreateApplicationInput!) { createApplication(input: $input) { ${APPLICATION_FIELDS} } }`;
export const UPDATE_APPLICATION = `mutation($id: ID!, $input: UpdateApplicationInput!, $expectedVersion: Int!) {
  updateApplication(id: $id, input: $input, expectedVersion: $expectedVersion) { ${APPLICATION_FIELDS} } }`;
export const TRANSITION = `mutation($id: ID!, $to: ApplicationStatus!, $comment: String, $expectedVersion: Int!, $approvedAmount: Float, $participantsReached: Int) {
  transitionApplication(id: $id, to: $to, comment: $comment, expectedVersion: $expectedVersion, approvedAmount: $approvedAmount, participantsReached: $participantsReached) {
    id status version approvedAmount participantsReached statusHistory { from to comment by { displayName } } } }`;
export const APPLICATION = `query($id: ID!) { application(id: $id) { ${APPLICATION_FIELDS} } }`;
export const APPLICATIONS = `query($filter: ApplicationFilter, $first: Int, $after: String) {
  applications(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id slug title status } } } }`;

export interface ApplicationData {
  id: string;
  slug: string;
  title: string;
  status: string;
  version: number;
  requestedAmount: number | null;
  approvedAmount: number | null;
  allowedTransitions: string[];
  nextDeadline: string | null;
  call: { id: string; title: string } | null;
  tandems: { migrantOrganisation: { slug: string }; educationalInstitution: { slug: string }; budgetShare: number }[];
  participants: { role: string; organisation: { slug: string } }[];
  statusHistory: { from: string | null; to: string; comment: string | null; by: { displayName: string } | null }[];
  milestones: { id: string; kind: string; title: string; dueAt: string; doneAt: string | null }[];
}

/** Organisation ids by slug and the seeded calls by status. */
export async function fixtureIds(server: TestServer): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const row of (await server.dataSource.query(`SELECT id, slug FROM organisation`)) as {
    id: string;
    slug: string;
  }[])
    ids[row.slug] = row.id;
  for (const row of (await server.dataSource.query(`SELECT id, status::text AS status FROM call_for_proposals`)) as {
    id: string;
    status: string;
  }[]) {
    ids[`${row.status.toLowerCase()}Call`] = row.id;
  }
  return ids;
}

export function tandem(ids: Record<string, string>, mo: string, ei: string, budgetShare: number) {
  return { migrantOrganisationId: ids[mo], educationalInstitutionId: ids[ei], budgetShare };
}

/** Creates an application as the office and fails loudly when that does not work. */
export async function createApplication(
  server: TestServer,
  cookie: string,
  input: Record<string, unknown>,
): Promise<ApplicationData> {
  const res: GraphQLResponse<{ createApplication: ApplicationData }> = await server.graphql(
    CREATE_APPLICATION,
    { input },
    { cookie },
  );
  if (!res.data?.createApplication) throw new Error(`createApplication failed: ${JSON.stringify(res.errors)}`);
  return res.data.createApplication;
}

/** Puts an application into a state directly (test set-up only); returns its version. */
export async function forceStatus(server: TestServer, id: string, status: string): Promise<number> {
  const [rows] = (await server.dataSource.query(
    `UPDATE application SET status = $2, version = version + 1 WHERE id = $1 RETURNING version`,
    [id, status],
  )) as [{ version: number }[], number] | [{ version: number }];
  const row = Array.isArray(rows) ? rows[0] : rows;
  if (!row) throw new Error(`no application ${id}`);
  return row.version;
}

/** Row counts of the application tables: a refused write must leave them as they were. */
export async function applicationTableCounts(server: TestServer): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of [
    "application",
    "application_tandem",
    "application_participant",
    "application_status_change",
    "application_milestone",
    "notification",
  ]) {
    const [row] = (await server.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`)) as [{ n: number }];
    counts[table] = row.n;
  }
  return counts;
}
