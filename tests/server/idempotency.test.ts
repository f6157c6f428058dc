import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, signIn, startTestServer, type TestServer } from "../support/test-server";
import { CREATE_ORGANISATION, ORGANISATION_BY_SLUG } from "../support/queries";

let server: TestServer;
let coordinator: string;
let secondCoordinator: string;

interface RawAnswer {
  status: number;
  text: string;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };
}

/** Over raw HTTP: the replay must be compared byte for byte. */
async function post(
  query: string,
  variables: Record<string, unknown>,
  options: { cookie?: string; key?: string },
): Promise<RawAnswer> {
  const response = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/graphql-response+json",
      ...(options.cookie ? { cookie: options.cookie } : {}),
      ...(options.key !== undefined ? { "idempotency-key": options.key } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text) as RawAnswer["body"] };
}

async function organisationsNamed(name: string): Promise<number> {
  const [row] = (await server.dataSource.query(`SELECT count(*)::int AS n FROM organisation WHERE name = $1`, [
    name,
  ])) as [{ n: number }];
  return row.n;
}

const create = (name: string) => ({ input: { name, kind: "MIGRANT_ORGANISATION" } });

beforeAll(async () => {
  server = await startTestServer();
  coordinator = await signIn(server, DEMO.coordinator);
  // A second office account with the same password, to show that keys belong to one user.
  await server.dataSource.query(
    `INSERT INTO app_user (email, display_name, password_hash, role, organisation_id)
     SELECT 'zweite@album-hannover.example', 'Zweite Koordination', password_hash, role, organisation_id
     FROM app_user WHERE email = $1`,
    [DEMO.coordinator],
  );
  secondCoordinator = await signIn(server, "zweite@album-hannover.example");
});

afterAll(async () => {
  await server?.close();
});

describe("Idempotency-Key on mutations", () => {
  it("answers a retry with the first answer, byte for byte, and acts once", async () => {
    const key = "retry-3f1c";
    const first = await post(CREATE_ORGANISATION, create("Verein Einmalig"), { cookie: coordinator, key });
    const second = await post(CREATE_ORGANISATION, create("Verein Einmalig"), { cookie: coordinator, key });
    expect(first.status).toBe(200);
    expect(first.body.errors).toBeUndefined();
    expect(second.status).toBe(200);
    expect(second.text).toBe(first.text);
    expect(await organisationsNamed("Verein Einmalig")).toBe(1);
  });

  it("matches a retry whose variables arrive in another key order", async () => {
    const key = "reordered-1";
    const first = await post(
      CREATE_ORGANISATION,
      { input: { name: "Verein Reihenfolge", kind: "COMPANY" } },
      { cookie: coordinator, key },
    );
    const second = await post(
      CREATE_ORGANISATION,
      { input: { kind: "COMPANY", name: "Verein Reihenfolge" } },
      { cookie: coordinator, key },
    );
    expect(second.text).toBe(first.text);
    expect(await organisationsNamed("Verein Reihenfolge")).toBe(1);
  });

  it("refuses the same key for a different request and writes nothing", async () => {
    const key = "reused-key";
    await post(CREATE_ORGANISATION, create("Verein Erster"), { cookie: coordinator, key });
    const other = await post(CREATE_ORGANISATION, create("Verein Anderer"), { cookie: coordinator, key });
    expect(other.status).toBe(422);
    expect(other.body.errors?.[0]?.extensions?.code).toBe("IDEMPOTENCY_KEY_REUSED");
    expect(other.body.data).toBeUndefined();
    expect(await organisationsNamed("Verein Anderer")).toBe(0);
  });

  it("executes ten parallel requests with one key once", async () => {
    const key = "parallel-key";
    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        post(CREATE_ORGANISATION, create("Verein Parallel"), { cookie: coordinator, key }),
      ),
    );
    expect(await organisationsNamed("Verein Parallel")).toBe(1);
    const created = answers.filter((answer) => answer.status === 200);
    const busy = answers.filter((answer) => answer.status === 409);
    expect(created.length + busy.length).toBe(10);
    expect(created.length).toBeGreaterThanOrEqual(1);
    for (const answer of created) expect(answer.text).toBe(created[0]!.text);
    for (const answer of busy) expect(answer.body.errors?.[0]?.extensions?.code).toBe("IDEMPOTENCY_KEY_IN_PROGRESS");
    // Once the first has finished, a retry gets its answer.
    const retry = await post(CREATE_ORGANISATION, create("Verein Parallel"), { cookie: coordinator, key });
    expect(retry.text).toBe(created[0]!.text);
  });

  it("keeps keys apart per user", async () => {
    const key = "shared-by-chance";
    const mine = await post(CREATE_ORGANISATION, create("Verein Pro Nutzer"), { cookie: coordinator, key });
    const theirs = await post(CREATE_ORGANISATION, create("Verein Pro Nutzer"), { cookie: secondCoordinator, key });
    expect(mine.body.errors).toBeUndefined();
    expect(theirs.body.errors).toBeUndefined();
    expect(theirs.text).not.toBe(mine.text);
    expect(await organisationsNamed("Verein Pro Nutzer")).toBe(2);
  });

  it("leaves queries alone", async () => {
    const key = "query-key";
    const variables = { slug: "kargah-e-v" };
    const first = await post(ORGANISATION_BY_SLUG, variables, { cookie: coordinator, key });
    expect(first.status).toBe(200);
    expect(first.body.errors).toBeUndefined();
    // Neither stored nor compared: the same key may then serve a mutation.
    const mutation = await post(CREATE_ORGANISATION, create("Verein Nach Abfrage"), { cookie: coordinator, key });
    expect(mutation.body.errors).toBeUndefined();
    const rows = (await server.dataSource.query(`SELECT count(*)::int AS n FROM idempotency_key WHERE key = $1`, [
      key,
    ])) as [{ n: number }];
    expect(rows[0].n).toBe(1);
  });

  it("refuses a bad key with 400 before acting", async () => {
    for (const key of ["", "x".repeat(201), "tab\there", "ümlaut"]) {
      const answer = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          accept: "application/graphql-response+json",
          cookie: coordinator,
          "idempotency-key": Buffer.from(key, "utf8").toString("latin1"),
        },
        body: JSON.stringify({ query: CREATE_ORGANISATION, variables: create("Verein Schlechter Schlüssel") }),
      });
      expect(answer.status, JSON.stringify(key)).toBe(400);
      const body = (await answer.json()) as RawAnswer["body"];
      expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
    expect(await organisationsNamed("Verein Schlechter Schlüssel")).toBe(0);
  });

  it("does not store an answer that set the session cookie", async () => {
    const login = `mutation($e:String!,$p:String!){ login(email:$e,password:$p){ id } }`;
    const variables = { e: DEMO.coordinator, p: DEMO.password };
    const first = await post(login, variables, { cookie: coordinator, key: "login-key" });
    expect(first.body.errors).toBeUndefined();
    const rows = (await server.dataSource.query(`SELECT count(*)::int AS n FROM idempotency_key WHERE key = $1`, [
      "login-key",
    ])) as [{ n: number }];
    expect(rows[0].n).toBe(0);
  });

  it("takes over a key whose answer has expired", async () => {
    const key = "old-key";
    await post(CREATE_ORGANISATION, create("Verein Alt"), { cookie: coordinator, key });
    await server.dataSource.query(
      `UPDATE idempotency_key SET created_at = now() - interval '25 hours' WHERE key = $1`,
      [key],
    );
    const later = await post(CREATE_ORGANISATION, create("Verein Neu"), { cookie: coordinator, key });
    expect(later.body.errors).toBeUndefined();
    expect(await organisationsNamed("Verein Neu")).toBe(1);
  });
});
