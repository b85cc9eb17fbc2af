import fs from "node:fs";

// The database holds password hashes and session tokens, and its backups the same: readable by the
// server's user only. SQLite gives a new -wal/-shm the mode of the database file, so the file's own mode
// carries over to them; the ones already there are set too.

export const PRIVATE_MODE = 0o600;

/** Creates `file` (empty) with mode 0600 if it is not there, and sets 0600 on it and any -wal/-shm beside it. */
export function makePrivate(file: string): void {
  fs.closeSync(fs.openSync(file, "a", PRIVATE_MODE));
  for (const f of [file, `${file}-wal`, `${file}-shm`]) {
    try {
      fs.chmodSync(f, PRIVATE_MODE);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
  }
}
