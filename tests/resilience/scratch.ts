import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { backupDatabase } from "../../lib/db/backup";

/** A private copy of the suite's database (made with the online backup API), in a temp dir removed by `done`. */
export async function scratchDatabase(): Promise<{ file: string; dir: string; done: () => void }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "courts-gis-resilience-"));
  const file = path.join(dir, "db.sqlite");
  await backupDatabase(process.env.DATABASE_PATH!, file);
  return { file, dir, done: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
