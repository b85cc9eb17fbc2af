import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { BUSY_TIMEOUT_MS } from "./path";
import { makePrivate } from "./private-file";

export interface BackupReport {
  file: string;
  bytes: number;
  entries: number;
}

function checkIntegrity(sqlite: Database.Database, what: string): void {
  const result = sqlite.pragma("integrity_check", { simple: true });
  if (result !== "ok") throw new Error(`${what} failed PRAGMA integrity_check: ${String(result)}`);
}

function entryCount(file: string): number {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    checkIntegrity(sqlite, file);
    return (sqlite.prepare(`SELECT COUNT(*) AS n FROM "Entry"`).get() as { n: number }).n;
  } finally {
    sqlite.close();
  }
}

/**
 * Copies `source` to `target` with SQLite's online backup API: the server may keep reading and writing
 * while it runs (the copy is one consistent snapshot; pages written meanwhile restart the copy step).
 * The copy is checked with integrity_check before the report is returned.
 */
export async function backupDatabase(source: string, target: string): Promise<BackupReport> {
  if (path.resolve(source) === path.resolve(target)) throw new Error("backup: source and target are the same file");
  fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
  const partial = `${target}.partial`;
  fs.rmSync(partial, { force: true });
  // A copy of the database holds what it holds (password hashes): 0600 from the moment it exists.
  makePrivate(partial);
  const live = new Database(source, { fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  try {
    await live.backup(partial);
  } finally {
    live.close();
  }
  // A single file with no WAL beside it, so the backup can be copied or mailed as it is.
  const copy = new Database(partial);
  copy.pragma("journal_mode = DELETE");
  copy.close();
  fs.renameSync(partial, target);
  return { file: target, bytes: fs.statSync(target).size, entries: entryCount(target) };
}

/**
 * Puts a backup back in place of `target`, through the same online backup API, so a server that has the
 * database open sees the restored content (its next read starts from the restored pages) rather than a
 * file swapped under it. The backup is checked first and the result after.
 */
export async function restoreDatabase(backup: string, target: string): Promise<BackupReport> {
  entryCount(backup);
  makePrivate(target);
  const source = new Database(backup, { readonly: true, fileMustExist: true });
  try {
    await source.backup(target);
  } finally {
    source.close();
  }
  const restored = new Database(target, { timeout: BUSY_TIMEOUT_MS });
  try {
    restored.pragma("journal_mode = WAL");
  } finally {
    restored.close();
  }
  makePrivate(target);
  return { file: target, bytes: fs.statSync(target).size, entries: entryCount(target) };
}
