import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONTACT_PERSON_LIMITS } from "@album/shared";
import { DEMO, signIn, startTestServer, type TestServer } from "../support/test-server";

/** Partners manage their organisation's contact persons (the office all's), with consent flags. */
let server: TestServer;
const cookies: Record<"kargah" | "vhs" | "tui" | "office", string> = { kargah: "", vhs: "", tui: "", office: "" };
const ids: Record<string, string> = {};

const FIELDS = `id name role email phone visibleToNetwork contactableByCompanies`;
const ADD = `mutation($org: ID!, $input: ContactPersonInput!) { addContactPerson(organisationId: $org, input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: ContactPersonInput!) { updateContactPerson(id: $id, input: $input) { ${FIELDS} } }`;
const REMOVE = `mutation($id: ID!) { removeContactPerson(id: $id) }`;
const EDITING = `query($org: ID!) { organisationContactPersons(organisationId: $org) { ${FIELDS} } }`;
const PROFILE = `query($slug: String!) { organisation(slug: $slug) { contactPersons { name email phone } } }`;

type Person = { id: string; name: string; email: string | null; phone: string | null };

const PERSON = {
  name: "Leyla Beispiel",
  role: "Projektkoordination",
  email: "Leyla@Kargah.example",
  phone: "+49 511 123-45",
  visibleToNetwork: true,
  contactableByCompanies: false,
};

async function count(sql: string, params: unknown[] = []): Promise<number> {
  const [row] = (await server.dataSource.query(sql, params)) as [{ n: number }];
  return row.n;
}

/** The test's contact person on kargah's profile as `who` sees it (through the read planner); the seed's own aside. */
async function seenBy(who: keyof typeof cookies | "anonymous"): Promise<Person[]> {
  const res = await server.graphql<{ organisation: { contactPersons: Person[] } }>(
    PROFILE,
    { slug: "kargah" },
    who === "anonymous" ? {} : { cookie: cookies[who] },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.organisation.contactPersons.filter((p) => p.name === PERSON.name);
}

beforeAll(async () => {
  server = await startTestServer({ loginLimits: { perIp: 1000, perAccount: 100, windowSeconds: 60 } });
  cookies.kargah = await signIn(server, DEMO.kargah);
  cookies.vhs = await signIn(server, DEMO.vhs);
  cookies.tui = await signIn(server, DEMO.tui);
  cookies.office = await signIn(server, DEMO.coordinator);
  for (const row of (await server.dataSource.query(`SELECT id, slug FROM organisation`)) as {
    id: string;
    slug: string;
  }[])
    ids[row.slug] = row.id;
}, 120_000);

afterAll(async () => {
  await server?.close();
});

describe("contact persons", () => {
  it("a partner adds, edits and removes its own; consents decide who sees what; each change is audited", async () => {
    const added = await server.graphql<{ addContactPerson: Person & { visibleToNetwork: boolean } }>(
      ADD,
      { org: ids.kargah, input: PERSON },
      { cookie: cookies.kargah },
    );
    expect(added.errors).toBeUndefined();
    const person = added.data!.addContactPerson;
    expect(person).toMatchObject({ name: "Leyla Beispiel", email: "leyla@kargah.example", visibleToNetwork: true });

    // Members see name and contact data; a company only the name (no consent to companies); visitors nothing.
    expect(await seenBy("vhs")).toEqual([{ name: PERSON.name, email: "leyla@kargah.example", phone: PERSON.phone }]);
    expect(await seenBy("tui")).toEqual([{ name: PERSON.name, email: null, phone: null }]);
    expect(await seenBy("anonymous")).toEqual([]);

    const companies = await server.graphql(
      UPDATE,
      { id: person.id, input: { ...PERSON, contactableByCompanies: true, role: "" } },
      { cookie: cookies.kargah },
    );
    expect(companies.errors).toBeUndefined();
    expect(await seenBy("tui")).toEqual([{ name: PERSON.name, email: "leyla@kargah.example", phone: PERSON.phone }]);

    // Consent withdrawn: gone for everyone but those who manage the organisation.
    await server.graphql(
      UPDATE,
      { id: person.id, input: { ...PERSON, visibleToNetwork: false } },
      { cookie: cookies.kargah },
    );
    expect(await seenBy("vhs")).toEqual([]);
    expect(await seenBy("office")).toEqual([]);
    const editing = await server.graphql<{ organisationContactPersons: { name: string; visibleToNetwork: boolean }[] }>(
      EDITING,
      { org: ids.kargah },
      { cookie: cookies.kargah },
    );
    expect(editing.data?.organisationContactPersons).toContainEqual(
      expect.objectContaining({ name: PERSON.name, visibleToNetwork: false, contactableByCompanies: false }),
    );

    const entries = (await server.dataSource.query(
      `SELECT action, changes FROM audit_entry WHERE entity_type = 'PERSON' AND entity_id = $1 ORDER BY created_at`,
      [person.id],
    )) as { action: string; changes: Record<string, { before: unknown; after: unknown }> }[];
    expect(entries.map((e) => e.action)).toEqual(["CREATE", "UPDATE", "UPDATE"]);
    expect(entries[1]!.changes).toEqual({
      role: { before: "Projektkoordination", after: null },
      contactableByCompanies: { before: false, after: true },
    });

    const removed = await server.graphql(REMOVE, { id: person.id }, { cookie: cookies.kargah });
    expect(removed.errors).toBeUndefined();
    expect(await count(`SELECT count(*)::int AS n FROM contact_person WHERE id = $1`, [person.id])).toBe(0);
    expect(
      await count(
        `SELECT count(*)::int AS n FROM audit_entry WHERE entity_type = 'PERSON' AND action = 'DELETE' AND entity_id = $1`,
        [person.id],
      ),
    ).toBe(1);
  });

  it("only for the own organisation; the office for all", async () => {
    const vhsContact = (
      await server.graphql<{ organisationContactPersons: { id: string }[] }>(
        EDITING,
        { org: ids["vhs-hannover"] },
        { cookie: cookies.vhs },
      )
    ).data!.organisationContactPersons[0]!.id;
    const before = await count(`SELECT count(*)::int AS n FROM audit_entry`);
    for (const [document, variables] of [
      [ADD, { org: ids["vhs-hannover"], input: PERSON }],
      [UPDATE, { id: vhsContact, input: PERSON }],
      [REMOVE, { id: vhsContact }],
      [EDITING, { org: ids["vhs-hannover"] }],
    ] as const) {
      const partner = await server.graphql(document, variables, { cookie: cookies.kargah });
      expect(partner.errors?.[0]?.extensions?.code, document).toBe("FORBIDDEN");
      const company = await server.graphql(document, variables, { cookie: cookies.tui });
      expect(company.errors?.[0]?.extensions?.code, document).toBe("FORBIDDEN");
      const anonymous = await server.graphql(document, variables);
      expect(anonymous.errors?.[0]?.extensions?.code, document).toBe("UNAUTHENTICATED");
    }
    expect(await count(`SELECT count(*)::int AS n FROM audit_entry`)).toBe(before);

    const office = await server.graphql<{ addContactPerson: { id: string } }>(
      ADD,
      { org: ids["vhs-hannover"], input: { ...PERSON, name: "Büro Eintrag", email: null, phone: null } },
      { cookie: cookies.office },
    );
    expect(office.errors).toBeUndefined();
    expect(
      (await server.graphql(REMOVE, { id: office.data!.addContactPerson.id }, { cookie: cookies.vhs })).errors,
    ).toBeUndefined();
  });

  it("refuses bad input with a code and writes nothing", async () => {
    const people = () => count(`SELECT count(*)::int AS n FROM contact_person`);
    const before = await people();
    for (const input of [
      { ...PERSON, email: "not-an-address" },
      { ...PERSON, email: `${"x".repeat(CONTACT_PERSON_LIMITS.email)}@example.org` },
      { ...PERSON, name: "x".repeat(CONTACT_PERSON_LIMITS.name.max + 1) },
      { ...PERSON, name: "\u200b\u200b\u200b" },
      { ...PERSON, role: "r".repeat(CONTACT_PERSON_LIMITS.role + 1) },
      { ...PERSON, phone: "call me maybe" },
      { ...PERSON, phone: "1".repeat(CONTACT_PERSON_LIMITS.phone + 1) },
      { ...PERSON, visibleToNetwork: false, contactableByCompanies: true },
    ]) {
      const res = await server.graphql(ADD, { org: ids.kargah, input }, { cookie: cookies.kargah });
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify(input).slice(0, 80)).toBe("BAD_USER_INPUT");
    }
    const unknown = await server.graphql(
      ADD,
      { org: "00000000-0000-4000-8000-000000000000", input: PERSON },
      { cookie: cookies.office },
    );
    expect(unknown.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const malformed = await server.graphql(UPDATE, { id: "nope", input: PERSON }, { cookie: cookies.office });
    expect(malformed.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(await people()).toBe(before);
  });
});
