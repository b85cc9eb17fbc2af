import fs from "node:fs";
import path from "node:path";
import { createDb } from "../../lib/db/client";
import { migrateDatabase } from "../../lib/db/migrate-database";
import { loadDirectory } from "../../lib/directory/load";
import { databaseName, recreateDatabase, testDatabaseUrl } from "./postgresql";

/**
 * A fresh database with the real data and the sample practitioners, shared by the API tests (read-only): the
 * SQLite file, or with TEST_DATABASE_URL the PostgreSQL database it names (loaded as its template, then copied).
 */
export default async function setup() {
  const url = testDatabaseUrl();
  let location: string;
  if (url) {
    location = recreateDatabase(url, `${databaseName(url)}_template`);
  } else {
    location = process.env.DATABASE_PATH ?? path.join(process.cwd(), "var", "test", "courts-gis-test.sqlite");
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(location + suffix, { force: true });
  }
  await migrateDatabase(location);
  const db = createDb(location);
  try {
    await loadDirectory(db, { samples: true });
  } finally {
    await db.$disconnect();
  }
  if (url) recreateDatabase(url, databaseName(url), databaseName(location));
}
