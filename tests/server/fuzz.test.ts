/**
 * Schema-driven fuzzing over real HTTP: random operations built from the API contract (with hostile
 * variables), malformed documents and malformed request bodies, as anonymous, a partner and the
 * office. Every answer must be a client error or a result, never a 5xx or INTERNAL_SERVER_ERROR,
 * and a mutation that is refused must leave the database as it was.
 *
 * The seed is fixed so CI sees the same cases on every run (~40 s on PGlite, ~45 s on PostgreSQL). More cases locally:
 *   FUZZ_RUNS=2000 FUZZ_SEED=$RANDOM TEST_LOG_LEVEL=error npx vitest run tests/server/fuzz.test.ts
 * FUZZ_RUNS is the number of cases of each property (CI: 400–800), FUZZ_SEED picks other cases,
 * FUZZ_STATS=1 prints how the operations ended; a failure prints fast-check's shrunk counterexample
 * (persona, document, variables) and TEST_LOG_LEVEL=error shows the server's log of it.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isAbstractType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, signIn, startTestServer, type TestServer } from "../support/test-server";

const SEED = Number(process.env.FUZZ_SEED ?? 20_260_417);
const RUNS = Number(process.env.FUZZ_RUNS ?? 0);
/** CI sizes: the whole file stays under a minute per database on a shared 2-core machine. */
function runs(ciDefault: number): number {
  return RUNS > 0 ? RUNS : ciDefault;
}

const schema: GraphQLSchema = buildSchema(readFileSync(path.resolve(__dirname, "../../schema/schema.graphql"), "utf8"));

/**
 * `logout` would end the persona's session and make every later case anonymous. `login` is sent
 * without a cookie (see `send`), so a lucky guess cannot replace a persona's session either.
 */
const EXCLUDED_ROOT_FIELDS = new Set(["logout"]);

type Persona = "anonymous" | "kargah" | "coordinator";
const PERSONAS: Persona[] = ["anonymous", "kargah", "coordinator"];

let server: TestServer;
const cookies: Record<Persona, string | undefined> = {
  anonymous: undefined,
  kargah: undefined,
  coordinator: undefined,
};
/** Ids that exist, so that generated cases reach the authorization and state rules, not only "not found". */
let knownIds: string[] = [];
/** Tables whose content a refused mutation must not change (sessions touch their last-seen time). */
let fingerprintTables: string[] = [];

beforeAll(async () => {
  server = await startTestServer({
    // Many expensive cases in a minute would otherwise use up the office's budget and turn the rest into refusals.
    queryCost: { budgetPerMinute: 0 },
  });
  cookies.kargah = await signIn(server, DEMO.kargah);
  cookies.coordinator = await signIn(server, DEMO.coordinator);
  const tables = (await server.dataSource.query(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
  )) as { name: string }[];
  // A refused sign-in must count against the login limit: rate_limit changing is the limit working.
  fingerprintTables = tables
    .map((t) => t.name)
    .filter((name) => !["migrations", "user_session", "rate_limit"].includes(name));
  for (const table of [
    "organisation",
    "relation",
    "call_for_proposals",
    "application",
    "application_milestone",
    "exchange",
    "exchange_participation",
    "tandem_request",
    "matching_rule",
    "notification",
    "funding_programme",
  ]) {
    const rows = (await server.dataSource.query(`SELECT id::text AS id FROM "${table}" ORDER BY id LIMIT 4`)) as {
      id: string;
    }[];
    knownIds.push(...rows.map((r) => r.id));
  }
  knownIds = [...new Set(knownIds)];
});

afterAll(async () => {
  await server?.close();
});

/** Every stored row, hashed per table: cheap at seed size and blind to nothing a mutation could write. */
async function fingerprint(): Promise<Record<string, string>> {
  const parts = fingerprintTables.map(
    (t) =>
      `SELECT '${t}' AS name, count(*)::text || ':' || coalesce(md5(string_agg(x::text, ',' ORDER BY x::text)), '') AS hash FROM "${t}" x`,
  );
  const rows = (await server.dataSource.query(parts.join(" UNION ALL "))) as { name: string; hash: string }[];
  return Object.fromEntries(rows.map((r) => [r.name, r.hash]));
}

interface Answer {
  status: number;
  text: string;
  body: { data?: Record<string, unknown> | null; errors?: { path?: unknown[]; extensions?: { code?: string } }[] };
}

async function send(
  body: string,
  persona: Persona,
  options: { contentType?: string; withCookie?: boolean } = {},
): Promise<Answer> {
  const cookie = options.withCookie === false ? undefined : cookies[persona];
  const response = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": options.contentType ?? "application/json", ...(cookie ? { cookie } : {}) },
    body,
  });
  const text = await response.text();
  let parsed: Answer["body"];
  try {
    parsed = JSON.parse(text) as Answer["body"];
  } catch {
    throw new Error(`HTTP ${response.status} answered with a body that is not JSON: ${text.slice(0, 300)}`);
  }
  return { status: response.status, text, body: parsed };
}

/** What every answer must be: below 500, JSON with data or errors, no internal error. */
function expectClientGradeAnswer(answer: Answer): void {
  const where = `HTTP ${answer.status}: ${answer.text.slice(0, 600)}`;
  expect(answer.status, where).toBeLessThan(500);
  expect(typeof answer.body === "object" && answer.body !== null, where).toBe(true);
  expect("data" in answer.body || "errors" in answer.body, where).toBe(true);
  const codes = (answer.body.errors ?? []).map((e) => e.extensions?.code);
  expect(codes, where).not.toContain("INTERNAL_SERVER_ERROR");
}

// ---------------------------------------------------------------------------------------------
// Values: valid ones from the input types, and hostile ones

const hostileStrings = fc.constantFrom(
  "",
  " ",
  "   ",
  "\u0000",
  "name\u0000with NUL",
  "\uD800",
  "lone \uDC00 low surrogate",
  "\u202Eevil\u202C",
  "\u200B\u200B\u200B",
  "\uFEFF",
  "\u2066isolate\u2069",
  "🏳️‍🌈 emoji ZWJ",
  "e\u0301 combining",
  "'; DROP TABLE organisation; --",
  "<script>alert(1)</script>",
  '=HYPERLINK("http://x")',
  "0000-01-01",
  "9999-12-31",
  "2024-02-30",
  "-1",
  "NaN",
  "null",
  "00000000-0000-0000-0000-000000000000",
  "not-a-uuid",
  "x".repeat(5_000),
  "ü".repeat(70_000),
);

const anyString = fc.oneof(
  { arbitrary: fc.string({ maxLength: 40 }), weight: 3 },
  // Any UTF-16 code unit, lone surrogates and control characters included.
  {
    arbitrary: fc.string({
      unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
      maxLength: 20,
    }),
    weight: 2,
  },
  { arbitrary: hostileStrings, weight: 3 },
);

const isoDate = fc
  .date({ min: new Date("1800-01-01T00:00:00Z"), max: new Date("2200-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString());
/** The years the API accepts (input hygiene), for well-formed cases. */
const saneIsoDate = fc
  .date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2060-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString());

/**
 * A case is either well-formed (values of the right type, so that it reaches the services' rules
 * and authorization) or hostile (each value may be a hostile string, a wrong type, a missing
 * required field): all-hostile cases would almost never get past the input gate.
 */
function scalarValue(name: string, hostile: boolean): fc.Arbitrary<unknown> {
  switch (name) {
    case "ID":
      return hostile
        ? fc.oneof(
            { arbitrary: fc.constantFrom(...knownIds), weight: 4 },
            { arbitrary: fc.uuid(), weight: 2 },
            { arbitrary: anyString, weight: 1 },
            { arbitrary: fc.integer(), weight: 1 },
          )
        : fc.oneof({ arbitrary: fc.constantFrom(...knownIds), weight: 4 }, { arbitrary: fc.uuid(), weight: 1 });
    case "String":
      return hostile ? anyString : fc.string({ maxLength: 40 });
    case "Int":
      return fc.oneof(
        { arbitrary: fc.integer({ min: -5, max: 150 }), weight: 10 },
        {
          arbitrary: hostile
            ? fc.constantFrom(0, -1, 2_147_483_647, -2_147_483_648, 2 ** 31, 2 ** 53, 1.5, -1e308)
            : fc.constantFrom(0, 2_147_483_647, -2_147_483_648),
          weight: 1,
        },
      );
    case "Float":
      return hostile
        ? fc.oneof(
            { arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }), weight: 3 },
            { arbitrary: fc.constantFrom(0, -0, -1, 0.01, 1e308, -1e308, 5e-324, 1e15), weight: 1 },
          )
        : fc.double({ min: 0, max: 1_000_000, noNaN: true });
    case "Boolean":
      return fc.boolean();
    case "DateTime":
      return hostile
        ? fc.oneof(
            { arbitrary: isoDate, weight: 3 },
            {
              arbitrary: fc.constantFrom(
                "0000-01-01T00:00:00Z",
                "+275760-09-13T00:00:00.000Z",
                "2024-13-01T00:00:00Z",
                "2024-02-30T25:61:00Z",
                "yesterday",
                "1970-01-01",
              ),
              weight: 1,
            },
          )
        : saneIsoDate;
    case "LocalDate":
      return hostile
        ? fc.oneof(
            { arbitrary: isoDate.map((d) => d.slice(0, 10)), weight: 3 },
            {
              arbitrary: fc.constantFrom("0000-01-01", "9999-12-31", "2024-02-30", "1899-12-31", "2024-1-1"),
              weight: 1,
            },
          )
        : saneIsoDate.map((d) => d.slice(0, 10));
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** Anything JSON can carry: what a confused or malicious client sends in place of the right type. */
const wrongValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom<unknown>(null, [], {}, "", 0, true, [null], { __proto__: 1 }, "SPACESHIP"),
);

const MAX_INPUT_DEPTH = 3;

function inputValue(type: GraphQLInputType, hostile: boolean, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) {
    const valid = nullableInputValue(type.ofType, hostile, depth);
    return hostile ? fc.oneof({ arbitrary: valid, weight: 10 }, { arbitrary: fc.constant(null), weight: 1 }) : valid;
  }
  const valid = nullableInputValue(type, hostile, depth);
  return fc.oneof(
    { arbitrary: valid, weight: 10 },
    { arbitrary: fc.constant(null), weight: 1 },
    ...(hostile ? [{ arbitrary: wrongValue, weight: 1 }] : []),
  );
}

function nullableInputValue(type: GraphQLInputType, hostile: boolean, depth: number): fc.Arbitrary<unknown> {
  if (isListType(type)) {
    if (depth >= MAX_INPUT_DEPTH) return fc.constant([]);
    const item = inputValue(type.ofType as GraphQLInputType, hostile, depth + 1);
    // A single item where a list is expected is valid GraphQL input coercion.
    return fc.oneof({ arbitrary: fc.array(item, { maxLength: 4 }), weight: 4 }, { arbitrary: item, weight: 1 });
  }
  if (isEnumType(type)) {
    const values = type.getValues().map((v) => v.name);
    return hostile
      ? fc.oneof(
          { arbitrary: fc.constantFrom(...values), weight: 6 },
          { arbitrary: fc.constantFrom("SPACESHIP", values[0]!.toLowerCase(), ""), weight: 1 },
        )
      : fc.constantFrom(...values);
  }
  if (isInputObjectType(type)) {
    if (depth >= MAX_INPUT_DEPTH) return fc.constant({});
    const fields = Object.values(type.getFields());
    const entries = fields.map((field) => {
      const required = isNonNullType(field.type) && field.defaultValue === undefined;
      const present = inputValue(field.type, hostile, depth + 1).map((value) => [field.name, value] as const);
      // Optional fields are there half the time; required ones always, unless the case is hostile.
      if (required && !hostile) return present;
      return fc.oneof(
        { arbitrary: present, weight: required ? 10 : 1 },
        { arbitrary: fc.constant(undefined), weight: 1 },
      );
    });
    const extra = hostile
      ? fc.option(fc.tuple(fc.constantFrom("unknownField", "__proto__", "id"), wrongValue))
      : fc.constant(null);
    return fc.tuple(fc.tuple(...entries), extra).map(([pairs, unknownField]) => {
      const object: Record<string, unknown> = {};
      for (const pair of pairs) if (pair) object[pair[0]] = pair[1];
      if (unknownField) Object.defineProperty(object, unknownField[0], { value: unknownField[1], enumerable: true });
      return object;
    });
  }
  return scalarValue((type as GraphQLNamedType).name, hostile);
}

// ---------------------------------------------------------------------------------------------
// Documents: a root field with its arguments as variables and a bounded selection set

const MAX_SELECTION_DEPTH = 2;

function requiresArguments(field: GraphQLField<unknown, unknown>): boolean {
  return field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined);
}

function selectionSet(type: GraphQLOutputType, depth: number): fc.Arbitrary<string> {
  const named = getNamedType(type);
  if (isLeafType(named)) return fc.constant("");
  if (isAbstractType(named)) {
    const possible = schema.getPossibleTypes(named);
    return fc
      .constantFrom(...possible)
      .chain((object) =>
        objectSelection(object, depth).map((inner) => `{ __typename ... on ${object.name} ${inner} }`),
      );
  }
  return objectSelection(named as GraphQLObjectType, depth);
}

function objectSelection(object: GraphQLObjectType, depth: number): fc.Arbitrary<string> {
  const fields = Object.values(object.getFields()).filter(
    (f) => !requiresArguments(f) && (depth < MAX_SELECTION_DEPTH || isLeafType(getNamedType(f.type))),
  );
  if (fields.length === 0) return fc.constant("{ __typename }");
  return fc
    .subarray(fields, { minLength: 1, maxLength: Math.min(5, fields.length) })
    .chain((chosen) =>
      fc
        .tuple(...chosen.map((f) => selectionSet(f.type, depth + 1).map((inner) => `${f.name} ${inner}`.trim())))
        .map((parts) => `{ ${parts.join(" ")} }`),
    );
}

interface OperationCase {
  persona: Persona;
  kind: "query" | "mutation";
  field: string;
  hostile: boolean;
  document: string;
  variables: Record<string, unknown>;
}

function rootFields(kind: "query" | "mutation"): GraphQLField<unknown, unknown>[] {
  const root = kind === "query" ? schema.getQueryType() : schema.getMutationType();
  return Object.values(root?.getFields() ?? {}).filter((f) => !EXCLUDED_ROOT_FIELDS.has(f.name));
}

function variablesFor(args: readonly GraphQLArgument[], hostile: boolean): fc.Arbitrary<Record<string, unknown>> {
  const entries = args.map((arg) => {
    const present = inputValue(arg.type, hostile).map((value) => [arg.name, value] as const);
    const required = isNonNullType(arg.type) && arg.defaultValue === undefined;
    if (required && !hostile) return present;
    return fc.oneof({ arbitrary: present, weight: 8 }, { arbitrary: fc.constant(undefined), weight: required ? 1 : 4 });
  });
  return fc.tuple(...entries).map((pairs) => {
    const variables: Record<string, unknown> = {};
    for (const pair of pairs) if (pair) variables[pair[0]] = pair[1];
    return variables;
  });
}

function operation(kind: "query" | "mutation"): fc.Arbitrary<OperationCase> {
  return fc.tuple(fc.constantFrom(...rootFields(kind)), fc.boolean()).chain(([field, hostile]) =>
    fc
      .record({
        persona: fc.constantFrom(...PERSONAS),
        variables: variablesFor(field.args, hostile),
        selection: selectionSet(field.type, 0),
      })
      .map(({ persona, variables, selection }) => {
        const declarations = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(", ");
        const argumentList = field.args.map((a) => `${a.name}: $${a.name}`).join(", ");
        const document =
          `${kind} Fuzz${declarations ? `(${declarations})` : ""} ` +
          `{ ${field.name}${argumentList ? `(${argumentList})` : ""} ${selection} }`;
        return { persona, kind, field: field.name, hostile, document, variables };
      }),
  );
}

/**
 * A mutation was refused when its root field errored or the request never executed; an error
 * deeper in the selection (a field the viewer may not read) comes after the mutation ran.
 */
function refused(answer: Answer, field: string): boolean {
  const errors = answer.body.errors ?? [];
  if (errors.length === 0) return false;
  if (errors.some((e) => Array.isArray(e.path) && e.path.length > 1)) return false;
  return answer.body.data == null || answer.body.data[field] == null;
}

/** How the cases ended, so a generator that only ever produces invalid requests shows up as a failure. */
const outcomes = { executed: 0, refusedInResolver: 0, refusedBeforeExecution: 0, dbChecked: 0 };

async function runOperation(c: OperationCase): Promise<void> {
  const before = c.kind === "mutation" ? await fingerprint() : null;
  const answer = await send(JSON.stringify({ query: c.document, variables: c.variables }), c.persona, {
    withCookie: c.field !== "login",
  });
  expectClientGradeAnswer(answer);
  const errors = answer.body.errors ?? [];
  if (errors.length === 0) outcomes.executed++;
  else if (errors.some((e) => Array.isArray(e.path))) outcomes.refusedInResolver++;
  else outcomes.refusedBeforeExecution++;
  if (before && refused(answer, c.field)) {
    outcomes.dbChecked++;
    const after = await fingerprint();
    const changed = Object.keys(after).filter((t) => after[t] !== before[t]);
    expect(changed, `refused ${c.field} changed the database: ${answer.text.slice(0, 400)}`).toEqual([]);
  }
}

// ---------------------------------------------------------------------------------------------
// Malformed documents and bodies

const tokens = fc.constantFrom(
  "{",
  "}",
  "(",
  ")",
  "[",
  "]",
  ":",
  "$",
  "!",
  "...",
  "@",
  "=",
  "|",
  "&",
  "query",
  "mutation",
  "subscription",
  "fragment",
  "on",
  "organisations",
  "network",
  "me",
  "login",
  "id",
  "name",
  "__typename",
  "__schema",
  "first",
  '"',
  '"""',
  "#",
  "1e999",
  "-0",
  "null",
  "\u0000",
  "\uD800",
);

/** Built on demand: truncations need the ids known only once the server runs. */
const malformedDocument = (): fc.Arbitrary<{ query: string; variables?: unknown }> =>
  fc.oneof(
    // A valid operation cut short somewhere.
    operation("query").chain((c) =>
      fc
        .nat({ max: c.document.length - 1 })
        .map((cut) => ({ query: c.document.slice(0, cut), variables: c.variables })),
    ),
    fc.array(tokens, { minLength: 1, maxLength: 30 }).map((parts) => ({ query: parts.join(" ") })),
    fc.nat({ max: 3000 }).map((n) => ({ query: `{ ${"organisations { ".repeat(n % 300)}id` })),
    fc.nat({ max: 200 }).map((n) => ({ query: `{ me ${"}".repeat(n)}` })),
    anyString.map((query) => ({ query })),
  );

const malformedBody = fc.oneof(
  fc.constantFrom(
    "",
    "{",
    "{]",
    "null",
    "[]",
    "0",
    '"query"',
    '{"query":}',
    '{"query": "{ me { id } }",}',
    "\uFEFF{}",
    '{"query": "{ me { id } }", "variables": "{}"}',
  ),
  fc
    .record({
      query: fc.oneof(wrongValue, anyString, fc.constant("{ me { id } }")),
      variables: fc.option(wrongValue),
      operationName: fc.option(fc.oneof(anyString, wrongValue)),
      extensions: fc.option(wrongValue),
    })
    .map((body) => JSON.stringify(body)),
  fc.array(fc.record({ query: fc.constant("{ me { id } }") }), { maxLength: 3 }).map((batch) => JSON.stringify(batch)),
  fc.string({ maxLength: 60 }),
);

// ---------------------------------------------------------------------------------------------

describe("schema-driven fuzzing: never a 5xx, refused mutations change nothing", () => {
  it("answers random queries built from the schema", { timeout: 180_000 }, async () => {
    Object.assign(outcomes, { executed: 0, refusedInResolver: 0, refusedBeforeExecution: 0, dbChecked: 0 });
    await fc.assert(fc.asyncProperty(operation("query"), runOperation), { seed: SEED, numRuns: runs(800) });
    if (RUNS > 0 || process.env.FUZZ_STATS) console.info("queries:", outcomes);
    expect(outcomes.executed, JSON.stringify(outcomes)).toBeGreaterThan(runs(800) / 5);
  });

  it("answers random mutations and leaves the database alone when refusing them", { timeout: 180_000 }, async () => {
    Object.assign(outcomes, { executed: 0, refusedInResolver: 0, refusedBeforeExecution: 0, dbChecked: 0 });
    await fc.assert(fc.asyncProperty(operation("mutation"), runOperation), { seed: SEED + 1, numRuns: runs(600) });
    // The database check is only worth something if cases get past validation into the services.
    if (RUNS > 0 || process.env.FUZZ_STATS) console.info("mutations:", outcomes);
    expect(outcomes.executed, JSON.stringify(outcomes)).toBeGreaterThan(0);
    expect(outcomes.refusedInResolver, JSON.stringify(outcomes)).toBeGreaterThan(runs(600) / 10);
  });

  it("answers malformed documents with a client error", { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(malformedDocument(), fc.constantFrom(...PERSONAS), async (body, persona) => {
        expectClientGradeAnswer(await send(JSON.stringify(body), persona));
      }),
      { seed: SEED + 2, numRuns: runs(400) },
    );
  });

  it("answers malformed request bodies with a JSON client error", { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(
        malformedBody,
        fc.constantFrom(...PERSONAS),
        fc.constantFrom("application/json", "application/json; charset=latin1", "application/graphql-response+json"),
        async (body, persona, contentType) => {
          expectClientGradeAnswer(await send(body, persona, { contentType }));
        },
      ),
      { seed: SEED + 3, numRuns: runs(400) },
    );
  });
});

describe("cases the fuzzer found", () => {
  it("answers matchingRules with a malformed call id like an unknown call (was INTERNAL_SERVER_ERROR)", async () => {
    const document = `query($callId: ID) { matchingRules(callId: $callId) { id } }`;
    const malformed = await send(JSON.stringify({ query: document, variables: { callId: "\u0001" } }), "coordinator");
    const unknown = await send(
      JSON.stringify({ query: document, variables: { callId: "00000000-0000-4000-8000-000000000000" } }),
      "coordinator",
    );
    expect(malformed.body.errors).toBeUndefined();
    expect(malformed.body.data).toEqual(unknown.body.data);
  });

  it("answers the network of a filter that matches nothing (was INTERNAL_SERVER_ERROR from the betweenness metric)", async () => {
    const answer = await send(
      JSON.stringify({
        query: `query($filter: OrganisationFilter) { network(filter: $filter) { nodes { betweenness } edges { weight } density } }`,
        variables: { filter: { search: "no organisation is called like this" } },
      }),
      "anonymous",
    );
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data).toEqual({ network: { nodes: [], edges: [], density: 0 } });
  });

  it("answers a visitor asking only for closed calls with an empty page (was INTERNAL_SERVER_ERROR from the status enum)", async () => {
    const document = `query($filter: CallFilter) { calls(filter: $filter) { totalCount } }`;
    const closed = await send(
      JSON.stringify({ query: document, variables: { filter: { statuses: ["CLOSED"] } } }),
      "anonymous",
    );
    expect(closed.body.errors).toBeUndefined();
    expect(closed.body.data).toEqual({ calls: { totalCount: 0 } });
  });

  it("refuses a subscription with a validation error (was INTERNAL_SERVER_ERROR: the schema has none)", async () => {
    const answer = await send(JSON.stringify({ query: "subscription { query }" }), "anonymous");
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });
});
