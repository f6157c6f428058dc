/**
 * Child process of the bench: the floor. A bare HTTP server that answers the bench's two shapes
 * (the nested directory query and the profile page) for a signed-out visitor with ONE hand-written
 * SQL statement each, built as the answer's JSON text by PostgreSQL and sent as it comes: no
 * GraphQL, no ORM, no JSON parsing in Node. It has this server's semantics (directory order
 * lower(name), de-duplicated partners incl. joint applications in German order, their applications
 * newest first and public ones only, relations either way); the bench checks that its answers equal
 * the ALBuM server's before loading it. What the data allow on this machine, not a product.
 */
process.env.NODE_ENV ??= "production";
import http from "node:http";
import pg from "pg";
import type { PostGraphileJob } from "./children";
import { closeHttpServer, listenOnLoopback, serveAsChild } from "./server-child";
import { NESTED_QUERY, PROFILE_QUERY } from "./queries";

/** Partners of organisation `o` (relations either way, joint applications), as loadPartnerIds. */
const PARTNER_IDS = `SELECT r.target_id FROM relation r WHERE r.source_id = o.id
  UNION SELECT r.source_id FROM relation r WHERE r.target_id = o.id
  UNION SELECT t.organisation_id FROM application_participant m
          JOIN application_participant t ON t.application_id = m.application_id AND t.organisation_id <> m.organisation_id
         WHERE m.organisation_id = o.id`;

const NESTED_SQL = `
SELECT json_build_object('data', json_build_object('organisations', json_build_object('edges',
  coalesce(json_agg(json_build_object('node', json_build_object('name', o.name, 'relations', rel.list, 'partners', par.list))
           ORDER BY lower(o.name), o.id), '[]'::json))))::text AS body
FROM (SELECT id, name FROM organisation WHERE archived_at IS NULL ORDER BY lower(name), id LIMIT $1) o
CROSS JOIN LATERAL (
  SELECT coalesce(json_agg(json_build_object('type', r.type) ORDER BY r.type, r.id), '[]'::json) AS list
    FROM relation r WHERE r.source_id = o.id OR r.target_id = o.id) rel
CROSS JOIN LATERAL (
  SELECT coalesce(json_agg(json_build_object('name', p.name, 'applications', (
           SELECT coalesce(json_agg(json_build_object('title', a.title) ORDER BY a.starts_on DESC NULLS LAST, a.title, a.id), '[]'::json)
             FROM application a
            WHERE a.id IN (SELECT application_id FROM application_participant WHERE organisation_id = p.id
                           UNION SELECT id FROM application WHERE lead_organisation_id = p.id)
              AND a.status IN ('RUNNING', 'COMPLETED')))
         ORDER BY p.name COLLATE "de-x-icu", p.id), '[]'::json) AS list
    FROM organisation p WHERE p.id IN (${PARTNER_IDS})) par`;

const END = `json_build_object('id', x.id, 'slug', x.slug, 'name', x.name)`;
const PROFILE_SQL = `
SELECT json_build_object('data', json_build_object('organisation', json_build_object(
  'id', o.id, 'name', o.name, 'kind', o.kind, 'description', o.description, 'city', o.city,
  'relations', (SELECT coalesce(json_agg(json_build_object('id', r.id, 'type', r.type, 'since', r.since, 'until', r.until, 'note', r.note,
                  'source', (SELECT ${END} FROM organisation x WHERE x.id = r.source_id),
                  'target', (SELECT ${END} FROM organisation x WHERE x.id = r.target_id)) ORDER BY r.type, r.id), '[]'::json)
                  FROM relation r WHERE r.source_id = o.id OR r.target_id = o.id),
  'memberships', (SELECT coalesce(json_agg(json_build_object('kind', m.kind, 'since', m.since, 'until', m.until)
                    ORDER BY m.since, m.kind, m.id), '[]'::json) FROM membership m WHERE m.organisation_id = o.id),
  'contactPersons', '[]'::json)))::text AS body
FROM organisation o WHERE o.id = $1`;

serveAsChild(async (job: PostGraphileJob) => {
  const pool = new pg.Pool({ connectionString: job.databaseUrl, max: job.poolSize });
  pool.on("error", () => undefined);
  const answer = async (body: { query?: string; variables?: Record<string, unknown> }): Promise<string> => {
    // Named statements: parsed and planned once per connection, as PostGraphile 5 does.
    if (body.query === NESTED_QUERY) {
      const result = await pool.query({ name: "nested", text: NESTED_SQL, values: [body.variables?.n ?? 20] });
      return (result.rows[0] as { body: string }).body;
    }
    if (body.query === PROFILE_QUERY) {
      const result = await pool.query({ name: "profile", text: PROFILE_SQL, values: [body.variables?.id] });
      return (result.rows[0] as { body: string } | undefined)?.body ?? '{"data":{"organisation":null}}';
    }
    throw new Error("the floor answers only the bench's two documents");
  };
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      answer(JSON.parse(Buffer.concat(chunks).toString("utf8")) as { query?: string })
        .then((text) => {
          response.writeHead(200, { "content-type": "application/json" });
          response.end(text);
        })
        .catch((error: unknown) => {
          response.writeHead(400, { "content-type": "application/json" });
          response.end(JSON.stringify({ errors: [{ message: String(error) }] }));
        });
    });
  });
  return {
    port: await listenOnLoopback(server),
    async stop() {
      await closeHttpServer(server);
      await pool.end();
    },
  };
});
