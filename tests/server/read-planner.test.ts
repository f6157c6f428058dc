import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, signIn, startTestServer, type GraphQLResponse, type TestServer } from "../support/test-server";
import { seedSyntheticNetwork } from "../../seeds/synthetic";
import { hashPassword } from "../../server/src/modules/accounts/accounts.service";
import { setReadPlanning } from "../../server/src/shared/read-plan";

/**
 * The read planner (shared/read-plan.ts, network/organisation-planner.ts) against the DataLoader
 * path it stands in for: the same documents, answered once planned and once with the planner off,
 * must give equal answers field by field, for every persona, on the seed network and on a
 * synthetic one. The documents select every planned field, fields that fall back to their
 * resolvers (exchangeParticipations, viewerCanEdit, application parts), aliases and fragments.
 */

const ORG_FIELDS = `fragment Org on Organisation {
  id slug name shortName kind description website street postalCode city capacity
  showExchangeParticipation archivedAt version createdAt updatedAt viewerCanEdit
  district { key label labelEn } topics { key label(locale: "en") } offers { key labelDe } needs { key }
  targetGroups { key labelDe } languages { key } districtsServed { key labelDe }
}`;

const APPLICATION_FIELDS = `id title status startsOn endsOn requestedAmount approvedAmount participantsReached
  programme { id name } tandems { id } statusHistory { to } milestones { id } leadOrganisation { name }`;

const PROFILE = `${ORG_FIELDS}
query($slug: String, $id: ID) {
  organisation(slug: $slug, id: $id) {
    ...Org
    memberships { id kind since until }
    contactPersons { id name role email phone }
    relations {
      id type since until note createdAt
      source { ...Org partners { name } }
      target { id name contactPersons { name } memberships { kind } }
    }
    partners { ...Org applications { ${APPLICATION_FIELDS} } memberships { kind } contactPersons { name email } }
    applications { ${APPLICATION_FIELDS} }
    exchangeParticipations { id status }
    other: partners { id relations { type } }
    ... on Organisation { lead: applications { title } }
  }
}`;

const DIRECTORY = `${ORG_FIELDS}
query($first: Int, $after: String, $filter: OrganisationFilter, $orderBy: OrganisationOrder) {
  organisations(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges {
      cursor
      node {
        ...Org
        relations { type source { name } target { slug } }
        partners { name slug applications { title status } partners { name } }
        applications { title status startsOn }
        contactPersons { name email }
        memberships { kind since }
      }
    }
  }
}`;

/** The bench's shape, and the planned path's statement count asserted in sql-statements.test.ts. */
const NESTED = `query($first: Int) { organisations(first: $first) {
  edges { node { name relations { type } partners { name applications { title } } } } } }`;

const DIRECTORY_VARIABLES: Record<string, unknown>[] = [
  { first: 100 },
  { first: 7, after: "cG9zOjQ" },
  { first: 30, orderBy: "NAME_DESC" },
  { first: 30, orderBy: "NEWEST", filter: { includeArchived: true } },
  { first: 20, filter: { search: "kargha" } },
  { first: 20, filter: { search: "e", kinds: ["MIGRANT_ORGANISATION"] }, orderBy: "RELEVANCE" },
  { first: 0 },
  { first: 10, after: "cG9zOjk5OTk5" },
];

type Persona = "visitor" | "partner" | "company" | "office";
const PERSONAS: Persona[] = ["visitor", "partner", "company", "office"];

async function bothPaths(
  server: TestServer,
  query: string,
  variables: Record<string, unknown>,
  cookie: string | undefined,
): Promise<{ planned: GraphQLResponse; loaders: GraphQLResponse }> {
  setReadPlanning(true);
  const planned = await server.graphql(query, variables, { cookie });
  setReadPlanning(false);
  try {
    const loaders = await server.graphql(query, variables, { cookie });
    return { planned, loaders };
  } finally {
    setReadPlanning(true);
  }
}

async function expectEqualAnswers(
  server: TestServer,
  query: string,
  variables: Record<string, unknown>,
  cookie: string | undefined,
): Promise<GraphQLResponse> {
  const { planned, loaders } = await bothPaths(server, query, variables, cookie);
  expect(loaders.errors).toBeUndefined();
  expect(planned.errors).toBeUndefined();
  expect(planned.data).toEqual(loaders.data);
  return planned;
}

function statements(response: GraphQLResponse): number {
  return Number(response.headers.get("x-sql-statements"));
}

describe.each(["seed", "synthetic"] as const)("planned and DataLoader reads agree on the %s network", (network) => {
  let server: TestServer;
  const cookies: Record<Persona, string | undefined> = { visitor: undefined, partner: "", company: "", office: "" };
  let slugs: string[] = [];

  beforeAll(async () => {
    if (network === "seed") {
      server = await startTestServer();
      cookies.partner = await signIn(server, DEMO.kargah);
      cookies.company = await signIn(server, DEMO.tui);
      cookies.office = await signIn(server, DEMO.coordinator);
    } else {
      server = await startTestServer({ seed: false });
      await seedSyntheticNetwork(server.dataSource, { organisations: 300, seed: 11 });
      const db = server.dataSource.manager;
      // The generator writes only public projects and no contact persons: add the private cases.
      await db.query(
        `UPDATE application SET status = 'SUBMITTED' WHERE id IN (SELECT id FROM application ORDER BY id LIMIT 40)`,
      );
      await db.query(
        `INSERT INTO contact_person (organisation_id, name, email, consent_given_at)
         SELECT id, 'Person ' || slug, slug || '@example.org', CASE WHEN row_number() OVER (ORDER BY id) % 2 = 0 THEN now() END
           FROM organisation ORDER BY id LIMIT 120`,
      );
      const [partnerOrganisation] = (await db.query(
        `SELECT ap.organisation_id AS id FROM application_participant ap JOIN application a ON a.id = ap.application_id
          WHERE a.status = 'SUBMITTED' ORDER BY ap.organisation_id LIMIT 1`,
      )) as { id: string }[];
      const [company] = (await db.query(`SELECT id FROM organisation WHERE kind = 'COMPANY' ORDER BY id LIMIT 1`)) as {
        id: string;
      }[];
      const hash = await hashPassword(DEMO.password);
      await db.query(
        `INSERT INTO app_user (email, display_name, password_hash, role, organisation_id) VALUES
           ('office@planner.example', 'Office', $1, 'COORDINATOR'::user_role, NULL),
           ('partner@planner.example', 'Partner', $1, 'PARTNER'::user_role, $2::uuid),
           ('company@planner.example', 'Company', $1, 'COMPANY'::user_role, $3::uuid)`,
        [hash, partnerOrganisation!.id, company?.id ?? null],
      );
      await db.query("ANALYZE");
      cookies.partner = await signIn(server, "partner@planner.example");
      cookies.company = await signIn(server, "company@planner.example");
      cookies.office = await signIn(server, "office@planner.example");
    }
    const rows = (await server.dataSource.manager.query(
      `SELECT o.slug FROM organisation o
        ORDER BY (SELECT count(*) FROM relation r WHERE r.source_id = o.id OR r.target_id = o.id)
               + (SELECT count(*) FROM application_participant ap WHERE ap.organisation_id = o.id) DESC, o.slug
        LIMIT 6`,
    )) as { slug: string }[];
    slugs = rows.map((row) => row.slug);
  });
  afterAll(async () => {
    setReadPlanning(true);
    await server?.close();
  });

  it.each(PERSONAS)("the directory, as %s", async (persona) => {
    for (const variables of DIRECTORY_VARIABLES)
      await expectEqualAnswers(server, DIRECTORY, variables, cookies[persona]);
  });

  it.each(PERSONAS)("profiles by slug and by id, as %s", async (persona) => {
    for (const slug of slugs) {
      const bySlug = await expectEqualAnswers(server, PROFILE, { slug }, cookies[persona]);
      const id = (bySlug.data as { organisation: { id: string } }).organisation.id;
      await expectEqualAnswers(server, PROFILE, { id }, cookies[persona]);
    }
    await expectEqualAnswers(server, PROFILE, { slug: "no-such-organisation" }, cookies[persona]);
    await expectEqualAnswers(server, PROFILE, { id: "00000000-0000-4000-8000-000000000000" }, cookies[persona]);
  });

  it("answers the bench's nested query in one statement, the same as the loaders in more", async () => {
    const { planned, loaders } = await bothPaths(server, NESTED, { first: 100 }, undefined);
    expect(planned.data).toEqual(loaders.data);
    expect(statements(planned)).toBe(1);
    expect(statements(loaders)).toBeGreaterThan(1);
  });
});
