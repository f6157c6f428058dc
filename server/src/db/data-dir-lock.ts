import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** Who holds an embedded data folder; written into its lock file. */
interface LockHolder {
  pid: number;
  hostname: string;
  since: string;
  command: string;
}

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    super(
      `The data folder ${dataDir} is in use by process ${holder.pid} on ${holder.hostname} ` +
        `(${holder.command}, since ${holder.since}). PGlite allows one process per folder: stop that ` +
        `process first, or point DATA_DIR at another folder.`,
    );
    this.name = "DataDirLockedError";
  }
}

const LOCK_FILE = "album.lock";

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else — still a holder.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readHolder(file: string): LockHolder | null {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as LockHolder;
  } catch {
    return null;
  }
}

/**
 * Takes the data folder for this process alone: PGlite keeps pages in the process, so a second
 * process on the same folder (two servers, or the seed CLI beside a server) sees only its own
 * writes and corrupts indexes when both flush. The lock file names its holder; a holder that died
 * (kill -9, power loss) is recognised by its pid and replaced. Hand-written because the lock
 * libraries at hand (mtime-refreshed lock directories) neither name the holder nor release at once
 * after a crash.
 *
 * Returns the release function; it is also run on process exit.
 */
export function lockDataDir(dataDir: string): () => void {
  const file = path.join(dataDir, LOCK_FILE);
  const me: LockHolder = {
    pid: process.pid,
    hostname: os.hostname(),
    since: new Date().toISOString(),
    command:
      process.argv
        .slice(1)
        .map((arg) => path.basename(arg))
        .join(" ") || "node",
  };
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      fs.writeFileSync(file, JSON.stringify(me), { flag: "wx" });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off("exit", release);
        if (readHolder(file)?.pid === process.pid) fs.rmSync(file, { force: true });
      };
      process.on("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const holder = readHolder(file);
    const sameHost = !holder || holder.hostname === os.hostname();
    // Also this very process: two PGlite instances on one folder harm each other just the same.
    if (holder && (!sameHost || isAlive(holder.pid))) throw new DataDirLockedError(dataDir, holder);
    // A stale lock (dead holder, or a half-written file): remove it and try again.
    fs.rmSync(file, { force: true });
  }
  throw new Error(`could not lock the data folder ${dataDir}`);
}
