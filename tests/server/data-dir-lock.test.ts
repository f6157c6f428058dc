import { execFile, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { createDataSource, openDatabase } from "../../server/src/db/data-source";
import { entities } from "../../server/src/modules/entities";
import { DataDirLockedError } from "../../server/src/db/data-dir-lock";

const log = pino({ level: "silent" });
const folders: string[] = [];
function tempDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "album-lock-"));
  folders.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of folders.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

// One PGlite per data folder is a property of the embedded database only.
describe.skipIf(Boolean(process.env.DATABASE_URL))("one writer per embedded data folder", () => {
  it("refuses a second opener in the same process, naming the holder, and frees the folder on close", async () => {
    const dataDir = tempDataDir();
    const first = await openDatabase(createDataSource({ databaseUrl: null, dataDir, log, entities }), log);
    const second = createDataSource({ databaseUrl: null, dataDir, log, entities });
    const refusal = await openDatabase(second, log).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(DataDirLockedError);
    expect((refusal as Error).message).toContain(`process ${process.pid}`);
    expect(second.isInitialized).toBe(false);
    await first.destroy();
    const third = await openDatabase(createDataSource({ databaseUrl: null, dataDir, log, entities }), log);
    expect(third.isInitialized).toBe(true);
    await third.destroy();
    expect(fs.existsSync(path.join(dataDir, "album.lock"))).toBe(false);
  });

  it("takes over the lock of a process that died without releasing it (kill -9)", async () => {
    const dataDir = tempDataDir();
    const child = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"]);
    const deadPid = child.pid!;
    child.kill("SIGKILL");
    await new Promise((resolve) => child.once("exit", resolve));
    fs.writeFileSync(
      path.join(dataDir, "album.lock"),
      JSON.stringify({ pid: deadPid, hostname: os.hostname(), since: new Date().toISOString(), command: "main.js" }),
    );
    const dataSource = await openDatabase(createDataSource({ databaseUrl: null, dataDir, log, entities }), log);
    expect(dataSource.isInitialized).toBe(true);
    await dataSource.destroy();
  });

  it("a second process (the seed CLI) exits with a message naming the holder and changes nothing", async () => {
    const dataDir = tempDataDir();
    const holder = await openDatabase(createDataSource({ databaseUrl: null, dataDir, log, entities }), log);
    const lockBefore = fs.readFileSync(path.join(dataDir, "album.lock"), "utf8");
    const outcome = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", path.resolve(__dirname, "../../seeds/cli.ts")],
      { env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "" }, timeout: 60_000 },
    ).then(
      () => ({ code: 0, stderr: "" }),
      (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
    );
    expect(outcome.code).not.toBe(0);
    expect(outcome.stderr).toContain(`in use by process ${process.pid}`);
    expect(fs.readFileSync(path.join(dataDir, "album.lock"), "utf8")).toBe(lockBefore);
    await holder.destroy();
  });
});
