import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { startSmtpSink, type SmtpSink } from "../support/smtp-sink";

/**
 * Several server processes on one PostgreSQL database: the built server (`node server`) started
 * as child processes, a real SMTP server on loopback. PostgreSQL only: PGlite is one process by design
 * (its data folder is locked), and its single-process path is covered by mail-and-accounts.test.ts.
 */
const ROOT = path.resolve(__dirname, "../..");
const MAIN = path.join(ROOT, "server/dist/server/src/main.js");

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** The build is reused unless a source file changed since. */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

interface Proc {
  child: ChildProcess;
  url: string;
  output: string[];
}

let database: TestDatabase;
let smtp: SmtpSink;
let db: pg.Client;
const running: Proc[] = [];

async function startProcess(): Promise<Proc> {
  const port = await freePort();
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: "test",
      PORT: String(port),
      DATABASE_URL: database.databaseUrl!,
      SMTP_URL: smtp.url,
      APP_URL: "https://album.example",
      MAIL_DRAIN_SECONDS: "1",
      JOB_POLL_SECONDS: "1",
      SWEEP_SECONDS: "2",
      MAIL_LEASE_SECONDS: "4",
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const proc: Proc = { child, url: `http://127.0.0.1:${port}`, output: [] };
  child.stdout!.on("data", (chunk: Buffer) => proc.output.push(chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => proc.output.push(chunk.toString()));
  running.push(proc);
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited: ${proc.output.join("")}`);
    try {
      if ((await fetch(`${proc.url}/readyz`)).ok) return proc;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server not ready: ${proc.output.join("")}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function stopProcess(proc: Proc, signal: NodeJS.Signals): Promise<void> {
  if (proc.child.exitCode !== null || proc.child.signalCode !== null) return;
  const exited = new Promise((resolve) => proc.child.once("exit", resolve));
  proc.child.kill(signal);
  await exited;
}

async function count(sql: string, params: unknown[] = []): Promise<number> {
  const { rows } = await db.query<{ n: number }>(sql, params);
  return rows[0]!.n;
}

const postgres = Boolean(process.env.DATABASE_URL);

describe.skipIf(!postgres)("two server processes on one PostgreSQL database", () => {
  beforeAll(async () => {
    if (!fs.existsSync(MAIN) || newestSource(path.join(ROOT, "server/src")) > fs.statSync(MAIN).mtimeMs)
      execFileSync("npm", ["run", "build", "-w", "server"], { cwd: ROOT, stdio: "ignore" });
    database = await createTestDatabase();
    smtp = await startSmtpSink();
    db = new pg.Client({ connectionString: database.databaseUrl! });
    await db.connect();
  }, 300_000);

  afterAll(async () => {
    for (const proc of running) await stopProcess(proc, "SIGKILL");
    await db?.end();
    await smtp?.close();
    await database?.drop();
  });

  it("a due reminder is sent once, although both processes sweep", async () => {
    // The first process migrates and seeds; the second finds the database ready.
    const first = await startProcess();
    const second = await startProcess();
    const [application] = (
      await db.query<{ id: string }>(
        `SELECT id FROM application WHERE status::text NOT IN ('WITHDRAWN', 'REJECTED', 'COMPLETED') LIMIT 1`,
      )
    ).rows;
    expect(application).toBeDefined();
    await db.query(
      `INSERT INTO application_milestone (application_id, kind, title, due_at)
       VALUES ($1, 'OTHER', 'Mehrprozess-Frist', now() + interval '3 days')`,
      [application!.id],
    );
    const expected = async () =>
      count(
        `SELECT count(*)::int AS n FROM notification WHERE kind = 'DEADLINE_SOON' AND payload->>'title' LIKE 'Mehrprozess-Frist%'`,
      );
    const deadline = Date.now() + 60_000;
    while ((await expected()) === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 500));
    const recipients = await expected();
    expect(recipients).toBeGreaterThan(0);
    const mails = await smtp.waitFor((m) => m.text.includes("Mehrprozess-Frist"), recipients);
    // Several drains and sweeps later, still one mail per recipient.
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    const all = smtp.mails.filter((m) => m.text.includes("Mehrprozess-Frist"));
    expect(all).toHaveLength(recipients);
    expect(new Set(all.map((m) => m.to)).size).toBe(recipients);
    expect(mails.every((m) => m.link?.startsWith("https://album.example/antraege/"))).toBe(true);
    await stopProcess(second, "SIGTERM");
    await stopProcess(first, "SIGTERM");
    expect(first.child.exitCode).toBe(0);
  }, 240_000);

  it("a process killed after the commit and before the mail is out: the mail goes out once after restart", async () => {
    const first = await startProcess();
    smtp.hold();
    const answer = await fetch(`${first.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: `mutation($e: String!) { requestPasswordReset(email: $e) }`,
        variables: { e: "partner@kargah.example" },
      }),
    });
    expect(((await answer.json()) as { data: unknown }).data).toEqual({ requestPasswordReset: true });
    // The mail is committed and its send has begun: the SMTP server holds the DATA unanswered.
    const deadline = Date.now() + 60_000;
    while (smtp.held() === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    expect(smtp.held()).toBe(1);
    await stopProcess(first, "SIGKILL");
    smtp.release();
    expect(smtp.mails.filter((m) => m.to.includes("partner@kargah.example"))).toHaveLength(0);
    expect(await count(`SELECT count(*)::int AS n FROM mail_outbox WHERE sent_at IS NULL`)).toBe(1);

    await startProcess();
    await smtp.waitFor((m) => m.to.includes("partner@kargah.example"));
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    expect(smtp.mails.filter((m) => m.to.includes("partner@kargah.example"))).toHaveLength(1);
    expect(await count(`SELECT count(*)::int AS n FROM mail_outbox WHERE sent_at IS NULL`)).toBe(0);
  }, 240_000);

  it("failed sign-ins spread over both processes meet the limit at the same count as on one", async () => {
    const [a, b] = [await startProcess(), await startProcess()];
    const statuses: string[] = [];
    // The default limit: 5 failures per account and address in the window, the 6th is refused.
    for (let attempt = 0; attempt < 8; attempt++) {
      const target = attempt % 2 === 0 ? a : b;
      const response = await fetch(`${target.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          query: `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }`,
          variables: { e: "partner@vhs-hannover.example", p: `wrong-${attempt}` },
        }),
      });
      const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
      statuses.push(body.errors?.[0]?.extensions?.code ?? "OK");
    }
    expect(statuses).toEqual([
      ...Array<string>(5).fill("UNAUTHENTICATED"),
      ...Array<string>(3).fill("TOO_MANY_REQUESTS"),
    ]);
  }, 240_000);
});
