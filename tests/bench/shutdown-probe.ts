/**
 * SIGTERM under a burst of writes, against a real server process (issue 17's probe, repeatable):
 * starts the server on a fresh embedded data folder (or DATABASE_URL), signs in as the office, sends
 * a burst of createOrganisation mutations over kept-alive connections (10 by default), sends SIGTERM a few
 * milliseconds in, then restarts the server and counts what was committed.
 *
 *   npm run build -w server && npx tsc -p tests/bench && node tests/bench/dist/tests/bench/shutdown-probe.js [--burst 50] [--connections 10] [--delay 30]
 *       [--server "node server"] [--root DIR]   (the command that starts the server, and where: this repository)
 *
 * Prints answered / reset / refused / committed and "committed without an answer" (a client that
 * retries those creates duplicates). Never part of `npm test`.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    burst: { type: "string", default: "50" },
    connections: { type: "string", default: "10" },
    delay: { type: "string", default: "30" },
    server: { type: "string", default: "node server" },
    root: { type: "string" },
  },
});
const burst = Number(values.burst);
const connections = Number(values.connections);
const delayMs = Number(values.delay);
const repoRoot = values.root ? path.resolve(values.root) : path.resolve(__dirname, "../../../../..");

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function start(dataDir: string, port: number): ChildProcess {
  const [command, ...args] = values.server!.split(" ");
  return spawn(command!, args, {
    cwd: repoRoot,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: "warn", NODE_ENV: "development" },
    stdio: ["ignore", "inherit", "inherit"],
  });
}

async function ready(port: number): Promise<void> {
  for (let attempt = 0; attempt < 240; attempt += 1) {
    const ok = await fetch(`http://127.0.0.1:${port}/readyz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("server did not become ready");
}

function post(
  port: number,
  agent: http.Agent | undefined,
  body: unknown,
  cookie = "",
): Promise<{ status: number; text: string; cookie: string | null }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: "127.0.0.1",
        port,
        path: "/graphql",
        method: "POST",
        agent,
        headers: { "content-type": "application/json", cookie },
      },
      (response) => {
        let text = "";
        response.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, text, cookie: response.headers["set-cookie"]?.[0] ?? null }),
        );
      },
    );
    request.on("error", (error: NodeJS.ErrnoException) => {
      // A request sent on a kept-alive connection that was already open is the case that must never fail.
      if (error.code)
        error.code = `${error.code}${request.reusedSocket ? " (kept-alive connection)" : " (new connection)"}`;
      reject(error);
    });
    request.end(JSON.stringify(body));
  });
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "album-shutdown-"));
  const port = await freePort();
  const marker = `Shutdownprobe${Date.now()}`;
  let server = start(dataDir, port);
  try {
    await ready(port);
    const signedIn = await post(port, undefined, {
      query: `mutation($e:String!,$p:String!){ login(email:$e,password:$p){ id } }`,
      variables: { e: "koordination@album-hannover.example", p: "album-demo-2024" },
    });
    const cookie = (signedIn.cookie ?? "").split(";")[0]!;
    const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
    await Promise.all(Array.from({ length: connections }, () => post(port, agent, { query: "{ me { id } }" }, cookie)));

    const outcomes = Array.from({ length: burst }, (_, i) =>
      post(
        port,
        agent,
        {
          query: `mutation($input: CreateOrganisationInput!){ createOrganisation(input: $input){ id } }`,
          variables: { input: { name: `${marker} ${i}`, kind: "COMPANY" } },
        },
        cookie,
      ).then(
        (reply) => ({ i, answered: reply.status === 200 && !reply.text.includes('"errors"'), error: "" }),
        (error: NodeJS.ErrnoException) => ({ i, answered: false, error: error.code ?? String(error) }),
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    const exited = new Promise((resolve) => server.once("exit", resolve));
    server.kill("SIGTERM");
    const results = await Promise.all(outcomes);
    await exited;
    agent.destroy();

    server = start(dataDir, port);
    await ready(port);
    const listed = await post(port, undefined, {
      query: `query($s:String!){ organisations(first: 100, filter: { search: $s }) { edges { node { name } } } }`,
      variables: { s: marker },
    });
    const names = new Set(
      (
        JSON.parse(listed.text) as { data: { organisations: { edges: { node: { name: string } }[] } } }
      ).data.organisations.edges
        .map((edge) => edge.node.name)
        .filter((name) => name.startsWith(marker)),
    );
    const answered = results.filter((result) => result.answered);
    const errors = new Map<string, number>();
    for (const result of results) if (result.error) errors.set(result.error, (errors.get(result.error) ?? 0) + 1);
    const silent = results.filter((result) => !result.answered && names.has(`${marker} ${result.i}`)).length;
    console.log(
      `burst ${burst} on ${connections} kept-alive connections, SIGTERM after ${delayMs} ms: answered ${answered.length}, ` +
        `${[...errors].map(([code, n]) => `${code} ${n}`).join(", ") || "no connection errors"}; ` +
        `committed ${names.size}; committed without an answer ${silent}`,
    );
  } finally {
    server.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 1500));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
