import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { databaseName, recreateDatabase, testDatabaseUrl } from "../setup/postgresql";

/**
 * Points this test file (its own process) at a private copy of the shared test database, so tests that
 * write cannot disturb the read-only ones. Call at module top level, before anything opens the database.
 * Returns the copy's location (an SQLite file, or a PostgreSQL URL with TEST_DATABASE_URL).
 */
export function useScratchDatabase(name: string): string {
  const url = testDatabaseUrl();
  if (url) {
    const base = databaseName(url);
    process.env.DATABASE_URL = recreateDatabase(url, `${base}_scratch_${name.replace(/\W/g, "_")}`, `${base}_template`);
    return process.env.DATABASE_URL;
  }
  const shared = process.env.DATABASE_PATH!;
  const file = path.join(path.dirname(shared), "scratch", `${name}.sqlite`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  const source = new Database(shared, { readonly: true });
  source.exec(`VACUUM INTO '${file.replace(/'/g, "''")}'`);
  source.close();
  process.env.DATABASE_PATH = file;
  return file;
}
