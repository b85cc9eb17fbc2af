import path from "node:path";

/** The SQLite file: DATABASE_PATH, else var/courts-gis.sqlite under the project. */
export function databasePath(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.DATABASE_PATH ?? path.join(process.cwd(), "var", "courts-gis.sqlite"));
}

/**
 * How long a connection waits for another's write lock (an import's chunk or its final swap, the CLI, a
 * backup) before SQLITE_BUSY: every connection the app opens sets it (better-sqlite3's `timeout` option is
 * PRAGMA busy_timeout).
 */
export const BUSY_TIMEOUT_MS = 10_000;
