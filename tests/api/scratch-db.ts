import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

/**
 * Points this test file (its own process) at a private copy of the shared test database, so tests that
 * write cannot disturb the read-only ones. Call at module top level, before anything opens the database.
 */
export function useScratchDatabase(name: string): string {
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
