import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import type { BackupReport } from "./backup";
import { makePrivate } from "./private-file";

const run = promisify(execFile);

/** The client tools: PG_BIN's (a directory, e.g. /usr/lib/postgresql/15/bin), else those on PATH. */
const tool = (name: string) => (process.env.PG_BIN ? path.join(process.env.PG_BIN, name) : name);

async function entryCount(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ n: number }>(`SELECT COUNT(*)::int AS n FROM "Entry"`)).rows[0]!.n;
  } finally {
    await client.end();
  }
}

/**
 * pg_dump of the whole database in its custom format (one consistent snapshot while the instances keep
 * serving and writing), checked by reading its table of contents back; `entries` is the dump's own count
 * of Entry rows (the COPY's line count, read by pg_restore), so it says what the file holds.
 */
export async function backupPostgresql(url: string, target: string): Promise<BackupReport> {
  fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
  const partial = `${target}.partial`;
  fs.rmSync(partial, { force: true });
  makePrivate(partial); // it holds what the database holds (password hashes): 0600 from the moment it exists
  await run(tool("pg_dump"), ["--format=custom", "--no-owner", "--file", partial, "--dbname", url]);
  const toc = (await run(tool("pg_restore"), ["--list", partial])).stdout;
  if (!/TABLE DATA public "?Entry"?/.test(toc)) throw new Error(`backup ${partial}: no Entry table data in the dump`);
  fs.renameSync(partial, target);
  const rows = (await run(tool("pg_restore"), ["--data-only", "--table=Entry", "--file=-", target], { maxBuffer: 1 << 30 })).stdout;
  const copy = rows.slice(rows.indexOf("COPY public.\"Entry\""));
  const entries = copy.slice(copy.indexOf("\n") + 1, copy.indexOf("\n\\.")).split("\n").filter((l) => l !== "").length;
  return { file: target, bytes: fs.statSync(target).size, entries };
}

/**
 * Puts a pg_dump back in place of the database at `url` in one transaction (pg_restore --clean
 * --single-transaction): every instance sees the old database or the restored one, never half of it.
 */
export async function restorePostgresql(backup: string, url: string): Promise<BackupReport> {
  await run(tool("pg_restore"), ["--clean", "--if-exists", "--single-transaction", "--no-owner", "--exit-on-error", "--dbname", url, backup]);
  return { file: backup, bytes: fs.statSync(backup).size, entries: await entryCount(url) };
}
