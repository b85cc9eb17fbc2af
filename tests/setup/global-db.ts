import fs from "node:fs";
import path from "node:path";
import { createDb } from "../../lib/db/client";
import { migrate } from "../../lib/db/migrate";
import { loadDirectory } from "../../lib/directory/load";

/** A fresh database with the real data and the sample practitioners, shared by the API tests (read-only). */
export default async function setup() {
  const file = process.env.DATABASE_PATH ?? path.join(process.cwd(), "var", "test", "courts-gis-test.sqlite");
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  migrate(file);
  const db = createDb(file);
  try {
    await loadDirectory(db, { samples: true });
  } finally {
    await db.$disconnect();
  }
}
